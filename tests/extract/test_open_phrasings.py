"""Names the lexicon lacks: end products, materials and companies of our own, each stated in
the ways that work for lexicon names (DEPENDS_ON, PRODUCES, SUPPLIES); each must give the entity
with its canonical name and label, and the fact. Twins where a product word is a figure of
speech ("the engine of growth") or where the word before the head is no modifier ("they favour
drones", "heavier weapons") must give no such name (scorer on, as in evaluation)."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import Label, RelType

from .fact_triples import mentioned_names


def _extract(text: str) -> tuple[set[tuple[str, Label]], set[tuple[str, str, str]]]:
    fragment = run(Document(text=text, title="Test", published="2025-06-01")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    entities = {(name, Label(label)) for label, name in mentioned_names(text)}
    facts = {(r.type.value, names[r.source], names[r.target])
             for r in fragment.relationships.values() if r.type is not RelType.MENTIONS}
    return entities, facts


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


PRODUCTS = [
    ("guidance kits", "guidance kit"), ("electric toothbrushes", "electric toothbrush"),
    ("garage door openers", "garage door opener"), ("fuel injectors", "fuel injector"),
    ("golf carts", "golf cart"), ("ultrasound transducers", "ultrasound transducer"),
    ("linear encoders", "linear encoder"), ("electric shavers", "electric shaver"),
    ("hair dryers", "hair dryer"), ("motorised wheelchairs", "motorised wheelchair"),
    ("grenade launchers", "grenade launcher"), ("signal jammers", "signal jammer"),
    ("mass spectrometers", "mass spectrometer"), ("electron microscopes", "electron microscope"),
    ("self-propelled howitzers", "self-propelled howitzer"),
    ("irrigation pumps", "irrigation pump"),
    ("phased-array antennas", "phased-array antenna"), ("marine sonobuoys", "marine sonobuoy"),
    ("medical stents", "medical stent"), ("artillery fuzes", "artillery fuze"),
    ("aircraft avionics", "aircraft avionics"), ("ceramic resonators", "ceramic resonator"),
]
DEPENDS = [
    "{P} need neodymium magnets.", "{P} rely on rare earth magnets.", "{P} use dysprosium.",
    "Neodymium magnets are used in {p}.", "Dysprosium is a key input for {p}.",
    "{P} contain small neodymium magnets.", "Makers of {p} depend on Chinese magnets.",
    "Rare earth magnets are essential for {p}.", "Samarium is critical to {p}.",
    "{P}, which depend on neodymium, are affected.", "Many {p} are built with neodymium magnets.",
]


@pytest.mark.parametrize("template", DEPENDS)
def test_an_unlisted_product_is_named_and_depends(template: str) -> None:
    missed = []
    for surface, name in PRODUCTS:
        entities, facts = _extract(template.format(P=_cap(surface), p=surface))
        if (name, Label.PRODUCT) not in entities or not any(
                rel == "DEPENDS_ON" and source == name for rel, source, _ in facts):
            missed.append(surface)
    assert missed == []


MATERIALS = [
    ("mixed rare earth carbonate", "mixed rare earth carbonate"),
    ("high-purity alumina", "high-purity alumina"), ("spherical graphite", "spherical graphite"),
    ("yttrium-stabilised zirconia", "yttrium-stabilised zirconia"),
    ("samarium-cobalt powder", "samarium-cobalt powder"),
    ("neodymium iron boron flakes", "neodymium iron boron flake"),
    ("germanium tetrachloride", "germanium tetrachloride"),
    ("rare earth chlorides", "rare earth chloride"),
    ("gadolinium zirconate", "gadolinium zirconate"),
    ("lanthanum hexaboride", "lanthanum hexaboride"),
    ("lithium titanate", "lithium titanate"), ("ammonium molybdate", "ammonium molybdate"),
]
NEEDS = ["Electric vehicles need {m}.", "{M} is used in catalytic converters.",
         "Wind turbines rely on {m}."]


@pytest.mark.parametrize("template", NEEDS)
def test_an_unlisted_material_is_named_and_needed(template: str) -> None:
    missed = []
    for surface, name in MATERIALS:
        entities, facts = _extract(template.format(M=_cap(surface), m=surface))
        if (name, Label.MATERIAL) not in entities or not any(
                rel == "DEPENDS_ON" and target == name for rel, _, target in facts):
            missed.append(surface)
    assert missed == []


COMPANIES = [
    ("Kestrel Magnetics Co.", "Kestrel Magnetics Co"),
    ("Aurora Rare Metals Inc.", "Aurora Rare Metals Inc"),
    ("Nordvik Metals GmbH", "Nordvik Metals GmbH"),
    ("Tasman Resources Ltd", "Tasman Resources Ltd"),
    ("Orbis Rare Earths Pty Ltd", "Orbis Rare Earths Pty Ltd"),
    ("Brightwater Mining plc", "Brightwater Mining"),
    ("Qilin Advanced Materials Co., Ltd.", "Qilin Advanced Materials Co"),
    ("Sundara Alloys Pvt Ltd", "Sundara Alloys Pvt Ltd"),
    ("Marlow Magnet Works", "Marlow Magnet Works"),
]
MAKES = [
    ("{O} produces {m}.", "gadolinium oxide"),
    ("{O} is the largest producer of {m}.", "mixed rare earth carbonate"),
    ("{O} supplies {m} to Japanese magnet makers.", "spherical graphite"),
    ("{O}, a maker of {m}, said sales rose.", "germanium tetrachloride"),
    ("{O} makes {m} at its plant in Ohio.", "samarium-cobalt powder"),
    ("Shares in {O}, which refines {m}, rose.", "gadolinium oxide"),
    ("{O} sells {m} to carmakers.", "spherical graphite"),
    ("{O} has begun commercial production of {m}.", "germanium tetrachloride"),
]


@pytest.mark.parametrize(("template", "material"), MAKES)
def test_an_unlisted_company_is_named_and_produces(template: str, material: str) -> None:
    missed = []
    for surface, name in COMPANIES:
        entities, facts = _extract(template.format(O=surface, m=material))
        if (name, Label.ORGANIZATION) not in entities or (
                "PRODUCES", name, material) not in facts:
            missed.append(surface)
    assert missed == []


@pytest.mark.parametrize(("text", "word"), [
    ("Rare earths are the engine of growth for the region.", "engine"),
    ("Exports have become the growth engine of the economy.", "engine"),
    ("It is a new profit engine for the group.", "engine"),
    ("China is the battery of the world.", "battery"),
    ("Magnet makers are the motor of the recovery.", "motor"),
    ("Rare earths are the engine room of the economy.", "engine"),
    ("The regulator ran a battery of tests on imported magnets.", "battery"),
    ("Analysts call the licences Beijing's biggest bargaining chips.", "chip"),
])
def test_a_figurative_product_word_names_nothing(text: str, word: str) -> None:
    entities, facts = _extract(text)
    assert not any(word in name.lower() for name, label in entities
                   if label in (Label.PRODUCT, Label.MATERIAL))
    assert not any(rel == "DEPENDS_ON" for rel, _, _ in facts)


@pytest.mark.parametrize(("text", "name"), [
    ("The motor of an electric scooter contains neodymium.", "motor"),
    ("The motors of the world's wind turbines use neodymium.", "motor"),
    ("The engine of the new fighter uses rhenium.", "engine"),
])
def test_a_product_word_of_a_product_stays(text: str, name: str) -> None:
    entities, _ = _extract(text)
    assert (name, Label.PRODUCT) in entities


@pytest.mark.parametrize(("text", "bad", "good"), [
    ("They favour drones with no Chinese parts.", "favour drone", None),
    ("We expect unit costs to fall as volumes rise.", "expect unit", None),
    ("The strike has stopped car lines across Europe.", "stopped car", None),
    ("Armies keep their heavier weapons in reserve.", "heavier weapon", None),
    ("The firm has replaced geared motors with direct-drive units.", "replaced geared motor",
     "geared motor"),
    ("A single submarine holds tonnes of rare earths.", "single submarine", None),
    ("Buyers want better tools to trace magnets.", "better tool", None),
    ("The next car from the brand uses ferrite motors.", "next car", None),
    ("They pump ammonium sulphate into the hillside.", "pump ammonium sulphate",
     "ammonium sulphate"),
    ("The region has a long history of mining titanium ore.", "mining titanium ore",
     "titanium ore"),
    ("Workers pull out ionic-clay ores rich in terbium.", "out ionic-clay ore", "ionic-clay ore"),
    ("An inexpensive material could one day replace dysprosium.", "inexpensive material", None),
    ("Radioactive elements such as thorium complicate refining.", "radioactive element", None),
    ("Refiners said the original material came from Laos.", "original material", None),
    ("Cathode material makers need lithium and nickel.", "x", "cathode material"),
])
def test_a_verb_or_comparing_word_is_no_modifier(text: str, bad: str, good: str | None) -> None:
    names = {name.lower() for name, _ in _extract(text)[0]}
    assert bad not in names
    assert good is None or good in names


@pytest.mark.parametrize(("text", "restricted"), [
    ("The plant ships sintered NdFeB blocks to motor makers in Japan.", False),
    ("Sintered NdFeB blocks are cut into smaller magnets.", False),
    ("Refiners cast gallium bars for chipmakers.", False),
    ("China blocks gallium exports to the United States.", True),
    ("Beijing bars germanium shipments to American buyers.", True),
])
def test_a_plural_noun_after_a_material_is_no_restriction_verb(text: str,
                                                               restricted: bool) -> None:
    entities, _ = _extract(text)
    assert any(label is Label.RESTRICTION for _, label in entities) is restricted


def test_electronics_alone_is_an_end_use_and_electronic_is_an_adjective() -> None:
    _, facts = _extract("Rare earth magnets are essential for electric vehicles, wind turbines "
                        "and electronics.")
    assert ("DEPENDS_ON", "electronics", "rare earth magnet") in facts
    entities, _ = _extract("Recyclers recover gallium from electronic waste and old chips.")
    assert not any(name.lower().startswith("electronic") for name, _ in entities)


@pytest.mark.parametrize(("text", "name"), [
    ("Kovohute, a Czech smelter, produces gallium.", "Kovohute"),
    ("Tallowood, an Australian miner, produces mixed rare earth carbonate.", "Tallowood"),
    ("Meanwhile, a Chinese refiner, Baotou Steel, said output rose.", None),
    ("Separately, a firm said it would build a plant.", None),
    ("Czech smelter Kovohute produces gallium.", "Kovohute"),
    ("Canadian recycler Northvolt Metals recovers dysprosium from scrap.", "Northvolt Metals"),
    ("Miner Tallowood Resources produces mixed rare earth carbonate.", "Tallowood Resources"),
    ("Startup Vireo Magnetics makes ferrite magnets.", "Vireo Magnetics"),
])
def test_a_lone_opening_word_before_a_company_appositive(text: str, name: str | None) -> None:
    entities, _ = _extract(text)
    assert not any(n in ("Meanwhile", "Separately") for n, _ in entities)
    assert name is None or (name, Label.ORGANIZATION) in entities


@pytest.mark.parametrize(("text", "name"), [
    ("Magnet makers need ferroboron.", "ferroboron"),
    ("The smelter produces ferro-titanium for steel mills.", "ferro-titanium"),
    ("Steelmakers buy ferrosilicon from Norway.", "ferrosilicon"),
])
def test_iron_alloyed_with_a_known_element_is_a_material(text: str, name: str) -> None:
    assert (name, Label.MATERIAL) in _extract(text)[0]


def test_a_ferrous_word_is_no_alloy() -> None:
    names = {name for name, _ in _extract(
        "The ferrous scrap market fell and ferromagnetic sensors sold well.")[0]}
    assert "ferrous" not in names and "ferromagnetic" not in names


@pytest.mark.parametrize(("text", "metal"), [
    ("Antimony is also alloyed with lead for lead-acid batteries.", True),
    ("The mine produces zinc, lead, copper and silver.", True),
    ("The smelter recovers indium from zinc and lead concentrates.", True),
    ("Antimony hardens the lead in bullets.", True),
    ("Talks could lead to a deal on gallium and germanium.", False),
    ("China will lead the market for gallium, officials said.", False),
    ("The lead negotiator met copper buyers.", False),
])
def test_lead_is_a_metal_only_among_materials(text: str, metal: bool) -> None:
    assert (("lead", Label.MATERIAL) in _extract(text)[0]) is metal
