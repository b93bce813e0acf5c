"""A generated matrix of use statements the other DEPENDS_ON inventories lack: shares of
demand, uses listed after a colon or a dash or named as nouns ("has two uses: ..."), the
industry or its makers as buyers, quantities carried per unit, nominal forms ("the use of X in
Y", "X's role in Y", "X demand from Y"), and "one cannot build Y without X". Each must give the
dependent -> input fact. Twins with the same names must give none: prices, trade and place
beside a product, ended or replaced uses. A subject that needs its object is neither its maker
nor its input (scorer on, as in evaluation)."""

from __future__ import annotations

import pytest

from .fragments import dependency_pairs, produced_pairs

# plural surface, singular surface, a word of its canonical name
PRODUCTS = [
    ("drones", "drone", "drone"), ("smartphones", "smartphone", "smartphone"),
    ("heat pumps", "heat pump", "heat pump"), ("satellites", "satellite", "satellite"),
    ("loudspeakers", "loudspeaker", "speaker"), ("electric scooters", "electric scooter",
                                                   "scooter"),
    ("industrial robots", "industrial robot", "robot"), ("wind turbines", "wind turbine",
                                                          "wind turbine"),
]
# surface, a word of its canonical name, plural
INPUTS = [
    ("praseodymium", "praseodymium", False), ("germanium", "germanium", False),
    ("indium", "indium", False), ("tungsten", "tungsten", False),
    ("neodymium magnets", "ndfeb", True), ("samarium-cobalt magnets", "samarium-cobalt", True),
]

USES = [
    "{P} take 40% of the world's {m}.", "{P} account for a quarter of {m} demand.",
    "{P} absorb about a third of global {m} supply.", "{P} consume about 30% of all {m}.",
    "{P} make up the largest share of {m} demand.", "About 30% of {m} demand comes from {p}.",
    "Demand for {m} is driven by {p}.", "{M} {has} several uses: {p}, {p2} and {p3}.",
    "{M} {has} two main applications: {p} and {p2}.", "The main uses of {m}: {p} and {p2}.",
    "{M} - used in {p} and {p2} - {be} scarce.", "Uses of {m} include {p} and {p2}.",
    "{M}, used in {p}, {be} scarce.", "{S} makers buy {m} from Japan.",
    "{S} manufacturers buy most of the {m}.", "Most {m} ends up in {p}.",
    "You cannot build {p} without {m}.", "Makers could not produce {p} without {m}.",
    "Each of the {p} carries 600 kg of {m}.", "A typical {s} contains about a kilogram of {m}.",
    "There are about two kilograms of {m} in every {s}.", "Every {s} holds a few grams of {m}.",
    "The use of {m} in {p} is growing.", "{M}'s role in {p} is well known.",
    "{M} demand from {p} is rising.", "{P} are big consumers of {m}.",
    "{P} are the largest end use for {m}.", "The biggest market for {m} is {p}.",
    "{M} {be} mostly used to make {p}.", "{M} {find} {its} way into {p}.",
    "{P} have used {m} for decades.", "{P} are the main outlet for {m}.",
    "{P} incorporate {m}.", "A modern {s} uses hundreds of grams of {m}.",
]
TWINS = [
    "{M} prices rose as {s} sales slowed.", "{M} {be} stored in a warehouse next to the {s} "
    "factory.", "{P} no longer use {m}.", "{P} are now made without {m}.",
    "{S} makers dropped {m} last year.", "{S} makers have ditched {m}.",
    "The {s} plant sits beside a {m} warehouse.", "{P} stopped using {m} in 2020.",
    "{P} once used {m}.", "{S} makers could switch to {m}.", "{P} do not contain {m}.",
    "You can build {p} without {m}.", "{S} makers shipped {m} to Japan.",
    "{S} makers sold {m} to rivals last year.",
]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _text(template: str, i: int, j: int) -> str:
    p, s, _ = PRODUCTS[i]
    m, _, plural = INPUTS[j]
    return template.format(
        P=_cap(p), p=p, S=_cap(s), s=s, M=_cap(m), m=m,
        p2=PRODUCTS[(i + 3) % len(PRODUCTS)][0], p3=PRODUCTS[(i + 5) % len(PRODUCTS)][0],
        be="are" if plural else "is", has="have" if plural else "has",
        find="find" if plural else "finds", its="their" if plural else "its")


def _found(text: str, i: int, j: int) -> bool:
    return any(PRODUCTS[i][2] in a and INPUTS[j][1] in b for a, b in dependency_pairs(text))


