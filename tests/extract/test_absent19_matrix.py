"""A generated matrix of absent facts: a scorer pair that took one mention of an item while
the sentence negates its other mention ("... moved to batteries that contain no cobalt"), a
mine that "has produced nothing since", a measure paused by the month it was imposed in ("In
December X banned ...; this month X suspended the December ban"), the parts of a paused
package listed after a colon, goods left out "along with" others, and a sale only made for
qualification. Invented names x several phrasings must give nothing; twins with the same names,
where the fact holds, must still give it (scorer on, as in evaluation)."""

from __future__ import annotations

import pytest

from .fragments import restricted_items, states

_PRODUCTS = ["circuit boards", "sodium-ion batteries", "electric motors", "wind turbines",
             "solar panels"]
_GOODS = ["tin", "cobalt", "nickel", "copper"]

# a product named after a first, unnegated mention of the goods: {p} must not depend on {m}
NEGATED_AGAIN = [
    "Demand for {m} has grown slowly, in part because makers have moved to {p} that contain "
    "no {m}.",
]
# the same sentence where the product holds the goods
HELD_AGAIN = [
    "Demand for {m} has grown slowly, even though makers have moved to {p} that contain more "
    "{m}.",
]


def _uses(templates: list[str]) -> list[tuple[str, str, str]]:
    return [(t.format(p=p, m=m), p, m) for t in templates for p in _PRODUCTS for m in _GOODS]


@pytest.mark.parametrize(("text", "product", "goods"), _uses(NEGATED_AGAIN))
def test_item_negated_again_gives_no_use(text: str, product: str, goods: str) -> None:
    assert not states(text, "DEPENDS_ON", product.split()[0], goods), text


@pytest.mark.parametrize(("text", "product", "goods"), _uses(HELD_AGAIN))
def test_item_held_again_still_used(text: str, product: str, goods: str) -> None:
    assert states(text, "DEPENDS_ON", product.split()[0], goods), text


_MINERS = ["Orsa Mining", "Veltrix Metals", "Kestrel Resources"]
_ORES = ["cobalt", "graphite", "tin"]
IDLE = [
    "{C}'s {m} mine in the north has produced nothing since floods cut the road in May.",
    "{C}'s {m} mine in the north, once the largest in the region, has produced nothing since "
    "protests blocked access to the site.",
]
WORKING = [
    "{C}'s {m} mine in the north has produced 40,000 tonnes since floods cut the road in May.",
]


def _mines(templates: list[str]) -> list[tuple[str, str, str]]:
    return [(t.format(C=c, m=m), c, m) for t in templates for c in _MINERS for m in _ORES]


@pytest.mark.parametrize(("text", "company", "goods"), _mines(IDLE))
def test_mine_that_produced_nothing_gives_nothing(text: str, company: str, goods: str) -> None:
    assert not states(text, "PRODUCES", company.split()[0], goods), text


@pytest.mark.parametrize(("text", "company", "goods"), _mines(WORKING))
def test_working_mine_twin_still_produces(text: str, company: str, goods: str) -> None:
    assert states(text, "PRODUCES", company.split()[0], goods), text


_IMPOSERS = ["Zambia", "Norway", "Chile"]
_ITEMS = [("cobalt", "nickel"), ("tungsten", "tin"), ("gallium", "germanium")]

# {P}: the imposer; {i}, {j}: two goods; {i} must not be restricted
PAUSED = [
    "In December {P} banned exports of {i} to Peru. This month {P} suspended the December ban "
    "until next year.",
    "{P} has suspended, until May 2027, the package it announced on 9 October: the controls on "
    "{i} and {j}, and the licensing of refining technology.",
    "{P} lifted, after a year, the measures it took on 9 October: the licences for {i} and "
    "{j}, and the ban on smelting equipment.",
    "The rules {P} introduced in April covered six heavy elements but left both of them out, "
    "along with {i}.",
]
# twins: the measure on {i} stands
STANDING = [
    "In December {P} banned exports of {i} to Peru. This month {P} suspended the March quota on "
    "{j} until next year.",
    "{P} announced on 9 October a package of measures: the controls on {i} and {j}, and the "
    "licensing of refining technology.",
    "{P} has suspended, until May 2027, the tariff it announced on 9 October, but the controls "
    "on {i} and {j} stay in force.",
    "The rules {P} introduced in April covered six heavy elements, along with {i}.",
]


def _measures(templates: list[str]) -> list[tuple[str, str]]:
    return [(t.format(P=p, i=i, j=j), i) for t in templates for p in _IMPOSERS
            for i, j in _ITEMS]


def _restricts(text: str, item: str) -> bool:
    return any(item in name.lower() for name in restricted_items(text))


@pytest.mark.parametrize(("text", "item"), _measures(PAUSED))
def test_paused_or_left_out_item_is_not_restricted(text: str, item: str) -> None:
    assert not _restricts(text, item), text


@pytest.mark.parametrize(("text", "item"), _measures(STANDING))
def test_standing_measure_twin_still_restricts(text: str, item: str) -> None:
    assert _restricts(text, item), text


_SELLERS = ["Varno Graphite Ltd", "Tessel Anodes Inc"]
_BUYERS = ["Orsa Motors Inc", "Kestrel Cells Corp"]
QUALIFYING = [
    "{S} has supplied anode material to {B} for customer qualification, but it has not yet "
    "made commercial sales.",
    "{S} has supplied anode material to {B} for qualification testing.",
]
SELLING = [
    "{S} has supplied anode material to {B}, and its commercial sales have grown.",
    "{S} supplies anode material to {B}.",
]


def _sales(templates: list[str]) -> list[tuple[str, str, str]]:
    return [(t.format(S=s, B=b), s, b) for t in templates for s in _SELLERS for b in _BUYERS]


@pytest.mark.parametrize(("text", "seller", "buyer"), _sales(QUALIFYING))
def test_material_for_qualification_is_no_supply(text: str, seller: str, buyer: str) -> None:
    assert not states(text, "SUPPLIES", seller.split()[0], buyer.split()[0]), text


@pytest.mark.parametrize(("text", "seller", "buyer"), _sales(SELLING))
def test_commercial_supply_twin_still_supplies(text: str, seller: str, buyer: str) -> None:
    assert states(text, "SUPPLIES", seller.split()[0], buyer.split()[0]), text


_MOTORS = ["wound-rotor synchronous motor", "induction motor", "generator"]


@pytest.mark.parametrize("motor", _MOTORS)
def test_what_takes_the_place_of_magnets_is_no_use(motor: str) -> None:
    text = (f"Carmakers such as Orsa Motors use a {motor}, in which copper coils on the rotor, "
            "fed with current, take the place of magnets.")
    assert not states(text, "DEPENDS_ON", motor.split()[0].split("-")[0], "magnet"), text


def test_magnets_the_coils_surround_are_still_used() -> None:
    text = ("Carmakers such as Orsa Motors use a permanent-magnet synchronous motor, in which "
            "copper coils on the stator surround the magnets.")
    assert states(text, "DEPENDS_ON", "permanent", "magnet"), text
