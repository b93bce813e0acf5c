"""A demonym inside a company's apposition describes the company, it does not act: in
"Kazatomprom, the Kazakh uranium miner, sells uranium to the United States" the seller is
Kazatomprom, not Kazakhstan, and in "Harlow Metals, a leading US producer of cobalt" the
producer is Harlow Metals."""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label

_ARTICLES = frozenset({"a", "an", "the"})
_COPULAS = frozenset({"is", "was", "remains"})
_SEAT_WORDS = frozenset({"based", "headquartered"})


def _seat_word(view: SentenceView, m: Mention) -> bool:
    """``m`` is the place of a seat word joined to it: "a Texas-based producer"."""
    return m.end < len(view.words) and view.gaps[m.end] == "-" \
        and view.words[m.end] in _SEAT_WORDS


def _opening(view: SentenceView, o: Mention) -> list[str] | None:
    """What opens the description after the organisation ``o``: the words of its apposition
    after a comma, or of its copula ("Harlow Metals is a British producer"); None when
    neither follows it."""
    if "," in view.gaps[o.end]:
        return []
    if view.gaps[o.end] == "" and o.end < len(view.words) and view.words[o.end] in _COPULAS:
        return [view.words[o.end]]
    return None


def apposition_head(view: SentenceView, m: Mention) -> Mention | None:
    """The organisation whose apposition, set off by commas, or whose copula ("X is a British
    producer of ...") holds the demonym ``m``, or the place of a seat word ("a Texas-based
    producer")."""
    if m.label is not Label.COUNTRY:
        return None
    seat = _seat_word(view, m)
    if not seat and (m.form == "place" or (
            m.form != "demonym" and (m.end >= len(view.words) or view.gaps[m.end]))):
        return None  # a country's name describes only as a modifier: "a leading US producer"
    sets = word_sets()
    mods = sets["apposition_mods"]
    for o in view.mentions:
        if o.label is not Label.ORGANIZATION or o.end >= m.start:
            continue
        lead = _opening(view, o)
        if lead is None:
            continue
        between = view.words[o.end + len(lead):m.start]
        if between[:1] and between[0] in _ARTICLES and all(
                w in mods or w in sets["rank_words"] or w in sets["filler"]
                for w in between[1:]) and not any(view.gaps[o.end + 1:m.start + 1]):
            return o
    return None


def with_apposed(mentions: tuple[Mention, ...]) -> list[Mention]:
    """The mentions a pattern bound, with the head each apposition describes."""
    found = list(mentions)
    for m in mentions:
        head = m.props.get("apposes")
        if isinstance(head, Mention) and head not in found:
            found.append(head)
    return found
