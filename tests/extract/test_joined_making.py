"""A production verb joined by "and" to the sentence's first predicate has its subject."""

from __future__ import annotations

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType


def _made(text: str) -> set[tuple[str, str]]:
    ctx = run(Document(text=text, title="T"))
    return {(f.source.name, f.target.name) for f in ctx.facts
            if f.rel is RelType.PRODUCES and f.origin == "produces.joined-predicate"}


def test_the_joined_verb_takes_the_first_subject() -> None:
    made = _made("Indonesia mines about half of the world's nickel ore and refines a growing "
                 "share of cobalt.")
    assert ("Indonesia", "cobalt") in made


def test_another_subject_on_the_way_is_not_passed_over() -> None:
    made = _made("Indonesia mines nickel ore, but Japan buys it and refines cobalt.")
    assert ("Indonesia", "cobalt") not in made


def test_what_is_recycled_as_waste_is_no_output() -> None:
    made = _made("Umicore refines germanium at Olen and recycles cobalt scrap.")
    assert not any(goods.endswith("scrap") for _, goods in made)
