"""A product or material named only by an open noun phrase becomes a node only when a fact
uses it: an incidental mention of a good the lexicon does not know is not a graph node."""

from __future__ import annotations

from .fact_triples import labelled_names


def test_an_open_product_in_no_fact_is_not_a_node() -> None:
    names = labelled_names("The harbour crane broke down on Tuesday morning, officials in "
                           "Canberra said.")
    assert ("Product", "harbour crane") not in names


def test_an_open_product_in_a_fact_stays_a_node() -> None:
    text = "Acme Motors makes harbour cranes that need neodymium magnets."
    names = labelled_names(text)
    assert any(label == "Product" and "crane" in name for label, name in names)


def test_a_lexicon_product_in_no_fact_stays_a_node() -> None:
    names = labelled_names("The wind turbine stood idle on Tuesday, officials in Canberra said.")
    assert ("Product", "wind turbine") in names
