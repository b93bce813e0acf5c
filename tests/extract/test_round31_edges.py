"""Edges read from the thirty-first round's train and dev misses: an owner named in a company's
apposition ("X, a subsidiary of Y, produces ...") and a "no" that denies only its own clause."""

from __future__ import annotations

import pytest

from rekg.schema import RelType

from .fact_triples import labelled_names, named_pairs


@pytest.mark.parametrize("apposition", [
    "a subsidiary of Kestrel Minerals",
    "part of the state mining group Kestrel Minerals",
    "owned by Kestrel Minerals",
    "the Canadian arm of Kestrel Minerals",
])
def test_the_company_not_its_owner_produces(apposition: str) -> None:
    text = f"Tarrow Metals, {apposition}, produces tantalum and niobium at its plant."
    pairs = named_pairs(text, RelType.PRODUCES)
    assert ("Tarrow Metals", "tantalum") in pairs
    assert ("Kestrel Minerals", "tantalum") not in pairs


@pytest.mark.parametrize("town", ["Bellhaven", "Port Bellhaven"])
def test_the_company_in_a_town_not_its_owner_produces(town: str) -> None:
    text = (f"The Tarrow Metallurgical Plant in {town}, a subsidiary of Kestrel Minerals, "
            "produces beryllium.")
    pairs = named_pairs(text, RelType.PRODUCES)
    assert ("Tarrow Metallurgical Plant", "beryllium") in pairs
    assert ("Kestrel Minerals", "beryllium") not in pairs


def test_the_country_of_the_owner_neither_sells_nor_seats_a_company_placed_elsewhere() -> None:
    text = ("Tarrow Malaysia Metals, the subsidiary of Kestrel Minerals of Australia, sells "
            "separated oxides to Japan.")
    assert ("Australia", "Japan") not in named_pairs(text, RelType.SUPPLIES)
    assert ("Tarrow Malaysia Metals", "Australia") not in named_pairs(text, RelType.LOCATED_IN)


def test_a_company_placed_nowhere_else_may_sit_in_its_owners_country() -> None:
    text = ("Tarrow Lithium, a firm owned by Argentina's Salta province, signed a deal with "
            "Kestrel Minerals.")
    assert ("Tarrow Lithium", "Argentina") in named_pairs(text, RelType.LOCATED_IN)


def test_a_country_before_the_owner_noun_may_seat_the_company() -> None:
    text = ("Tarrow Metals, a Chinese subsidiary of Japan's Kestrel Minerals, stopped making "
            "battery cells last year.")
    seats = named_pairs(text, RelType.LOCATED_IN)
    assert ("Tarrow Metals", "Japan") not in seats
    assert ("Kestrel Minerals", "Japan") in seats


def test_an_owner_does_not_sell_to_its_subsidiary_by_apposition() -> None:
    text = ("Tarrow Metals, a subsidiary of Kestrel Minerals, refines germanium and sells "
            "it to Japan.")
    pairs = named_pairs(text, RelType.SUPPLIES)
    assert ("Kestrel Minerals", "Tarrow Metals") not in pairs


def test_a_relative_after_the_apposition_is_left_to_the_owner() -> None:
    text = ("Tarrow Metals, a subsidiary of Kestrel Minerals, which mines uranium, opened an "
            "office.")
    assert ("Kestrel Minerals", "uranium") in named_pairs(text, RelType.PRODUCES)


@pytest.mark.parametrize(("text", "pair"), [
    ("Brazil has no refinery of its own, so its ore is shipped to China.", ("Brazil", "China")),
    ("Korea has no cobalt mine at home, and its refiners still buy most of their feed from "
     "China.", ("China", "South Korea")),
])
def test_no_in_an_earlier_clause_leaves_a_later_sale_standing(
        text: str, pair: tuple[str, str]) -> None:
    assert pair in named_pairs(text, RelType.SUPPLIES)


def test_no_before_the_goods_of_the_sale_still_denies_it() -> None:
    text = "No gallium was shipped from China to Canada in March, customs figures show."
    assert ("China", "Canada") not in named_pairs(text, RelType.SUPPLIES)


def test_a_longer_entry_that_starts_inside_a_shorter_one_wins() -> None:
    text = ("Tokyo said exports of advanced semiconductor manufacturing equipment will need a "
            "licence from July.")
    names = labelled_names(text)
    assert ("Product", "semiconductor manufacturing equipment") in names
    assert ("Product", "advanced chip") not in names


def test_companies_each_introduced_by_what_they_are_form_one_list() -> None:
    text = ("China's foreign ministry announced countermeasures against Norvik Systems, the "
            "shipbuilder Tarrow Marine Industries and the drone maker Kestrel Aerial Systems.")
    targets = {target for _, target in named_pairs(text, RelType.TARGETS)}
    assert {"Norvik Systems", "Tarrow Marine Industries", "Kestrel Aerial Systems"} <= targets


def test_a_description_with_capitals_joins_no_list() -> None:
    text = ("Tarrow Metals sold its plant to Kestrel Minerals, the Canadian miner Norvik "
            "Resources said on Friday.")
    assert ("Tarrow Metals", "Norvik Resources") not in named_pairs(text, RelType.SUPPLIES)


def test_a_negation_in_parentheses_speaks_only_inside_them() -> None:
    text = "Tarrow Metals (not rated) produces NdPr oxide at its plant in Utah."
    assert ("Tarrow Metals", "NdPr oxide") in named_pairs(text, RelType.PRODUCES)


def test_a_negation_around_parentheses_still_denies() -> None:
    text = "Tarrow Metals does not (yet) sell oxide to Japan."
    assert ("Tarrow Metals", "Japan") not in named_pairs(text, RelType.SUPPLIES)


def test_an_aside_on_a_measure_still_speaks_of_it() -> None:
    text = "China's export ban (since lifted) covered gallium and germanium."
    assert "gallium" not in {item for _, item in named_pairs(text, RelType.RESTRICTS)}
