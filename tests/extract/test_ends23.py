"""Ends of facts the mention stage used to miss (round 23): goods named by what they make
("the equipment used to make them"), a form or shape lending its material's name across a
list ("lithium carbonate and hydroxide", "copper pipes, rods and tubes"), goods words that name
a part of the body or a role, with twins that must give nothing."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import mentions_for
from rekg.loaders.document import Document
from rekg.schema import Label, RelType

from .fact_triples import named_pairs as _facts


def _mentions(text: str) -> list[tuple[Label, str, str]]:
    views = mentions_for(Document(text=text, title="T"))
    return [(m.label, m.name, m.surface) for v in views for m in v.mentions]


def _names(text: str, label: Label) -> set[str]:
    return {name for lab, name, _ in _mentions(text) if lab is label}


MADE_WITH = [
    ("Norvania restricts sales of glass fibre, resin, plus the equipment used to make them.",
     "equipment used to make them"),
    ("Norvania put the machinery for refining nickel under licence.",
     "machinery for refining nickel"),
    ("Exports of technology for smelting and separating tin-tungsten ores need a permit.",
     "technology for smelting and separating tin-tungsten ores"),
    ("The list adds equipment needed to produce graphite anodes.",
     "equipment needed to produce graphite anodes"),
]


@pytest.mark.parametrize(("text", "surface"), MADE_WITH)
def test_goods_named_by_what_they_make_are_one_product(text: str, surface: str) -> None:
    found = [(lab, s) for lab, _, s in _mentions(text) if s == surface]
    assert found == [(Label.PRODUCT, surface)], _mentions(text)


@pytest.mark.parametrize("text", [
    "Brevik bought new equipment for the smelter in May.",
    "Brevik uses technology to cut its power bill.",
    "They covered technology for quarrying, sorting, alloy production and reuse.",
    "The equipment was made in Ohio.",
])
def test_equipment_for_no_making_names_nothing_after_it(text: str) -> None:
    assert not [s for _, _, s in _mentions(text) if " to " in s or " for " in s], text


@pytest.mark.parametrize("text", [
    "Norvania banned exports of graphite and the equipment used to make anodes from it.",
    "Norvania listed superhard abrasives and the machinery used to make them.",
    "Norvania licenses technology for making cathodes from nickel.",
])
def test_made_with_goods_take_part_in_no_dependency(text: str) -> None:
    found = _facts(text, RelType.DEPENDS_ON)
    assert not any(w in name for pair in found for name in pair
                   for w in ("equipment", "machinery", "technology")), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Brevik turns the ore into lithium carbonate and hydroxide that cell makers buy.",
     "lithium hydroxide"),
    ("Refiners there make cobalt sulphate and oxides used in cathodes.", "cobalt oxide"),
    ("Ostmark sells samarium metal and oxide to buyers in Japan.", "samarium oxide"),
])
def test_a_salt_or_oxide_joined_by_and_takes_the_material(text: str, expected: str) -> None:
    assert expected in _names(text, Label.MATERIAL), _mentions(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Lithium carbonate and hydroxide prices fell in March.", "lithium hydroxide"),
    ("Ostmark ships bismuth metal and ingots to Rotterdam.", "bismuth ingot"),
    ("Imports of cerium oxides and compounds rose.", "cerium compound"),
])
def test_a_form_before_a_noun_or_of_no_salt_is_no_item(text: str, absent: str) -> None:
    assert absent not in _names(text, Label.MATERIAL), _mentions(text)


def test_shapes_listed_after_a_metal_shape_are_that_metal() -> None:
    names = _names("The duty covers nickel pipes, wires, rods and tubes, and some fittings.",
                   Label.MATERIAL)
    assert {"nickel pipe", "nickel wire", "nickel rod", "nickel tube"} <= names


def test_a_shape_before_a_noun_is_no_item() -> None:
    names = _names("Brevik sells nickel pipes, wire prices rose.", Label.MATERIAL)
    assert "nickel wire" not in names


@pytest.mark.parametrize(("text", "label", "name"), [
    ("Gadolinium makes blood vessels show up on scans.", Label.PRODUCT, "vessel"),
    ("The rules cover equipment and auxiliary materials for separation.", Label.MATERIAL,
     "auxiliary material"),
])
def test_body_parts_and_roles_name_no_goods(text: str, label: Label, name: str) -> None:
    assert not {n for n in _names(text, label) if name in n}, _mentions(text)


@pytest.mark.parametrize(("text", "label", "name"), [
    ("Brevik built two drilling vessels for the survey.", Label.PRODUCT, "drilling vessel"),
    ("Ostmark sells auxiliary batteries for trucks.", Label.PRODUCT, "auxiliary battery"),
])
def test_twins_with_a_kind_still_name_goods(text: str, label: Label, name: str) -> None:
    assert name in _names(text, label), _mentions(text)
