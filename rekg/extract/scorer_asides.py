"""Guards on the scorer's DEPENDS_ON pairs whose two ends the sentence's grammar keeps apart.

An item set aside ("their radars aside", "apart from the radars") is what the sentence leaves
out of its claim ("besides", which adds, is not). Two possessions of one owner coordinated
("sold its magnet unit and its dysprosium stock") are items of one list, not one a part of the
other; a possessive that points back at the first item ("scooters and their batteries") names
its part and is left alone. In an object relative
set off after a good ("X, which forklift makers sell, ..."), the relative's subject needs the
good only when the relative's verb is one of need ("which golf carts need", "which heat pumps
rely on"); with a verb of trade it sells or buys it.
"""

from __future__ import annotations

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets

_ASIDE_AFTER = "aside"
_ASIDE_BEFORE = frozenset({"except", "excluding"})
_ASIDE_PAIRS = frozenset({("apart", "from"), ("except", "for"), ("aside", "from")})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your"})
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "your"})
_COORDINATORS = frozenset({"and", "or"})
_VERB_REACH = 3  # words after the relative's subject that may hold its verb


def _set_aside(view: SentenceView, m: Mention) -> bool:
    words, k = view.words, m.start
    if m.end < len(words) and words[m.end] == _ASIDE_AFTER and not any(
            c in view.gaps[m.end] for c in ",;:"):
        return True
    while k > 0 and words[k - 1] in _DETERMINERS:
        k -= 1
    return k > 0 and (words[k - 1] in _ASIDE_BEFORE
                      or (k > 1 and (words[k - 2], words[k - 1]) in _ASIDE_PAIRS))


def _possessions(view: SentenceView, first: Mention, second: Mention) -> bool:
    # both possessed: "its motors and its stock"; not "scooters and their batteries", a part
    if first.start == 0 or view.words[first.start - 1] not in _POSSESSIVES:
        return False
    between = view.words[first.end:second.start]
    if len(between) == 1:
        return between[0] in _POSSESSIVES and "," in view.gaps[second.start - 1]
    return len(between) == 2 and between[0] in _COORDINATORS and between[1] in _POSSESSIVES


def _traded_in_relative(view: SentenceView, fact: Fact) -> bool:
    good, subject = fact.target, fact.source
    if not good.end < subject.start:
        return False
    sets = word_sets()
    words = view.words
    lead = words[good.end:subject.start]
    if not lead or lead[0] not in sets["relative_words"] or any(
            w not in sets["filler"] for w in lead[1:]):
        return False
    k = subject.end
    while k < len(words) and words[k] in sets["company_nouns"]:
        k += 1
    for j in range(k, min(len(words), k + _VERB_REACH)):
        if j > k and any(c in view.gaps[j] for c in ",;:"):
            break
        if sets["need_verbs"].longest_at(words, j) or words[j] in sets["rely_verbs"]:
            return False
        if words[j] in sets["supply_verbs"] or words[j] in sets["buy_verbs"]:
            return True
    return False


def kept_apart(view: SentenceView, fact: Fact) -> str | None:
    """Why a scorer DEPENDS_ON pair is refused on the sentence's grammar, or None."""
    if _set_aside(view, fact.source) or _set_aside(view, fact.target):
        return "an end is set aside from the claim"
    first, second = sorted((fact.source, fact.target), key=lambda m: m.start)
    if _possessions(view, first, second):
        return "two possessions of one owner are items of one list"
    if _traded_in_relative(view, fact):
        return "the relative's subject trades in the good, not needs it"
    return None
