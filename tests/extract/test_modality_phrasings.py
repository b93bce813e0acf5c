"""General phrasings of denied, intended, reported, conditional and ended facts, each beside an
affirmative sentence that must keep its fact (scorer on, as in evaluation)."""

from __future__ import annotations

import pytest

from .fragments import states

ABSENT = [
    ("Vietnam's trade ministry dismissed media claims that it had curbed shipments of "
     "tungsten to South Korea.", "RESTRICTS", "*", "tungsten"),
    ("Beijing rejected suggestions that its licensing regime was aimed at Japan.",
     "TARGETS", "*", "Japan"),
    ("Officials in Jakarta played down talk of an export ban on nickel, saying no decision "
     "had been taken.", "RESTRICTS", "*", "nickel"),
    ("President Trump vowed to slap tariffs on Chinese magnets.", "RESTRICTS", "*", "magnet"),
    ("The Philippines aims to ban nickel ore exports within five years.",
     "RESTRICTS", "*", "nickel"),
    ("Zimbabwe seeks to restrict exports of raw lithium.", "RESTRICTS", "*", "lithium"),
    ("Canada is preparing export controls on uranium.", "RESTRICTS", "*", "uranium"),
    ("The government wants to ban the export of unprocessed lithium ore.",
     "RESTRICTS", "*", "lithium"),
    ("Kazakhstan is looking at restrictions on tungsten exports.", "RESTRICTS", "*", "tungsten"),
    ("Tokyo rejected calls to restrict exports of photoresists to South Korea.",
     "RESTRICTS", "*", "photoresist"),
    ("Beijing is poised to tighten controls on gallium exports.", "RESTRICTS", "*", "gallium"),
    ("India is studying a ban on rare earth exports.", "RESTRICTS", "*", "rare earth"),
    ("Jakarta is drafting a rule that would bar bauxite exports.", "RESTRICTS", "*", "bauxite"),
    ("Under draft rules published by China, exporters would need licences for cathode "
     "technology.", "RESTRICTS", "*", "cathode"),
    ("Bloomberg reported, citing unnamed officials, that China had halted exports of "
     "dysprosium.", "RESTRICTS", "*", "dysprosium"),
    ("Sources say Beijing will halt antimony shipments to the United States.",
     "RESTRICTS", "*", "antimony"),
    ("Should talks collapse, Beijing would halt shipments of antimony to Japan.",
     "RESTRICTS", "*", "antimony"),
    ("Imagine that China halted exports of dysprosium to Japan.", "RESTRICTS", "*",
     "dysprosium"),
    ("Indonesia delayed its ban on bauxite exports until 2025.", "RESTRICTS", "*", "bauxite"),
    ("Beijing relaxed its curbs on graphite exports in May.", "RESTRICTS", "*", "graphite"),
    ("The duties on Chinese solar panels lapsed in 2018.", "RESTRICTS", "*", "solar"),
    ("The tariffs on steel spared imports from Australia.", "TARGETS", "*", "Australia"),
    ("Rio Tinto wants to mine lithium in Serbia.", "PRODUCES", "Rio Tinto", "lithium"),
    ("Albemarle shut its lithium plant in Kemerton last year.", "PRODUCES", "Albemarle",
     "lithium"),
    ("Apple plans to buy rare earth magnets from MP Materials.", "SUPPLIES", "MP Materials",
     "Apple"),
    ("Japan hopes to import dysprosium from Vietnam.", "SUPPLIES", "Vietnam", "Japan"),
    ("Niron Magnetics has yet to deliver magnets to General Motors.", "SUPPLIES", "Niron",
     "General Motors"),
    ("Japan restricted exports of photoresists to South Korea in 2019. Tokyo lifted the curbs "
     "in 2023.", "RESTRICTS", "*", "photoresist"),
    ("China is unlikely to restrict exports of lithium.", "RESTRICTS", "*", "lithium"),
    ("It remains unclear whether China will restrict exports of lithium.", "RESTRICTS", "*",
     "lithium"),
    ("Beijing stopped short of banning exports of rare earths to the United States.",
     "RESTRICTS", "*", "rare earth"),
    ("Officials are discussing a possible ban on bauxite exports.", "RESTRICTS", "*", "bauxite"),
    ("Beijing could, in theory, restrict exports of magnets to Europe.", "RESTRICTS", "*",
     "magnet"),
    ("Beijing warned of countermeasures, including curbs on antimony exports.", "RESTRICTS",
     "*", "antimony"),
    ("Vulcan Energy is still some years away from producing lithium in Germany.", "PRODUCES",
     "Vulcan", "lithium"),
    ("China imposed duties on Australian barley in 2020. The duties were lifted in 2023.",
     "RESTRICTS", "*", "barley"),
    ("A tariff on copper is still under study.", "RESTRICTS", "*", "copper"),
    ("Beijing put on ice its ban on gallium exports to the United States.", "TARGETS", "*",
     "United States"),
    ("Alcoa and Sojitz will study a gallium recovery plant at Wagerup.", "PRODUCES", "Alcoa",
     "gallium"),
    ("The ministry called reports of a ban on tin exports to China inaccurate.", "RESTRICTS",
     "*", "tin"),
    ("China's ban on rare earth exports to Japan was short-lived.", "RESTRICTS", "*",
     "rare earth"),
    ("Beijing is about to impose controls on lithium battery technology.", "RESTRICTS", "*",
     "lithium"),
]

