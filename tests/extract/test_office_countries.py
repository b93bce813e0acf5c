"""A country that names a person's office ("U.S. President", "Chinese Commerce Minister")
speaks through the person and is no party to trade there; a country that trades keeps its
facts."""

from __future__ import annotations

from .fact_triples import has_fact


def test_a_country_naming_an_office_neither_sells_nor_makes() -> None:
    text = "Chinese Commerce Minister Wang Wentao said gallium is supplied by Japan."
    assert has_fact(text, "PRODUCES", "japan", "gallium")
    assert not has_fact(text, "PRODUCES", "china", "gallium")
    assert not has_fact(text, "SUPPLIES", "china", "japan")


def test_a_country_that_trades_keeps_its_facts() -> None:
    text = "China supplies gallium to Japan, Commerce Minister Wang Wentao said."
    assert has_fact(text, "SUPPLIES", "china", "japan")
