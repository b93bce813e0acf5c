"""Where a capitalised name starts and what it is: a possessive pronoun opening a sentence is
no part of the name after it ("His National Tin Strategy"), and a title-case headline about a
deal ("Kestrel Wins Landmark Supply Deal") names no agreement."""

from __future__ import annotations

from .fact_triples import labelled_names


def test_a_possessive_pronoun_opens_no_name() -> None:
    names = labelled_names("His National Tin Strategy, published in April, reserves tin for "
                           "state companies.")
    assert ("Agreement", "National Tin Strategy") in names
    assert not any(name.startswith("His") for _, name in names)


def test_a_headline_verb_in_title_case_makes_no_agreement_name() -> None:
    names = labelled_names("Fact Sheet: President Ida Tarrow Secures Historic Tin Deal with "
                           "Peru")
    assert not any(label == "Agreement" and "Secures" in name for label, name in names)


def test_synchronous_and_switched_reluctance_motors_are_two_products() -> None:
    names = labelled_names("Synchronous reluctance motors and switched reluctance motors both "
                           "run without magnets.")
    assert {("Product", "synchronous reluctance motor"),
            ("Product", "switched reluctance motor")} <= names
