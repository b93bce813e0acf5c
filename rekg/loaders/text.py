"""Sentence splitting, tokenising and the word normalisation that makes plural meet singular."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# A word may carry an inner apostrophe ("Ma'aden", "didn't"); a possessive "'s" is its own token.
_WORD = re.compile(r"[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*|['’]s\b", re.UNICODE)
_SENTENCE_END = re.compile(r"""[.!?]+["”’')\]]*\s+(?=["“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\S)""")
# Abbreviations followed by a name or a number, never the last word of a sentence.
_TITLES = frozenset(["mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "prof", "vs",
                     "e.g", "i.e", "approx"])
# Abbreviations that may close a sentence ("... shares of Lynas Corp. The company said"): they
# end none unless the next word is one that opens sentences, not names ("U.S. Navy").
_NAME_ENDS = frozenset(["inc", "corp", "co", "ltd", "jr", "sr", "u.s", "u.k", "p.r.c", "dept",
                        "plc", "bhd", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                        "sep", "sept", "oct", "nov", "dec"])
# "No. 2" and "Fig. 3" number things; "No. Exporters must apply" answers a question.
_BEFORE_NUMBERS = frozenset(["no", "fig"])
_OPENERS = frozenset([
    "the", "a", "an", "it", "its", "this", "that", "these", "those", "they", "their", "he",
    "she", "his", "her", "we", "our", "there", "in", "on", "at", "for", "from", "by", "with",
    "after", "before", "since", "while", "when", "but", "and", "yet", "so", "however", "also",
    "meanwhile", "still", "some", "many", "most", "both", "each", "such", "other", "shares",
])

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
        if text[match.start()] == "." and _abbreviated(text, start, match):
            continue
        end = match.start() + len(match.group().rstrip())
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = match.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _abbreviated(text: str, start: int, match: re.Match[str]) -> bool:
    """Does the full stop at ``match`` close an abbreviation or initial, not the sentence?"""
    before = text[start:match.start() + 1].rstrip()
    last_word = before.rsplit(None, 1)[-1].lower().rstrip(".") if before.split() else ""
    if last_word in _TITLES:
        return True
    if len(last_word) == 1 and last_word.isalpha():
        return True  # an initial: "Donald J. Trump"
    following = text[match.end():match.end() + 1]
    if last_word in _BEFORE_NUMBERS:
        return following.isdigit()
    if last_word in _NAME_ENDS:
        next_word = text[match.end():].split(None, 1)[0] if text[match.end():].strip() else ""
        return next_word.strip("\"'“‘(,").lower() not in _OPENERS
    return False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
"""Lower-cased, in calendar order (a month's number is its index + 1)."""

_IRREGULAR_SINGULARS = {
    "buses": "bus", "gases": "gas", "lenses": "lens", "news": "news", "series": "series",
    "species": "species", "means": "means", "analyses": "analysis", "theses": "thesis",
    "crises": "crisis", "bases": "base", "indices": "index", "matrices": "matrix",
    "vertices": "vertex", "apparatus": "apparatus", "chassis": "chassis", "biases": "bias",
    "viruses": "virus", "bonuses": "bonus", "statuses": "status", "campuses": "campus",
    "surpluses": "surplus", "consensuses": "consensus", "censuses": "census",
    "diagnoses": "diagnosis", "hypotheses": "hypothesis", "syntheses": "synthesis",
    "emphases": "emphasis", "parentheses": "parenthesis", "whereas": "whereas",
}
"""Plurals the suffix rules get wrong ("buses" would lose only its "s"), and a conjunction
they would cut ("whereas")."""
_IRREGULAR_SINGLES = frozenset(_IRREGULAR_SINGULARS.values())
"""Their singulars, kept whole: "lens" and "bias" would lose their "s" and miss "lenses"."""


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """Lower-cased naive singular: 'batteries' -> 'battery', 'EVs' -> 'ev'."""
    low = word.lower().replace("’", "'")
    irregular = _IRREGULAR_SINGULARS.get(low)
    if irregular is not None:
        return irregular
    if low in _IRREGULAR_SINGLES:
        return low
    if len(low) <= 3:
        if len(word) >= 3 and word[-1] == "s" and word[:-1].isupper():
            return low[:-1]
        return low
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith("oes") and len(low) > 6 and not low.endswith("shoes"):
        # "torpedoes", "embargoes"; not "canoes", "horseshoes"
        return low[:-2]
    if low.endswith(("sses", "shes", "ches", "xes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1]
    return low


def norm_phrase(text: str) -> tuple[str, ...]:
    """The matching key of a phrase: its words, lower-cased and singular."""
    return tuple(singular(w) for w in words(text))
