"""Entity mentions: a bare head word is the one kind of it that the article names ("brushless
motors ... the motors"), and stays itself where the article names several kinds, where the
word stands for another name ("chips"), or where it is a lexicon material of its own."""

from __future__ import annotations

import pytest

from rekg.extract import extract
from rekg.loaders.document import Document
from rekg.schema import Label

pytestmark = pytest.mark.usefixtures("patterns_only")


def _names(text: str) -> set[tuple[str, str]]:
    fragment = extract(Document(text=text, title="T", published="2025-06-01"))
    return {(n.label.value, n.name) for n in fragment.nodes.values()
            if n.label in (Label.PRODUCT, Label.MATERIAL)}


@pytest.mark.parametrize(("text", "kind", "bare"), [
    ("Drone makers now fit brushless motors. The motors spin faster.",
     "brushless motor", "motor"),
    ("Humanoid robots need many actuators. Robots also need sensors.",
     "humanoid robot", "robot"),
    ("Toolmakers grind tungsten carbide into drill bits. Carbides wear slowly.",
     "tungsten carbide", "carbide"),
    ("Lithium-ion batteries power the new scooters. Demand for batteries doubled.",
     "lithium-ion battery", "battery"),
    ("Hospitals bought clinical scanners last year. Each scanner needs gadolinium.",
     "clinical scanner", "scanner"),
])
def test_a_bare_head_is_the_one_kind_the_article_names(text: str, kind: str, bare: str) -> None:
    names = {name for _, name in _names(text)}
    assert kind in names
    assert bare not in names


@pytest.mark.parametrize(("text", "bare"), [
    # two kinds named: "motors" may be either, or both
    ("The plant makes traction motors and seat motors. Motors use most magnets.", "motor"),
    ("Buyers want lithium-ion batteries and lead-acid batteries. Batteries are scarce.",
     "battery"),
    # a lexicon material is a kind of its own beside its grades
    ("Battery makers buy spherical graphite. Graphite prices fell in May.", "graphite"),
])
def test_a_bare_head_stays_itself_beside_several_kinds(text: str, bare: str) -> None:
    assert bare in {name for _, name in _names(text)}


def test_a_word_for_another_name_keeps_that_name() -> None:
    names = _names("Compound semiconductors use gallium. The chips go into radars.")
    assert ("Product", "semiconductor") in names
    assert ("Product", "compound semiconductor") in names


def test_the_bare_word_stays_an_alias_of_the_kind() -> None:
    fragment = extract(Document(text="Drone makers now fit brushless motors. The motors spin "
                                "faster.", title="T", published="2025-06-01"))
    motor = next(n for n in fragment.nodes.values() if n.name == "brushless motor")
    assert "motors" in motor.aliases


def _countries(text: str) -> set[str]:
    fragment = extract(Document(text=text, title="T", published="2025-06-01"))
    return {n.name for n in fragment.nodes.values() if n.label is Label.COUNTRY}


@pytest.mark.parametrize(("text", "country"), [
    ("Projects in North America and Australia are still years from output.", "United States"),
    ("Smelters across Latin America want steady feedstock.", "United States"),
    ('"Prices will keep rising," said a Singapore-based metals trader.', "Singapore"),
    ("A Tokyo-based industry consultant expects shortages.", "Japan"),
    ("Negotiators held rounds in Geneva, London and Madrid before the deal.", "United Kingdom"),
    ("Negotiators held rounds in Geneva, London and Madrid before the deal.", "Spain"),
    ("After the London talks, both sides eased curbs on magnets.", "United Kingdom"),
    ("The Stockholm round ended without a deal.", "Sweden"),
])
def test_a_region_a_venue_or_a_source_seat_is_no_country_node(text: str, country: str) -> None:
    assert country not in _countries(text)


@pytest.mark.parametrize(("text", "country"), [
    ("America buys most of its magnets from China.", "United States"),
    ("Lynas, the Perth-based miner, raised output.", "Australia"),
    ("Singapore-based Shenghe Resources buys concentrate.", "Singapore"),
    ("London and Madrid agreed to ease curbs on magnets.", "Spain"),
    ("Tokyo, Seoul and Canberra signed the pact on gallium.", "South Korea"),
])
def test_the_country_itself_stays(text: str, country: str) -> None:
    assert country in _countries(text)


@pytest.mark.parametrize("text", [
    "Kestrel Sands is drilling near Ballarat, in Victoria, Australia, for heavy sands.",
    "Orvane Minerals runs a small antimony mine in Victoria.",
])
def test_victoria_is_the_australian_state_not_a_capital(text: str) -> None:
    fragment = extract(Document(text=text, title="T", published="2025-06-01"))
    countries = {n.name for n in fragment.nodes.values() if n.label is Label.COUNTRY}
    assert "Seychelles" not in countries
    assert "Australia" in countries
