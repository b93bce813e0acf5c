"""Fixtures of the export tests: the sample graph in a real embedded store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from export.export_graphs import sample_fragment
from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.store import Store


@pytest.fixture
def sample_store(tmp_path: Path) -> Iterator[Store]:
    """An embedded store holding the sample graph, in its own file (apart from ``store``)."""
    source = EmbeddedStore(tmp_path / "sample" / "graph.db")
    try:
        source.merge(sample_fragment())
        yield source
    finally:
        source.close()