PRESENT = [
    ("Vietnam curbed shipments of tungsten to South Korea in March.", "RESTRICTS", "*",
     "tungsten"),
    ("The Philippines banned nickel ore exports in 2014.", "RESTRICTS", "*", "nickel"),
    ("Zimbabwe restricts exports of raw lithium.", "RESTRICTS", "*", "lithium"),
    ("Indonesia introduced a ban on exports of bauxite in 2023.", "RESTRICTS", "*", "bauxite"),
    ("China banned exports of gallium to Japan last week.", "RESTRICTS", "*", "gallium"),
    ("The United States imposed tariffs on steel from Canada and Mexico.", "TARGETS", "*",
     "Canada"),
    ("China's export controls on gallium remain in force.", "RESTRICTS", "*", "gallium"),
    ("Greer said the United States had not agreed to loosen its export controls on "
     "semiconductors.", "RESTRICTS", "*", "semiconductor"),
    ("Rio Tinto mines lithium in Argentina.", "PRODUCES", "Rio Tinto", "lithium"),
    ("Apple buys rare earth magnets from MP Materials.", "SUPPLIES", "MP Materials", "Apple"),
    ("Japan imports dysprosium from Vietnam.", "SUPPLIES", "Vietnam", "Japan"),
    ("Niron Magnetics delivers magnets to General Motors.", "SUPPLIES", "Niron",
     "General Motors"),
    ("The truce did not suspend China's April controls on dysprosium.", "RESTRICTS", "*",
     "dysprosium"),
    ("China tightened its controls on graphite exports in December.", "RESTRICTS", "*",
     "graphite"),
    ("Kinshasa extended its ban on cobalt exports by three months.", "RESTRICTS", "*", "cobalt"),
    ("Vulcan Energy produces lithium hydroxide at a pilot plant in Germany.", "PRODUCES",
     "Vulcan", "lithium"),
    ("Beijing has restricted exports of antimony since September, and it warned of further "
     "measures.", "RESTRICTS", "*", "antimony"),
    ("Glencore, which shut a nickel smelter in 2022, produces cobalt in Congo.", "PRODUCES",
     "Glencore", "cobalt"),
    ("China's controls on graphite, which analysts say are unlikely to be lifted soon, took "
     "effect in December.", "RESTRICTS", "*", "graphite"),
    ("Exporters are preparing licence applications under China's export controls on gallium.",
     "RESTRICTS", "*", "gallium"),
    ("Companies are studying the impact of China's controls on tungsten exports.", "RESTRICTS",
     "*", "tungsten"),
    ("Japan's potential exposure to China's export ban on rare earths is large.", "RESTRICTS",
     "*", "rare earth"),
    ("Alcoa recovers gallium at Wagerup.", "PRODUCES", "Alcoa", "gallium"),
    ("Washington seeks to challenge China's ban on gallium exports.", "RESTRICTS", "*",
     "gallium"),
    ("Beijing vowed to enforce its export controls on antimony strictly.", "RESTRICTS", "*",
     "antimony"),
    ("The ban on gallium exports, which is being discussed at the WTO, took effect in May.",
     "RESTRICTS", "*", "gallium"),
    ("Under the draft rules finalised in March, exporters now need licences for tungsten.",
     "RESTRICTS", "*", "tungsten"),
    ("Officials said they were unlikely to grant licences for dysprosium exports to US defence "
     "firms.", "RESTRICTS", "*", "dysprosium"),
    ("Toyota plans to buy more magnets from Proterial, which already supplies it.", "SUPPLIES",
     "Proterial", "Toyota"),
    ("Shipments of gallium were delayed by China's export licensing.", "RESTRICTS", "*",
     "gallium"),
    ("Chipmakers are preparing for China's export controls on gallium.", "RESTRICTS", "*",
     "gallium"),
    ("The United States imposed a 100% tariff on Chinese goods from November 1.", "TARGETS", "*",
     "China"),
]


@pytest.mark.parametrize(("text", "rel", "source", "target"), ABSENT, ids=lambda v: str(v)[:40])
def test_a_fact_the_text_does_not_assert_is_not_extracted(text: str, rel: str, source: str,
                                                           target: str) -> None:
    assert not states(text, rel, source, target)


@pytest.mark.parametrize(("text", "rel", "source", "target"), PRESENT, ids=lambda v: str(v)[:40])
def test_the_affirmative_sentence_keeps_its_fact(text: str, rel: str, source: str,
                                                 target: str) -> None:
    assert states(text, rel, source, target)
