"""Per set of labels, the first start or the last end of a sentence's mentions of them: what the
matcher's anchor range asks of every pattern, worked out once per set of labels, not per pattern."""

from __future__ import annotations

from collections.abc import Callable

from rekg.schema import Label


class Extremes(dict[frozenset[Label], int]):
    """``pick`` (min or max) of the positions of the labels in a set; ``default`` when the
    sentence has no mention of any of them."""

    __slots__ = ("default", "pick", "positions")

    def __init__(self, positions: dict[Label, list[int]], default: int,
                 pick: Callable[[list[int]], int]) -> None:
        super().__init__()
        self.positions, self.default, self.pick = positions, default, pick

    def __missing__(self, labels: frozenset[Label]) -> int:
        found = [self.pick(self.positions[x]) for x in labels if x in self.positions]
        value = self[labels] = self.pick(found) if found else self.default
        return value
