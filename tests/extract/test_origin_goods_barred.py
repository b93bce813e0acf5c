"""A verb that bars goods named by their origin aims at that origin, and the origin's
country is not the one who bars them."""

from __future__ import annotations

from .fact_triples import measure_chains

_BARRED = ("Ottawa has courted allies, and federal purchasing rules will bar Iranian-made drones"
           " from army contracts.")


def test_origin_of_barred_goods_is_the_target() -> None:
    chains = measure_chains(_BARRED)
    assert ("TARGETS", "canada", "iran") in chains
    assert ("RESTRICTS", "canada", "drone") in chains


def test_origin_of_barred_goods_is_not_the_imposer() -> None:
    assert not any(imposer == "iran" for _, imposer, _ in measure_chains(_BARRED))


def test_origin_after_other_words_is_not_aimed_at() -> None:
    text = "Ottawa banned the sale on Monday, and Iranian uranium prices rose."
    assert ("TARGETS", "canada", "iran") not in measure_chains(text)
