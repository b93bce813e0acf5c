"""The buckets numbers fall into as features: the distance between a pair, a sentence's length
and how many mentions it has."""

from __future__ import annotations

from functools import lru_cache

_DISTANCE_BUCKETS = ((0, "0"), (1, "1"), (2, "2"), (4, "3-4"), (7, "5-7"), (12, "8-12"),
                     (20, "13-20"))


@lru_cache(maxsize=64)
def distance_bucket(gap: int) -> str:
    for limit, name in _DISTANCE_BUCKETS:
        if gap <= limit:
            return name
    return "21+"


LENGTHS = (12, 25, 40)
COUNTS = (2, 3, 5)


def size_bucket(value: int, limits: tuple[int, ...]) -> str:
    for limit in limits:
        if value <= limit:
            return f"<={limit}"
    return f">{limits[-1]}"
