"""An inventory of how English news tells that a fact does not hold, written from the language
(invented firms and sites, real countries and materials): denials, scope exclusions, threats,
plans, rumours, conditions, failed talks, measures lifted or paused, halted output and negated
relations, each with factual twins close to the cue that must keep the fact. The measures
named a threat elsewhere in the article and told as to come (modality_threatened) and a
coordinated predicate that denies the site ever ran (modality_tense.unrealised) are the
round-23 additions."""

from __future__ import annotations

import pytest

from .fact_triples import has_fact

ABSENT = [
    # denials, also attributed
    (
        "A Veltran spokesperson denied that the company produces gallium.",
        "PRODUCES",
        "Veltran",
        "gallium",
    ),
    (
        "Orvisa Metals dismissed reports that it supplies cobalt to Tesla.",
        "SUPPLIES",
        "Orvisa",
        "Tesla",
    ),
    (
        "The ministry rejected claims that Zambia had imposed export controls on graphite.",
        "RESTRICTS",
        "*",
        "graphite",
    ),
    ("Zambia has no plans to restrict exports of lithium.", "RESTRICTS", "*", "lithium"),
    (
        "Germanium is not among the materials covered by Zambia's export controls.",
        "RESTRICTS",
        "*",
        "germanium",
    ),
    ("Brevik Mining no longer produces tungsten.", "PRODUCES", "Brevik", "tungsten"),
    ("Brevik Mining has never produced tungsten.", "PRODUCES", "Brevik", "tungsten"),
    ("Officials in Zambia denied imposing a ban on cobalt exports.", "RESTRICTS", "*", "cobalt"),
    # scope exclusions
    (
        "Zambia imposed export controls on gallium and germanium but excluded graphite.",
        "RESTRICTS",
        "*",
        "graphite",
    ),
    ("Zambia's new tariff on copper exempts copper cathode.", "RESTRICTS", "*", "copper cathode"),
    (
        "Zambia imposed licence requirements on all rare earths except cerium.",
        "RESTRICTS",
        "*",
        "cerium",
    ),
    (
        "The controls do not cover lanthanum, Zambia's commerce ministry said.",
        "RESTRICTS",
        "*",
        "lanthanum",
    ),
    ("Zambia banned exports of tungsten, but antimony was spared.", "RESTRICTS", "*", "antimony"),
    ("Zambia restricted all critical minerals other than lithium.", "RESTRICTS", "*", "lithium"),
    ("Zambia's ban on raw ore exports carves out nickel matte.", "RESTRICTS", "*", "nickel matte"),
    (
        "Zambia's April list covered seven heavy rare earths; lanthanum and cerium were left off.",
        "RESTRICTS",
        "*",
        "cerium",
    ),
    ("Cobalt is not under any export restriction in Zambia.", "RESTRICTS", "*", "cobalt"),
    # threats, also named a threat in another sentence
    ("Zambia threatened to impose a 100% tariff on Peru.", "TARGETS", "*", "Peru"),
    ("Zambia warned it could restrict exports of antimony.", "RESTRICTS", "*", "antimony"),
    ("Zambia said it may retaliate with export controls on gallium.", "RESTRICTS", "*", "gallium"),
    (
        "Zambia threatens tariff on Peru. Zambia said it would levy an extra 100% tariff against "
        "Peru from November 1.",
        "TARGETS",
        "*",
        "Peru",
    ),
    (
        "Officials played down the tariff threat. Zambia says a 90 per cent tariff against Peru "
        "will start on 1 December, together with export controls on tin.",
        "TARGETS",
        "*",
        "Peru",
    ),
    (
        "Zambia said it would levy a 90% duty against Peru starting November 1 and place "
        "export controls on tin, unless Peru changed course.",
        "TARGETS",
        "*",
        "Peru",
    ),
    (
        "Zambia will impose a 25% tariff on Peru from May 1 unless a deal is reached.",
        "TARGETS",
        "*",
        "Peru",
    ),
    # plans and intentions
    (
        "Brevik Mining plans to produce dysprosium at its Kallo plant.",
        "PRODUCES",
        "Brevik",
        "dysprosium",
    ),
    ("Brevik Mining aims to produce terbium by 2027.", "PRODUCES", "Brevik", "terbium"),
    (
        "Brevik Mining is set to start producing NdPr oxide next year.",
        "PRODUCES",
        "Brevik",
        "NdPr oxide",
    ),
    ("Brevik Mining will start production of gallium in 2027.", "PRODUCES", "Brevik", "gallium"),
    ("Zambia has proposed export duties on nickel.", "RESTRICTS", "*", "nickel"),
    ("A ban on raw lithium exports is under consideration in Zambia.", "RESTRICTS", "*", "lithium"),
    (
        "Brevik Mining's Kallo project is expected to produce graphite from 2028.",
        "PRODUCES",
        "Brevik",
        "graphite",
    ),
    (
        "Brevik Mining plans a gallium plant at its Kallo alumina refinery.",
        "PRODUCES",
        "Brevik",
        "gallium",
    ),
    (
        "Gallium recovery at Brevik Mining's Kallo smelter is also being considered.",
        "PRODUCES",
        "Brevik",
        "gallium",
    ),
    # rumours and conditions
    ("Brevik Mining reportedly supplies cobalt to Calder Motors.", "SUPPLIES", "Brevik", "Calder"),
    (
        "According to unconfirmed reports, Zambia has banned exports of tin.",
        "RESTRICTS",
        "*",
        "tin",
    ),
    ("If talks fail, Zambia would restrict exports of antimony.", "RESTRICTS", "*", "antimony"),
    (
        "Zambia could ban exports of tungsten unless Peru drops its tariffs.",
        "RESTRICTS",
        "*",
        "tungsten",
    ),
    (
        "Brevik Mining would produce dysprosium if the permit is granted.",
        "PRODUCES",
        "Brevik",
        "dysprosium",
    ),
    # failed or stalled deals
    (
        "Talks between Zambia and Peru on a lithium agreement collapsed in May.",
        "PARTY_TO",
        "Zambia",
        "*",
    ),
    (
        "The offtake deal between Brevik Mining and Calder Motors fell through.",
        "PARTY_TO",
        "Brevik",
        "*",
    ),
    # measures lifted, suspended, expired
    ("Zambia lifted its ban on exports of gallium to Peru in March.", "RESTRICTS", "*", "gallium"),
    ("Zambia suspended its export controls on graphite for a year.", "RESTRICTS", "*", "graphite"),
    ("Zambia revoked the export ban on tin.", "RESTRICTS", "*", "tin"),
    (
        "Zambia imposed a ban on antimony exports to Peru in 2024. The ban was suspended in "
        "November.",
        "RESTRICTS",
        "*",
        "antimony",
    ),
    # halted output and shipments
    (
        "Brevik Mining halted output of graphite at its Kallo mine.",
        "PRODUCES",
        "Brevik",
        "graphite",
    ),
    ("Brevik Mining mothballed its gallium plant in 2016.", "PRODUCES", "Brevik", "gallium"),
    (
        "Brevik Mining halted its concentrate deliveries to China in the spring.",
        "SUPPLIES",
        "Brevik",
        "China",
    ),
    (
        "Brevik Mining's Kallo cobalt mine stopped construction in 2023 and has not started "
        "production.",
        "PRODUCES",
        "Brevik",
        "cobalt",
    ),
    # a supply told in the past as lasting until a time before the article has ended
    (
        "Until early 2025 Brevik Mining sent the bulk of its ore to China.",
        "SUPPLIES",
        "Brevik",
        "China",
    ),
    ("Brevik Mining shipped concentrate to China until April.", "SUPPLIES", "Brevik", "China"),
    (
        "Brevik Mining sold cobalt to Calder Motors until the end of March.",
        "SUPPLIES",
        "Brevik",
        "Calder",
    ),
    # a seat moved away from a country
    (
        "Brevik Mining, formerly based in Canada, is now headquartered in Peru.",
        "LOCATED_IN",
        "Brevik",
        "Canada",
    ),
    (
        "Brevik Mining is a Canadian tin miner. Last spring it relocated its headquarters "
        "from Canada to Peru.",
        "LOCATED_IN",
        "Brevik",
        "Canada",
    ),
    # negated relations
    ("Calder Motors does not produce magnets.", "PRODUCES", "Calder", "magnet"),
    (
        "The Zephyr motor does not use rare earth magnets.",
        "DEPENDS_ON",
        "Zephyr",
        "rare earth magnet",
    ),
    (
        "The Zephyr motor contains no rare earth magnets.",
        "DEPENDS_ON",
        "Zephyr",
        "rare earth magnet",
    ),
    ("Peru is not a party to the Kestrel minerals agreement.", "PARTY_TO", "Peru", "*"),
    (
        "Japan has no working rare earth mine and imports all its feedstock.",
        "PRODUCES",
        "Japan",
        "rare earth",
    ),
    (
        "Brevik Mining uses heavy rare earths but does not produce them.",
        "PRODUCES",
        "Brevik",
        "heavy rare earths",
    ),
    ("Kestrel Drones does not sell its products in China.", "SUPPLIES", "Kestrel", "China"),
]

