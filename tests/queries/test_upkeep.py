"""The list queries' tables the writer keeps up to date (rekg/queries/upkeep.py) equal the
ones a full build gives, after ingests, a resolve, and a write that said nothing."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import build_fixture

from rekg.errors import StoreError
from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.resolve import resolve
from rekg.graph.store import Store
from rekg.loaders.families import coverage_families
from rekg.loaders.ingest import ingest
from rekg.queries import derived, pages, upkeep
from rekg.queries.catalog import get_query

CORPUS_PY = Path(__file__).resolve().parents[2] / "benchmarks" / "corpus.py"
BUILDS = {"measures": pages.measures, "agreements": pages.agreements,
          "lookup_keys": pages.lookup_keys, "articles": pages.articles,
          "timeline": derived._timeline}
QUERIES = {"restrictions": {}, "timeline": {}, "timeline ": {"since": "2025-03"},
           "agreements": {}, "articles": {}, "lookup": {"name": "china"},
           "products-hit": {"country": "united states", "imposer": "china"},
           "tit-for-tat": {"a": "china", "b": "united states"},
           "country-restrictions": {"country": "china"},
           "chokepoints": {}, "products-at-risk": {}}


def _articles(count: int, out: Path) -> list[str]:
    spec = importlib.util.spec_from_file_location("rekg_benchmark_corpus_upkeep", CORPUS_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    module.write_corpus(module.generate_corpus(count, seed=7), out)
    return [str(path) for path in sorted(out.glob("*.txt"))]


def _answers(store: Store) -> dict[str, Any]:
    return {name: get_query(name.strip()).run(store, params).records()
            for name, params in QUERIES.items()}


def _assert_kept(store: Store) -> int:
    """How many restrictions the kept table holds."""
    generation = store.generation()
    assert generation is not None
    for name, build in BUILDS.items():
        kept = derived.kept(store, name, generation)
        assert kept is not None, name
        assert kept == build(store), name
    assert derived.kept(store, "hit_table", generation) == pages.hit_table(pages.measures(store))
    # the DEPENDS_ON closure and the counts by item (rekg/queries/upkeep_closure.py)
    assert derived.kept(store, "closure", generation) == derived._closure(store)
    assert derived.kept(store, "restrictions", generation, (None,)) == \
        derived._restrictions(store, None)
    return len(derived.kept(store, "measures", generation).restrictions)


def test_kept_tables_equal_fresh_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = _articles(30, tmp_path / "corpus")
    with EmbeddedStore(tmp_path / "graph.db") as store:
        ingest(store, files[:8], batch_size=8, jobs=1)
        _answers(store)  # the tables are derived, and saved, at this generation
        counts = []
        for start in (8, 15, 22):
            ingest(store, files[start:start + 7], batch_size=3, jobs=1)
            counts.append(_assert_kept(store))
        assert 0 < counts[0] < counts[-1]
        ingest(store, files[:12], batch_size=4, jobs=1)  # nothing new: nothing to do
        _assert_kept(store)
        resolve(store, coverage_families)
        _assert_kept(store)
        store.merge(build_fixture())  # one fragment, as reference data is loaded
        _assert_kept(store)
        kept = _answers(store)
    # the next process loads what the writer saved when it closed the store
    derived._cache.clear()
    with EmbeddedStore(tmp_path / "graph.db") as store:
        _assert_kept(store)
        # nothing kept from before: the next query builds the tables whole
        for path in (tmp_path / "graph.db.derived").iterdir():
            path.unlink()
        derived._cache.clear()
        assert _answers(store) == kept
        # a write that says nothing of what it touched leaves the tables behind...
        store.write("MATCH (c:Country) WHERE 'china' IN c.keys SET c.name = 'PRC'")
        # ...and one stopped between its merge and the tables' upkeep likewise
        monkeypatch.setattr(upkeep, "follow", lambda *args: None)
        ingest(store, files[29:], batch_size=1, jobs=1)
        generation = store.generation()
        assert generation is not None
        assert all(derived.kept(store, name, generation) is None for name in BUILDS)
        monkeypatch.undo()
        after = _answers(store)
        _assert_kept(store)
        assert after != kept


def test_a_table_whose_upkeep_fails_is_built_whole_next(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: Any) -> None:
        raise StoreError("the store went away")

    with EmbeddedStore(tmp_path / "graph.db") as store:
        store.merge(build_fixture())
        _answers(store)
        monkeypatch.setitem(upkeep._UPDATES, "measures", fail)
        ingest(store, _articles(2, tmp_path / "corpus"), jobs=1)
        generation = store.generation()
        assert generation is not None
        assert derived.kept(store, "measures", generation) is None
        assert derived.kept(store, "agreements", generation) is not None
        monkeypatch.undo()
        _answers(store)
        _assert_kept(store)
