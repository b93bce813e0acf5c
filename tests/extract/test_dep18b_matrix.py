"""A generated matrix of the ways news says that a product or material needs an input: verbs and
nouns of use and need, shares of demand, amounts per unit, passives, relatives, parentheses,
appositions, "such as" lists, things made from an input by a process ("baked from", "smelts
... from") and inputs joined to the first one named ("made of lithium combined with nickel").
Each phrasing x several real product/input pairs, with invented companies, must give the
dependency (scorer on, as in evaluation). Twins with the same words must give none: substitutes,
"no longer uses", prices, trade, a switch and a sale."""

from __future__ import annotations

import pytest

from .fragments import dependency_pairs

# (dependent plural, dependent singular, input, a word of the dependent's name, of the input's)
PAIRS = [
    ("wind turbines", "wind turbine", "neodymium", "wind turbine", "neodymium"),
    ("lithium-ion batteries", "lithium-ion battery", "cobalt", "battery", "cobalt"),
    ("solar panels", "solar panel", "silver", "solar panel", "silver"),
    ("jet engines", "jet engine", "rhenium", "jet engine", "rhenium"),
    ("smartphones", "smartphone", "tantalum", "smartphone", "tantalum"),
    ("radar systems", "radar system", "gallium", "radar", "gallium"),
    ("catalytic converters", "catalytic converter", "palladium", "catalytic converter",
     "palladium"),
]
_COMPANIES = ["Velmora", "Kestrel Dynamics", "Orsa"]

