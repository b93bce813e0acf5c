"""Goods listed with a modifier each: "hub motors for scooters and compressors for heat pumps",
"the motors of electric buses, the generators in wind turbines". Each conjunct is a head and,
after a preposition, what it belongs to; a head needs nothing of another conjunct, nor of what
another conjunct's head belongs to. The scorer, which sees only words between two ends, reads
"compressors ... hub motors" or "heat pumps ... hub motors" as a use; those pairs are refused,
while a head and its own modifier ("hub motors for scooters") stay free."""

from __future__ import annotations

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.schema import Label

_PREPS = frozenset({"for", "in", "of", "inside", "within", "on", "aboard"})
_JOINS = frozenset({"and", "or"})
_GOODS = frozenset({Label.PRODUCT, Label.MATERIAL})
_LEAD = 2  # words allowed before a conjunct's head: "and most compressors", "the generators"


def _conjuncts(view: SentenceView) -> dict[int, int]:
    """Mention start -> the index of its conjunct, for each chain in which at least two
    conjuncts carry a modifier of their own. Bare goods right after a modifier are more of
    its objects ("magnets in cars and wind turbines"), not a conjunct."""
    goods = sorted((m for m in view.mentions if m.label in _GOODS), key=lambda m: m.start)
    words, gaps = view.words, view.gaps
    index: dict[int, int] = {}
    chain: list[list[Mention]] = []
    modified: list[bool] = []

    def close() -> None:
        if sum(modified) >= 2:
            base = len(index)
            for i, conjunct in enumerate(chain):
                for m in conjunct:
                    index[m.start] = base + i
        chain.clear()
        modified.clear()

    k = 0
    while k < len(goods):
        unit = [goods[k]]  # a list ("europium and terbium in phosphors") is one head
        while unit[-1].group >= 0 and k + 1 < len(goods) and goods[k + 1].group == unit[-1].group:
            k += 1
            unit.append(goods[k])
        head = unit[-1]
        nxt = goods[k + 1] if k + 1 < len(goods) else None
        has_modifier = nxt is not None and nxt.start == head.end + 1 \
            and words[head.end] in _PREPS and not gaps[head.end] and not gaps[nxt.start]
        if chain and not _joined(view, chain[-1][-1], unit[0]):
            close()
        if chain and modified[-1] and not has_modifier:
            chain[-1].extend(unit)  # "for cars and wind turbines": the modifier's objects
        else:
            chain.append([*unit, nxt] if has_modifier and nxt is not None else unit)
            modified.append(has_modifier)
        k += 2 if has_modifier else 1
    close()
    return index


def _joined(view: SentenceView, before: Mention, head: Mention) -> bool:
    """``head`` opens the next conjunct after ``before``: ", X", "and X", ", and the X"."""
    words, gaps = view.words, view.gaps
    between = words[before.end:head.start]
    if len(between) > _LEAD + 1:
        return False
    if not between:
        return gaps[head.start] == ","
    return (between[0] in _JOINS or gaps[before.end] == ",") and all(
        w in ("the", "a", "an", "most", "many", "some", "all", "its", "their") for w in between[1:])


def across_conjuncts(view: SentenceView, fact: Fact) -> bool:
    """The two ends lie in different conjuncts of one chain of modified goods."""
    index = _conjuncts(view)
    a, b = index.get(fact.source.start), index.get(fact.target.start)
    return a is not None and b is not None and a != b
