"""A supply read one way by a pattern is not read the other way by the scorer."""

from __future__ import annotations

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType


def test_a_pattern_supply_is_not_reversed_by_the_scorer() -> None:
    ctx = run(Document(text="GM is the biggest customer of Vacuumschmelze.", title="T"))
    pairs = {(f.source.name, f.target.name) for f in ctx.facts if f.rel is RelType.SUPPLIES}
    assert ("Vacuumschmelze", "General Motors") in pairs
    assert ("General Motors", "Vacuumschmelze") not in pairs
