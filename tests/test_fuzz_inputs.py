"""Property-based tests (issue 11): whatever bytes a source file holds, every reader yields
documents and one-line warnings and nothing else; whatever text a parameter holds, the
parsers return a value or raise ParameterError."""

from __future__ import annotations

import io
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rekg.errors import ParameterError
from rekg.loaders.document import Document
from rekg.loaders.sources import SUFFIX_KINDS, SourceFile, SourceWarning, read_source_file
from rekg.queries.cypher_literal import format_literal, parse_literal
from rekg.queries.params import PARAMETER_TYPES, Parameter, parse_assignments, parse_parameters

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
KINDS = sorted(set(SUFFIX_KINDS.values()))


def read_bytes(data: bytes, kind: str | None) -> list[Document | SourceWarning]:
    """Read ``data`` as standard input would be, with the reader of ``kind`` (None: sniff)."""
    source = SourceFile("-", kind)
    return list(read_source_file(source, io.BytesIO(data), max_chars=20_000))


def assert_documented(items: list[Document | SourceWarning]) -> None:
    for item in items:
        if isinstance(item, SourceWarning):
            assert item.message and "\n" not in str(item), str(item)
        else:
            assert isinstance(item, Document)
            assert item.text.strip()
            assert len(item.text) <= 20_000


# -- shapes close to each format, so that the fuzzing reaches past the first check --------

_words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
_tags = st.sampled_from(["p", "div", "span", "article", "main", "nav", "script", "h1", "br",
                         "table", "td", "a", "meta", "title", "html", "body", "head", "time"])


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 30))):
        tag = draw(_tags)
        attrs = draw(st.sampled_from(["", ' class="share"', ' property="og:title" content="x"',
                                      ' datetime="2025-04-07"', ' hidden', ' role="main"']))
        parts.append(draw(st.sampled_from([f"<{tag}{attrs}>", f"</{tag}>", ""])))
        parts.append(draw(_words))
    depth = draw(st.sampled_from([0, 0, 5, 300]))
    return "<div>" * depth + "".join(parts) + "</div>" * depth


@st.composite
def markdown_files(draw: st.DrawFn) -> str:
    front = draw(st.sampled_from(["", "---\ntitle: T\n---\n", "---\na: &a [1]\nb: [*a, *a]\n---\n",
                                  "---\n: : :\n---\n", "---\ntitle: [\n---\n"]))
    lines = draw(st.lists(st.one_of(
        _words,
        _words.map(lambda w: "# " + w),
        _words.map(lambda w: "- " + w),
        st.sampled_from(["```", "---", "| a | b |", "|---|---|", "> quote", "[x]: http://x"]),
    ), max_size=20))
    return front + "\n".join(lines)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _words,
    lambda children: st.lists(children, max_size=5)
    | st.dictionaries(st.sampled_from(["text", "body", "title", "date", "url", "items",
                                       "articles", "rendered", "x"]) | _words,
                      children, max_size=5),
    max_leaves=30,
)


@st.composite
def feeds(draw: st.DrawFn) -> str:
    items = []
    for _ in range(draw(st.integers(0, 5))):
        title = draw(_words).replace("<", "&lt;").replace("&", "&amp;")
        body = draw(st.sampled_from(["<![CDATA[<p>China restricts</p>]]>", "plain text", "",
                                     "&lt;b&gt;bold&lt;/b&gt;", "<x>"]))
        date = draw(st.sampled_from(["Mon, 07 Apr 2025 10:00:00 GMT", "yesterday", ""]))
        items.append(f"<item><title>{title}</title><description>{body}</description>"
                     f"<pubDate>{date}</pubDate></item>")
    rss = f'<?xml version="1.0"?><rss version="2.0"><channel>{"".join(items)}</channel></rss>'
    cut = draw(st.integers(0, len(rss)))
    return draw(st.sampled_from([rss, rss[:cut]]))


# -- the properties --------------------------------------------------------------------------


@FUZZ
@given(data=st.binary(max_size=2000), kind=st.sampled_from([None, *KINDS]))
def test_any_bytes_in_any_reader(data: bytes, kind: str | None) -> None:
    assert_documented(read_bytes(data, kind))


@FUZZ
@given(text=st.text(max_size=2000), kind=st.sampled_from([None, *KINDS]))
def test_any_text_in_any_reader(text: str, kind: str | None) -> None:
    assert_documented(read_bytes(text.encode("utf-8", "surrogatepass"), kind))


@FUZZ
@given(page=html_pages())
def test_html_like_pages(page: str) -> None:
    assert_documented(read_bytes(page.encode("utf-8", "surrogatepass"), "html"))


@FUZZ
@given(text=markdown_files())
def test_markdown_like_files(text: str) -> None:
    assert_documented(read_bytes(text.encode("utf-8", "surrogatepass"), "markdown"))
    assert_documented(read_bytes(text.encode("utf-8", "surrogatepass"), "text"))


@FUZZ
@given(value=json_values)
def test_json_like_files(value: Any) -> None:
    encoded = json.dumps(value).encode("utf-8", "surrogatepass")
    assert_documented(read_bytes(encoded, "json"))
    assert_documented(read_bytes(encoded + b"\n" + encoded, "jsonl"))


@FUZZ
@given(feed=feeds())
def test_feed_like_files(feed: str) -> None:
    assert_documented(read_bytes(feed.encode("utf-8", "surrogatepass"), "feed"))


@FUZZ
@given(assignments=st.lists(st.text(max_size=30), max_size=5))
def test_parameter_assignments(assignments: list[str]) -> None:
    try:
        parsed = parse_assignments(assignments)
    except ParameterError as exc:
        assert "\n" not in str(exc)
        return
    assert all("=" in item for item in assignments)
    assert all(key == key.strip() and key for key in parsed)


@FUZZ
@given(kind=st.sampled_from(PARAMETER_TYPES),
       raw=st.one_of(st.text(max_size=40), st.integers(), st.floats(), st.booleans(),
                     st.lists(st.text(max_size=5), max_size=3), st.none()))
def test_parameter_values(kind: str, raw: Any) -> None:
    param = Parameter("p", kind, minimum=1, maximum=10) if kind == "int" else Parameter("p", kind)
    try:
        value = param.parse(raw)
    except ParameterError as exc:
        assert str(exc).startswith("parameter p") and "\n" not in str(exc)
        return
    if value is not None and kind == "int":
        assert isinstance(value, int) and 1 <= value <= 10
    param.to_database(value)


@FUZZ
@given(raw=st.dictionaries(st.text(max_size=8), st.text(max_size=20), max_size=4))
def test_parameter_sets(raw: dict[str, str]) -> None:
    declared = [Parameter("name", "name", required=True), Parameter("since", "date"),
                Parameter("limit", "int", default=5, minimum=1, maximum=100)]
    try:
        values = parse_parameters(declared, raw, "q")
    except ParameterError as exc:
        assert "\n" not in str(exc)
        return
    assert set(values) == {"name", "since", "limit"}


@FUZZ
@given(text=st.text(max_size=60))
def test_cypher_literals(text: str) -> None:
    try:
        value = parse_literal(text)
    except ParameterError as exc:
        assert str(exc).startswith("cannot read ")
        return
    assert parse_literal(format_literal(value)) == value
