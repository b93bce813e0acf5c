"""Property-based tests (hypothesis): every loader and the parameter parser answer any input
with documents, warnings or one RekgError, never a crash; the read-only check and the
terminal escaping hold for any text."""

from __future__ import annotations

import contextlib
import string
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rekg.errors import ParameterError, ReadOnlyError
from rekg.graph.read_only import check_read_only
from rekg.loaders.document import Document
from rekg.loaders.formats.limits import max_article_chars
from rekg.loaders.sources import (
    READERS,
    SourceFile,
    SourceWarning,
    read_source_file,
)
from rekg.queries.catalog import list_queries
from rekg.queries.console import split_statements
from rekg.queries.params import parse_assignments

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
MARKUP = st.sampled_from([
    "<div>", "</div>", "<p>", "</p>", "<title>", "</title>", "<script>", "</script>", "---\n",
    "\n\n", "# ", "[", "]", "{", "}", '"text": ', '"title": ', ",", "&amp;", "<![CDATA[",
    "<?xml version='1.0'?>", "<rss><channel><item><description>", "</item>", "&a;", "*a",
    "&a ", "China restricted exports of dysprosium to Japan. ", "2025-04-04\n",
])
DOCUMENTISH = st.lists(st.one_of(MARKUP, st.text(max_size=40)), max_size=40).map("".join)


def _read_all(data: bytes, kind: str | None) -> list[Document | SourceWarning]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input"
        path.write_bytes(data)
        return list(read_source_file(SourceFile(str(path), kind)))


def _check(items: list[Document | SourceWarning]) -> None:
    for item in items:
        assert isinstance(item, Document | SourceWarning)
        if isinstance(item, Document):
            assert item.text.strip()
            assert len(item.text) <= max_article_chars()
        else:
            assert item.message.strip()


@SETTINGS
@given(data=st.binary(max_size=2000), kind=st.sampled_from([None, *READERS]))
def test_every_loader_takes_any_bytes(data: bytes, kind: str | None) -> None:
    _check(_read_all(data, kind))


@SETTINGS
@given(text=DOCUMENTISH, kind=st.sampled_from([None, *READERS]))
def test_every_loader_takes_any_document_shaped_text(text: str, kind: str | None) -> None:
    _check(_read_all(text.encode("utf-8", "surrogatepass"), kind))


@SETTINGS
@given(assignments=st.lists(st.text(max_size=30), max_size=5))
def test_the_parameter_parser_answers_any_assignment(assignments: list[str]) -> None:
    queries = list_queries()
    try:
        raw = parse_assignments(assignments)
    except ParameterError:
        return
    for query in queries:
        with contextlib.suppress(ParameterError):
            query.bind(raw)


@SETTINGS
@given(value=st.text(max_size=30), name=st.sampled_from(["since", "name", "limit", "label",
                                                           "material", "country", "depth"]))
def test_each_parameter_type_takes_any_value_or_says_why(value: str, name: str) -> None:
    for query in list_queries():
        try:
            query.bind({name: value})
        except ParameterError as exc:
            assert str(exc).strip()


PLAIN = st.text(alphabet=string.ascii_letters + string.digits + " ()=.,:\n", max_size=30)


@SETTINGS
@given(parts=st.lists(PLAIN, max_size=6))
def test_statements_split_at_each_semicolon(parts: list[str]) -> None:
    statements, rest = split_statements("".join(part + ";" for part in parts))
    assert statements == [part.strip() for part in parts if part.strip()]
    assert rest == ""


@SETTINGS
@given(before=st.text(alphabet=string.ascii_letters + " ()=.,0123456789\n", max_size=40),
       after=st.text(max_size=40))
def test_load_csv_outside_strings_and_comments_is_always_refused(before: str,
                                                                  after: str) -> None:
    with pytest.raises(ReadOnlyError):
        check_read_only(f"{before} LOAD  CSV FROM 'x' AS r {after}")


@SETTINGS
@given(text=st.text(max_size=200))
def test_the_read_only_check_takes_any_text(text: str) -> None:
    # a refusal is an answer; any other exception is a bug
    with contextlib.suppress(ReadOnlyError):
        check_read_only(text)
