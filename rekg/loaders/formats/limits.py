"""Bounds on the work one source file can cause (issue 11): nesting depth and sizes.

Readers refuse what goes past them with a one-line warning instead of recursing, expanding
or allocating without end.
"""

from __future__ import annotations

import os
import re

from rekg.environment import MAX_ARTICLE_CHARS_ENV
from rekg.errors import InputError

# An article list is three or four levels deep; Python's parser recurses once per level and
# fails with a RecursionError somewhere near a thousand (issue 11, row 8).
MAX_JSON_DEPTH = 200
_JSON_STRUCTURE = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def json_depth_exceeds(text: str, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether brackets nest deeper than ``limit`` (strings skipped), without parsing."""
    if text.count("[") + text.count("{") <= limit:
        return False
    depth = 0
    for match in _JSON_STRUCTURE.finditer(text):
        token = match[0]
        if token == "[" or token == "{":
            depth += 1
            if depth > limit:
                return True
        elif token == "]" or token == "}":
            depth -= 1
    return False


def too_deep_message(limit: int = MAX_JSON_DEPTH) -> str:
    return (f"nests lists and objects more than {limit} levels deep: rekg expects an article "
            "object or a list of them")


# Extraction time grows faster than article length; news articles are a few thousand words.
DEFAULT_MAX_ARTICLE_CHARS = 2_000_000
_CUT_WINDOW = 0.1


def max_article_chars() -> int:
    """The article-size limit: ``$REKG_MAX_ARTICLE_CHARS``, else the default."""
    raw = os.environ.get(MAX_ARTICLE_CHARS_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_ARTICLE_CHARS
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        value = 0
    if value < 1:
        raise InputError(
            f"{MAX_ARTICLE_CHARS_ENV}={raw!r} is not a positive whole number of characters: "
            f"unset it for the default ({DEFAULT_MAX_ARTICLE_CHARS:,})"
        )
    return value


def cut_article(text: str, limit: int) -> str:
    """The first ``limit`` characters of ``text`` at most, cut after a paragraph, else a
    sentence, else a word, when one ends near the limit."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    floor = int(limit * (1 - _CUT_WINDOW))
    for boundary in ("\n\n", ". ", "\n", " "):
        at = head.rfind(boundary, floor)
        if at > 0:
            return head[: at + (1 if boundary == ". " else 0)].rstrip()
    return head
