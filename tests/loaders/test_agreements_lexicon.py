"""The agreements lexicon (rekg/loaders/lexicon/agreements.yaml): every reference resolves,
no surface names two agreements, and short aliases are not everyday words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from rekg.loaders.lexicon import load_lexicon
from rekg.loaders.text import norm_phrase
from rekg.schema import Label

AGREEMENTS = (Path(__file__).resolve().parents[2] / "rekg" / "loaders" / "lexicon"
              / "agreements.yaml")


@pytest.fixture(scope="module")
def entries() -> list[dict[str, Any]]:
    loaded = yaml.safe_load(AGREEMENTS.read_text(encoding="utf-8"))
    assert isinstance(loaded, list)
    return loaded


def test_parties_subjects_and_earlier_agreements_resolve(entries: list[dict[str, Any]]) -> None:
    lexicon = load_lexicon()
    names = {e["name"] for e in entries}
    for e in entries:
        for ref in e.get("parties") or ():
            assert lexicon.resolve_ref(str(ref)) is not None, (e["name"], ref)
        for ref in e.get("addresses") or ():
            assert (lexicon.find(Label.MATERIAL, ref) or lexicon.find(Label.PRODUCT, ref)), \
                (e["name"], ref)
        for ref in e.get("implements") or ():
            assert ref in names and ref != e["name"], (e["name"], ref)


def test_no_surface_names_two_agreements(entries: list[dict[str, Any]]) -> None:
    seen: dict[tuple[str, ...], str] = {}
    for e in entries:
        for surface in [e["name"], *(e.get("aliases") or ())]:
            key = tuple(norm_phrase(str(surface)))
            assert seen.setdefault(key, e["name"]) == e["name"], (surface, seen[key])


def test_one_word_aliases_are_names_not_words(entries: list[dict[str, Any]]) -> None:
    for e in entries:
        for alias in e.get("aliases") or ():
            if " " not in str(alias):
                assert any(c.isupper() or c.isdigit() for c in str(alias)), (e["name"], alias)
