"""Parts named through "whose", and a list whose last item takes an "of" phrase of its own."""

from __future__ import annotations

from .fact_triples import has_fact


def test_whose_names_a_part_of_the_goods_before_it() -> None:
    text = "Survey drones, whose brushless motors overheat in summer, were recalled."
    assert has_fact(text, "DEPENDS_ON", "drone", "brushless motor")


def test_whose_after_a_company_names_no_part() -> None:
    text = "Kestrel Motors, whose batteries come from Korea, cut prices."
    assert not has_fact(text, "DEPENDS_ON", "*", "battery")


def test_of_phrase_after_a_determined_last_item_is_that_item_alone() -> None:
    text = "The plant ships magnets for drones, robots and the compressors of heat pumps."
    assert has_fact(text, "DEPENDS_ON", "heat pump", "compressor")
    assert not has_fact(text, "DEPENDS_ON", "heat pump", "drone")
    assert not has_fact(text, "DEPENDS_ON", "heat pump", "robot")


def test_of_phrase_shared_by_items_without_their_own_determiner() -> None:
    text = "Suppliers build the motors and sensors of delivery drones in Ohio."
    assert has_fact(text, "DEPENDS_ON", "delivery drone", "motor")
    assert has_fact(text, "DEPENDS_ON", "delivery drone", "sensor")


def test_material_summing_up_a_list_keeps_its_modifier_shared() -> None:
    text = "Gallium, indium and the rarer metals in solar cells are scarce."
    assert has_fact(text, "DEPENDS_ON", "solar", "gallium")
