"""HTML pages: boilerplate dropped, title, date and url from metadata or the first heading."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.html
from lxml import etree

from rekg.loaders.document import Document
from rekg.loaders.formats import ItemProblem, SourceFormatError
from rekg.loaders.formats.dates import normalize_date
from rekg.loaders.formats.decoding import bom_encoding, clean_text, decode_text
from rekg.loaders.formats.limits import json_depth_exceeds

_NON_TEXT_TAGS = (
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed",
    "head", "button", "select", "input", "textarea", "picture", "video", "audio", "map",
)
_FURNITURE_TAGS = ("nav", "header", "footer", "aside", "dialog", "menu", "figure")
_DROPPED_ROLES = {
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog",
    "alertdialog", "menu", "menubar", "toolbar", "alert",
}
_BOILERPLATE_TOKENS = {
    "cookie", "cookies", "consent", "gdpr", "banner", "newsletter", "subscribe",
    "subscription", "signup", "share", "sharing", "social", "related", "recommended",
    "promo", "promotion", "advert", "advertisement", "ad", "ads", "sponsor", "sponsored",
    "sidebar", "comments", "comment", "breadcrumb", "breadcrumbs", "menu", "navbar", "nav",
    "footer", "masthead", "popup", "modal", "paywall", "outbrain", "taboola", "toolbar",
    "byline", "skip", "tags", "pagination", "trending", "most-read", "mostread",
}
_BOILERPLATE_PHRASE = re.compile(
    r"^(advertisement|sponsored( content)?|share( this( article| story)?)?( on \w+)?|"
    r"read more\b.*|sign up\b.*|subscribe\b.*|related( articles| stories| coverage)?|"
    r"follow us\b.*|accept( all)?( cookies)?|skip to (main )?content|continue reading)[.:!]?$",
    re.IGNORECASE,
)
_BLOCK_TAGS = {
    "address", "article", "blockquote", "body", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "html", "li", "main",
    "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
}
_CELL_TAGS = {"td", "th"}
_PARAGRAPH = "\x00P"
_LINE = "\x00L"
_ITEM = "\x00I"  # a list item starts: its first text gets a bullet
_ITEM_END = "\x00E"  # an item with no text of its own lends no bullet to what follows
_HTML_WHITESPACE = re.compile(r"[ \t\n\f\r\xa0\u200b]+")
_TOKEN_SPLIT = re.compile(r"[\s_-]+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_LOOKS_LIKE_HTML = re.compile(
    r"<(p|div|br|span|a|h[1-6]|ul|ol|li|strong|em|b|i|img|table|blockquote|figure|section)\b[^>]*>",
    re.IGNORECASE,
)

_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "dcterms.title", "title", "headline")
_DATE_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "date", "dc.date",
    "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created", "pubdate",
    "publishdate", "publish-date", "publish_date", "publication_date", "sailthru.date",
    "parsely-pub-date", "article.published", "citation_publication_date",
    "citation_date", "originalpublicationdate", "displaydate",
)
_URL_KEYS = ("og:url", "twitter:url", "url")
_ARTICLE_TYPES = {
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "report", "scholarlyarticle", "webpage",
}

# libxml2 stops building the tree at 256 levels and drops everything after that point
# (issue 11, row 11); such pages are read again as flat text.
MAX_HTML_DEPTH = 256
_TOO_DEEP = "Excessive depth in document"
_INVISIBLE_START = re.compile(
    r"<!--|<(script|style|noscript|template|head|svg|iframe|textarea|select)\b", re.IGNORECASE
)
_BREAKING_TAG = re.compile(
    r"</?(?:" + "|".join(sorted({"br", "td", "th", "tr", "li", "p", "div", "section", "article",
                                 "main", "blockquote", "pre", "table", "ul", "ol", "dl", "dt",
                                 "dd", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer",
                                 "aside", "nav", "figure", "figcaption", "address", "hr",
                                 "body", "html", "details", "summary"}))
    + r")\b[^>]*>",
    re.IGNORECASE,
)
_ANY_TAG = re.compile(r"<[^>]*>")
_TOO_DEEP_PROBLEM = ItemProblem(
    "the page",
    f"nests elements more than {MAX_HTML_DEPTH} levels deep: its text was read without "
    "removing navigation and other page furniture",
)


def _hit_depth_limit(parser: Any) -> bool:
    return any(_TOO_DEEP in entry.message for entry in parser.error_log)


def _without_invisible_blocks(markup: str) -> str:
    """Markup without comments, scripts, styles and the like; one pass, so that many
    unclosed ``<script`` tags cost linear time. An unclosed one hides the rest, as in a
    browser."""
    kept: list[str] = []
    position = 0
    while match := _INVISIBLE_START.search(markup, position):
        kept.append(markup[position : match.start()])
        closing = "-->" if match[1] is None else rf"</{match[1]}\b[^>]*>"
        end = re.compile(closing, re.IGNORECASE).search(markup, match.end())
        if end is None:
            return " ".join(kept)
        position = end.end()
        kept.append(" ")
    kept.append(markup[position:])
    return "".join(kept)


def flat_text(markup: str) -> str:
    """Text of markup read without building a tree: for pages too deep for the parser."""
    markup = _without_invisible_blocks(markup)
    markup = _BREAKING_TAG.sub(_PARAGRAPH, markup)
    text = html.unescape(_ANY_TAG.sub(" ", markup))
    paragraphs = (_HTML_WHITESPACE.sub(" ", part).strip() for part in text.split(_PARAGRAPH))
    return clean_text("\n\n".join(part for part in paragraphs if part))


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_LIKE_HTML.search(text))


def _local_tag(element: Any) -> str | None:
    tag = element.tag
    if not isinstance(tag, str):
        return None
    return tag.rsplit("}", 1)[-1].lower()


def decode_html(data: bytes) -> str:
    """Decode an HTML page: byte-order mark, then a declared ``<meta charset>``, then UTF-8."""
    declared = None
    if bom_encoding(data) is None:
        match = _CHARSET.search(data[:4096])
        if match:
            declared = match[1].decode("ascii").lower()
    return decode_text(data, declared)


def _new_parser() -> Any:
    # One parser per page: its error log tells whether the tree was cut short.
    return lxml.html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, default_doctype=False
    )


def parse_page(text: str) -> tuple[Any, bool]:
    """The page's tree, and whether the parser hit its depth limit (and so lost text)."""
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        raise SourceFormatError("is empty: give rekg an HTML page with an article in it")
    parser = _new_parser()
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise SourceFormatError(f"cannot be parsed as HTML ({exc}): check the file") from None
    return root, _hit_depth_limit(parser)


