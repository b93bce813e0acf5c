"""Product and material words used as figures of speech: "the engine of growth", "a growth
engine", "the battery of the world", "a battery of tests", "the engine room of the economy".
The bare word names no product there, so it makes no mention."""

from __future__ import annotations

from rekg.extract.context import SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label

_GOODS = (Label.PRODUCT, Label.MATERIAL)
_REACH = 4  # words after "of" that may come before the figurative object


def _figure_after(view: SentenceView, end: int, objects: frozenset[str],
                  goods_at: set[int]) -> bool:
    """"of" and, within a few plain words that name no goods, a figurative object."""
    low, n = view.words, len(view.words)
    if end >= n or low[end] != "of" or view.gaps[end] != "":
        return False
    for k in range(end + 1, min(end + 1 + _REACH, n)):
        if k in goods_at or view.gaps[k] not in ("", "'"):
            return False
        if low[k] in objects and (k + 1 >= n or low[k + 1] not in ("'s", "s")):
            return True  # "the motors of the world's cars": "world" only owns the cars
    return False


def drop_figures(view: SentenceView) -> None:
    """Drop one-word product and material mentions used figuratively."""
    sets = word_sets()
    before, after = sets["figure_before"].singles, sets["figure_after"].singles
    objects = sets["figure_objects"].singles
    low = view.words
    goods_at: set[int] | None = None
    dropped = []
    for m in view.mentions:
        if m.label not in _GOODS or m.end - m.start > 2:
            continue
        if m.end - m.start == 2:
            if low[m.start] in before and view.gaps[m.end - 1] == "":
                dropped.append(m)  # "growth engine" as one open mention
            continue
        if (m.start > 0 and low[m.start - 1] in before and view.gaps[m.start] == "") \
                or (m.end < len(low) and low[m.end] in after and view.gaps[m.end] == ""):
            dropped.append(m)
        elif m.end < len(low) and low[m.end] == "of":
            if goods_at is None:
                goods_at = {k for g in view.mentions if g.label in _GOODS
                            for k in range(g.start, g.end)}
            if _figure_after(view, m.end, objects, goods_at):
                dropped.append(m)
    if dropped:
        gone = {id(m) for m in dropped}
        view.mentions[:] = [m for m in view.mentions if id(m) not in gone]
