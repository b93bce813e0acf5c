"""DEPENDS_ON across patterns and modality: substitutes and what cannot be done without."""

from __future__ import annotations

import pytest

from rekg.extract import extract
from rekg.loaders.document import Document
from rekg.schema import RelType

pytestmark = pytest.mark.usefixtures("patterns_only")


def _depends(text: str) -> set[tuple[str, str]]:
    fragment = extract(Document(text=text, title="T", published="2025-06-01"))
    names = {n.id: n.name.lower() for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is RelType.DEPENDS_ON}


def test_no_substitute_for_a_material_keeps_the_need() -> None:
    assert ("electric vehicle motor", "dysprosium") in _depends(
        "There is no substitute for dysprosium in electric vehicle motors.")


def test_a_material_that_another_replaces_is_not_needed() -> None:
    found = _depends("Ferrite magnets can substitute for neodymium magnets in some motors.")
    assert not any(b == "ndfeb magnet" for _, b in found)


def test_a_design_that_does_not_need_a_material_does_not_depend_on_it() -> None:
    assert not _depends("The new motor design does not need rare earth magnets.")


def test_a_relative_clause_between_subject_and_verb_is_stepped_over() -> None:
    found = _depends("Radar modules, which engineers tested last winter, use gallium nitride.")
    assert ("radar module", "gallium nitride") in found or ("radar", "gallium nitride") in found


def test_a_mention_inside_the_relative_clause_is_not_the_subject() -> None:
    found = _depends("Night sights, which let drones see in the dark, need germanium.")
    assert not any(a == "drone" for a, _ in found)
