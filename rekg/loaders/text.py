"""Sentence splitting, tokenising and the word normalisation that makes plural meet singular."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# A word may carry an inner apostrophe ("Ma'aden", "didn't"); a possessive "'s" is its own token.
_WORD = re.compile(r"[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*|['’]s\b", re.UNICODE)
_SENTENCE_END = re.compile(r"""[.!?]+["”’')\]]*\s+(?=["“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\S)""")
_ABBREVIATIONS = frozenset(
    [
        "mr", "mrs", "ms", "dr", "st", "inc", "corp", "co", "ltd", "jr", "sr", "no", "vs", "gen",
        "sen", "rep", "gov", "u.s", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "prof", "est", "approx", "dept", "fig", "u.k", "p.r.c",
    ]
)


@dataclass(slots=True)  # not frozen: a frozen dataclass costs twice as much to make, one per word
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Words (hyphens and punctuation separate them) and possessive ``'s`` as its own token."""
    return [Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def words(text: str) -> list[str]:
    return [m.group() for m in _WORD.finditer(text)]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``; 'Corp.' and other abbreviations end none."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start:match.start() + 1].rstrip()
        last_word = before.rsplit(None, 1)[-1].lower().rstrip(".") if before.split() else ""
        if text[match.start()] == "." and last_word in _ABBREVIATIONS:
            continue
        if text[match.start()] == "." and len(last_word) == 1 and last_word.isalpha():
            continue  # an initial: "Donald J. Trump"
        end = match.start() + len(match.group().rstrip())
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = match.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """Lower-cased naive singular: 'batteries' -> 'battery', 'EVs' -> 'ev'."""
    low = word.lower().replace("’", "'")
    if len(low) <= 3:
        if len(word) >= 3 and word[-1] == "s" and word[:-1].isupper():
            return low[:-1]
        return low
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1]
    return low


def norm_phrase(text: str) -> tuple[str, ...]:
    """The matching key of a phrase: its words, lower-cased and singular."""
    return tuple(singular(w) for w in words(text))
