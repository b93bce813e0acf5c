"""JSON (one article object, or a list of them) and JSON Lines (one article per line)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from rekg.loaders.document import Document
from rekg.loaders.formats import ItemProblem, SourceFormatError
from rekg.loaders.formats.dates import normalize_date
from rekg.loaders.formats.decoding import clean_text, decode_text
from rekg.loaders.formats.html import html_fragment_text, looks_like_html
from rekg.loaders.formats.limits import json_depth_exceeds, too_deep_message

TEXT_KEYS = ("text", "body", "content", "articleBody", "article_body")
TITLE_KEYS = ("title", "headline", "name")
DATE_KEYS = (
    "published", "published_at", "publishedAt", "date", "datePublished", "date_published",
    "pubDate", "pub_date", "created_at", "createdAt",
)
URL_KEYS = ("url", "link", "canonical_url", "source_url", "href")
LIST_KEYS = ("articles", "items", "entries", "documents", "docs", "posts", "results", "data")
def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    return "object" if isinstance(value, dict) else "null"


def _plain(value: Any) -> str | None:
    """A string field, also when wrapped (``{"rendered": ...}``) or split into paragraphs."""
    if isinstance(value, dict):
        value = next((value[k] for k in ("rendered", "text", "value", "html") if k in value), None)
    if isinstance(value, list) and all(isinstance(part, str) for part in value):
        value = "\n\n".join(part.strip() for part in value if part.strip())
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = html_fragment_text(value) if looks_like_html(value) else clean_text(value).strip()
    return text or None


def _first(item: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        if item.get(key) not in (None, "", [], {}):
            return item[key]
    return None


def document_from_object(
    item: Any, where: str, path: str | None
) -> Iterator[Document | ItemProblem]:
    """One article from one JSON object; problems name the object by ``where``."""
    if not isinstance(item, dict):
        yield ItemProblem(where, f"is a JSON {_json_type(item)}, not an object: skipped")
        return
    text = _plain(_first(item, TEXT_KEYS))
    if not text:
        yield ItemProblem(
            where, "has no text: put the article under a 'text', 'body' or 'content' key"
        )
        return
    raw_date = _first(item, DATE_KEYS)
    published = normalize_date(raw_date)
    if raw_date is not None and published is None:
        yield ItemProblem(
            where, f"published date {raw_date!r} is not a date: write it as ISO 8601 "
            "(2025-04-07); the article was read without a date"
        )
    title = _plain(_first(item, TITLE_KEYS))
    url = _first(item, URL_KEYS)
    yield Document(
        text=text,
        title=" ".join(title.split()) if title else None,
        published=published,
        url=url.strip() if isinstance(url, str) and url.strip() else None,
        path=path,
    )


_TOO_DEEP = "nests JSON arrays or objects too deeply to be an article"


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"line {exc.lineno}, column {exc.colno}: {exc.msg}"


def read_json(data: bytes, path: str | None) -> Iterator[Document | ItemProblem]:
    text = decode_text(data)
    if json_depth_exceeds(text):
        raise SourceFormatError(too_deep_message())
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceFormatError(
            f"is not valid JSON ({_json_error(exc)}): fix it, or use .jsonl for one "
            "article per line"
        ) from None
    except RecursionError:
        raise SourceFormatError(_TOO_DEEP) from None
    if isinstance(parsed, dict) and _first(parsed, TEXT_KEYS) is None:
        wrapped = next((parsed[k] for k in LIST_KEYS if isinstance(parsed.get(k), list)), None)
        if wrapped is None:
            raise SourceFormatError(
                "is a JSON object without 'text', 'body' or 'content' (and without a list "
                "of articles under 'articles' or 'items'): rekg cannot find the article"
            )
        parsed = wrapped
    if isinstance(parsed, list):
        if not parsed:
            raise SourceFormatError("is an empty JSON list: there are no articles in it")
        for index, item in enumerate(parsed, start=1):
            yield from document_from_object(item, f"item {index}", path)
    elif isinstance(parsed, dict):
        yield from document_from_object(parsed, "the object", path)
    else:
        raise SourceFormatError(
            f"holds a JSON {_json_type(parsed)}: rekg expects an article object or a list"
        )


def read_jsonl(data: bytes, path: str | None) -> Iterator[Document | ItemProblem]:
    for number, line in enumerate(decode_text(data).split("\n"), start=1):
        if not line.strip():
            continue
        if json_depth_exceeds(line):
            yield ItemProblem(f"line {number}", too_deep_message() + ": skipped")
            continue
        try:
            item = json.loads(line)
        except RecursionError:
            yield ItemProblem(f"line {number}", f"{_TOO_DEEP}: skipped")
            continue
        except json.JSONDecodeError as exc:
            yield ItemProblem(
                f"line {number}", f"is not valid JSON (column {exc.colno}: {exc.msg}): skipped"
            )
            continue
        yield from document_from_object(item, f"line {number}", path)
