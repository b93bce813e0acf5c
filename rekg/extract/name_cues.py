"""Company names the lexicon lacks, told by what the sentence says of them: "shares of Kestrel
Vantor", "Kestrel Vantor's chief executive", "Eti Maden, which is also the world's largest
producer of boron", "Enercon, the German turbine maker, ...". The name is a run of capitalised
words that no other mention covers, not after a place preposition; a lone word opening the
sentence counts only when it is no sentence adverb ("Meanwhile, the company ...").
"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.name_appositives import _PLACE_WORDS, _head, _name_before, opening_word_is_name
from rekg.extract.patterns import word_sets
from rekg.schema import Label, node_id

# What shares do in a market report: "shares of Kestrel Vantor rose", not "shares of Western
# suppliers".
_MARKET_VERBS = frozenset({"rose", "fell", "jumped", "slumped", "climbed", "dropped", "gained",
                           "tumbled", "surged", "soared", "sank", "slid", "traded", "closed",
                           "ended", "opened", "rallied", "plunged", "were", "have", "had",
                           "rise", "fall", "jump", "climb", "drop", "gain", "slip", "slipped"})


def _add(view: SentenceView, start: int, end: int) -> None:
    if start >= end or view.covered(start, end) or view.gaps[start] == "-" \
            or (start > 0 and view.words[start - 1] in _PLACE_WORDS) \
            or not opening_word_is_name(view, start, end):
        return
    name = view.span_text(start, end)
    view.mentions.append(Mention(Label.ORGANIZATION, node_id(Label.ORGANIZATION, name), name,
                                 start, end, name, "rule"))


def _possessed(view: SentenceView, k: int) -> bool:
    """Token ``k`` opens what a company has: its officers, shares, plants or customers."""
    sets = word_sets()
    words = view.words
    return words[k] in sets["company_possessions"] \
        or any(tuple(words[k:k + len(p)]) == p for p in sets["corporate_titles"].phrases) \
        or (words[k] in sets["corporate_titles"].singles and words[k] not in ("analyst", "head"))


def cued_companies(view: SentenceView) -> None:
    words, gaps, tokens = view.words, view.gaps, view.tokens
    for k in range(1, len(words) - 1):
        word = words[k]
        if word in ("'s", "’s") and gaps[k] == "" and _possessed(view, k + 1):
            _add(view, _name_before(view, k), k)
        elif word == "of" and tokens[k - 1].text.lower() in ("shares", "stock") \
                and gaps[k + 1] == "" and tokens[k + 1].text[:1].isupper():
            end = k + 1
            while end < len(words) and tokens[end].text[:1].isupper() and gaps[end] in ("", "-"):
                end += 1
            if end == len(words) or gaps[end] or tokens[end].text in _MARKET_VERBS:
                _add(view, k + 1, end)  # not "shares of Western suppliers"
        elif word == "which" and gaps[k] == "," and words[k + 1] == "is" \
                and _described_as_company(view, k + 2):
            _add(view, _name_before(view, k), k)
        elif word == "is" and gaps[k] == "" and _name_before(view, k) == 0 \
                and _described_as_company(view, k + 1):
            _add(view, 0, k)  # "Kestrel Vantor is one of the largest producers of tungsten"
        elif tokens[k].text.lower() in ("include", "includes", "including") \
                and words[k - 1] in _PARTNERS:
            _listed(view, k + 1)


# "customers include A, B and C": whose names a list after "include" gives.
_PARTNERS = frozenset({"customer", "client", "supplier", "partner", "investor", "backer",
                       "shareholder", "buyer", "offtaker", "customers", "clients", "suppliers",
                       "partners", "investors", "backers", "shareholders", "buyers"})


def _described_as_company(view: SentenceView, k: int) -> bool:
    """"(also) a Perth-based miner", "the largest producer of", "one of the biggest refiners"."""
    words = view.words
    if k < len(words) and words[k] == "also":
        k += 1
    if words[k:k + 3] == ["one", "of", "the"]:
        k += 2
    return k < len(words) and words[k] in ("a", "an", "the") and _head(view, k) is not None


def _listed(view: SentenceView, k: int) -> None:
    words, gaps, tokens = view.words, view.gaps, view.tokens
    while k < len(words) and tokens[k].text[:1].isupper():
        end = k
        while end < len(words) and tokens[end].text[:1].isupper() \
                and (end == k or gaps[end] in ("", "-", "&")):
            end += 1
        _add(view, k, end)
        if end < len(words) and words[end] == "and":
            k = end + 1  # "A and B", "A, B, and C"
        elif end < len(words) and gaps[end] == ",":
            k = end
        else:
            return
