"""The export writers alone, per checkout, beside networkx ``node_link_data`` + ``json.dump``.

Builds the generated graph of ``export_bench.py`` in a fresh embedded store, reads it once
into lists (saved as JSON), then for each round and each ``--code`` checkout in turn starts a
process that writes every format from those lists ``--repeat`` times (best taken) and times
networkx's node-link JSON of the same lists as a MultiDiGraph (the graph built untimed).
Prints relationships per second and each format's ratio to the networkx figure of the same
process. The machine is shared: compare checkouts within one run, alternating.

    .venv/bin/python benchmarks/export_writers_bench.py --code /tmp/base --code . --rounds 2
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SUFFIX = {"csv": "", "json": ".json", "graphml": ".graphml", "gexf": ".gexf",
          "cytoscape": ".cyjs", "cypher": ".cypher", "ttl": ".ttl", "jsonld": ".jsonld",
          "nt": ".nt", "html": ".html"}
BASELINE = "networkx json (baseline)"


def dump_graph(nodes: int, relationships: int, path: Path) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from export_bench import generate

    from rekg.graph.embedded_store import EmbeddedStore

    store = EmbeddedStore(path.parent / "graph.db")
    try:
        store.merge(generate(nodes, relationships))
        node_list = list(store.iter_nodes())
        rel_list = list(store.iter_relationships())
    finally:
        store.close()
    path.write_text(json.dumps({"nodes": node_list, "relationships": rel_list}),
                    encoding="utf-8")
    return len(rel_list)


def worker(graph_path: Path, formats: list[str], repeat: int) -> dict[str, float]:
    import networkx as nx

    from rekg.graph.export import get_format

    data = json.loads(graph_path.read_text(encoding="utf-8"))
    nodes: list[dict[str, Any]] = data["nodes"]
    rels: list[dict[str, Any]] = data["relationships"]
    work = Path(tempfile.mkdtemp(prefix="rekg-writers-"))
    rates: dict[str, float] = {}
    try:
        graph = nx.MultiDiGraph()
        for node in nodes:
            graph.add_node(node["id"], **node)
        for rel in rels:
            graph.add_edge(rel["source"], rel["target"], key=rel["type"], **rel)
        best = float("inf")
        for _ in range(repeat):
            started = time.perf_counter()
            with open(work / "networkx.json", "w", encoding="utf-8") as out:
                json.dump(nx.node_link_data(graph, edges="links"), out)
            best = min(best, time.perf_counter() - started)
        rates[BASELINE] = len(rels) / best
        del graph
        for name in formats:
            fmt = get_format(name)
            best = float("inf")
            for attempt in range(repeat):
                out_path = work / f"{name}-{attempt}{SUFFIX.get(name, '.out')}"
                started = time.perf_counter()
                fmt.write(iter(nodes), iter(rels), out_path)
                best = min(best, time.perf_counter() - started)
                if out_path.is_dir():
                    shutil.rmtree(out_path)
                else:
                    out_path.unlink(missing_ok=True)
            rates[name] = len(rels) / best
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--relationships", type=int, default=15000)
    parser.add_argument("--code", action="append", default=[],
                        help="a checkout to time (repeat to compare; default: this one)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="writes per format, best taken")
    parser.add_argument("--formats", default="nt,ttl,gexf,graphml,csv,jsonld,cypher,json")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    formats = [name for name in args.formats.split(",") if name]
    if args.worker is not None:
        print(json.dumps(worker(args.worker, formats, args.repeat)))
        return
    codes = args.code or [str(Path(__file__).resolve().parents[1])]
    work = Path(tempfile.mkdtemp(prefix="rekg-writers-bench-"))
    try:
        graph_path = work / "graph.json"
        count = dump_graph(args.nodes, args.relationships, graph_path)
        print(f"{args.nodes} nodes, {count} relationships; load average "
              f"{os.getloadavg()[0]:.1f}", flush=True)
        runs: list[tuple[str, int, dict[str, float]]] = []
        for round_number in range(1, args.rounds + 1):
            for code in codes:
                env = {**os.environ, "PYTHONPATH": str(Path(code).resolve())}
                done = subprocess.run(
                    [sys.executable, __file__, "--worker", str(graph_path), "--formats",
                     ",".join(formats), "--repeat", str(args.repeat)],
                    env=env, capture_output=True, text=True)
                if done.returncode:
                    sys.exit(f"{code}: {done.stderr.strip()}")
                runs.append((code, round_number, json.loads(done.stdout)))
                print(f"round {round_number}, {code}: done, load average "
                      f"{os.getloadavg()[0]:.1f}", flush=True)
        print("\nrel/s (ratio to the networkx baseline of the same process)\n")
        print("| format | " + " | ".join(f"{code}, round {number}"
                                         for code, number, _ in runs) + " |")
        print("|---|" + "---|" * len(runs))
        for name in [*formats, BASELINE]:
            cells = []
            for _, _, rates in runs:
                ratio = "" if name == BASELINE else f" ({rates[name] / rates[BASELINE]:.2f})"
                cells.append(f"{rates[name]:,.0f}{ratio}")
            print(f"| {name} | " + " | ".join(cells) + " |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
