"""A negation of the main verb does not reach a need told in a relative clause without "that"."""

from __future__ import annotations

from .fact_triples import has_fact


def test_need_in_zero_relative_after_negated_making_stands() -> None:
    text = "Ohio produced none of the sintered magnets its robots and drones depend on."
    assert has_fact(text, "DEPENDS_ON", "robot", "magnet")
    assert has_fact(text, "DEPENDS_ON", "drone", "magnet")


def test_negated_need_itself_stays_refused() -> None:
    text = "Its robots and drones do not depend on sintered magnets."
    assert not has_fact(text, "DEPENDS_ON", "robot", "magnet")
