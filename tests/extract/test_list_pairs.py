"""Two items of one coordinated list are never a candidate pair, whatever their labels: a list
names things side by side ("buyers of gearboxes, lamps and ferrite magnets") and says nothing
of how they are related. Names are invented."""

from __future__ import annotations

import pytest

from rekg.extract.candidates import candidate_inputs
from rekg.extract.pipeline import mentions_for
from rekg.loaders.document import Document


def _pairs(text: str) -> set[tuple[str, str]]:
    view = mentions_for(Document(text=text, title="Test", published="2025-06-01"))[0]
    pairs, _ = candidate_inputs(view)
    return {(a.name.lower(), b.name.lower()) for a, b in pairs}


def _grouped(text: str) -> list[tuple[str, int]]:
    view = mentions_for(Document(text=text, title="Test", published="2025-06-01"))[0]
    return [(m.name.lower(), m.group) for m in view.mentions]


@pytest.mark.parametrize("text", [
    "Buyers of gearboxes, desk lamps and ferrite magnets in Veltria have few alternatives.",
    "Makers of hearing aids, drones and neodymium magnets have few other sources.",
    "Imports of lithium-ion batteries, electric motors and gallium fell in May.",
])
def test_items_of_one_mixed_list_are_not_paired(text: str) -> None:
    grouped = _grouped(text)
    groups = {g for _, g in grouped if g >= 0}
    assert groups, grouped  # the sentence does hold a list
    members = {name for name, g in grouped if g in groups}
    assert not {(a, b) for a, b in _pairs(text) if a in members and b in members}


def test_the_same_things_apart_are_paired() -> None:
    # no list: the motor and the magnet stand in their own clauses
    pairs = _pairs("Kestrel builds electric motors in Veltria, and each motor uses neodymium "
                   "magnets.")
    assert any("motor" in a and "magnet" in b for a, b in pairs), pairs
