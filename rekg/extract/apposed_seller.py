"""A demonym inside a company's apposition describes the company, it does not act: in
"Kazatomprom, the Kazakh uranium miner, sells uranium to the United States" the seller is
Kazatomprom, not Kazakhstan, and in "Harlow Metals, a leading US producer of cobalt" the
producer is Harlow Metals."""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label

_ARTICLES = frozenset({"a", "an", "the"})


def apposition_head(view: SentenceView, m: Mention) -> Mention | None:
    """The organisation whose apposition, set off by commas, holds the demonym ``m``."""
    if m.label is not Label.COUNTRY or m.form == "place" or (m.form != "demonym" and (
            m.end >= len(view.words) or view.gaps[m.end])):
        return None  # a country's name describes only as a modifier: "a leading US producer"
    sets = word_sets()
    mods = sets["apposition_mods"]
    for o in view.mentions:
        if o.label is not Label.ORGANIZATION or o.end >= m.start or "," not in view.gaps[o.end]:
            continue
        between = view.words[o.end:m.start]
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
