"""Atomic articles (issue 11, row 2): a store error at any write of a merge, or a kill -9 of
the CLI or of the database server during an ingest, never leaves an article that the next
run counts as present; the resumed run ends with the same JSON export, byte for byte."""

from __future__ import annotations

import os
import random
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from rekg.errors import StoreError
from rekg.graph.export.pipeline import export_store
from rekg.graph.reports import RESOLVED
from rekg.graph.store import Store
from rekg.loaders.document import Document
from rekg.loaders.extract import extract
from rekg.loaders.ingest import ingest
from rekg.schema import GraphFragment

from .conftest import (
    canonical_export,
    cli_env,
    export_json,
    kill_servers,
    run_cli,
    servers_in,
    start_cli,
    wait_for_no_servers,
    write_articles,
)

ARTICLES = 4
BATCH = 2
# Two reports of one measure, so that resolution joins them and deletes a node whatever the
# generated articles' measures do (which extraction changes may keep apart).
_ONE_MEASURE = {
    "report-1.txt": "China curbs gallium exports\n2023-07-04\n\nChina imposed export controls "
    "on gallium and germanium on July 3, 2023. Chipmakers in Japan use gallium in power "
    "chips.\n",
    "report-2.txt": "Gallium licences now required\n2023-08-02\n\nChina's export controls on "
    "gallium and germanium took effect on August 1, 2023, and exporters now need "
    "licences.\n",
}


class InjectedFault(Exception):
    """Raised by the write hook, as a lost connection would be."""


def _exported(store: Store, out: Path) -> bytes:
    export_store(store, "json", out)
    return canonical_export(out.read_bytes())


def _failing_at(position: int, how: str) -> Callable[[int, str], str]:
    def hook(index: int, cypher: str) -> str:
        if index != position:
            return cypher
        if how == "raise":
            raise InjectedFault(f"injected at write {index}")
        return "RETURN 1/0"  # the database itself fails this statement

    return hook


class _Remembered:
    """The default extractor, run once per article: the runs below differ only in writes."""

    def __init__(self) -> None:
        self.fragments: dict[str, GraphFragment] = {}

    def __call__(self, document: Document) -> GraphFragment:
        if document.id not in self.fragments:
            self.fragments[document.id] = extract(document)
        return self.fragments[document.id].model_copy(deep=True)


def _statements(store: Store, folder: Path, extractor: _Remembered) -> list[str]:
    """Every write statement of one ingest of ``folder``, in the order the hook saw them."""
    store.ensure_schema()  # once for the store's life: its writes are not repeated
    seen: list[str] = []

    def record(index: int, cypher: str) -> str:
        assert index == len(seen)
        seen.append(cypher)
        return cypher

    store.write_hook = record
    try:
        ingest(store, [str(folder)], batch_size=BATCH, extractor=extractor)
    finally:
        store.write_hook = None
    return seen


@pytest.mark.parametrize("how", ["raise", "database"])
def test_a_store_error_at_any_write_is_finished_by_the_next_run(
    store: Store, tmp_path: Path, how: str
) -> None:
    folder = write_articles(tmp_path / "articles", ARTICLES - len(_ONE_MEASURE), seed=31)
    for name, text in _ONE_MEASURE.items():
        (folder / name).write_text(text, encoding="utf-8")
    if hasattr(store, "rows_per_transaction"):
        store.rows_per_transaction = 1  # one transaction per statement: partial batches land
    extractor = _Remembered()
    statements = _statements(store, folder, extractor)
    clean = _exported(store, tmp_path / "clean.json")
    # The hook sees resolution's writes too (store.write), not only the merges' batches.
    assert any(f"SET n.{RESOLVED} = row.digest" in cypher for cypher in statements)
    assert any("DETACH DELETE" in cypher for cypher in statements)
    # The two ways of failing take every other write each: together they fail every write,
    # in half the time (about a hundred writes, each costing two ingests and an export).
    for position in range(0 if how == "raise" else 1, len(statements), 2):
        store.clear()
        store.write_hook = _failing_at(position, how)
        try:
            with pytest.raises((InjectedFault, StoreError)):
                ingest(store, [str(folder)], batch_size=BATCH, extractor=extractor)
        finally:
            store.write_hook = None
        complete = store.complete_articles(
            [row[0] for row in store.read("MATCH (a:Article) RETURN a.id").rows])
        resumed = ingest(store, [str(folder)], batch_size=BATCH, extractor=extractor)
        assert resumed.articles_new == ARTICLES - len(complete), position
        assert resumed.articles_existing == len(complete), position
        assert _exported(store, tmp_path / "resumed.json") == clean, position


@pytest.mark.parametrize("victim", ["cli", "server"])
def test_kill_9_during_an_ingest_then_resume_equals_a_clean_run(
    tmp_path: Path, victim: str
) -> None:
    folder = write_articles(tmp_path / "articles", 150, seed=32)
    env = cli_env(tmp_path)
    clean_dir = tmp_path / "clean"
    clean_dir.mkdir()
    done = run_cli(["--store", f"embedded:{clean_dir / 'graph.db'}", "ingest", str(folder)],
                   env)
    assert done.returncode == 0, done.stderr
    clean = export_json(clean_dir / "graph.db", tmp_path / "clean.json", env)
    rng = random.Random(7)
    landed = 0
    for trial in range(3):
        store_dir = tmp_path / f"trial{trial}"
        store_dir.mkdir()
        uri = f"embedded:{store_dir / 'graph.db'}"
        try:
            run = start_cli(["--store", uri, "ingest", "--batch", "10", str(folder)], env)
            deadline = time.monotonic() + 120
            while not (store_dir / "graph.db.aof").exists() and time.monotonic() < deadline:
                time.sleep(0.02)
            time.sleep(rng.uniform(0.3, 2.5))
            if run.poll() is None:
                landed += 1
                if victim == "cli":
                    run.send_signal(signal.SIGKILL)
                else:
                    for pid in servers_in(store_dir):
                        os.kill(pid, signal.SIGKILL)
            run.communicate(timeout=120)
            assert wait_for_no_servers(store_dir) == []
            resumed = run_cli(["--store", uri, "ingest", str(folder)], env)
            assert resumed.returncode == 0, resumed.stderr
            again = export_json(store_dir / "graph.db", tmp_path / f"t{trial}.json", env)
            assert again == clean, f"trial {trial}"
        finally:
            kill_servers(store_dir)
    assert landed >= 2, "the ingest finished before most kills: use more articles"
