"""Shared fixtures: real stores only (DESIGN.md section 2)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.store import Store

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture
def embedded_store(tmp_path: Path) -> Iterator[Store]:
    """A fresh embedded FalkorDB store in a temporary file."""
    store = EmbeddedStore(tmp_path / "graph.db")
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(params=["embedded"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty store of each kind; tests using it run once per store (parity).

    The Neo4j parameter is added by the Neo4j test support (one server per session).
    """
    fresh = EmbeddedStore(tmp_path / "graph.db")
    try:
        yield fresh
    finally:
        fresh.close()
