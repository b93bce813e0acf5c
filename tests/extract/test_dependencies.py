"""DEPENDS_ON beyond the patterns: things named after their materials, and part nouns."""

from __future__ import annotations

import pytest

from rekg.extract import extract
from rekg.extract.pipeline import mentions_for
from rekg.loaders.document import Document
from rekg.schema import GraphFragment, Label, RelType

pytestmark = pytest.mark.usefixtures("patterns_only")


def _graph(text: str) -> GraphFragment:
    return extract(Document(text=text, title="Test", published="2025-06-01"))


def _depends(fragment: GraphFragment) -> set[tuple[str, str]]:
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is RelType.DEPENDS_ON}


def test_a_thing_named_after_its_materials_depends_on_each_of_them() -> None:
    found = _depends(_graph("Samarium and cobalt prices rose. Samarium-cobalt magnets resist "
                            "heat, and thermal cameras carry germanium lenses. Germanium is "
                            "scarce."))
    assert ("samarium-cobalt magnet", "samarium") in found
    assert ("samarium-cobalt magnet", "cobalt") in found
    assert ("infrared lens", "germanium") in found  # "germanium lens" is its alias


def test_a_component_the_article_never_names_alone_adds_no_node() -> None:
    graph = _graph("Lithium-ion batteries power most phones.")
    assert not any(n.name == "lithium" for n in graph.nodes.values())


def test_what_a_material_is_won_from_is_no_input_of_it() -> None:
    found = _depends(_graph("Iron is cheap. Iron ore shipments fell, and gallium metal "
                            "prices rose after gallium exports stopped."))
    assert ("iron ore", "iron") not in found
    assert not any(source.startswith("gallium") for source, _ in found)


def test_parts_with_a_modifier_are_products_and_bare_generic_parts_are_not() -> None:
    views = mentions_for(Document(text="Antimony goes into infrared detectors and thermal "
                                       "sights. The stations were closed.", title="T"))
    products = {m.name for v in views for m in v.mentions if m.label is Label.PRODUCT}
    assert {"infrared detector", "thermal sight"} <= products
    assert "station" not in products


def test_what_uses_a_part_named_after_a_material_depends_on_the_material() -> None:
    found = _depends(_graph("Gallium nitride is scarce. Modern radars use gallium nitride "
                            "chips."))
    assert ("radar", "gallium nitride") in found


def _supplies(fragment: GraphFragment) -> set[tuple[str, str]]:
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is RelType.SUPPLIES}


def test_exports_to_a_country_come_from_the_exporter_the_article_reports_on() -> None:
    found = _supplies(_graph("Chinese exports of gallium rose in March. Exports to Japan and "
                             "Vietnam doubled."))
    assert {("China", "Japan"), ("China", "Vietnam")} <= found


def test_exports_to_a_country_under_a_measure_or_a_denial_are_no_supply() -> None:
    found = _supplies(_graph("Chinese exports of gallium rose in March. Exports to Japan will "
                             "need a licence. Shipments to Vietnam did not resume."))
    assert not found & {("China", "Japan"), ("China", "Vietnam")}


def test_a_verb_after_a_relative_pronoun_is_no_modifier_of_the_next_product() -> None:
    views = mentions_for(Document(text="Thermal cameras that let drones fly at night use "
                                       "germanium lenses.", title="T"))
    products = {m.name for v in views for m in v.mentions if m.label is Label.PRODUCT}
    assert "let drone" not in products
    assert "drone" in products


def test_an_isotope_is_a_material_apart_from_its_element() -> None:
    view = mentions_for(Document(text="Hospitals treat tumours with lutetium-177, which a "
                                      "reactor makes from ytterbium-176, while lutetium "
                                      "oxide and element-5 stay out.", title="T"))[0]
    materials = {m.name for m in view.mentions if m.label is Label.MATERIAL}
    assert {"lutetium-177", "ytterbium-176", "lutetium oxide"} <= materials
    assert "lutetium" not in materials and "ytterbium" not in materials


def test_chips_and_wafers_named_after_a_compound_count_as_that_material() -> None:
    found = _depends(_graph("Gallium nitride chips are used in radars. Gallium arsenide "
                            "wafers go into radio-frequency chips."))
    assert ("radar", "gallium nitride") in found
    assert ("RF chip", "gallium arsenide") in found


def test_a_product_named_before_its_part_depends_on_that_part() -> None:
    found = _depends(_graph("Magnet shortages hit suppliers of hybrid car motors. Drone "
                            "batteries are scarce too."))
    assert ("hybrid vehicle", "motor") in found
    assert ("drone", "battery") in found


def test_a_model_or_kind_named_before_a_product_is_no_part_relation() -> None:
    found = _depends(_graph("Huawei launched its Mate 60 Pro smartphone, and buyers compared "
                            "EESM motors with memory chips."))
    assert not any(target in ("smartphone", "motor", "memory chip") for _, target in found)
