"""A generated matrix for DEPENDS_ON (round 20): household appliances, small vehicles and
consumer goods named by their head word alone ("dishwashers", "electric ferries", "robot
mowers"), a maker's words of design ("builds its turbines around a direct-drive generator",
"bases its scooters on a hub motor"), lists of products a material feeds, a need told from the
material's side, and a need carried through a component ("use magnets, which need
dysprosium": both facts). Each phrasing x several pairs with invented companies must give the
dependency (scorer on, as in evaluation); twins with the same words must give none: "X-free",
replaced, no longer used, could use, plans to use, built around the clock."""

from __future__ import annotations

import pytest

from .fragments import dependency_pairs

# (dependent plural, dependent singular, input, a word of the dependent's name, of the input's)
PAIRS = [
    ("dishwashers", "dishwasher", "neodymium magnets", "dishwasher", "magnet"),
    ("electric ferries", "electric ferry", "lithium-ion batteries", "ferry", "lithium-ion"),
    ("robot mowers", "robot mower", "brushless motors", "mower", "motor"),
    ("air purifiers", "air purifier", "brushless motors", "purifier", "motor"),
    ("yachts", "yacht", "lithium-ion batteries", "yacht", "lithium-ion"),
    ("treadmills", "treadmill", "permanent magnet motors", "treadmill", "motor"),
    ("kettles", "kettle", "thermostats", "kettle", "thermostat"),
]
_COMPANIES = ["Velmora", "Kestrel Dynamics", "Orsa"]

# {C}: a company; {D}/{d}: the dependent (plural/singular); {X}: the input
NEEDS = [
    "{D} use {X}.",
    "{D} need {X}.",
    "{D} rely on {X}.",
    "{D} cannot be made without {X}.",
    "{X} are used in {D}.",
    "{X} go into {D}.",
    "{X} are found in {D}, fridges and ovens.",
    "Most {D} contain {X}.",
    "{C} builds its {D} around {X}.",
    "{C} designed its new {D} around {X}.",
    "{C} bases its {D} on {X}.",
    "{C} said its {D} use {X}.",
    # a need told by what cannot be done without the input, after "impossible to"
    "{D} are impossible to build without {X}.",
    "{D} are hard to make without {X}.",
    "{D} would be difficult to produce without {X}.",
]
# templates that must give no dependency between the pair, either way
TWINS = [
    "{D} no longer use {X}.",
    "{D} could use {X} one day.",
    "{C} plans to use {X} in its {D}.",
    "{C} replaced {X} in its {D} with cheaper parts.",
    "{D} do not use {X}.",
    "{C} builds its {D} around the clock, and {X} are scarce.",
    "{C} bases its {D} on the coast, and {X} are scarce.",
    "{D} sales rose while {X} prices fell.",
    "{C} wants to build {D} without {X}.",
    "{D} are easy to build without {X}.",
    "{D} are hard to sell without subsidies, and {X} are scarce.",
]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _text(template: str, pair: int) -> str:
    dep, one, inp = PAIRS[pair][:3]
    return _cap(template.format(C=_COMPANIES[pair % len(_COMPANIES)], D=dep, d=one, X=inp))


def _found(text: str, pair: int) -> bool:
    dep, inp = PAIRS[pair][3:]
    return any(dep in a and inp in b for a, b in dependency_pairs(text))


def _linked(text: str, pair: int) -> bool:
    dep, inp = PAIRS[pair][3:]
    return any((dep in a and inp in b) or (inp in a and dep in b)
               for a, b in dependency_pairs(text))


@pytest.mark.parametrize("template", NEEDS)
def test_every_phrasing_of_a_need_gives_the_dependency(template: str) -> None:
    missed = [_text(template, p) for p in range(len(PAIRS)) if not _found(_text(template, p), p)]
    assert missed == []


@pytest.mark.parametrize("template", TWINS)
def test_a_twin_without_a_need_gives_no_dependency(template: str) -> None:
    wrong = [_text(template, p) for p in range(len(PAIRS)) if _linked(_text(template, p), p)]
    assert wrong == []


# Materials-free goods: the material the name excludes is no input of them.
FREE = [
    ("cobalt", "batteries", "batter"),
    ("rare-earth", "motors", "motor"),
    ("gallium", "chargers", "charger"),
    ("lead", "solders", "solder"),
]


@pytest.mark.parametrize(("material", "goods", "word"), FREE)
def test_an_x_free_product_does_not_depend_on_x(material: str, goods: str, word: str) -> None:
    text = f"Orsa now sells {material}-free {goods} to carmakers."
    key = material.split("-")[0]
    assert not any(word in a and key in b for a, b in dependency_pairs(text))


# A need carried through a component: both the product's and the component's.
THROUGH = [
    ("Dishwashers use pumps, which need neodymium.", ("dishwasher", "pump"),
     ("pump", "neodymium")),
    ("Electric ferries use batteries, which contain cobalt.", ("ferry", "batter"),
     ("batter", "cobalt")),
    ("Robot mowers use motors, which need dysprosium.", ("mower", "motor"),
     ("motor", "dysprosium")),
]


@pytest.mark.parametrize(("text", "first", "second"), THROUGH)
def test_a_need_through_a_component_gives_both_facts(
        text: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    pairs = dependency_pairs(text)
    assert any(first[0] in a and first[1] in b for a, b in pairs)
    assert any(second[0] in a and second[1] in b for a, b in pairs)


# A material's uses told from its side: every product of the list depends on it.
USES = [
    "Neodymium is used in dishwashers, treadmills and electric ferries.",
    "Neodymium goes into dishwashers, treadmills and electric ferries.",
    "Demand for neodymium comes mostly from dishwashers, treadmills and electric ferries.",
]


@pytest.mark.parametrize("text", USES)
def test_every_product_a_material_feeds_depends_on_it(text: str) -> None:
    pairs = dependency_pairs(text)
    for product in ("dishwasher", "treadmill", "ferry"):
        assert any(product in a and "neodymium" in b for a, b in pairs), product


def test_items_each_with_their_own_phrase_are_not_one_list() -> None:
    pairs = dependency_pairs("Lift machines, hub motors for scooters and compressors "
                             "for heat pumps all depend on sintered magnets.")
    assert ("compressor", "lift machine") not in pairs
    assert ("heat pump", "scooter") not in pairs
    assert ("heat pump", "compressor") in pairs
    assert any(a == "compressor" and "magnet" in b for a, b in pairs)
    # one thing for two others is still a list of the two: "magnets for cars and trucks"
    pairs = dependency_pairs("Magnets for cars and trucks need dysprosium.")
    assert any(a == "truck" and "magnet" in b for a, b in pairs)


# The parts a whole spreads its input across are its parts: "spread across its radar and sonar".
SPREAD = [
    ("Each warship carries two tonnes of rare earths, spread across its radar and sonar.",
     "warship", ("radar", "sonar")),
    ("Every robot mower uses magnets across its motors and sensors.", "mower",
     ("motor", "sensor")),
]


@pytest.mark.parametrize(("text", "whole", "parts"), SPREAD)
def test_an_input_spread_across_parts_names_the_parts(
        text: str, whole: str, parts: tuple[str, ...]) -> None:
    pairs = dependency_pairs(text)
    for part in parts:
        assert any(whole in a and part in b for a, b in pairs), (part, pairs)
    # the parts are no inputs of one another
    assert not any(parts[0] in a and parts[1] in b for a, b in pairs)
