"""Goods bought from a country's sellers, said with the goods as subject, and a seller's
export licences for its customers in a country."""

from __future__ import annotations

from rekg.extract.explain import explain
from rekg.loaders.document import Document

from .fact_triples import has_fact


def test_passive_purchase_names_the_producing_country() -> None:
    text = ("The terbium, which hardens motor magnets against heat, must still be bought "
            "largely from Chinese refiners.")
    found = explain(Document(text=text, title="Test", published="2025-06-01")).facts
    assert any(f.relation == "PRODUCES" and f.source == "China" and f.target == "terbium"
               and f.origin == "produces.goods-bought-from" for f in found)


def test_goods_then_bought_from_a_country() -> None:
    assert has_fact("The plant refines cobalt hydroxide purchased from Zambia.",
                    "PRODUCES", "Zambia", "cobalt hydroxide")


def test_buyers_of_goods_are_no_producers() -> None:
    text = "Magnet makers have for years bought their terbium from Chinese traders."
    assert not has_fact(text, "PRODUCES", "China", "magnet")


def test_licences_for_customers_in_a_country() -> None:
    text = "Brindle Holdings Inc. said it has obtained licences for shipments to buyers in Chile."
    assert has_fact(text, "SUPPLIES", "Brindle", "Chile")


def test_licences_only_sought_give_no_supply() -> None:
    text = "Brindle Holdings Inc. has applied for licences for shipments to buyers in Chile."
    assert not has_fact(text, "SUPPLIES", "Brindle", "Chile")
