"""Part of the coreference stage: the phrases that refer to a pair of parties ("the two sides",
"both countries", "both companies") and the pair such a phrase is apposed to in its own sentence
("Morocco and Spain, the two countries that signed ...")."""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.schema import Label

PAIRS = (("the", "two", "side"), ("both", "side"), ("both", "country"), ("the", "two", "country"),
         ("both", "nation"), ("the", "two", "nation"), ("both", "government"),
         ("the", "two", "government"), ("the", "two", "economy"), ("both", "capital"),
         ("the", "two", "superpower"), ("the", "two", "power"))

COMPANY_PAIRS = tuple((*lead, noun) for lead in (("both",), ("the", "two"))
                      for noun in ("company", "firm", "group", "miner", "producer"))


def apposed_pair(view: SentenceView, i: int) -> list[Mention]:
    """"Morocco and Spain, the two countries that signed ...": the pair the phrase stands in
    apposition to, in its own sentence."""
    if "," not in view.gaps[i]:
        return []
    last = next((m for m in view.mentions if m.end == i and m.label is Label.COUNTRY
                 and m.in_list and m.form not in ("place", "anaphor")), None)
    if last is None:
        return []
    pair = [m for m in view.mentions if m.group == last.group and m.label is Label.COUNTRY]
    return pair if len({m.node_id for m in pair}) == 2 else []


def pair_phrase(low: list[str], i: int, pairs: tuple[tuple[str, ...], ...] = PAIRS) -> int:
    """Length of "the two sides", "both countries" ... starting at token ``i``, else 0."""
    if low[i] not in ("the", "both"):
        return 0
    for phrase in pairs:
        if tuple(low[i:i + len(phrase)]) == phrase:
            return len(phrase)
    return 0
