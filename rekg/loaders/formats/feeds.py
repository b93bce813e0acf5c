"""RSS 2.0 (and RSS 1.0/RDF) and Atom feed files: each item or entry is one article."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree

from rekg.loaders.document import Document
from rekg.loaders.formats import ItemProblem, SourceFormatError
from rekg.loaders.formats.dates import normalize_date
from rekg.loaders.formats.html import html_fragment_text

_ENTITY_DECLARATION = b"<!ENTITY"


def _safe_parser() -> etree.XMLParser:
    # No DTD loading, no network, no entity substitution: a feed cannot make us fetch
    # anything or expand itself (billion laughs).
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_comments=True, remove_pis=True,
    )


def _local(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: Any, *names: str) -> list[Any]:
    return [child for child in element if _local(child) in names]


def _child(element: Any, *names: str) -> Any:
    """The first child with one of the local names, in the order the names are given."""
    for name in names:
        for child in element:
            if _local(child) == name:
                return child
    return None


def _inner_markup(element: Any) -> str:
    """Content of an element as markup: escaped HTML text, or embedded XHTML children."""
    if len(element):
        parts = [element.text or ""]
        parts += [etree.tostring(child, encoding="unicode", with_tail=True) for child in element]
        return "".join(parts)
    return element.text or ""


def _text_of(element: Any) -> str | None:
    if element is None:
        return None
    text = html_fragment_text(_inner_markup(element))
    return text or None


def parse_feed(data: bytes) -> Any:
    if _ENTITY_DECLARATION in data[:65536]:
        raise SourceFormatError(
            "declares XML entities (<!ENTITY ...>), which rekg never expands for safety: "
            "remove the DOCTYPE from the feed"
        )
    try:
        return etree.fromstring(data, parser=_safe_parser())
    except etree.XMLSyntaxError as exc:
        raise SourceFormatError(
            f"is not well-formed XML ({exc.msg}): fix the file or fetch "
            "the feed again"
        ) from None


def _document(
    title: Any, link: str | None, date_elements: list[Any], body: Any, where: str,
    path: str | None,
) -> Iterator[Document | ItemProblem]:
    title_text = _text_of(title)
    text = _text_of(body)
    if not text:
        label = f"{where} ({title_text!r})" if title_text else where
        yield ItemProblem(label, "has no description or content: skipped")
        return
    published = None
    for element in date_elements:
        if element is not None and (published := normalize_date((element.text or "").strip())):
            break
    yield Document(
        text=text,
        title=" ".join(title_text.split()) if title_text else None,
        published=published,
        url=link.strip() if link and link.strip() else None,
        path=path,
    )


def _rss_items(root: Any, path: str | None) -> Iterator[Document | ItemProblem]:
    items = [el for el in root.iter() if _local(el) == "item"]
    if not items:
        raise SourceFormatError("is an RSS feed with no <item> elements: nothing to read")
    for index, item in enumerate(items, start=1):
        link_element = _child(item, "link")
        link = link_element.text if link_element is not None else None
        guid = _child(item, "guid")
        if not link and guid is not None and guid.get("isPermaLink", "true") == "true":
            link = guid.text
        yield from _document(
            _child(item, "title"),
            link,
            [_child(item, "pubDate"), _child(item, "date"), _child(item, "published"),
             _child(item, "updated")],
            _child(item, "encoded", "description", "summary", "content"),
            f"item {index}",
            path,
        )


def _atom_link(entry: Any) -> str | None:
    links = _children(entry, "link")
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link.get("href"))
    return str(links[0].get("href")) if links and links[0].get("href") else None


def _atom_entries(root: Any, path: str | None) -> Iterator[Document | ItemProblem]:
    entries = _children(root, "entry")
    if not entries:
        raise SourceFormatError("is an Atom feed with no <entry> elements: nothing to read")
    for index, entry in enumerate(entries, start=1):
        yield from _document(
            _child(entry, "title"),
            _atom_link(entry),
            [_child(entry, "published"), _child(entry, "updated")],
            _child(entry, "content", "summary"),
            f"entry {index}",
            path,
        )


def read_feed(data: bytes, path: str | None) -> Iterator[Document | ItemProblem]:
    root = parse_feed(data)
    kind = _local(root)
    if kind in ("rss", "RDF"):
        yield from _rss_items(root, path)
    elif kind == "feed":
        yield from _atom_entries(root, path)
    else:
        raise SourceFormatError(
            f"is XML whose root element is <{kind}>, not an RSS or Atom feed: rekg reads "
            "RSS 2.0 and Atom feeds"
        )
