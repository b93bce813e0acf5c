"""Helpers for the fault, concurrency and limit tests: real CLI processes on real stores."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-c", "from rekg.cli import main; main()"]


def corpus_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rekg_bench_corpus",
                                                  REPO / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def write_articles(folder: Path, count: int, seed: int) -> Path:
    """``count`` generated benchmark articles as NAME.txt files in ``folder``."""
    corpus = corpus_module()
    folder.mkdir(parents=True, exist_ok=True)
    corpus.write_corpus(corpus.generate_corpus(count, seed), folder)
    return folder


def cli_env(tmp: Path) -> dict[str, str]:
    """The CLI's environment: its own temporary folder, so that leaks can be seen."""
    env = dict(os.environ)
    tmpdir = tmp / "proc-tmp"
    tmpdir.mkdir(exist_ok=True)
    env["TMPDIR"] = str(tmpdir)
    env.pop("REKG_STORE", None)
    return env


def start_cli(args: Sequence[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([*CLI, *args], env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run_cli(args: Sequence[str], env: dict[str, str],
            timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=timeout, check=False)


def servers_in(folder: Path) -> list[int]:
    """Pids of redis-server processes working in ``folder`` (a store's folder)."""
    found = []
    target = os.path.realpath(folder)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            comm = (entry / "comm").read_text().strip()
            cwd = os.readlink(entry / "cwd")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if comm.startswith("redis-server") and cwd == target and state != "Z":
            found.append(int(entry.name))
    return found


def wait_for_no_servers(folder: Path, within: float = 20.0) -> list[int]:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        left = servers_in(folder)
        if not left:
            return []
        time.sleep(0.05)
    return servers_in(folder)


def kill_servers(folder: Path) -> None:
    """Clean up after a failing test (never reached when the code under test is right)."""
    for pid in servers_in(folder):
        os.kill(pid, signal.SIGKILL)


def leaked_temp_entries(env: dict[str, str]) -> list[str]:
    """What the CLI left in its temporary folder, other than the empty socket folder."""
    tmpdir = Path(env["TMPDIR"])
    left = []
    for entry in tmpdir.iterdir():
        if entry.name.startswith("rekg-") and entry.is_dir() and not any(entry.iterdir()):
            continue
        left.append(entry.name)
    return left


def export_json(store_path: Path, out: Path, env: dict[str, str]) -> bytes:
    done = run_cli(["--store", f"embedded:{store_path}", "export", "--format", "json",
                    "-o", str(out)], env)
    assert done.returncode == 0, done.stderr
    return canonical_export(out.read_bytes())


def canonical_export(data: bytes) -> bytes:
    """A JSON export with nodes and links in id order. Exports stream in the store's own
    storage order (issue 14), which a resumed run need not share with a clean one; the
    graph, every property and every list within it must be equal."""
    graph = json.loads(data)
    graph["nodes"].sort(key=lambda node: node["id"])
    graph["links"].sort(key=lambda link: (link["source"], link["type"], link["target"]))
    return json.dumps(graph, sort_keys=True, ensure_ascii=False).encode()
