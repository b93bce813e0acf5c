"""Resolution batch by batch equals resolution of all the reports at once, whatever their
order (issue 14): the state a faster resolution (resumable matching) must keep. Every
measure node, hidden ``_reports`` and ``_resolved`` included, and every relationship of one
is compared exactly; the rest of the graph with list properties sorted, since a fact's
sources outside the measures keep the order their articles came in."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from rekg.extract import extract
from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.resolve import resolve, resolve_merged
from rekg.loaders.families import coverage_families
from rekg.schema import GraphFragment

from .benchmark_articles import corpus_module

_MEASURES = ("Restriction", "Agreement")


@pytest.fixture(scope="module")
def fragments() -> list[tuple[str, GraphFragment]]:
    documents = corpus_module().generate_corpus(36, seed=8)
    return [(document.id, extract(document)) for document in documents]


def _sorted_lists(props: dict[str, Any]) -> dict[str, Any]:
    return {k: sorted(v, key=lambda x: json.dumps(x, sort_keys=True))
            if isinstance(v, list) else v for k, v in props.items()}


def _state(path: Path, fragments: Sequence[tuple[str, GraphFragment]],
           batch: int) -> tuple[list[str], list[str]]:
    """(measure nodes and their relationships exactly, everything else with lists sorted),
    after merging and resolving ``batch`` articles at a time."""
    with EmbeddedStore(path) as store:
        store.ensure_schema()
        for start in range(0, len(fragments), batch):
            chunk = fragments[start:start + batch]
            store.merge_articles(chunk)
            resolve_merged(store, [fragment for _, fragment in chunk], coverage_families)
        assert resolve(store, coverage_families).merged == 0
        nodes = store.read("MATCH (n) RETURN labels(n)[0], properties(n)").rows
        rels = store.read("MATCH (a)-[r]->(b) RETURN labels(a)[0], a.id, type(r), "
                          "labels(b)[0], b.id, properties(r)").rows
    exact, loose = [], []
    for label, props in nodes:
        if label in _MEASURES:
            exact.append(json.dumps([label, props], sort_keys=True, default=str))
        else:
            loose.append(json.dumps([label, _sorted_lists(props)], sort_keys=True, default=str))
    for *ends, props in rels:
        if ends[0] in _MEASURES or ends[3] in _MEASURES:
            exact.append(json.dumps([*ends, props], sort_keys=True, default=str))
        else:
            loose.append(json.dumps([*ends, _sorted_lists(props)], sort_keys=True, default=str))
    return sorted(exact), sorted(loose)


def test_batches_orders_and_all_at_once_give_one_resolved_state(
        tmp_path: Path, fragments: list[tuple[str, GraphFragment]]) -> None:
    shuffled = random.Random(12).sample(fragments, len(fragments))
    runs = [("all", fragments, len(fragments)), ("batches", fragments, 5),
            ("shuffled", shuffled, 7), ("reversed", fragments[::-1], 4)]
    states = {name: _state(tmp_path / f"{name}.db", order, batch)
              for name, order, batch in runs}
    exact, loose = states["all"]
    assert sum('"merged_ids"' in row and '"Restriction"' in row for row in exact) >= 3
    assert any('"_reports"' in row and '"_resolved"' in row for row in exact)
    for name, (other_exact, other_loose) in states.items():
        assert other_exact == exact, name
        assert other_loose == loose, name
