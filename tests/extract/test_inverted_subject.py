"""A sentence that opens with a phrase of place has its subject after the verb ("Beside the
pack sit two capacitors"): a pronoun in the next sentence means that subject, not the goods
named inside the place phrase."""

from __future__ import annotations

from .fact_triples import has_fact

_AFTER_PLACE = "Beside the battery pack sit several tantalum capacitors. They rely on coltan."


def test_pronoun_after_inverted_sentence_takes_its_subject() -> None:
    assert has_fact(_AFTER_PLACE, "DEPENDS_ON", "capacitor", "coltan")


def test_goods_of_the_place_phrase_take_no_fact_of_the_pronoun() -> None:
    assert not has_fact(_AFTER_PLACE, "DEPENDS_ON", "battery", "coltan")


def test_place_phrase_with_a_comma_keeps_the_usual_opener() -> None:
    text = "Beneath it all, NdFeB magnets do the work. They rely on dysprosium."
    assert has_fact(text, "DEPENDS_ON", "ndfeb magnet", "dysprosium")
