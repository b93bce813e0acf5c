"""Part of the coreference stage: the nouns of a company's site ("the plant", "the Vidalia
facility") that refer to the company in focus, and where such a phrase starts."""

from __future__ import annotations

from rekg.extract.context import SentenceView

SITE_NOUNS = frozenset({"plant", "mill", "refinery", "facility", "factory", "smelter"})


def site_determiner(view: SentenceView, i: int, taken: set[int]) -> int:
    """Where "the plant" or "the Vidalia facility" starts when word ``i`` is its site noun."""
    low, tokens = view.words, view.tokens
    if low[i] not in SITE_NOUNS or tokens[i].text.lower() != low[i] or i < 2:
        return -1
    if low[i - 1] == "the":
        return i - 1
    named = tokens[i - 1].text[:1].isupper() and i - 1 not in taken
    return i - 2 if i > 2 and low[i - 2] == "the" and named else -1
