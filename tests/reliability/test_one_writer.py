"""One writer per store (issue 11, rows 1, 3 and 10): a lock held for the whole ingest,
no server left behind after any exit, no temporary folder leaked."""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path

import pytest

from rekg.graph.embedded_store import EmbeddedStore

from .conftest import (
    cli_env,
    kill_servers,
    leaked_temp_entries,
    run_cli,
    start_cli,
    wait_for_no_servers,
    write_articles,
)

TRIALS = 10


def _articles_in(store_path: Path, env: dict[str, str]) -> int:
    done = run_cli(["--store", f"embedded:{store_path}", "query", "summary", "--format",
                    "json"], env)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    return sum(int(r["count"]) for r in rows if r["kind"] == "node" and r["name"] == "Article")


def test_two_concurrent_ingests_lose_no_article(tmp_path: Path) -> None:
    first = write_articles(tmp_path / "a", 6, seed=11)
    second = write_articles(tmp_path / "b", 6, seed=12)
    env = cli_env(tmp_path)
    lost = []
    for trial in range(TRIALS):
        folder = tmp_path / f"trial{trial}"
        folder.mkdir()
        store = folder / "graph.db"
        try:
            runs = [start_cli(["--store", f"embedded:{store}", "ingest", "--format", "json",
                               str(source)], env) for source in (first, second)]
            outputs = [run.communicate(timeout=300) for run in runs]
            for run, (out, err) in zip(runs, outputs, strict=True):
                assert run.returncode == 0, err
                assert json.loads(out)["articles_new"] == 6
            assert wait_for_no_servers(folder) == []
            found = _articles_in(store, env)
            if found != 12:
                lost.append((trial, 12 - found))
        finally:
            kill_servers(folder)
    assert lost == [], f"articles lost in (trial, count): {lost}"


def test_a_second_writer_waits_or_fails_in_one_line(tmp_path: Path) -> None:
    articles = write_articles(tmp_path / "a", 2, seed=13)
    env = cli_env(tmp_path)
    store_path = tmp_path / "graph.db"
    uri = f"embedded:{store_path}"
    try:
        holder = EmbeddedStore(store_path, writer=True)
        try:
            refused = run_cli(["--store", uri, "ingest", "--no-wait", str(articles)], env)
            assert refused.returncode == 1
            assert refused.stderr.count("\n") == 1, refused.stderr
            assert "in use by another rekg process" in refused.stderr
            waiting = start_cli(["--store", uri, "ingest", str(articles)], env)
            time.sleep(3)
            assert waiting.poll() is None  # still waiting for the lock
            # A reader does not wait: it shares the running server.
            reader = run_cli(["--store", uri, "query", "summary", "--format", "json"], env)
            assert reader.returncode == 0, reader.stderr
        finally:
            holder.close()
        out, err = waiting.communicate(timeout=300)
        assert waiting.returncode == 0, err
        assert "waiting for another rekg process" in err
        assert "2 new" in out
    finally:
        kill_servers(tmp_path)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
def test_no_server_or_temporary_folder_outlives_the_cli(tmp_path: Path, signum: int) -> None:
    articles = write_articles(tmp_path / "a", 400, seed=14)
    env = cli_env(tmp_path)
    store_dir = tmp_path / "store"
    store_dir.mkdir()
    uri = f"embedded:{store_dir / 'graph.db'}"
    try:
        run = start_cli(["--store", uri, "ingest", str(articles)], env)
        deadline = time.monotonic() + 120
        while not (store_dir / "graph.db.aof").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1.0)
        assert run.poll() is None, run.communicate()
        run.send_signal(signum)
        _, err = run.communicate(timeout=120)
        assert run.returncode != 0
        assert "Traceback" not in err
        assert wait_for_no_servers(store_dir) == []
        assert leaked_temp_entries(env) == []
        # The lock went with the process: a writer that will not wait gets in at once.
        again = run_cli(["--store", uri, "ingest", "--no-wait", str(articles)], env)
        assert again.returncode == 0, again.stderr
    finally:
        kill_servers(store_dir)
