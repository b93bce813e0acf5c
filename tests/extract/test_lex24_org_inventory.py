"""Round 24 lexicon inventory of organisations and people: trade, customs and minerals bodies,
companies along the chains with their seats, officials and executives with whom they speak for;
and a lexicon office used as an official's title before a name, which is the post, not the
organisation. Sentences are invented; look-alikes must name nothing of the kind."""

from __future__ import annotations

import pytest

from rekg.schema import RelType

from .fact_triples import labelled_names as _nodes
from .fact_triples import named_pairs as _facts

FOUND = [
    # bodies that license, stockpile, screen or fund
    ("CFIUS opened a review of the smelter purchase.",
     "Organization", "Committee on Foreign Investment in the United States"),
    ("The Food and Drug Administration cleared the new contrast agent.",
     "Organization", "Food and Drug Administration"),
    ("Engineers from the Army Corps of Engineers surveyed the haul road.",
     "Organization", "US Army Corps of Engineers"),
    ("ARPA-E gave the lab a grant for iron nitride work.", "Organization", "ARPA-E"),
    ("A note from CAITEC, the commerce ministry's research arm, urged calm.",
     "Organization", "Chinese Academy of International Trade and Economic Cooperation"),
    ("KIET, a state research body, warned about anode imports.",
     "Organization", "Korea Institute for Industrial Economics and Trade"),
    ("The Directorate General of Trade Remedies began an anti-dumping probe.",
     "Organization", "Directorate General of Trade Remedies"),
    ("The Chamber of Mines of Zimbabwe asked for a longer grace period.",
     "Organization", "Chamber of Mines of Zimbabwe"),
    ("UK Research and Innovation funds the recycling pilot.",
     "Organization", "UK Research and Innovation"),
    ("A statement from Akorda followed the talks.", "Organization", "Akorda"),
    # companies, with short and stock-name forms
    ("Otis buys motors for its lifts from two suppliers.", "Organization", "Otis Worldwide"),
    ("KONE said its escalators use fewer magnets now.", "Organization", "Kone"),
    ("Novartis makes a lutetium-based cancer drug.", "Organization", "Novartis"),
    ("Teledyne FLIR grinds germanium lenses.", "Organization", "Teledyne FLIR"),
    ("Redwood Materials recovers cobalt from old packs.", "Organization", "Redwood Materials"),
    ("Westinghouse fuels reactors in Europe.", "Organization", "Westinghouse Electric Company"),
    ("LONGi cut wafer prices again.", "Organization", "LONGi Green Energy"),
    ("Inovance Technology ships servo drives.", "Organization", "Inovance Technology"),
    ("Emirates Global Aluminium plans a gallium line.",
     "Organization", "Emirates Global Aluminium"),
    ("Shares of Hyundai Motor Company rose.", "Organization", "Hyundai"),
    ("Livent was folded into a larger lithium group.", "Organization", "Arcadium Lithium"),
    ("Kobelco raised prices for wire rod.", "Organization", "Kobe Steel"),
    ("Stegra is building a hydrogen-fired steel plant.", "Organization", "Stegra"),
    ("Daiichi Kigenso refines zirconium compounds.",
     "Organization", "Daiichi Kigenso Kagaku Kogyo"),
    ("Imerys British Lithium drilled more granite.", "Organization", "Imerys British Lithium"),
    # officials and executives
    ("Karoline Leavitt spoke to reporters at the briefing.", "Person", "Karoline Leavitt"),
    ("Jacob Helberg signed the declaration.", "Person", "Jacob Helberg"),
    ("Olof Gill said the Commission would respond.", "Person", "Olof Gill"),
    ("Ryan Castilloux expects magnet demand to double.", "Person", "Ryan Castilloux"),
    ("Fatih Birol warned that refining is too concentrated.", "Person", "Fatih Birol"),
]


@pytest.mark.parametrize(("text", "label", "name"), FOUND)
def test_inventory_names(text: str, label: str, name: str) -> None:
    assert (label, name) in _nodes(text)


NOT_FOUND = [
    # a catalytic cracking unit is no regulator; a seat in a hall is no party
    ("Every refinery runs an FCC unit to crack gas oil.",
     "Organization", "Federal Communications Commission"),
    ("The foreign office of the bank moved to Zurich.",
     "Organization", "Foreign, Commonwealth and Development Office"),
    # a person named like a company is no company
    ("Ann Linde opened the trade fair.", "Organization", "Linde plc"),
    # a post before a named official is no organisation
    ("US Treasury Secretary Lena Marsh met the delegation.",
     "Organization", "Treasury Department"),
    ("US Trade Representative Colin Ardmore said the talks went well.",
     "Organization", "Office of the US Trade Representative"),
]


@pytest.mark.parametrize(("text", "label", "name"), NOT_FOUND)
def test_inventory_look_alikes(text: str, label: str, name: str) -> None:
    assert (label, name) not in _nodes(text)


def test_title_keeps_its_country() -> None:
    nodes = _nodes("U.S. Treasury Secretary Lena Marsh met the delegation.")
    assert ("Country", "United States") in nodes
    assert ("Person", "Lena Marsh") in nodes


def test_office_named_without_a_person_stays() -> None:
    nodes = _nodes("The US Trade Representative raised duties on imported magnets.")
    assert ("Organization", "Office of the US Trade Representative") in nodes
    assert ("Organization", "Treasury Department") in _nodes(
        "The US Treasury proposed guidance on battery credits.")


def test_office_before_a_role_noun_stays() -> None:
    nodes = _nodes("A US Treasury spokesman declined to comment.")
    assert ("Organization", "Treasury Department") in nodes


@pytest.mark.parametrize(("text", "pair"), [
    ("Cryoin cut neon output after the shelling. Ukraine once sold much of the world's neon.",
     ("Cryoin", "Ukraine")),
    ("CAMYEN signed a deal for two lithium blocks. Argentina wants more foreign capital.",
     ("CAMYEN", "Argentina")),
    ("Vulcan Energy Resources drills for lithium brine. Germany backs the plan with a loan.",
     ("Vulcan Energy Resources", "Germany")),
])
def test_company_seated_by_the_lexicon(text: str, pair: tuple[str, str]) -> None:
    assert pair in _facts(text, RelType.LOCATED_IN)


def test_executive_represents_company() -> None:
    text = ("Vision Blue Resources holds a stake in the clay miner. "
            "Mick Davis said the fund would back more clay projects.")
    assert ("Mick Davis", "Vision Blue Resources") in _facts(text, RelType.REPRESENTS)


def test_letters_after_a_named_person_are_no_company() -> None:
    nodes = _nodes("Resources minister Madeleine King MP toured the refinery at dawn.")
    assert ("Person", "Madeleine King") in nodes
    assert ("Organization", "MP Materials") not in nodes


@pytest.mark.parametrize("text", [
    "MP Materials shipped more oxide in the quarter.",
    "Analysts expect MP to lift magnet output next year.",
    "Madeleine King said MP had asked for a loan.",
])
def test_the_company_of_those_letters_stays(text: str) -> None:
    assert ("Organization", "MP Materials") in _nodes(text)
