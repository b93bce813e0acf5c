"""Part of the mention stage: a capital after "in", "at", "from" or "to" is a place, but in a
few phrasings it is the government: "a licence from Beijing" (who imposes), "aimed at Tokyo",
"exports to Seoul", "hit back at Ottawa" (whom a measure targets), "the government in Hanoi"
(who imposes). The mention stays a place
to every other relation."""

from __future__ import annotations

from rekg.extract.context import SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_AIMED = frozenset({"aimed", "directed", "targeted"})
_HIT = frozenset({"hit", "hits", "hitting", "struck", "strikes", "striking", "lashed", "lashes"})
_ADVERBS = frozenset({"squarely", "primarily", "chiefly", "mainly", "largely", "mostly",
                      "clearly", "explicitly", "specifically", "directly"})


_REACH = 8  # words from a seated government to the measure it takes


def _own_measure(view: SentenceView, start: int) -> bool:
    """"the government in Hanoi banned ...": a measure follows with no other party between
    (not "officials in Hanoi said Beijing banned ...")."""
    after = [m for m in view.mentions if start < m.start <= start + _REACH]
    measures = [m.start for m in after if m.label is Label.RESTRICTION]
    return bool(measures) and not any(
        m.label in (Label.COUNTRY, Label.ORGANIZATION) and m.start < min(measures) for m in after)


def _acts(view: SentenceView, start: int) -> RelType | None:
    """What the capital at ``start`` does, from the words before it."""
    low, sets = view.words, word_sets()
    if start < 2:
        return None
    before, k = low[start - 1], start - 2
    if before == "from" and any(m.label is Label.RESTRICTION and m.end == start - 1
                                and low[k] in sets["licence_nouns"] for m in view.mentions):
        return RelType.IMPOSES  # "need a licence from Beijing"
    if before == "in" and low[k] in sets["seated_government_nouns"]:
        return RelType.IMPOSES if _own_measure(view, start) else None
    if before == "to" and low[k] in sets["trade_exports"]:
        return RelType.TARGETS  # "restrictions on exports to Seoul"
    if before == "at" and low[k] == "back" and k > 0 and low[k - 1] in _HIT:
        return RelType.TARGETS  # "hit back at Tokyo with curbs"
    while k > 0 and low[k] in _ADVERBS:
        k -= 1
    return RelType.TARGETS if before == "at" and low[k] in _AIMED else None


def acting_capitals(view: SentenceView) -> None:
    for m in view.mentions:
        if m.label is Label.COUNTRY and m.form == "place":
            # "added to Beijing's entity list": a capital that owns a measure is its government
            owns = m.end < len(view.words) and view.words[m.end] in ("'s", "’s") and any(
                x.label is Label.RESTRICTION and m.end < x.start <= m.end + 4
                for x in view.mentions)
            acts = RelType.IMPOSES if owns else _acts(view, m.start)
            if acts is not None:
                m.props["acts"] = acts
