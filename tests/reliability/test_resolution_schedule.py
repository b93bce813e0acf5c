"""When an ingest resolves (issue 14): once the articles merged since the last resolution are
as many as those before them, and at the end; the articles stay partial until then."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rekg.errors import StoreError
from rekg.graph.reports import RESOLVED
from rekg.graph.store import Store
from rekg.loaders.ingest import Unresolved, ingest

from .conftest import write_articles

_FINISH = "SET a._partial = null"


def _complete(store: Store) -> int:
    rows = store.read("MATCH (a:Article) WHERE a._partial IS NULL RETURN count(a)").rows
    return int(rows[0][0])


def test_one_ingest_resolves_at_doubling_counts_and_at_its_end(
    store: Store, tmp_path: Path
) -> None:
    folder = write_articles(tmp_path / "articles", 11, seed=5)
    files = sorted(str(path) for path in folder.glob("*.txt"))
    complete_before: list[int] = []
    statements: list[str] = []

    def record(index: int, cypher: str) -> str:
        statements.append(cypher)
        if _FINISH in cypher:
            # the hook runs before the statement: what was complete until this resolution
            complete_before.append(_complete(store))
        return cypher

    store.write_hook = record
    try:
        summary = ingest(store, files, batch_size=1, jobs=1)
    finally:
        store.write_hook = None
    assert summary.articles_new == 11
    # resolved at 1, 2, 4 and 8 articles (each time as many new as resolved), then at the end
    assert complete_before == [0, 1, 2, 4, 8]
    assert _complete(store) == 11
    assert any(f"SET n.{RESOLVED} = row.digest" in cypher for cypher in statements)
    unresolved = store.read("MATCH (m:Restriction) WHERE m._resolved IS NULL "
                            "RETURN count(m)").rows[0][0]
    assert unresolved == 0


def test_a_later_ingest_waits_for_as_many_articles_as_the_store_holds(
    store: Store, tmp_path: Path
) -> None:
    folder = write_articles(tmp_path / "articles", 9, seed=6)
    files = sorted(str(path) for path in folder.glob("*.txt"))
    ingest(store, files[:4], batch_size=1, jobs=1)
    schedule = Unresolved(store, batch_size=1)
    assert schedule.resolved == 4
    assert not schedule.due()
    schedule.add(["a", "b", "c"], [])
    assert not schedule.due()
    schedule.add(["d"], [])
    assert schedule.due()
    assert "d" in schedule and "e" not in schedule


def test_articles_wait_partial_until_their_resolution(store: Store, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "articles", 6, seed=8)
    files = sorted(str(path) for path in folder.glob("*.txt"))
    ingest(store, files[:2], batch_size=1, jobs=1)

    class Stop(Exception):
        pass

    def stop_at_resolution(index: int, cypher: str) -> str:
        if _FINISH in cypher:
            raise Stop
        return cypher

    store.write_hook = stop_at_resolution
    try:
        with pytest.raises((Stop, StoreError)):  # Neo4j's store wraps the hook's error
            ingest(store, files[2:], batch_size=1, jobs=1)
    finally:
        store.write_hook = None
    # two articles merged, the first resolution due at the second: neither counts as present
    assert store.read("MATCH (a:Article) RETURN count(a)").rows[0][0] == 4
    assert _complete(store) == 2
    resumed = ingest(store, files, batch_size=1, jobs=1)
    assert (resumed.articles_new, resumed.articles_existing) == (4, 2)
    assert _complete(store) == 6


def test_an_article_read_twice_in_one_run_counts_once(store: Store, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "articles", 3, seed=9)
    first = sorted(folder.glob("*.txt"))[0]
    shutil.copy(first, folder / "zz-copy.txt")
    summary = ingest(store, [str(path) for path in sorted(folder.glob("*.txt"))],
                     batch_size=1, jobs=1)
    assert (summary.articles, summary.articles_new, summary.articles_existing) == (4, 3, 1)
    assert _complete(store) == 3