# {C}: a company; {D}/{d}: the dependent (plural/singular); {X}: the input
NEEDS = [
    "{D} require {X}.",
    "{D} consume {X}.",
    "{D} are big users of {X}.",
    "{X} is used in {D}.",
    "{X} is used to make {D}.",
    "{X} finds its way into {D}.",
    "{X} goes into {D} and hearing aids.",
    "{D} and electric motors both need {X}.",
    "Demand for {X} comes largely from {D}.",
    "{D} account for about 30% of {X} demand.",
    "{D} account for a third of global demand for {X}.",
    "{D} are {X}-intensive.",
    "Each of the {D} contains 2 kg of {X}.",
    "{D} use up to 2 kg of {X} per unit.",
    "{X} is what makes {D} possible.",
    "{X} is a key ingredient in {D}.",
    "{X} is a critical input for {D}.",
    "{D}, which rely on {X}, are in short supply.",
    "Makers of {D} are heavy buyers of {X}.",
    "{X}, a vital component of {D}, is scarce.",
    "{C} builds {D} (which use {X}) in Ohio.",
    "{D} \u2014 which need {X} \u2014 are selling well.",
    "Products such as {D} need {X}.",
    "{X} is needed for products such as {D} and laptops.",
    "{X} is found in {D}.",
    "{D} can't function without {X}.",
    "{X} is indispensable to {D}.",
    "{D} typically incorporate {X}.",
    "Producing {D} takes large amounts of {X}.",
    "Much of the world's {X} ends up in {D}.",
    "The biggest use of {X} is in {D}.",
    "{X} demand is driven by {D}.",
    "{D} are a major source of demand for {X}.",
    "The {d} is the biggest user of {X}.",
    "A single {d} uses several grams of {X}.",
    "{X} is among the materials that go into {D}.",
    "{X} plays a key role in {D}.",
    "{C}'s {D} need {X}, the company said.",
    "{C} said its {D} use {X}.",
    "{X}: used in {D}, hearing aids and lasers.",
    "{D} are heavily reliant on {X}.",
    "{D} need a steady supply of {X}.",
    "{X} is at the heart of {D}.",
    "{D} gobble up {X}.",
    # an apposition between the subject and its verb names another product
    "{D}, a staple of modern warships, depend on {X}.",
    "{D}, the most common type in Western cars, are made of {X}.",
    "{D}, the biggest users in European grids, need {X}.",
    # a need told through its absence
    "There is no {d} without {X}.",
    "No {D} without {X}, {C} warns.",
    "{X} has no substitute in {D}.",
    "{X} has no ready substitute in {D}.",
]
# templates that must give no dependency between the pair, either way
TWINS = [
    "{D} no longer use {X}.",
    "{D} that do not need {X} are on sale.",
    "{D} can be built without {X}.",
    "New {D} avoid {X} entirely.",
    "{D} sales rose while {X} output fell.",
    "{X} stocks and {D} shares fell.",
    "{C} stopped using {X} in its {D}.",
    "{D} do not use {X}.",
    "Makers of {D} have dropped {X}.",
    "{C}'s {D} need no {X}.",
    "{X} replaced {D} as the top export.",
    "{C} plans {D} that use no {X}.",
    "{D} are free of {X}.",
    "There are no {D} in the bay, and {X} is scarce.",
    "{X} has no buyers, and {D} are cheap.",
    "{C} found a substitute for {X} in its {D}.",
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


def test_the_apposition_noun_is_not_the_dependent() -> None:
    pairs = dependency_pairs("Radar systems, a staple of modern warships, depend on gallium.")
    assert ("radar", "gallium") in pairs and ("warship", "gallium") not in pairs
    pairs = dependency_pairs(
        "Orsa cathodes, the most common type in Western cars, are made of lithium.")
    assert ("car", "lithium") not in pairs


# Things made from an input by a process: (output, input, word of output's name, of input's)
MADE = [
    ("synthetic graphite", "petroleum coke", "synthetic graphite", "petroleum coke"),
    ("polysilicon", "quartz", "polysilicon", "quartz"),
    ("silicon", "quartz", "silicon", "quartz"),
    ("titanium alloy", "titanium sponge", "titanium alloy", "titanium sponge"),
    ("cemented carbide", "tungsten carbide powder", "cemented carbide", "tungsten carbide"),
]
MADE_FROM = [
    "{O} is baked from {I}.",
    "{O} is smelted from {I}.",
    "{O} is pressed from {I}.",
    "{O} is synthesised from {I}.",
    "{C} bakes {o} from {I} in Ohio.",
    "{C} produces {o} from {I} at its plant.",
    "{C} can make {o} from nothing but {I}.",
    "The plant smelts {o} from {I}.",
]
NOT_MADE_FROM = [
    "{C} sells {o} from {I} makers.",
    "{C} moved from {I} to {o}.",
    "{C} makes {o} and buys {I} from Chile.",
    "Prices of {o} and {I} rose.",
]


def _made(template: str, i: int) -> str:
    out, inp = MADE[i][:2]
    return _cap(template.format(C=_COMPANIES[i % len(_COMPANIES)], O=_cap(out), o=out, I=inp))


def _made_found(text: str, i: int) -> bool:
    return any(MADE[i][2] in a and MADE[i][3] in b for a, b in dependency_pairs(text))


@pytest.mark.parametrize("template", MADE_FROM)
def test_a_thing_made_from_an_input_depends_on_it(template: str) -> None:
    missed = [_made(template, i) for i in range(len(MADE))
              if not _made_found(_made(template, i), i)]
    assert missed == []


@pytest.mark.parametrize("template", NOT_MADE_FROM)
def test_no_making_from_a_sale_a_switch_or_prices(template: str) -> None:
    wrong = [_made(template, i) for i in range(len(MADE)) if _made_found(_made(template, i), i)]
    assert wrong == []


# inputs joined to the first one named: every joined input is needed too
JOINED = [
    "Its cathodes are made of lithium {j} with nickel, manganese and cobalt.",
    "The cathode material is lithium {j} with nickel, manganese and cobalt.",
    "Velmora's new cathodes contain lithium {j} with nickel, manganese and cobalt.",
]


@pytest.mark.parametrize("template", JOINED)
@pytest.mark.parametrize("joined", ["combined", "mixed", "blended", "alloyed"])
def test_each_input_joined_to_the_first_is_needed(template: str, joined: str) -> None:
    text = template.format(j=joined)
    pairs = dependency_pairs(text)
    missed = [metal for metal in ("lithium", "nickel", "manganese", "cobalt")
              if not any("cathode" in a and b == metal for a, b in pairs)]
    assert missed == []


def test_inputs_joined_in_another_clause_are_not_needed() -> None:
    pairs = dependency_pairs(
        "Velmora cathodes use lithium, and nickel was combined with cobalt in a separate test.")
    assert not any("cathode" in a and b in ("nickel", "cobalt") for a, b in pairs)


# what a product works by: (dependent, input, word of each name)
WORKS_BY = [
    ("humanoid robots", "actuators", "humanoid robot", "actuator"),
    ("electric cars", "lithium-ion batteries", "electric vehicle", "lithium-ion battery"),
    ("delivery drones", "brushless motors", "drone", "brushless motor"),
]
BY_MEANS = [
    "{D} move by means of {X}.",
    "{D} run with the help of {X}.",
    "Most {D} work with the aid of {X}.",
]
NOT_BY_MEANS = [
    "Sales of {D} moved by means of a tender, while {X} were scarce.",
    "{D} and {X} were shown by means of a video.",
]


@pytest.mark.parametrize("template", BY_MEANS)
def test_what_a_product_works_by_is_needed(template: str) -> None:
    missed = [dep for dep, inp, d, x in WORKS_BY
              if not any(d in a and x in b for a, b in dependency_pairs(
                  _cap(template.format(D=dep, X=inp))))]
    assert missed == []


@pytest.mark.parametrize("template", NOT_BY_MEANS)
def test_no_means_without_a_working_product(template: str) -> None:
    wrong = [dep for dep, inp, d, x in WORKS_BY
             if any(d in a and x in b for a, b in dependency_pairs(
                 _cap(template.format(D=dep, X=inp))))]
    assert wrong == []
