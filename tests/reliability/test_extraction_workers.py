"""Extraction workers that die: ingest stops with one line instead of waiting for them
(a worker killed inside multiprocessing.Pool's shared queue lock left the CLI hanging)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from .conftest import cli_env, kill_servers, run_cli, start_cli, wait_for_no_servers, write_articles


def _forked_children(pid: int) -> list[int]:
    """Children of ``pid`` running its own command line: its forked extraction workers."""
    parent = Path(f"/proc/{pid}/cmdline").read_bytes()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            if ppid == pid and (entry / "cmdline").read_bytes() == parent:
                found.append(int(entry.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM])
def test_a_killed_worker_stops_the_ingest_in_one_line(tmp_path: Path, signum: int) -> None:
    articles = write_articles(tmp_path / "a", 600, seed=21)
    env = cli_env(tmp_path)
    store_dir = tmp_path / "store"
    store_dir.mkdir()
    uri = f"embedded:{store_dir / 'graph.db'}"
    try:
        run = start_cli(["--store", uri, "ingest", "--jobs", "2", str(articles)], env)
        deadline = time.monotonic() + 120
        workers: list[int] = []
        while len(workers) < 2 and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
            workers = _forked_children(run.pid)
        assert len(workers) == 2, run.communicate()
        os.kill(workers[0], signum)
        _, err = run.communicate(timeout=120)
        assert run.returncode == 1, err
        assert "Traceback" not in err
        lines = err.strip().splitlines()
        assert lines[-1].startswith("Error: an extraction worker was killed by "), err
        assert "run the same ingest again" in lines[-1]
        assert wait_for_no_servers(store_dir) == []
        again = run_cli(["--store", uri, "ingest", "--no-wait", "--format", "json",
                         str(articles)], env)
        assert again.returncode == 0, again.stderr
        assert '"articles": 600' in again.stdout
    finally:
        kill_servers(store_dir)
