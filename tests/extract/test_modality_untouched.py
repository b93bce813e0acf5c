"""A negated verb that leaves a measure as it is ("the truce does not touch the ban") denies
the truce's reach, not the measure; a measure that does not reach an item still denies it."""

from __future__ import annotations

from .fragments import restricted_items as _restricted


def test_a_deal_that_leaves_a_measure_keeps_it() -> None:
    assert "tungsten" in _restricted(
        "The accord does not alter the existing export ban on tungsten.")


def test_a_measure_that_does_not_reach_an_item_denies_it() -> None:
    assert "neodymium" not in _restricted("The new licences do not affect neodymium.")


def test_an_item_before_the_negation_stays_denied() -> None:
    assert "cobalt" not in _restricted("Cobalt does not change the ban on tin exports.")
