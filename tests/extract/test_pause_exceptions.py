"""A measure said to lie outside a pause stays in force, and a licence whose reach is set by
a content threshold ("if Japanese-origin chips make up ...") is a rule, not a supposition."""

from __future__ import annotations

from .fact_triples import has_fact


def test_measure_outside_the_pause_still_restricts() -> None:
    text = "Analysts stressed that the older Ruritanian curbs on tin are not part of the pause."
    assert has_fact(text, "RESTRICTS", "*", "tin")


def test_suspension_that_leaves_a_measure_alone() -> None:
    text = "The suspension does not affect the Ruritanian controls on cobalt, officials said."
    assert has_fact(text, "RESTRICTS", "*", "cobalt")


def test_paused_measure_is_still_refused() -> None:
    text = "Ruritania said it would pause the curbs on tin for a year."
    assert not has_fact(text, "RESTRICTS", "*", "tin")


def test_content_threshold_is_the_scope_of_a_rule() -> None:
    text = ("Exporters abroad now need a Japanese permit to sell drones if Japanese-origin chips"
            " make up a fifth of their cost.")
    assert has_fact(text, "RESTRICTS", "*", "drone")


def test_plain_condition_still_refused() -> None:
    text = "Tokyo would require a permit to sell drones if talks with Seoul failed."
    assert not has_fact(text, "RESTRICTS", "*", "drone")


def test_goods_a_measure_does_not_affect_stay_free() -> None:
    text = "The Ruritanian ban on tin exports does not affect cobalt, officials said."
    assert not has_fact(text, "RESTRICTS", "*", "cobalt")