_CASES = [(i, j) for i in range(len(PRODUCTS)) for j in range(len(INPUTS)) if (i + j) % 4 == 0]


@pytest.mark.parametrize("template", USES)
def test_a_stated_use_gives_the_dependency(template: str) -> None:
    assert [_text(template, i, j) for i, j in _CASES if not _found(_text(template, i, j), i, j)] \
        == []


@pytest.mark.parametrize("template", TWINS)
def test_a_use_the_text_does_not_assert_gives_none(template: str) -> None:
    assert [_text(template, i, j) for i, j in _CASES if _found(_text(template, i, j), i, j)] == []


@pytest.mark.parametrize("template", ["{M} {has} several uses: {p}, {p2} and {p3}.",
                                      "{M} {has} two main applications: {p} and {p2}.",
                                      "A modern {s} uses hundreds of grams of {m}."])
def test_the_use_is_not_read_the_other_way(template: str) -> None:
    wrong = [_text(template, i, j) for i, j in _CASES
             if any(INPUTS[j][1] in a and PRODUCTS[i][2] in b
                    for a, b in dependency_pairs(_text(template, i, j)))]
    assert wrong == []


# A company or country that needs, uses or contains a good is not its maker.
BUYERS = [
    ("Toyota needs gallium.", "Toyota", "gallium"),
    ("Nissan uses large amounts of dysprosium.", "Nissan", "dysprosium"),
    ("Boeing requires titanium and cobalt.", "Boeing", "cobalt"),
    ("Apple needs indium for its screens.", "Apple", "indium"),
    ("Toyota needs neodymium, and Lynas produces neodymium in Malaysia.", "Toyota",
     "neodymium"),
]


@pytest.mark.parametrize(("text", "buyer", "good"), BUYERS, ids=lambda v: str(v)[:30])
def test_a_subject_that_needs_a_good_does_not_make_it(text: str, buyer: str, good: str) -> None:
    assert not any(buyer.lower() in a.lower() and good in b.lower()
                   for a, b in produced_pairs(text))


# Still a maker where the clause says so.
MAKERS = [
    ("Toyota needs neodymium, and Lynas produces neodymium in Malaysia.", "Lynas", "neodymium"),
    ("Lynas uses ore from Mount Weld to produce NdPr oxide.", "Lynas", "ndpr"),
]


@pytest.mark.parametrize(("text", "maker", "good"), MAKERS, ids=lambda v: str(v)[:30])
def test_a_maker_told_beside_a_need_stays_a_maker(text: str, maker: str, good: str) -> None:
    assert any(maker.lower() in a.lower() and good in b.lower() for a, b in produced_pairs(text))


# A product that uses many parts needs them; the parts do not need the product.
COUNTED = [
    ("A modern car uses hundreds of transistors.", "car", "transistor"),
    ("A typical laptop contains dozens of capacitors.", "laptop", "capacitor"),
    ("Each wind turbine uses thousands of bolts and several tonnes of magnets.",
     "wind turbine", "magnet"),
    ("A humanoid robot has between 30 and 60 actuators.", "humanoid robot", "actuator"),
    ("Each delivery drone has 4 to 8 brushless motors.", "delivery drone", "brushless motor"),
]


@pytest.mark.parametrize(("text", "whole", "part"), COUNTED, ids=lambda v: str(v)[:30])
def test_a_counted_part_is_needed_by_the_whole(text: str, whole: str, part: str) -> None:
    pairs = dependency_pairs(text)
    assert any(whole in a and part in b for a, b in pairs)
    assert not any(part in a and whole in b for a, b in pairs)


# Two uses of one input named side by side need nothing of each other.
SIBLINGS = [
    ("Terbium has two main uses: phosphors and magnets.", "phosphor", "magnet"),
    ("Praseodymium has several uses: drones, heat pumps and satellites.", "drone",
     "heat pump"),
    ("The main uses of indium: touchscreens and solar cells.", "touchscreen", "solar"),
    ("Neodymium is used in magnets and motors.", "motor", "magnet"),
]


@pytest.mark.parametrize(("text", "one", "other"), SIBLINGS, ids=lambda v: str(v)[:30])
def test_two_uses_of_one_input_do_not_need_each_other(text: str, one: str, other: str) -> None:
    assert not any((one in a and other in b) or (other in a and one in b)
                   for a, b in dependency_pairs(text))
