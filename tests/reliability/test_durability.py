"""Durability of the embedded store (issue 11, rows 4, 5 and 12): damaged files are named as
such in one line, a full disk is one line and leaves a store that opens, exports replace the
previous file only when complete."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from rekg.errors import StoreError
from rekg.graph import embedded_server
from rekg.graph.stores import open_store
from rekg.schema import GraphFragment, Label
from rekg.schema.model import make_node

from .conftest import (
    cli_env,
    export_json,
    kill_servers,
    run_cli,
    servers_in,
    wait_for_no_servers,
    write_articles,
)


def _one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def _filled_store(tmp_path: Path, env: dict[str, str]) -> Path:
    folder = write_articles(tmp_path / "articles", 5, seed=41)
    store = tmp_path / "store" / "graph.db"
    done = run_cli(["--store", f"embedded:{store}", "ingest", str(folder)], env)
    assert done.returncode == 0, done.stderr
    return store


@pytest.mark.parametrize("damage", ["empty", "truncated", "overwritten", "manifest"])
def test_a_damaged_store_file_is_named_in_one_line(tmp_path: Path, damage: str) -> None:
    env = cli_env(tmp_path)
    store = _filled_store(tmp_path, env)
    log = store.with_name("graph.db.aof")
    if damage == "manifest":
        manifest = next(log.glob("*.manifest"))
        manifest.write_text("file appendonly.aof.1.base.rdb seq 1 type b\nnot a manifest\n")
    else:
        data = store.read_bytes()
        shutil.rmtree(log)  # the snapshot alone, as after copying only the store file
        store.write_bytes({"empty": b"", "truncated": data[: len(data) // 2],
                           "overwritten": b"%PDF-1.4 not a graph" * 50}[damage])
    done = run_cli(["--store", f"embedded:{store}", "query", "summary"], env)
    assert done.returncode == 1
    line = _one_error_line(done.stderr)
    assert "is damaged" in line and str(store) in line, line
    assert "Connection refused" not in line
    assert "WARNING" not in line and "overcommit" not in line, line
    assert wait_for_no_servers(store.parent) == []


_WRITES = """
import os, sys
from rekg.graph.stores import open_store
store = open_store("embedded:" + sys.argv[1])
for name in sys.argv[2:]:
    store.write("CREATE (:Country {id: $id, name: $id})", {"id": name})
