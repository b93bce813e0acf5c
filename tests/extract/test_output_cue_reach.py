"""How far a cue of no output reaches: not over ";" into another clause, and not from a
"former" that gives a company's earlier name."""

from __future__ import annotations

from .fact_triples import has_fact


def test_no_output_stops_at_semicolon() -> None:
    text = "Brindle Holdings Inc. refines cobalt in Finland; it produces no nickel at all."
    assert has_fact(text, "PRODUCES", "Brindle", "cobalt")
    assert not has_fact(text, "PRODUCES", "Brindle", "nickel")


def test_no_output_still_reaches_its_own_clause() -> None:
    assert not has_fact("Brindle Holdings Inc. produces no nickel at its Finnish plant.",
                        "PRODUCES", "Brindle", "nickel")


def test_former_before_a_company_name_is_its_old_name() -> None:
    text = "Proterial, the former Hitachi Metals, casts neodymium magnet blocks for carmakers."
    assert has_fact(text, "PRODUCES", "Proterial", "magnet")


def test_former_before_a_site_still_ends_its_output() -> None:
    assert not has_fact("Brindle Holdings Inc. runs a former tin mine in Bolivia.",
                        "PRODUCES", "Brindle", "tin")


def test_a_stopped_sale_keeps_the_output_and_ends_the_supply() -> None:
    text = "Orsa Mining Ltd stopped selling its zinc concentrate to Brindle Holdings Inc. in May."
    assert has_fact(text, "PRODUCES", "Orsa", "zinc concentrate")
    assert not has_fact(text, "SUPPLIES", "Orsa", "Brindle")


def test_a_stopped_output_still_ends_the_output() -> None:
    assert not has_fact("Orsa Mining Ltd stopped mining zinc in Peru last year.",
                        "PRODUCES", "Orsa", "zinc")
