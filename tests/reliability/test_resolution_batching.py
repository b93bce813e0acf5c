"""Resolution must not depend on how an ingest batches its articles (issue 12, open)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import cli_env, export_json, kill_servers, run_cli, write_articles


@pytest.mark.xfail(strict=True, reason="issue 12: which measure an undated report joins "
                   "depends on the reports merged in the same batch")
def test_batches_of_ten_and_one_batch_give_the_same_graph(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    folder = write_articles(tmp_path / "articles", 60, seed=42)
    exports = []
    try:
        for batch in ("10", "200"):
            store = tmp_path / f"batch-{batch}" / "graph.db"
            done = run_cli(["--store", f"embedded:{store}", "ingest", "--batch", batch,
                            str(folder)], env)
            assert done.returncode == 0, done.stderr
            exports.append(export_json(store, tmp_path / f"batch-{batch}.json", env))
    finally:
        kill_servers(tmp_path)
    assert exports[0] == exports[1]
