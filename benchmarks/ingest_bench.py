"""End-to-end ``rekg ingest`` speed: N generated articles through the CLI into a fresh store.

Writes the benchmark corpus (``corpus.py``) as .txt files, then times one ``rekg ingest`` of
the folder (process start, reading, extraction, merging, final snapshot) and a second one of
the same folder (every article already present). ``--code PATH`` runs another checkout of
rekg (for before/after figures); ``REKG_FSYNC=always`` measures the strict fsync policy.

    .venv/bin/python benchmarks/ingest_bench.py --articles 1000 [--code /path/to/old/rekg]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus_words, generate_corpus, write_corpus

CLI = [sys.executable, "-c", "from rekg.cli import main; main()"]


def timed_ingest(folder: Path, store: Path, env: dict[str, str], cwd: Path,
                 extra: list[str]) -> tuple[float, float, dict[str, object]]:
    """Wall seconds, CPU seconds of the ingest and all its processes (workers and database
    server: less disturbed by other jobs on a shared machine), and the JSON summary."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([*CLI, "--store", f"embedded:{store}", "ingest", "--format", "json",
                           *extra, str(folder)], env=env, cwd=cwd, capture_output=True,
                          text=True, check=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime
    if done.returncode != 0:
        raise SystemExit(f"ingest failed: {done.stderr.strip()[-500:]}")
    return seconds, cpu, json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--code", type=Path, default=None,
                        help="a checkout of rekg to run instead of this one")
    parser.add_argument("--batch", type=int, default=None, help="ingest --batch N")
    args = parser.parse_args()
    env = dict(os.environ)
    env.pop("REKG_STORE", None)
    if args.code is not None:
        env["PYTHONPATH"] = str(args.code.resolve())
    extra = ["--batch", str(args.batch)] if args.batch else []
    documents = generate_corpus(args.articles, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder = work / "articles"
        write_corpus(documents, folder)
        store = work / "store" / "graph.db"
        first, first_cpu, summary = timed_ingest(folder, store, env, work, extra)
        second, second_cpu, again = timed_ingest(folder, store, env, work, extra)
    code = str(args.code) if args.code else "this checkout"
    print(f"{args.articles} articles ({corpus_words(documents):,} words), {code}, "
          f"fsync {os.environ.get('REKG_FSYNC', 'default')}:")
    print(f"  first ingest   {first:8.1f} s  {args.articles / first:8.1f} articles/s  "
          f"{first_cpu:8.1f} s CPU  "
          f"({summary['articles_new']} new, {summary['entities']} entities, "
          f"{summary['relationships']} relationships)")
    print(f"  second ingest  {second:8.1f} s  {args.articles / second:8.1f} articles/s  "
          f"{second_cpu:8.1f} s CPU  "
          f"({again['articles_existing']} already in the graph)")


if __name__ == "__main__":
    main()
