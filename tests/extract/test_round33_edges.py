"""Edges read from the thirty-third round's train and dev misses: an item the lexicon does not
know inside a list of goods, goods a colon lists apart by semicolons, buyers listed after their
description, and a demonym that describes a company before its name."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import mentions_for
from rekg.loaders.document import Document
from rekg.schema import RelType

from .fact_triples import labelled_names, measure_chains, named_pairs


@pytest.mark.parametrize("users", [
    "engine control units, signage, window motors and airbag systems",
    "engine control units, signage, roof lighting, window motors and airbags",
    "engine control units, roof signage and window motors",
    "engine control units, roof signage, and window motors",
])
def test_an_unnamed_item_does_not_break_a_list_of_users(users: str) -> None:
    text = f"Kestrel Devices ships logic chips that go into {users}."
    pairs = named_pairs(text, RelType.DEPENDS_ON)
    assert ("window motor", "logic chip") in pairs


@pytest.mark.parametrize("aside", [
    "the company said",
    "analysts say",
    "Tarrow",
])
def test_a_clause_or_a_name_between_goods_is_no_item(aside: str) -> None:
    text = (f"Kestrel Devices ships logic chips that go into engine control units, {aside}, "
            "and window motors.")
    pairs = named_pairs(text, RelType.DEPENDS_ON)
    assert ("window motor", "logic chip") not in pairs


def test_goods_a_colon_lists_apart_by_semicolons_are_one_list() -> None:
    text = ("Tarrovia began requiring export licences for three chemicals: fluorinated "
            "polyimide, for folding screens; photoresists, which print patterns on wafers; "
            "and ultra-pure hydrogen fluoride, a cleaning gas.")
    items = {item for _, item in named_pairs(text, RelType.RESTRICTS)}
    assert {"fluorinated polyimide", "hydrogen fluoride"} <= items


def test_a_statement_after_a_semicolon_lists_nothing() -> None:
    text = ("Tarrovia acted on two fronts: export licences now cover gallium; germanium, by "
            "contrast, stays free to trade.")
    items = {item for _, item in named_pairs(text, RelType.RESTRICTS)}
    assert "gallium" in items
    assert "germanium" not in items


@pytest.mark.parametrize(("text", "pair"), [
    ("Magnet makers in Kestrel turn praseodymium-neodymium metal into sintered magnets.",
     ("NdFeB magnet", "NdPr metal")),
    ("Norvik Carbon digs natural graphite and converts it into active anode material.",
     ("anode material", "natural graphite")),
])
def test_more_surface_forms_of_intermediate_goods(text: str, pair: tuple[str, str]) -> None:
    assert pair in named_pairs(text, RelType.DEPENDS_ON)


def test_buyers_listed_after_their_description() -> None:
    text = ("Kestrel Motors Ltd supplies most spindle motors to the region's three drive makers: "
            "Norvik Storage Corp, Tarrow Data Inc and Orsa Systems Ltd.")
    pairs = named_pairs(text, RelType.SUPPLIES)
    assert ("Kestrel Motors Ltd", "Orsa Systems Ltd") in pairs


@pytest.mark.parametrize("text", [
    "Korean battery maker LG Energy Solution buys graphite from Chinese suppliers.",
    "Korean battery maker LG Energy Solution buys Chinese graphite.",
])
def test_a_demonym_describing_a_company_is_its_seat(text: str) -> None:
    pairs = named_pairs(text, RelType.SUPPLIES)
    assert ("China", "LG Energy Solution") in pairs
    assert ("LG Energy Solution", "South Korea") not in pairs


@pytest.mark.parametrize("text", [
    "The components of a drone include motors and cameras.",
    "A drone's key components include motors and cameras.",
    "Components that drone makers buy abroad include motors and cameras.",
])
def test_what_a_products_parts_include_it_depends_on(text: str) -> None:
    assert ("drone", "camera") in named_pairs(text, RelType.DEPENDS_ON)


def test_iron_nitride_is_a_material_of_its_own() -> None:
    text = "Kestrel Magnetics Ltd studies iron nitride as a magnet material."
    assert ("Material", "iron nitride") in labelled_names(text)


def test_runners_up_after_a_leader_that_makes_the_most() -> None:
    text = "Chile mines the most copper ore, followed by Peru and Zambia."
    pairs = named_pairs(text, RelType.PRODUCES)
    assert ("Zambia", "copper ore") in pairs


def test_a_business_unit_named_for_a_good_is_no_product() -> None:
    text = "Kestrel Mining Ltd's nickel unit mined about 160,000 tonnes last year."
    assert ("Kestrel Mining Ltd", "nickel") in named_pairs(text, RelType.PRODUCES)
    assert not any(name == "nickel unit" for _, name in labelled_names(text))


def test_a_verb_after_a_possessive_apposition_is_the_governments() -> None:
    text = "Zambia, Africa's second copper producer, banned exports of raw cobalt ore in May."
    assert ("RESTRICTS", "zambia", "cobalt ore") in measure_chains(text)


def test_an_anti_dumping_margin_is_a_duty() -> None:
    text = ("Tarrovia's trade ministry fixed an anti-dumping margin of 61% on anode material "
            "imported from China.")
    items = {item for _, item in named_pairs(text, RelType.RESTRICTS)}
    assert "anode material" in items


def test_the_parties_an_agreements_name_states_stand_in_a_negated_clause() -> None:
    text = ("Shipyards in Norway, which were never party to the US-Japan pact, still wait "
            "for permits.")
    parties = {party for party, _ in named_pairs(text, RelType.PARTY_TO)}
    assert {"United States", "Japan"} <= parties


@pytest.mark.parametrize("parties", [
    "a joint venture of Japan's Sojitz and IGO",
    "supply deals with Japan's Toyota and Honda",
])
def test_a_list_a_qualified_company_opens_are_parties(parties: str) -> None:
    text = f"The Kestrel mine is tied to {parties}."
    names = {party for party, _ in named_pairs(text, RelType.PARTY_TO)}
    assert names & {"Sojitz", "Toyota"}
    assert names & {"IGO", "Honda"}


def test_buyers_named_as_examples_of_where_goods_go() -> None:
    text = ("Zambian copper goes to smelters in China, including Tarrow Smelting Ltd and Orsa "
            "Metals Corp.")
    pairs = named_pairs(text, RelType.SUPPLIES)
    assert ("Zambia", "Orsa Metals Corp") in pairs
    assert ("Zambia", "China") in pairs


def test_items_that_repeat_their_preposition_may_be_of_either_kind() -> None:
    text = "Hafnium goes into capacitors for field radios and into superalloys."
    view = mentions_for(Document(text=text, title="Test", published="2025-06-01"))[0]
    groups = {m.name: m.group for m in view.mentions}
    assert groups["capacitor"] >= 0
    assert groups["capacitor"] == groups["superalloy"]


@pytest.mark.parametrize("coke", ["needle coke", "petroleum coke"])
def test_kinds_of_coke_are_materials_of_their_own(coke: str) -> None:
    text = f"Most synthetic graphite is made from {coke}."
    assert ("synthetic graphite", coke) in named_pairs(text, RelType.DEPENDS_ON)


def test_a_company_on_a_list_its_owner_names_is_its_target() -> None:
    text = "Kestrel Drones Ltd remains on the Commerce Department's Entity List today."
    pairs = named_pairs(text, RelType.TARGETS)
    assert any(target == "Kestrel Drones Ltd" for _, target in pairs)
