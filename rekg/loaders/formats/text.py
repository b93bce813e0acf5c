"""Plain text (.txt) and Markdown (.md) articles."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

import yaml

from rekg.loaders.document import Document
from rekg.loaders.formats import ItemProblem, SourceFormatError
from rekg.loaders.formats.dates import is_date_line, normalize_date
from rekg.loaders.formats.decoding import decode_text

MAX_HEADLINE_CHARS = 200
MAX_HEADLINE_WORDS = 30
# Front matter holds a title, a date and a url: a few dozen values. Anchors and aliases can
# make 700 bytes expand to billions of values (issue 11, row 6), so the expanded size is
# counted on the composed YAML before anything is built from it.
MAX_FRONT_MATTER_BYTES = 64 * 1024
MAX_FRONT_MATTER_VALUES = 10_000


def looks_like_headline(line: str) -> bool:
    """A short line that does not end like a sentence and starts like a title."""
    line = line.strip()
    if not line or len(line) > MAX_HEADLINE_CHARS or len(line.split()) > MAX_HEADLINE_WORDS:
        return False
    if line[-1] in ".,;:" and not line.endswith("..."):
        return False
    first = line.lstrip("\"'“‘([")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


def _nonblank(lines: list[str]) -> list[str]:
    return [line for line in lines if line.strip()]


def split_headed_text(text: str) -> tuple[str | None, str | None, str]:
    """(title, published, body) of a text in the "headline, date, blank line, body" layout,
    else (headline-like first line or None, None, whole text)."""
    lines = text.strip("\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if len(lines) >= 2 and lines[0].strip() and is_date_line(lines[1]):
        body = "\n".join(lines[2:]).strip()
        return lines[0].strip(), normalize_date(lines[1]), body
    body = "\n".join(lines).strip()
    rest = _nonblank(lines[1:])
    title = lines[0].strip() if lines and rest and looks_like_headline(lines[0]) else None
    return title, None, body


def read_text(data: bytes, path: str | None) -> Iterator[Document | ItemProblem]:
    text = decode_text(data)
    title, published, body = split_headed_text(text)
    if not body:
        raise SourceFormatError(
            "has a headline and a date but no body: put the article text after a blank line"
        )
    yield Document(text=_tidy_plain(body), title=title, published=published, path=path)


def _tidy_plain(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# -- Markdown ------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^\s{0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_QUOTE = re.compile(r"^\s{0,3}(?:>[ \t]?)+")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[(?!\^)[^\]]+\]:\s*\S+.*$")
_FOOTNOTE_DEFINITION = re.compile(r"^\s{0,3}\[\^[^\]]+\]:\s*")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_INLINE_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_REFERENCE_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]]+\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_STAR = re.compile(r"(?<![*\w])\*(?=\S)(.+?)(?<=\S)\*(?![*\w])")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![_\w])_(?=\S)(.+?)(?<=\S)_(?![_\w])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def _strip_inline(text: str) -> str:
    text = _IMAGE.sub("", text)
    text = _INLINE_LINK.sub(r"\1", text)
    text = _REFERENCE_LINK.sub(r"\1", text)
    text = _FOOTNOTE_REF.sub("", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE_SPAN.sub(lambda m: m[2].strip(), text)
    text = _HTML_TAG.sub("", text)
    for pattern in (_STRONG, _STRIKE):
        text = pattern.sub(lambda m: m[m.lastindex or 0], text)
    text = _EMPHASIS_STAR.sub(r"\1", text)
    text = _EMPHASIS_UNDERSCORE.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    return re.sub(r"[ \t]{2,}", " ", html.unescape(text)).strip()


class _FrontMatterTooLarge(Exception):
    """Front matter whose aliases expand past MAX_FRONT_MATTER_VALUES, or that refers to
    itself."""


def _expanded_values(root: yaml.Node) -> int:
    """How many values a composed YAML document holds once every alias is expanded.

    Each node is sized once (aliases share the node they name), so the count costs time in
    proportion to the document as written, however far it would expand.
    """
    sizes: dict[int, int] = {}
    # An explicit stack: deep nesting must not exhaust Python's recursion limit.
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    visiting: set[int] = set()
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in sizes:
            continue
        children: list[yaml.Node] = []
        if isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        elif isinstance(node, yaml.MappingNode):
            children = [part for pair in node.value for part in pair]
        if not children_done:
            if key in visiting:
                raise _FrontMatterTooLarge("refers to itself through an alias")
            visiting.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in sizes)
            continue
        visiting.discard(key)
        size = 1 + sum(sizes[id(child)] for child in children)
        if size > MAX_FRONT_MATTER_VALUES:
            raise _FrontMatterTooLarge(
                f"expands to more than {MAX_FRONT_MATTER_VALUES:,} values through its aliases"
            )
        sizes[key] = size
    return sizes[id(root)]


def _load_front_matter(source: str) -> Any:
    """The YAML of the front matter, built only once its expanded size is known to be small."""
    if len(source.encode("utf-8")) > MAX_FRONT_MATTER_BYTES:
        raise _FrontMatterTooLarge(f"is larger than {MAX_FRONT_MATTER_BYTES // 1024} KB")
    loader = yaml.SafeLoader(source)
    try:
        root = loader.get_single_node()
        if root is None:
            return None
        _expanded_values(root)
        return loader.construct_document(root)
    finally:
        loader.dispose()


def _front_matter(text: str) -> tuple[dict[str, Any], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = _load_front_matter(match[1])
    except _FrontMatterTooLarge as exc:
        raise SourceFormatError(
            f"has YAML front matter that {exc}: keep the front matter to plain title, date "
            "and url fields"
        ) from None
    except RecursionError:
        raise SourceFormatError(
            "has YAML front matter nested too deeply to read: keep the front matter to "
            "plain title, date and url fields"
        ) from None
    except yaml.YAMLError:
        meta = None
    return (meta if isinstance(meta, dict) else {}), text[match.end() :]


def markdown_to_text(markdown: str) -> tuple[str, list[tuple[int, str]]]:
    """Plain text of a Markdown document (paragraphs separated by blank lines) and its
    headings as (level, text)."""
    markdown = _HTML_COMMENT.sub("", markdown)
    blocks: list[str] = []
    headings: list[tuple[int, str]] = []
    paragraph: list[str] = []
    fence: str | None = None

    def flush() -> None:
        if paragraph:
            joined = _strip_inline(" ".join(part.strip() for part in paragraph))
            if joined:
                blocks.append(joined)
            paragraph.clear()

    for line in markdown.split("\n"):
        fence_match = _FENCE.match(line)
        if fence is not None:
            if fence_match and fence_match[1][0] == fence[0] and len(fence_match[1]) >= len(fence):
                fence = None
            continue
        if fence_match:
            flush()
            fence = fence_match[1]
            continue
        if not line.strip():
            flush()
            continue
        setext = _SETEXT.match(line)
        if setext and len(paragraph) == 1 and not _LIST_ITEM.match(paragraph[0]):
            heading = _strip_inline(paragraph[0])
            paragraph.clear()
            headings.append((1 if setext[1][0] == "=" else 2, heading))
            blocks.append(heading)
            continue
        if _RULE.match(line) or _TABLE_SEPARATOR.match(line) or _REFERENCE_DEFINITION.match(line):
            flush()
            continue
        atx = _ATX.match(line)
        if atx:
            flush()
            heading = _strip_inline(atx[2] or "")
            if heading:
                headings.append((len(atx[1]), heading))
                blocks.append(heading)
            continue
        line = _QUOTE.sub("", line)
        line = _FOOTNOTE_DEFINITION.sub("", line)
        if _LIST_ITEM.match(line):
            flush()
            # the item keeps a bullet, so that "The rules cover:" and its items read as a list
            paragraph.append("- " + _LIST_ITEM.sub("", line))
            continue
        if line.strip().startswith("|") and line.strip().endswith("|"):
            flush()
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            paragraph.append("; ".join(cell for cell in cells if cell))
            flush()
            continue
        paragraph.append(line)
    flush()
    return "\n\n".join(blocks), headings


def _meta_value(meta: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        value = meta.get(key)
        if value not in (None, ""):
            return value
    return None


def read_markdown(data: bytes, path: str | None) -> Iterator[Document | ItemProblem]:
    meta, markdown = _front_matter(decode_text(data))
    text, headings = markdown_to_text(markdown)
    blocks = text.split("\n\n") if text else []
    title = _meta_value(meta, "title", "headline")
    published = normalize_date(_meta_value(meta, "published", "date", "datePublished", "pubDate"))
    # `# Headline` then an ISO date line: the same layout as the .txt convention.
    if (
        len(blocks) >= 2
        and headings
        and blocks[0] == headings[0][1]
        and is_date_line(blocks[1])
    ):
        published = published or normalize_date(blocks[1])
        blocks.pop(1)
    if title is None and headings:
        title = next((h for level, h in headings if level == 1), headings[0][1])
    if title is None and len(blocks) > 1 and looks_like_headline(blocks[0]):
        title = blocks[0]
    url = _meta_value(meta, "url", "link", "canonical_url", "canonical")
    body = "\n\n".join(blocks).strip()
    if not body:
        raise SourceFormatError("has no text once Markdown markup is removed: add the article")
    yield Document(
        text=body,
        title=str(title).strip() or None if title is not None else None,
        published=published,
        url=str(url) if url is not None else None,
        path=path,
    )
