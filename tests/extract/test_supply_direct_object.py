"""A joined "supplies" takes its buyer as a direct object."""

from __future__ import annotations

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType


def _sold(text: str) -> set[tuple[str, str]]:
    ctx = run(Document(text=text, title="T"))
    return {(f.source.name, f.target.name) for f in ctx.facts
            if f.rel is RelType.SUPPLIES and f.origin == "supplies.joined-predicate"}


def test_the_buyer_right_after_supplies() -> None:
    assert ("Umicore", "Airbus") in _sold(
        "Umicore, based in Brussels, refines germanium at Olen and supplies Airbus.")


def test_a_possessor_after_supplies_is_no_buyer() -> None:
    assert ("Umicore", "Airbus") not in _sold(
        "Umicore, based in Brussels, refines germanium at Olen and supplies Airbus's suppliers.")
