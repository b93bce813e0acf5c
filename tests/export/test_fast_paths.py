"""The writers' fast paths give the text of the general code they skip (issue 14 speed work).

Each writer escapes or encodes the common values (plain strings, lists of strings, finite
floats) without the general routine; these properties check, on arbitrary text, that the
result is the general routine's, byte for byte. ``benchmarks/export_identity.py`` compares
whole exports between two checkouts.
"""

from __future__ import annotations

import json
import re
from typing import Any
from xml.sax.saxutils import quoteattr

from hypothesis import given, settings
from hypothesis import strategies as st

from rekg.graph.export.cypher_script import _row_literal, literal
from rekg.graph.export.graphml import xml_attr
from rekg.graph.export.properties import flatten, json_list, value_kind
from rekg.graph.export.rdf import _ESCAPES, _term

# Text that leans on the characters the escapes care about.
AWKWARD = st.text(alphabet=st.sampled_from(
    [*"ab ;|'\"\\<>&\n\r\t\x00\x01\x1f\x7f\x85`{}:é稀", "\ufffe", "\uffff", "\u2028", "🧲"]),
    max_size=12) | st.text(max_size=12)
FINITE = st.floats(allow_nan=False, allow_infinity=False)
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@settings(max_examples=400, deadline=None)
@given(AWKWARD)
def test_xml_attr_is_quoteattr_of_the_cleaned_value(text: str) -> None:
    expected = quoteattr(_XML_INVALID.sub("\ufffd", text),
                         {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})
    assert xml_attr(text) == expected


@settings(max_examples=400, deadline=None)
@given(AWKWARD)
def test_rdf_literals_are_the_translated_text(text: str) -> None:
    assert _term(text) == '"' + text.translate(_ESCAPES) + '"'


def _old_value_kind(value: Any) -> str:
    if type(value) is str:
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, list | tuple):
        kinds = {_old_value_kind(item) for item in value}
        item_kind = kinds.pop() if len(kinds) == 1 else "string"
        return f"{item_kind}[]"
    return "string"


SCALARS = AWKWARD | st.integers() | FINITE | st.booleans()
VALUES = SCALARS | st.lists(SCALARS, max_size=4) | st.lists(AWKWARD, max_size=4)


@settings(max_examples=400, deadline=None)
@given(VALUES)
def test_value_kind_and_flatten_as_before(value: Any) -> None:
    assert value_kind(value) == _old_value_kind(value)
    if isinstance(value, bool):
        expected = "true" if value else "false"
    elif isinstance(value, list):
        expected = json.dumps(list(value), ensure_ascii=False)
    else:
        expected = str(value)
    assert flatten(value) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(SCALARS, max_size=5))
def test_json_list_is_json_dumps(items: list[Any]) -> None:
    assert json_list(items) == json.dumps(items, ensure_ascii=False)
    assert json_list(tuple(items)) == json.dumps(items, ensure_ascii=False)


NAMES = st.text(alphabet=st.sampled_from(list("ab_ 1é:-")), min_size=1, max_size=6)
ROW_VALUES = st.recursive(
    SCALARS | st.none(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(NAMES, inner, max_size=3),
    max_leaves=8)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.dictionaries(NAMES, ROW_VALUES, max_size=4), max_size=3))
def test_cypher_rows_are_the_general_literal(rows: list[dict[str, Any]]) -> None:
    assert _row_literal(rows) == literal(rows)
