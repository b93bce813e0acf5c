""""That machine", "this design" opening a sentence stand for the product the sentence before
named last, within its paragraph only, and a denial after them gives no fact."""

from __future__ import annotations

from .fact_triples import has_fact

_PAIRED = "Older turbines pair a gearbox with a doubly fed induction generator."


def test_kind_noun_takes_the_product_named_last() -> None:
    text = _PAIRED + " That machine relies on copper windings."
    assert has_fact(text, "DEPENDS_ON", "doubly fed induction generator", "copper")


def test_kind_noun_does_not_cross_a_paragraph_break() -> None:
    text = _PAIRED + "\n\nThat machine relies on copper windings."
    assert not has_fact(text, "DEPENDS_ON", "doubly fed induction generator", "copper")


def test_kind_noun_before_a_denial_gives_no_fact() -> None:
    text = _PAIRED + " That design contains no rare earth magnets."
    assert not has_fact(text, "DEPENDS_ON", "doubly fed induction generator", "magnet")
