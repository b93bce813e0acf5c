""""Stopped those shipments" ends the sales told just before it, in its sentence or the one
before, and then in every sentence of the article."""

from __future__ import annotations

from .fact_triples import has_fact

_OPENING = "Kestrel Minerals runs a mine in Nevada. "


def test_sales_in_the_same_sentence_are_halted() -> None:
    text = _OPENING + ("For a decade most of its concentrate went to Harlow Refining, a "
                       "processor in China; the company stopped those shipments in May.")
    assert not has_fact(text, "SUPPLIES", "kestrel", "harlow")


def test_a_halt_told_in_the_next_sentence_ends_the_sale() -> None:
    sale = ("It shipped nearly all of its concentrate to Harlow Refining, a processor in "
            "China.")
    text = _OPENING + sale + " In May the miner halted those shipments for good."
    assert has_fact(_OPENING + sale, "SUPPLIES", "kestrel", "harlow")
    assert not has_fact(text, "SUPPLIES", "kestrel", "harlow")


def test_the_halt_reaches_the_same_sale_told_elsewhere() -> None:
    text = _OPENING + ("For a decade most of its concentrate went to Harlow Refining, a "
                       "processor in China; the company stopped those shipments in May.\n\n"
                       "Kestrel Minerals supplied Harlow Refining with concentrate every month.")
    assert not has_fact(text, "SUPPLIES", "kestrel", "harlow")


def test_a_sale_of_the_sentence_before_stays_when_the_halt_has_its_own() -> None:
    text = _OPENING + ("It also sells magnets to Orvel Motors. For years "
                       "its concentrate went to Harlow Refining, a processor in China; the "
                       "company stopped those shipments in May.")
    assert has_fact(text, "SUPPLIES", "kestrel", "orvel")
    assert not has_fact(text, "SUPPLIES", "kestrel", "harlow")


def test_other_verbs_of_those_shipments_leave_the_sale() -> None:
    text = _OPENING + ("For a decade most of its concentrate went to Harlow Refining, a "
                       "processor in China; the company doubled those shipments in May.")
    assert has_fact(text, "SUPPLIES", "kestrel", "harlow")
