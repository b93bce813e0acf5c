"""Items that repeat their preposition form one list; an owner named with 's is not an item."""

from __future__ import annotations

from rekg.extract import mentions_for
from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType


def test_the_possessed_part_is_the_list_item_not_its_owner() -> None:
    view = mentions_for(Document(text="Magnets are used in the submarine's electric drive, "
                                      "in radar and in sonar.", title="T"))[0]
    groups = {m.name: m.group for m in view.mentions}
    assert groups["electric drive"] >= 0
    assert groups["electric drive"] == groups["radar"]
    assert groups["submarine"] != groups["radar"]


def test_an_open_noun_phrase_stops_at_prepositions_superlatives_and_what_befell_it() -> None:
    view = mentions_for(Document(text="Recyclers feed scrapped motors onto conveyor belts, and "
                                      "the newest radars need gallium.", title="T"))[0]
    names = {m.name for m in view.mentions}
    assert {"motor", "radar"} <= names
    assert not names & {"scrapped motor", "newest radar"}


def _products(text: str) -> set[str]:
    return {m.name for view in mentions_for(Document(text=text, title="T"))
            for m in view.mentions}


def test_modifiers_coordinated_before_one_head_each_name_a_thing_of_it() -> None:
    names = _products("Carmakers need magnets for hybrid and electric vehicles, and suppliers "
                      "make seat and window motors for both logic and power chips.")
    assert {"hybrid vehicle", "electric vehicle", "seat motor", "window motor",
            "logic chip"} <= names


def test_a_noun_or_a_plural_before_and_shares_no_head() -> None:
    names = _products("Demand for motors and wind turbines grew, as did sales of frames and "
                      "thermal cameras and of chips of 7nm or below and memory chips.")
    assert not names & {"motor turbine", "frames camera", "frame camera", "below chip"}
    assert {"motor", "wind turbine", "memory chip"} <= names


def test_two_parties_joined_by_comma_and_open_another_clause() -> None:
    text = ("About 70% of cobalt comes from Congo, and South Africa accounts for half of "
            "platinum output.")
    ctx = run(Document(text=text, title="T"))
    by_pattern = {(f.source.name, f.target.name) for f in ctx.facts
                  if f.rel is RelType.PRODUCES and f.origin.startswith("produces.")}
    assert ("South Africa", "platinum") in by_pattern
    assert ("South Africa", "cobalt") not in by_pattern


def test_a_product_and_materials_joined_by_commas_and_a_closing_and_are_one_list() -> None:
    views = mentions_for(Document(text="Lithium-ion batteries, cathode materials and anode "
                                       "materials are controlled.", title="T"))
    groups = {m.name: m.group for v in views for m in v.mentions}
    assert groups["lithium-ion battery"] >= 0
    assert groups["lithium-ion battery"] == groups["cathode material"] == groups["anode material"]


def test_a_product_and_a_material_joined_by_a_comma_alone_are_no_list() -> None:
    views = mentions_for(Document(text="Lithium-ion batteries, cathode materials prices fell.",
                                  title="T"))
    groups = {m.name: m.group for v in views for m in v.mentions}
    assert groups.get("lithium-ion battery", -1) < 0


def test_items_that_each_repeat_its_form_one_list() -> None:
    views = mentions_for(Document(text="A modern car uses magnets in its starter motor, its fuel "
                                       "pumps and its loudspeakers.", title="T"))
    groups = {m.name: m.group for v in views for m in v.mentions}
    assert groups["starter motor"] >= 0
    assert groups["starter motor"] == groups["fuel pump"] == groups["audio speaker"]


def test_its_between_a_product_and_a_material_joins_no_list() -> None:
    views = mentions_for(Document(text="Fanuc makes its own servo motors, and their magnets come "
                                       "from Japan.", title="T"))
    found = {m.name: m.group for v in views for m in v.mentions}
    assert found["servo motor"] < 0 or found["servo motor"] != found.get("rare earth magnet")


def test_a_comma_list_of_materials_and_products_closed_by_and_is_one_list() -> None:
    views = mentions_for(Document(text="Neodymium goes into magnets, phosphors, catalysts and "
                                       "polishing powders.", title="T"))
    found = {m.name: m.group for v in views for m in v.mentions}
    assert found["rare earth magnet"] >= 0
    assert found["rare earth magnet"] == found["catalyst"] == found["polishing powder"]


def test_a_range_of_products_from_one_to_another_is_one_list() -> None:
    views = mentions_for(Document(text="Magnets go into everything from hard drives to "
                                       "wind turbines.", title="T"))
    found = {m.name: m.group for v in views for m in v.mentions}
    assert found["hard drive"] >= 0 and found["hard drive"] == found["wind turbine"]


def test_from_one_company_to_another_is_no_list() -> None:
    views = mentions_for(Document(text="Oxides will go from Lynas Rare Earths to Noveon "
                                       "Magnetics.", title="T"))
    groups = [m.group for v in views for m in v.mentions if m.label.value == "Organization"]
    assert len(groups) == 2 and (groups[0] < 0 or groups[0] != groups[1])


def test_comma_and_after_one_item_or_a_closed_list_opens_another_clause() -> None:
    groups = {m.name: m.group for v in mentions_for(Document(
        text="The mine digs up tin, and vanadium hardens steel. Smelters refine copper and "
             "zinc, and lithium goes into batteries. Buyers want cobalt, nickel, and manganese.",
        title="T")) for m in v.mentions}
    assert groups["tin"] < 0 or groups["tin"] != groups["vanadium"]
    assert groups["copper"] == groups["zinc"] >= 0
    assert groups["lithium"] != groups["zinc"] or groups["lithium"] < 0
    assert groups["cobalt"] == groups["nickel"] == groups["manganese"] >= 0