os._exit(0)  # as kill -9 of rekg: the server flushes its log, nothing is compacted
"""


def _write_and_die(store: Path, names: list[str], env: dict[str, str]) -> int:
    """Write Country nodes without closing the store; the incremental log's size after."""
    done = subprocess.run([sys.executable, "-c", _WRITES, str(store), *names], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert wait_for_no_servers(store.parent) == []
    return _incremental_log(store).stat().st_size


def _incremental_log(store: Path) -> Path:
    [log] = store.with_name("graph.db.aof").glob("*.incr.aof")
    return log


@pytest.mark.parametrize("where", ["start", "between two runs"])
def test_a_run_of_zeros_a_full_disk_left_in_the_log_is_cut_out(
    tmp_path: Path, where: str
) -> None:
    # Redis retries a short write to a log file opened at a fixed position after truncating
    # it, leaving zeros before the retried copy; older rekg let that happen on a full disk.
    env = cli_env(tmp_path)
    store = tmp_path / "store" / "graph.db"
    first = _write_and_die(store, ["a", "b"], env)
    _write_and_die(store, ["c"], env)
    log = _incremental_log(store)
    data = log.read_bytes()
    cut = 0 if where == "start" else first
    log.write_bytes(data[:cut] + b"\0" * 172032 + data[cut:])
    done = run_cli(["--store", f"embedded:{store}", "query", "summary", "--format", "json"],
                   env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [{"kind": "node", "name": "Country", "count": 3}]
    assert b"\0" * 4096 not in log.read_bytes()


def _log_is_appended(folder: Path) -> bool:
    """Whether the running server of the store in ``folder`` has its incremental log open
    for appending (so that a short write it truncates back cannot leave zeros)."""
    [pid] = servers_in(folder)
    flags = []
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        if os.readlink(fd).endswith(".incr.aof"):
            info = Path(f"/proc/{pid}/fdinfo/{fd.name}").read_text()
            flags.append(int(info.split("flags:", 1)[1].split()[0], 8))
    assert flags
    return all(flag & os.O_APPEND for flag in flags)


@pytest.mark.parametrize("start", ["a new store", "a store converted from its snapshot"])
def test_the_server_writes_its_log_by_appending(tmp_path: Path, start: str) -> None:
    env = cli_env(tmp_path)
    if start == "a new store":
        store = tmp_path / "store" / "graph.db"
        expected = None
    else:
        store = _filled_store(tmp_path, env)
        expected = _summary(store, env)
        shutil.rmtree(store.with_name("graph.db.aof"))  # as a store from before the log
    opened = open_store(f"embedded:{store}")
    try:
        opened.write("CREATE (:Country {id: 'late', name: 'late'})")
        assert _log_is_appended(store.parent)
    finally:
        opened.close()
    if expected is not None:
        summary = _summary(store, env)
        assert {**expected, "Country": expected["Country"] + 1} == summary
    assert wait_for_no_servers(store.parent) == []


def _summary(store: Path, env: dict[str, str]) -> dict[str, int]:
    done = run_cli(["--store", f"embedded:{store}", "query", "summary", "--format", "json"],
                   env)
    assert done.returncode == 0, done.stderr
    return {row["name"]: row["count"] for row in json.loads(done.stdout)}


def test_zeros_followed_by_anything_but_a_command_are_named_damaged(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    store = tmp_path / "store" / "graph.db"
    _write_and_die(store, ["a"], env)
    log = _incremental_log(store)
    log.write_bytes(log.read_bytes() + b"\0" * 4096 + b"not a command\r\n")
    done = run_cli(["--store", f"embedded:{store}", "query", "summary"], env)
    assert done.returncode == 1
    line = _one_error_line(done.stderr)
    assert "is damaged" in line and "Bad file format" in line, line
    assert wait_for_no_servers(store.parent) == []


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with open(filler, "wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    return filler


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs",
                              str(mount_point)], capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"a small tmpfs cannot be mounted here: {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        kill_servers(mount_point / "store")
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_full_disk_during_ingest_is_one_line_and_the_store_still_opens(
    tmp_path: Path, small_disk: Path
) -> None:
    env = cli_env(tmp_path)
    folder = write_articles(tmp_path / "articles", 60, seed=42)
    clean_store = tmp_path / "clean" / "graph.db"
    # Both runs merge in batches of 10, so that the disk fills at the same point of each.
    assert run_cli(["--store", f"embedded:{clean_store}", "ingest", "--batch", "10",
                    str(folder)], env).returncode == 0
    clean = export_json(clean_store, tmp_path / "clean.json", env)

    store = small_disk / "store" / "graph.db"
    uri = f"embedded:{store}"
    full = run_cli(["--store", uri, "ingest", "--batch", "10", str(folder)], env)
    assert full.returncode == 1
    line = _one_error_line(full.stderr)
    assert "disk" in line and "full" in line, line
    assert wait_for_no_servers(store.parent) == []

    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    summary = run_cli(["--store", uri, "query", "summary", "--format", "json"], env)
    assert summary.returncode == 0, summary.stderr
    json.loads(summary.stdout)
    resumed = run_cli(["--store", uri, "ingest", "--batch", "10", str(folder)], env)
    assert resumed.returncode == 0, resumed.stderr
    assert export_json(store, tmp_path / "resumed.json", env) == clean


def test_an_export_onto_a_full_disk_keeps_the_previous_file(
    tmp_path: Path, small_disk: Path
) -> None:
    env = cli_env(tmp_path)
    store = _filled_store(tmp_path, env)
    out = small_disk / "graph.json"
    export_json(store, out, env)
    previous = out.read_bytes()
    _fill(small_disk)
    done = run_cli(["--store", f"embedded:{store}", "export", "--format", "graphml",
                    "-o", str(out)], env)
    assert done.returncode == 1
    line = _one_error_line(done.stderr)
    assert "disk is full" in line, line
    assert out.read_bytes() == previous
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "graph.json"]


@pytest.mark.parametrize("fsync", ["everysec", "always"])
def test_a_batch_confirmed_while_the_disk_fills_is_kept(
    small_disk: Path, monkeypatch: pytest.MonkeyPatch, fsync: str
) -> None:
    # Redis answers a MULTI/EXEC whose log append failed (appendfsync everysec) and keeps it
    # only in memory; a store closed while the disk was still full lost a confirmed batch.
    monkeypatch.setenv("REKG_FSYNC", fsync)
    fragment = GraphFragment()
    fragment.add_node(make_node(Label.ARTICLE, "a", key="a", title="x" * 300_000))
    article = next(iter(fragment.nodes))
    uri = f"embedded:{small_disk / 'store' / 'graph.db'}"
    store = open_store(uri)
    try:
        store.write("CREATE (:Country {id: 'country:before'})")
        filler = _fill(small_disk)
        try:
            store.merge_articles([(article, fragment)], finish=False)
            confirmed = True
        except StoreError:
            confirmed = False
    finally:
        with contextlib.suppress(StoreError):
            store.close()
    assert wait_for_no_servers(small_disk / "store") == []
    filler.unlink()
    with open_store(uri) as reopened:
        found = reopened.read("MATCH (a:Article) RETURN a.id").rows
    assert confirmed == (found == [[article]])


def test_a_long_log_left_by_killed_servers_is_compacted_at_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_path = tmp_path / "store" / "graph.db"
    uri = f"embedded:{store_path}"
    for run in range(3):  # each run's server is killed: no clean close ever compacts the log
        store = open_store(uri)
        try:
            store.write("UNWIND range(1, 200) AS i CREATE (:Country {id: $run + ':' + "
                        "toString(i), note: $note})", {"run": str(run), "note": "x" * 500})
            for pid in servers_in(store_path.parent):
                os.kill(pid, signal.SIGKILL)
            assert wait_for_no_servers(store_path.parent) == []
        finally:
            with contextlib.suppress(StoreError):
                store.close()
    log = store_path.with_name("graph.db.aof")

    def incremental() -> int:
        return sum(f.stat().st_size for f in log.iterdir() if f.name.endswith(".incr.aof"))

    grown = incremental()
    assert grown > 200 * 3 * 500
    monkeypatch.setattr(embedded_server, "COMPACT_LOG_BYTES", grown - 1)
    with open_store(uri) as reopened:
        assert reopened.read("MATCH (c:Country) RETURN count(c)").rows == [[600]]
        assert incremental() < grown // 10
    with open_store(uri) as again:
        assert again.read("MATCH (c:Country) RETURN count(c)").rows == [[600]]
