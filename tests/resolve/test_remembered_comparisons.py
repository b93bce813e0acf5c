"""Comparisons remembered across resolutions (issue 14) change nothing: benchmark articles
ingested in batches, in two orders, give the same resolved graph whether resolution recalls
the comparisons of earlier batches and runs or makes them all again."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from rekg.graph import matching, measures
from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.measures import Measure, absorb
from rekg.loaders.families import coverage_families
from rekg.loaders.ingest import ingest

from .benchmark_articles import write_benchmark_articles
from .test_shared_measures import _report


def _state(path: Path, files: list[Path]) -> list[str]:
    """Every node (hidden fields included) and relationship after ingesting ``files``,
    six at a time."""
    with EmbeddedStore(path) as store:
        for start in range(0, len(files), 6):
            ingest(store, [str(f) for f in files[start:start + 6]], batch_size=6, jobs=1)
        nodes = store.read("MATCH (n) RETURN labels(n)[0], properties(n)").rows
        rels = store.read("MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, properties(r)").rows
    return sorted(json.dumps(row, sort_keys=True, default=str) for row in [*nodes, *rels])


def test_remembered_comparisons_give_the_same_graph(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = write_benchmark_articles(24, 3, tmp_path / "bench")
    shuffled = list(files)
    random.Random(5).shuffle(shuffled)
    remembered = [_state(tmp_path / f"r{i}.db", order)
                  for i, order in enumerate((files, shuffled, files))]
    assert remembered[0] == remembered[2]
    assert any('"Restriction"' in row and "merged_ids" in row for row in remembered[0])
    same: Callable[[Measure, Measure, measures.Families], bool] = \
        matching._same_restriction
    monkeypatch.setattr(matching, "_same", same)
    assert _state(tmp_path / "fresh0.db", files) == remembered[0]
    assert _state(tmp_path / "fresh1.db", shuffled) == remembered[1]


def test_a_token_names_what_a_measure_is_made_of() -> None:
    reports = [_report(f"r{i}", "china", "dysprosium", f"a{i}") for i in range(3)]

    def merged(first: int, second: int) -> Measure:
        survivor = reports[first].measure()
        absorb(survivor, reports[second].measure())
        return survivor

    assert reports[0].measure().token is reports[0].measure().token
    assert merged(0, 1).token is merged(0, 1).token
    assert merged(0, 1).token is not merged(0, 2).token
    assert merged(0, 1).token is not reports[0].measure().token
    assert matching._same(merged(0, 1), reports[2].measure(), coverage_families) \
        == matching._same_restriction(merged(0, 1), reports[2].measure(), coverage_families)
