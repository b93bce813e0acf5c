"""A named measure is no verb of making: "export controls on X" says nothing of control of X."""

from __future__ import annotations

from .fragments import produced_pairs


def test_export_controls_make_no_producer() -> None:
    pairs = produced_pairs("Seoul imposed new export controls on tungsten and bismuth last year.")
    assert ("South Korea", "tungsten") not in pairs
    assert ("South Korea", "bismuth") not in pairs


def test_its_controls_on_a_metal_make_no_producer() -> None:
    pairs = produced_pairs("Hanoi tightened its controls on antimony exports in May.")
    assert ("Vietnam", "antimony") not in pairs


def test_a_verb_control_still_makes_a_producer() -> None:
    pairs = produced_pairs("Indonesia controls about half of the world's nickel output.")
    assert ("Indonesia", "nickel") in pairs
