"""The first canned query of a process, as each ``rekg query`` command runs it (issue 14).

For each query, on a graph ``bench.py --graphs DIR`` left (e.g. DIR/graph-1000000.db), two
fresh Python processes open the store and run the query once, then three more times:

- "after a write": the derived structures saved beside the store are deleted first, so the
  first run reads the graph as the first query after a write does;
- "next command": they are in place, as for the next command after that one.

It prints the time to open the store (start its server, load the snapshot), the first run
and the best of the three warm runs. Run:

    .venv/bin/python benchmarks/first_query_bench.py DIR/graph-1000000.db [QUERY,...]
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
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


def run(path: Path, name: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), name, str(HERE)],
                          capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    path = Path(sys.argv[1])
    if len(sys.argv) > 2:
        names = sys.argv[2].split(",")
    else:
        from rekg.queries.catalog import list_queries

        names = [query.name for query in list_queries()]
    print("query: after a write (first run) | next command (open, first run, warm), ms")
    for name in names:
        shutil.rmtree(path.with_name(path.name + ".derived"), ignore_errors=True)
        cold = run(path, name)
        again = run(path, name)
        print(f"{name:22} {cold['first'] * 1000:8.0f} | {again['open'] * 1000:6.0f} "
              f"{again['first'] * 1000:7.0f} {again['warm'] * 1000:7.1f}", flush=True)


if __name__ == "__main__":
    main()