# -- boilerplate --------------------------------------------------------------------------


def _text_length(element: Any) -> int:
    return len(_HTML_WHITESPACE.sub(" ", element.text_content()).strip())


def _is_boilerplate_marked(element: Any) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if (element.get("role") or "").lower() in _DROPPED_ROLES:
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    tokens = set(_TOKEN_SPLIT.split(names))
    return bool(tokens & _BOILERPLATE_TOKENS) or "cookie" in names or "consent" in names


def _holds_content(element: Any) -> bool:
    return bool(element.xpath(".//article|.//main|.//*[@itemprop='articleBody']"))


def remove_boilerplate(root: Any) -> None:
    """Drop navigation, headers, footers, asides, scripts, forms, cookie banners, share
    bars and link lists, keeping the text that reads as the article."""
    for element in list(root.iter(*_NON_TEXT_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    total = max(_text_length(root), 1)
    for element in list(root.iter(*_FURNITURE_TAGS, "form")):
        if element.getparent() is None or _holds_content(element):
            continue
        # Some sites (ASP.NET WebForms) wrap the whole page in one <form>.
        if element.tag != "form" or _text_length(element) < 0.4 * total:
            element.drop_tree()
    # Without <article>/<main> to anchor the story, a "sidebar" class on the element that
    # wraps everything is a layout hint, not boilerplate: then only drop what holds a
    # minority of the page's text.
    anchored = _holds_content(root)
    for element in list(root.iter()):
        tag = _local_tag(element)
        if tag is None or tag in ("html", "body", "article", "main") or element.getparent() is None:
            continue
        if (
            _is_boilerplate_marked(element)
            and not _holds_content(element)
            and (anchored or _text_length(element) < 0.4 * total)
        ):
            element.drop_tree()
    for element in list(root.iter("ul", "ol", "div", "section", "p", "table", "dl", "span")):
        if element.getparent() is None:
            continue
        text = _HTML_WHITESPACE.sub(" ", element.text_content()).strip()
        if not text:
            continue
        if len(text) < 100 and _BOILERPLATE_PHRASE.match(text):
            element.drop_tree()
            continue
        links = element.xpath(".//a")
        link_list = len(links) >= 2 and len(text) < 2000 and element.tag != "p"
        link_line = len(links) >= 1 and element.tag == "p" and len(text) < 200
        if link_list or link_line:
            link_text = sum(len(_HTML_WHITESPACE.sub(" ", a.text_content()).strip()) for a in links)
            if link_text >= 0.6 * len(text):
                element.drop_tree()


def _content_root(root: Any) -> Any:
    for xpath in ("//*[@itemprop='articleBody']", "//article", "//main", "//*[@role='main']"):
        found = root.xpath(xpath)
        if found:
            return max(found, key=_text_length)
    body = root.find("body")
    return body if body is not None else root


# -- text ---------------------------------------------------------------------------------


def render_text(root: Any) -> str:
    """Readable text of an element: blocks become paragraphs, ``<br>`` a line break."""
    pieces: list[str] = []
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = _local_tag(element)
        if event == "start":
            if tag == "br":
                pieces.append(_LINE)
            elif tag in _BLOCK_TAGS:
                pieces.append(_PARAGRAPH)
                if tag == "li":
                    pieces.append(_ITEM)
            elif tag in _CELL_TAGS:
                pieces.append(" ")
            if tag is not None and element.text:
                pieces.append(element.text)
        else:
            if tag in _BLOCK_TAGS:
                pieces.append(_PARAGRAPH)
                if tag == "li":
                    pieces.append(_ITEM_END)
            if element is not root and element.tail:
                pieces.append(element.tail)
    raw = _HTML_WHITESPACE.sub(" ", "".join(pieces))
    paragraphs: list[str] = []
    item = False
    for block in raw.split(_PARAGRAPH):
        if block.startswith((_ITEM, _ITEM_END)):
            item, block = block.startswith(_ITEM), block[len(_ITEM):]
        lines = [line.strip() for line in block.split(_LINE)]
        joined = "\n".join(line for line in lines if line)
        if joined:
            # "- " keeps an item apart from prose, so that "The rules cover:" and the items
            # of the list after it read as one list
            paragraphs.append(f"- {joined}" if item else joined)
            item = False
    return clean_text("\n\n".join(paragraphs))


def html_fragment_text(markup: str) -> str:
    """Plain text of an HTML snippet (feed descriptions, JSON bodies), scripts and styles
    dropped. Text without markup is only unescaped and tidied."""
    if "<" not in markup:
        return render_text(lxml.html.fragment_fromstring(markup or " ", create_parent="div"))
    parser = _new_parser()
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div", parser=parser)
    except (etree.ParserError, ValueError):
        return clean_text(_HTML_WHITESPACE.sub(" ", re.sub(r"<[^>]*>", " ", markup))).strip()
    if _hit_depth_limit(parser):
        return flat_text(markup)
    for element in list(root.iter("script", "style", "noscript", "template", "iframe", "form")):
        element.drop_tree()
    return render_text(root)


# -- metadata -----------------------------------------------------------------------------


def _meta_tags(root: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


def _json_ld_objects(root: Any) -> list[dict[str, Any]]:
    """JSON-LD objects that describe the article (types such as NewsArticle, or untyped)."""
    objects: list[dict[str, Any]] = []
    pending: list[Any] = []
    for script in root.xpath("//script[@type='application/ld+json']"):
        source = script.text or ""
        if json_depth_exceeds(source):
            continue
        try:
            pending.append(json.loads(source))
        except ValueError:
            continue
    while pending:
        item = pending.pop(0)
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            objects.append(item)
            if isinstance(item.get("@graph"), list):
                pending.extend(item["@graph"])
    articles = [obj for obj in objects if _json_ld_types(obj) & _ARTICLE_TYPES]
    return articles or [obj for obj in objects if not _json_ld_types(obj)]


def _json_ld_types(obj: dict[str, Any]) -> set[str]:
    kinds = obj.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    return {kind.lower() for kind in names if isinstance(kind, str)}


def _json_ld_value(objects: list[dict[str, Any]], *keys: str) -> str | None:
    for obj in objects:
        for key in keys:
            value = obj.get(key)
            if isinstance(value, dict):
                value = value.get("@id") or value.get("url")
            if isinstance(value, list) and value:
                value = value[0]
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None


def _first_text(elements: list[Any]) -> str | None:
    for element in elements:
        text = _HTML_WHITESPACE.sub(" ", element.text_content()).strip()
        if text:
            return text
    return None


def _published(root: Any, meta: dict[str, str], ld: list[dict[str, Any]]) -> str | None:
    candidates: list[str | None] = [meta.get(key) for key in _DATE_KEYS]
    candidates.append(_json_ld_value(ld, "datePublished", "dateCreated"))
    times = root.xpath(
        "//time[@itemprop='datePublished' or @pubdate] | //article//time | //time"
    )
    candidates.extend(time.get("datetime") or time.text_content() for time in times)
    for candidate in candidates:
        published = normalize_date(candidate)
        if published:
            return published
    return None


def read_html(data: bytes, path: str | None) -> Iterator[Document | ItemProblem]:
    markup = decode_html(data)
    root, too_deep = parse_page(markup)
    meta = _meta_tags(root)
    ld = _json_ld_objects(root)
    title = next((meta[key] for key in _TITLE_KEYS if meta.get(key)), None)
    title = title or _json_ld_value(ld, "headline", "name")
    canonical = root.xpath("//link[contains(concat(' ', normalize-space(@rel), ' '), "
                           "' canonical ')]/@href")
    url = (str(canonical[0]).strip() if canonical else None) or next(
        (meta[key] for key in _URL_KEYS if meta.get(key)), None
    ) or _json_ld_value(ld, "url", "mainEntityOfPage")
    published = _published(root, meta, ld)
    page_title = _first_text(root.xpath("//title"))
    if too_deep:
        yield _TOO_DEEP_PROBLEM
        title = title or _first_text(root.xpath("//h1")) or page_title
        text = flat_text(markup)
    else:
        remove_boilerplate(root)
        content = _content_root(root)
        title = title or _first_text(content.xpath(".//h1")) or _first_text(root.xpath("//h1"))
        title = title or page_title
        text = render_text(content)
    if not text:
        raise SourceFormatError(
            "has no article text once navigation, scripts and other page furniture are "
            "removed: check that the page holds the article itself"
        )
    yield Document(
        text=text,
        title=_HTML_WHITESPACE.sub(" ", title).strip() if title else None,
        published=published,
        url=url or None,
        path=path,
    )
