"""Soak: several concurrent ``rekg ingest`` writers on one embedded store, killed at random.

Every writer ingests the same corpus (the lock lets one write at a time; the others wait,
then skip what is complete and finish what was interrupted). A killer sends ``kill -9`` at
random moments to the writer holding the store or to its database server; a killed writer is
started again. When every writer has exited cleanly, the store's JSON export must equal, byte
for byte, the export of one clean ingest of the same corpus (issue 11's soak benchmark).

    .venv/bin/python benchmarks/soak.py --articles 10000 --writers 4 --kills 20
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate_corpus, write_corpus

CLI = [sys.executable, "-c", "from rekg.cli import main; main()"]


def server_pids(folder: Path) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if (entry / "comm").read_text().startswith("redis-server") and \
                    os.readlink(entry / "cwd") == str(folder.resolve()):
                pids.append(int(entry.name))
        except OSError:
            continue
    return pids


def owner_pid(store: Path) -> int | None:
    try:
        return int(json.loads(store.with_name(store.name + ".server").read_text())["pid"])
    except (OSError, ValueError, KeyError):
        return None


def export(store: Path, out: Path) -> bytes:
    done = subprocess.run([*CLI, "--store", f"embedded:{store}", "export", "--format", "json",
                           "-o", str(out)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"export failed: {done.stderr.strip()}")
    return out.read_bytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder = work / "articles"
        write_corpus(generate_corpus(args.articles, args.seed), folder)

        clean_store = work / "clean" / "graph.db"
        started = time.perf_counter()
        subprocess.run([*CLI, "--store", f"embedded:{clean_store}", "ingest", str(folder)],
                       capture_output=True, check=True)
        clean_seconds = time.perf_counter() - started
        clean = export(clean_store, work / "clean.json")

        store = work / "soak" / "graph.db"
        command = [*CLI, "--store", f"embedded:{store}", "ingest", str(folder)]
        writers = [subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL) for _ in range(args.writers)]
        finished = [False] * args.writers
        restarts = kills = 0
        started = time.perf_counter()
        next_kill = time.monotonic() + rng.uniform(1.0, 6.0)
        while not all(finished):
            for i, writer in enumerate(writers):
                if finished[i] or writer.poll() is None:
                    continue
                if writer.returncode == 0:
                    finished[i] = True
                else:
                    restarts += 1
                    writers[i] = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                                  stderr=subprocess.DEVNULL)
            if kills < args.kills and time.monotonic() >= next_kill:
                victims = server_pids(store.parent) if rng.random() < 0.3 else []
                owner = owner_pid(store)
                if not victims and owner is not None:
                    victims = [owner]
                for pid in victims:
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except ProcessLookupError:
                        continue
                    kills += 1
                next_kill = time.monotonic() + rng.uniform(1.0, 6.0)
            time.sleep(0.05)
        soak_seconds = time.perf_counter() - started
        soaked = export(store, work / "soak.json")
        left = server_pids(store.parent) + server_pids(clean_store.parent)
    same = soaked == clean
    print(f"{args.articles} articles, {args.writers} writers: {kills} kills with kill -9, "
          f"{restarts} restarts, {soak_seconds:.1f} s (one clean ingest: {clean_seconds:.1f} s)")
    print(f"export after the soak {'equals' if same else 'DIFFERS FROM'} the clean run's "
          f"({len(clean):,} bytes); database servers left running: {len(left)}")
    if not same or left:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