PRESENT = [
    # the new seat stays, and a desk moved from a country is no seat
    (
        "Brevik Mining, formerly based in Canada, is now headquartered in Peru.",
        "LOCATED_IN",
        "Brevik",
        "Peru",
    ),
    (
        "Brevik Mining is based in Canada. It moved its tin trading desk from Peru to Chile.",
        "LOCATED_IN",
        "Brevik",
        "Canada",
    ),
    # a supply that lasts until a time to come; the goods of an ended supply are still made
    (
        "Brevik Mining will ship concentrate to China until 2030.",
        "SUPPLIES",
        "Brevik",
        "China",
    ),
    (
        "Brevik Mining shipped its rare earth concentrate to China until April.",
        "PRODUCES",
        "Brevik",
        "rare earth concentrate",
    ),
    ("Zambia imposed export controls on gallium and germanium.", "RESTRICTS", "*", "germanium"),
    ("Brevik Mining produces graphite at its Kallo mine.", "PRODUCES", "Brevik", "graphite"),
    ("Brevik Mining ships rare earth concentrate to China.", "SUPPLIES", "Brevik", "China"),
    (
        "Brevik Mining produces dysprosium, and terbium is expected to follow next year.",
        "PRODUCES",
        "Brevik",
        "dysprosium",
    ),
    (
        "Not only does Brevik Mining mine cobalt, but it also refines nickel.",
        "PRODUCES",
        "Brevik",
        "cobalt",
    ),
    # a threat carried out, a tariff in force that is cut, a threat of another kind
    (
        "Zambia threatens tariff on Peru. Zambia said it would levy an extra 100% tariff against "
        "Peru from November 1. The tariff took effect on November 1.",
        "TARGETS",
        "*",
        "Peru",
    ),
    (
        "Zambia threatens tariff on Peru. The existing 20% tariff on goods from Peru will be cut "
        "to 10% from December 1.",
        "TARGETS",
        "*",
        "Peru",
    ),
    (
        "Zambia threatened Peru with sanctions. Zambia said it would require export licences for "
        "cobalt from November 1.",
        "RESTRICTS",
        "*",
        "cobalt",
    ),
    (
        "Zambia will require licences for cobalt exports from November 1, threatening to squeeze a "
        "market under tight controls.",
        "IMPOSES",
        "Zambia",
        "export licensing",
    ),
    (
        "Peru threatened tariffs on Zambia. Zambia will impose a 20% tariff on Peru from November "
        "1.",
        "TARGETS",
        "*",
        "Peru",
    ),
    (
        "Zambia threatens tariff on Peru. Zambia said a 100% tariff on goods from Peru will start "
        "on November 1. Zambia also requires export licences for tin.",
        "RESTRICTS",
        "*",
        "tin",
    ),
    (
        "Brevik Mining's Kallo cobalt mine opened in 2019, and the Ridge plant has not started "
        "production.",
        "PRODUCES",
        "Brevik",
        "cobalt",
    ),
]


@pytest.mark.parametrize(("text", "rel", "source", "target"), ABSENT)
def test_absent_phrasing_gives_no_fact(text: str, rel: str, source: str, target: str) -> None:
    assert not has_fact(text, rel, source, target)


@pytest.mark.parametrize(("text", "rel", "source", "target"), PRESENT)
def test_factual_twin_keeps_the_fact(text: str, rel: str, source: str, target: str) -> None:
    assert has_fact(text, rel, source, target)
