"""Part of the matcher: cheap tests before a pattern is walked, from the mentions of the
sentence alone (where its anchor may stand so that every required slot has a mention on the
right side, and whether a mention lies near enough for the slot next to the anchor)."""

from __future__ import annotations

from rekg.extract.label_extremes import Extremes
from rekg.extract.pattern_rules import Pattern
from rekg.schema import Label


def anchor_range(pattern: Pattern, first: Extremes, last: Extremes, n: int) -> tuple[int, int]:
    """(lo, hi): only an anchor at i with lo < i < hi has a mention for every required slot on
    the right side of it (the first start before, the last end after; n + 1 and -1: none)."""
    lo, hi = -1, n + 1
    for labels in pattern.needs_before:
        start = first[labels]
        if start > n:
            return n + 1, -1
        if start > lo:
            lo = start
    for labels in pattern.needs_after:
        end = last[labels]
        if end < 0:
            return n + 1, -1
        if end < hi:
            hi = end
    return lo, hi


def near_enough(pattern: Pattern, i: int, ends: dict[Label, list[int]],
                starts: dict[Label, list[int]]) -> bool:
    """Is there a mention near enough for the slot next to the anchor, on each side?"""
    near = pattern.near_before
    if near is not None:
        labels, reach = near
        lo = i - reach
        if not any(lo <= e <= i for label in labels for e in ends.get(label, ())):
            return False
    near = pattern.near_after
    if near is not None:
        labels, reach = near
        hi = i + 1 + reach
        if not any(i < s <= hi for label in labels for s in starts.get(label, ())):
            return False
    return True
