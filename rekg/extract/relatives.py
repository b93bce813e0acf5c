"""Relative clauses set off by commas, which a pattern's gap steps over as one word:
"magnets, which keep their strength when hot, are used in missiles" says the magnets are used."""

from __future__ import annotations

from rekg.extract.patterns import _SOFT, STRONG_BREAKS

_RELATIVES = frozenset({"which", "who", "whose"})
_RELATIVE_SPAN = 16  # the longest clause stepped over, in words


def relative_start(words: list[str], gaps: list[str], last: int) -> int:
    """The first word of a ", which ...," clause that ends at ``last``, or -1."""
    for q in range(last, max(0, last - _RELATIVE_SPAN), -1):
        if gaps[q] in STRONG_BREAKS or (gaps[q] not in _SOFT and gaps[q] != ","):
            return -1
        if gaps[q] == ",":
            return q if words[q] in _RELATIVES and q > 1 else -1
    return -1


def before_relative(words: list[str], gaps: list[str], p: int) -> int:
    """``p``, or the word before the ", which ...," clause that ends at ``p`` (and before the
    one that ends there in turn)."""
    while p >= 0 and p + 1 < len(words) and gaps[p + 1] == ",":
        opener = relative_start(words, gaps, p)
        if opener <= 0:
            break
        p = opener - 1
    return p
