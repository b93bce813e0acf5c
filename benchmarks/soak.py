"""Soak: several concurrent ``rekg ingest`` writers on one embedded store, killed at random.

Every writer ingests the same corpus (the lock lets one write at a time; the others wait,
then skip what is complete and finish what was interrupted). A killer sends ``kill -9`` (or,
for a share of the kills, SIGTERM) at random moments to the writer holding the store or to
its database server; a killed writer is started again. When every writer has exited cleanly,
the store's JSON export must equal the export of one clean ingest of the same corpus, with
nodes and links in id order (exports stream in the store's storage order, which a resumed
run need not share with a clean one; every property and list must be equal).

A writer that has not exited ``--hang-after`` seconds after SIGTERM is a hang: its Python
stacks (faulthandler, on SIGUSR1) are printed and it is killed.

    .venv/bin/python benchmarks/soak.py --articles 10000 --writers 4 --kills 20
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate_corpus, write_corpus

CLI = [sys.executable, "-c", "from rekg.cli import main; main()"]
# A writer whose Python stacks can be asked for with SIGUSR1.
WRITER = [sys.executable, "-X", "faulthandler", "-c",
          "import faulthandler, signal; "
          "faulthandler.register(signal.SIGUSR1, all_threads=True); "
          "from rekg.cli import main; main()"]


def say(started: float, message: str) -> None:
    print(f"[{time.monotonic() - started:8.1f} s] {message}", file=sys.stderr, flush=True)


def server_pids(folder: Path) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            if (entry / "comm").read_text().startswith("redis-server") and state != "Z" and \
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


def canonical(data: bytes) -> bytes:
    graph = json.loads(data)
    graph["nodes"].sort(key=lambda node: node["id"])
    graph["links"].sort(key=lambda link: (link["source"], link["type"], link["target"]))
    return json.dumps(graph, sort_keys=True, ensure_ascii=False, indent=0).encode()


class Writer:
    """One ``rekg ingest`` process and, across its restarts, its stderr log."""

    def __init__(self, command: list[str], log: Path) -> None:
        self.command = command
        self.log = log
        self.process = self._start()
        self.terminated_at: float | None = None
        self.finished = False

    def _start(self) -> subprocess.Popen[bytes]:
        with self.log.open("ab") as log:
            return subprocess.Popen(self.command, stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=log)

    def restart(self) -> None:
        self.terminated_at = None
        self.process = self._start()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sigterm-share", type=float, default=0.25,
                        help="share of the kills sent to the writer as SIGTERM, not kill -9")
    parser.add_argument("--hang-after", type=float, default=120.0,
                        help="seconds after SIGTERM before a writer still running is a hang")
    parser.add_argument("--keep", type=Path,
                        help="folder to copy both exports and the writers' logs into")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    began = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder = work / "articles"
        write_corpus(generate_corpus(args.articles, args.seed), folder)
        say(began, f"{args.articles} articles written; clean ingest starts")

        clean_store = work / "clean" / "graph.db"
        started = time.perf_counter()
        subprocess.run([*CLI, "--store", f"embedded:{clean_store}", "ingest", str(folder)],
                       stdin=subprocess.DEVNULL, capture_output=True, check=True)
        clean_seconds = time.perf_counter() - started
        clean = export(clean_store, work / "clean.json")
        say(began, f"clean ingest: {clean_seconds:.1f} s; soak starts")

        store = work / "soak" / "graph.db"
        command = [*WRITER, "--store", f"embedded:{store}", "ingest", str(folder)]
        writers = [Writer(command, work / f"writer{i}.log") for i in range(args.writers)]
        restarts = kills = sigterms = 0
        hangs: list[str] = []
        started = time.perf_counter()
        # Kills spread over about the time one clean ingest takes.
        gap = max(1.0, clean_seconds / max(1, args.kills))
        next_kill = time.monotonic() + rng.uniform(0.5, 1.5) * gap
        next_report = time.monotonic() + 60
        while not all(writer.finished for writer in writers):
            for writer in writers:
                process = writer.process
                if writer.finished:
                    continue
                if process.poll() is None:
                    if writer.terminated_at is not None and \
                            time.monotonic() - writer.terminated_at > args.hang_after:
                        process.send_signal(signal.SIGUSR1)
                        time.sleep(2)
                        hangs.append(f"writer {process.pid} still running {args.hang_after:.0f}"
                                     f" s after SIGTERM; stacks in {writer.log.name}:\n"
                                     + writer.log.read_text(errors="replace")[-6000:])
                        say(began, hangs[-1])
                        process.kill()
                    continue
                if process.returncode == 0:
                    writer.finished = True
                    continue
                restarts += 1
                if restarts > 4 * (kills + args.writers):
                    tail = writer.log.read_text(errors="replace")[-2000:]
                    for other in writers:
                        other.process.kill()
                    raise SystemExit(f"writers keep failing without being killed:\n{tail}")
                writer.restart()
            if kills < args.kills and time.monotonic() >= next_kill:
                owner = owner_pid(store)
                victims = server_pids(store.parent) if rng.random() < 0.3 else []
                how = signal.SIGKILL
                if not victims and owner is not None:
                    victims = [owner]
                    if rng.random() < args.sigterm_share:
                        how = signal.SIGTERM
                for pid in victims:
                    try:
                        os.kill(pid, how)
                    except ProcessLookupError:
                        continue
                    kills += 1
                    if how == signal.SIGTERM:
                        sigterms += 1
                        for writer in writers:
                            if writer.process.pid == pid:
                                writer.terminated_at = time.monotonic()
                next_kill = time.monotonic() + rng.uniform(0.5, 1.5) * gap
            if time.monotonic() >= next_report:
                say(began, f"soak: {kills} kills ({sigterms} SIGTERM), {restarts} restarts, "
                           f"{sum(w.finished for w in writers)} writers done")
                next_report = time.monotonic() + 60
            time.sleep(0.05)
        soak_seconds = time.perf_counter() - started
        soaked = export(store, work / "soak.json")
        left = server_pids(store.parent) + server_pids(clean_store.parent)
        same = canonical(soaked) == canonical(clean)
        if args.keep is not None:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / "clean.json").write_bytes(canonical(clean))
            (args.keep / "soak.json").write_bytes(canonical(soaked))
            for writer in writers:
                shutil.copy(writer.log, args.keep / writer.log.name)
    print(f"{args.articles} articles, {args.writers} writers: {kills} kills ({kills - sigterms}"
          f" with kill -9, {sigterms} SIGTERM), {restarts} restarts, {soak_seconds:.1f} s "
          f"(one clean ingest: {clean_seconds:.1f} s)")
    print(f"export after the soak {'equals' if same else 'DIFFERS FROM'} the clean run's "
          f"({len(clean):,} bytes, compared in id order); database servers left running: "
          f"{len(left)}; writers hung after SIGTERM: {len(hangs)}")
    if not same or left or hangs:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
