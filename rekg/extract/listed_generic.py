"""Part of the mentions stage: a bare head too general to name a product alone ("phones",
"buses") names one as an item of a list of products ("drones, phones and laptops")."""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label


def _list_neighbours(view: SentenceView, i: int) -> tuple[int, int]:
    """The last word of the list item before word ``i`` and the first of the one after it."""
    low, gaps = view.words, view.gaps
    before = i - 1 if gaps[i] == "," else (i - 2 if i > 1 and low[i - 1] in ("and", "or")
                                            and not gaps[i] else -1)
    after = i + 1 if i + 1 < len(low) and gaps[i + 1] == "," else (
        i + 2 if i + 2 < len(low) and low[i + 1] in ("and", "or") else -1)
    return before, after


def listed_generic(view: SentenceView, i: int, covered: dict[int, Mention],
                   step: int = 0) -> bool:
    """A bare head too general to name a product alone ("phones", "buses") names one as an item
    of a list of products: "drones, phones and laptops", "cars, buses and trains". The item next
    to it, across a comma or "and"/"or", must be a product the sentence already names (or
    another such head next to one)."""
    heads = word_sets()["listed_generic_heads"].singles
    if view.words[i] not in heads or i in covered:
        return False
    for k, earlier in zip(_list_neighbours(view, i), (True, False), strict=True):
        if k < 0:
            continue
        m = covered.get(k)
        if m is not None and m.label is Label.PRODUCT and (
                m.end == k + 1 if earlier else m.start == k):
            return True
        if m is None and step < 2 and view.words[k] in heads and view.tokens[k].text.islower() \
                and (k == 0 or k - 1 not in covered) and ((k < i) == earlier) \
                and _further(view, k, i, covered, step):
            return True
    return False


def _further(view: SentenceView, k: int, i: int, covered: dict[int, Mention], step: int) -> bool:
    """Head ``k`` next to ``i`` is a listed item on its far side (away from ``i``)."""
    before, after = _list_neighbours(view, k)
    far = before if k < i else after
    m = covered.get(far) if far >= 0 else None
    if m is not None and m.label is Label.PRODUCT:
        return True
    return far >= 0 and m is None and step < 1 and listed_generic(view, k, covered, step + 1)
