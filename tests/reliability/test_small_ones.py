"""The small ones of issue 11, row 14: each a one-line answer that says what happened."""

from __future__ import annotations

import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import CLI, cli_env, kill_servers, run_cli


def _error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode != 0
    lines = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


@pytest.mark.parametrize("uri", [
    "bolt://localhost:1?password=s3cret-value",
    "neo4j://localhost:1/?password=s3cret-value",
    "bolt+zz://localhost:1?password=s3cret-value",
    "falkordb://localhost:1?password=s3cret-value",
])
def test_a_password_in_a_uri_query_is_never_echoed(tmp_path: Path, uri: str) -> None:
    done = run_cli(["--store", uri, "query", "summary"], cli_env(tmp_path), timeout=120)
    _error_line(done)
    assert "s3cret-value" not in done.stderr + done.stdout


def test_credentials_in_a_falkordb_uri_are_refused(tmp_path: Path) -> None:
    done = run_cli(["--store", "falkordb://user:s3cret-value@localhost:1", "query", "summary"],
                   cli_env(tmp_path), timeout=120)
    line = _error_line(done)
    assert "FALKORDB_PASSWORD" in line
    assert "s3cret-value" not in done.stderr


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never says anything: not a Neo4j."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield int(server.getsockname()[1])
    finally:
        stop.set()
        thread.join()
        for conn in accepted:
            conn.close()
        server.close()


def test_a_port_that_is_not_bolt_fails_within_the_connection_deadline(
    tmp_path: Path, silent_port: int
) -> None:
    done = run_cli(["--store", f"bolt://127.0.0.1:{silent_port}", "query", "summary"],
                   cli_env(tmp_path), timeout=120)
    line = _error_line(done)
    assert "cannot reach Neo4j" in line
    assert "timeout=15.0" in line  # the driver's default was 60 s


def test_a_routing_failure_is_one_line_with_no_stray_driver_warning(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    done = run_cli(["--store", f"neo4j://127.0.0.1:{port}", "query", "summary"],
                   cli_env(tmp_path), timeout=120)
    line = _error_line(done)
    assert "routing information" in line
    assert done.stderr.strip().splitlines() == [line]


def test_an_impossible_date_is_refused(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    try:
        done = run_cli(["--store", f"embedded:{tmp_path / 'graph.db'}", "query", "timeline",
                        "-p", "since=2025-13-45"], env)
    finally:
        kill_servers(tmp_path)
    assert "out of range" in _error_line(done)


def test_an_empty_folder_says_why_without_pointing_at_missing_warnings(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    done = run_cli(["--store", f"embedded:{tmp_path / 'graph.db'}", "ingest", str(empty)],
                   cli_env(tmp_path))
    line = _error_line(done)
    assert "warnings above" not in line
    assert "no article files in" in line


def test_closed_standard_input_is_a_warning_not_a_server_failure(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    store = tmp_path / "graph.db"
    try:
        done = subprocess.run(
            ["sh", "-c", 'exec "$@" <&-', "sh", *CLI, "--store", f"embedded:{store}",
             "ingest", "-"], env=env, capture_output=True, text=True, timeout=120, check=False)
    finally:
        kill_servers(tmp_path)
    _error_line(done)
    assert "is empty: nothing to read" in done.stderr
    assert "redis-server" not in done.stderr
