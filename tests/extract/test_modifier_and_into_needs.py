"""Needs told by a material naming a product, and needs told in a "that" clause after a
denial of the main verb."""

from __future__ import annotations

import pytest

from .fact_triples import has_fact


@pytest.mark.parametrize(("text", "product", "material"), [
    ("Our lab tested indium phosphide lasers and photodetectors last spring.", "photodetector",
     "indium phosphide"),
    ("The startup sells cadmium telluride solar panels to farmers.", "solar panel",
     "cadmium telluride"),
])
def test_material_before_product_is_its_input(text: str, product: str, material: str) -> None:
    assert has_fact(text, "DEPENDS_ON", product, material)


def test_material_before_a_listed_item_is_no_input() -> None:
    assert not has_fact("Ministers also listed graphite dual-use items last week.",
                        "DEPENDS_ON", "*", "graphite")


@pytest.mark.parametrize("text", [
    "The Ostrava refinery does not extract the terbium that wind turbine magnets need.",
    "Our smelter cannot recover the terbium which traction motors require.",
])
def test_denied_main_verb_leaves_the_clause_need(text: str) -> None:
    assert has_fact(text, "DEPENDS_ON", "*", "terbium")


def test_denied_need_without_a_clause_stays_denied() -> None:
    assert not has_fact("The newer motors do not need terbium at all.", "DEPENDS_ON", "motor",
                        "terbium")


@pytest.mark.parametrize(("text", "made", "source"), [
    ("Kestrel digs spodumene near Perth and converts it into lithium hydroxide at Kwinana.",
     "lithium hydroxide", "spodumene"),
    ("Refiners in Jiangxi turn Burmese terbium oxide into terbium metal.", "terbium metal",
     "terbium oxide"),
])
def test_input_the_slot_cannot_reach(text: str, made: str, source: str) -> None:
    assert has_fact(text, "DEPENDS_ON", made, source)


def test_into_a_site_names_no_made_good() -> None:
    text = "Officials hope to turn the old tin mine into a rare earth processing plant."
    assert not has_fact(text, "DEPENDS_ON", "*", "*")


@pytest.mark.parametrize(("text", "made", "source"), [
    ("Last year the NdPr oxide was made into NdPr metal by a Thai refiner.", "NdPr metal",
     "NdPr oxide"),
])
def test_input_put_into_a_good(text: str, made: str, source: str) -> None:
    assert has_fact(text, "DEPENDS_ON", made, source)


def test_need_reaches_the_product_a_material_names() -> None:
    text = "Packing robots in our warehouse run on rare earth servo motors."
    assert has_fact(text, "DEPENDS_ON", "robot", "servo motor")


def test_host_named_as_source() -> None:
    text = "Bauxite from Guinea is the only sizeable source of gallium for Rusal."
    assert has_fact(text, "DEPENDS_ON", "gallium", "bauxite")
    assert not has_fact("Lithium sales are a source of income for Bolivia.", "DEPENDS_ON",
                        "*", "*")
