"""The first canned query of a process, as each ``rekg query`` command runs it (issue 14).

For each query, on a graph ``bench.py --graphs DIR`` left (e.g. DIR/graph-1000000.db), two
fresh Python processes open the store and run the query once, then three more times:

- "after a write": the derived structures saved beside the store are deleted first, so the
  first run reads the graph as the first query after a write does;
- "next command": they are in place, as for the next command after that one.

It prints the time to open the store (start its server, load the snapshot), the first run
and the best of the three warm runs. Run:

    .venv/bin/python benchmarks/first_query_bench.py DIR/graph-1000000.db [QUERY,...]

With ``--ingest N`` it works on a copy of the graph instead: one process resolves it, one
per query runs it (deriving and saving the tables, as commands before a write leave them),
one ingests N
new generated articles (printing its time and the part the tables' upkeep took), then each
query runs in a new process: the first query after a real write (the lexicon that name
parameters need, 0.3 to 5 s once per process whatever the graph, is loaded before it).
``--code PATH`` runs another checkout of rekg (for before/after figures).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[3])
from bench import QUERY_PARAMS
from rekg.graph.embedded_store import EmbeddedStore
from rekg.queries.catalog import get_query
started = time.perf_counter()
store = EmbeddedStore(sys.argv[1])
query, params = get_query(sys.argv[2]), QUERY_PARAMS.get(sys.argv[2], {})
if len(sys.argv) > 4:  # the lexicon that name parameters load once per process, timed apart
    from rekg.queries import names
    names._lexicon()
opened = time.perf_counter()
query.run(store, params)
first = time.perf_counter()
warm = []
for _ in range(3):
    begun = time.perf_counter()
    query.run(store, params)
    warm.append(time.perf_counter() - begun)
store.close()
print(json.dumps({"open": opened - started, "first": first - opened, "warm": min(warm)}))
"""


INGEST = r"""
import json, sys, time
sys.path.insert(0, sys.argv[3])
from corpus import generate_corpus, write_corpus
from rekg.graph.embedded_store import EmbeddedStore
from rekg.loaders.ingest import ingest
try:
    from rekg.queries import upkeep
except ImportError:
    upkeep = None
spent = [0.0]
if upkeep is not None:
    follow = upkeep.follow
    def timed(*args):
        begun = time.perf_counter()
        follow(*args)
        spent[0] += time.perf_counter() - begun
    upkeep.follow = timed
folder = sys.argv[2] + "-articles"
write_corpus(generate_corpus(int(sys.argv[4]), seed=99), __import__("pathlib").Path(folder))
with EmbeddedStore(sys.argv[1]) as store:
    started = time.perf_counter()
    summary = ingest(store, [folder], jobs=1)
    seconds = time.perf_counter() - started
print(json.dumps({"ingest": seconds, "upkeep": spent[0], "articles": summary.articles_new}))
"""


RESOLVE = r"""
import json, sys, time
from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.resolve import resolve
from rekg.loaders.families import coverage_families
with EmbeddedStore(sys.argv[1]) as store:
    started = time.perf_counter()
    resolve(store, coverage_families)
print(json.dumps({"resolve": time.perf_counter() - started}))
"""


def run(path: Path, name: str, env: dict[str, str] | None = None,
        child: str = CHILD, extra: tuple[str, ...] = ()) -> dict[str, float]:
    # run outside any checkout: ``python -c`` puts the working folder first on the path
    done = subprocess.run([sys.executable, "-c", child, str(path), name, str(HERE), *extra],
                          capture_output=True, text=True, check=True, env=env,
                          cwd=path.parent)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def after_ingest(path: Path, names: list[str], articles: int, env: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        shutil.copy(path, copy)
        shutil.copytree(path.with_name(path.name + ".aof"), copy.with_name(copy.name + ".aof"))
        # a graph resolved by this code, as ingest leaves it: otherwise the ingest's
        # resolution rewrites every measure node the first time
        run(copy, "", env, RESOLVE)
        for name in names:
            run(copy, name, env)
        done = run(copy, str(copy), env, INGEST, (str(articles),))
        print(f"ingest of {done['articles']:.0f} articles: {done['ingest'] * 1000:.0f} ms, "
              f"of which the tables' upkeep {done['upkeep'] * 1000:.0f} ms")
        print("query: after the ingest (open and load the lexicon, first run, warm), ms")
        for name in names:
            first = run(copy, name, env, extra=("lexicon",))
            print(f"{name:22} {first['open'] * 1000:6.0f} {first['first'] * 1000:7.0f} "
                  f"{first['warm'] * 1000:7.1f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("queries", nargs="?", help="comma-separated (default: every one)")
    parser.add_argument("--ingest", type=int, default=0, metavar="N",
                        help="time the first queries after ingesting N articles into a copy")
    parser.add_argument("--code", type=Path, default=None,
                        help="a checkout of rekg to run instead of this one")
    args = parser.parse_args()
    path = args.path
    env = dict(os.environ)
    if args.code is not None:
        env["PYTHONPATH"] = str(args.code.resolve())
    if args.queries:
        names = args.queries.split(",")
    else:
        from rekg.queries.catalog import list_queries

        names = [query.name for query in list_queries()]
    if args.ingest:
        after_ingest(path, names, args.ingest, env)
        return
    print("query: after a write (first run) | next command (open, first run, warm), ms")
    for name in names:
        shutil.rmtree(path.with_name(path.name + ".derived"), ignore_errors=True)
        cold = run(path, name, env)
        again = run(path, name, env)
        print(f"{name:22} {cold['first'] * 1000:8.0f} | {again['open'] * 1000:6.0f} "
              f"{again['first'] * 1000:7.0f} {again['warm'] * 1000:7.1f}", flush=True)


if __name__ == "__main__":
    main()
