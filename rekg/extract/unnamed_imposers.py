"""Measures the text says others imposed: "the restrictions placed on magnet exports by other
countries" names no imposer, so none is taken from the country in focus."""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import STRONG_BREAKS, word_sets

_REACH = 6  # words after the measure: "curbs placed on magnet exports by other countries"


def by_others(view: SentenceView, m: Mention) -> bool:
    words, gaps = view.words, view.gaps
    end = min(len(words), m.end + _REACH)
    for k in range(m.end, end):
        if k > m.end and gaps[k] in STRONG_BREAKS:
            return False
        if word_sets()["other_imposers"].longest_at(words, k):
            return True
    return False
