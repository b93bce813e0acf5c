"""A government that cuts off goods to a buyer bans their export to it ("Beijing cut off
tellurium, indium and bismuth to Japan"), not only one that cuts off "exports of" them."""

from __future__ import annotations

from .fact_triples import measure_chains


def test_goods_cut_off_to_a_country_are_banned_for_it() -> None:
    chains = measure_chains("Beijing cut off tellurium, indium and bismuth to Japan in May.")
    assert {("RESTRICTS", "china", "tellurium"), ("RESTRICTS", "china", "indium"),
            ("RESTRICTS", "china", "bismuth"), ("TARGETS", "china", "japan")} <= chains


def test_a_company_or_a_flood_cutting_off_goods_bans_nothing() -> None:
    assert not measure_chains("Kestrel Metals cut off tellurium to Japan in May.")
    assert not measure_chains("Floods cut off tellurium to Japan in May.")


def test_goods_cut_off_for_a_purpose_name_no_buyer() -> None:
    assert not measure_chains("Beijing cut off tellurium to protect its own industry.")
