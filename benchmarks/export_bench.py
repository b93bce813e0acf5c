"""How fast each export format writes a large generated graph, and how much memory it takes.

Builds a random graph that keeps the schema's endpoint rules (every label, every relationship
type, evidence sentences and sources like extracted facts), merges it into a fresh embedded
store, then exports it in every format from the store (streaming included, one core) and
reports relationships per second. A second pass under ``tracemalloc`` reports the peak Python
heap of each export at two graph sizes: streaming formats stay flat, the others grow.

    .venv/bin/python benchmarks/export_bench.py --nodes 20000 --relationships 60000
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
import tracemalloc
from pathlib import Path

from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.export import format_names, get_format
from rekg.graph.export.pipeline import export_store
from rekg.graph.store import Store
from rekg.schema import ENDPOINTS, GraphFragment, Label, RelType, make_node, relate

SUFFIX = {"csv": ".zip", "json": ".json", "graphml": ".graphml", "gexf": ".gexf",
          "cytoscape": ".cyjs", "cypher": ".cypher", "ttl": ".ttl", "jsonld": ".jsonld",
          "nt": ".nt", "html": ".html"}
SHARE = {Label.COUNTRY: 0.05, Label.MATERIAL: 0.1, Label.PRODUCT: 0.15, Label.RESTRICTION: 0.15,
         Label.AGREEMENT: 0.05, Label.ORGANIZATION: 0.2, Label.PERSON: 0.1, Label.ARTICLE: 0.2}


def generate(nodes: int, relationships: int, seed: int = 7) -> GraphFragment:
    rng = random.Random(seed)
    fragment = GraphFragment()
    by_label: dict[Label, list[object]] = {}
    for label, share in SHARE.items():
        for index in range(max(2, int(nodes * share))):
            extra: dict[str, object] = {}
            if label is Label.RESTRICTION:
                extra = {"kind": "export_licensing", "status": "in_force",
                         "announced": f"202{rng.randint(0, 5)}-0{rng.randint(1, 9)}-1{index % 9}"}
            node = make_node(label, f"{label.value} {index}", aliases=[f"{label.value[:3]}{index}"],
                             **extra)
            fragment.add_node(node)
            by_label.setdefault(label, []).append(node)
    articles = [node.id for node in by_label[Label.ARTICLE]]  # type: ignore[attr-defined]
    types = list(RelType)
    while len(fragment.relationships) < relationships:
        rel_type = rng.choice(types)
        sources, targets = ENDPOINTS[rel_type]
        source = rng.choice(by_label[rng.choice(sorted(sources))])
        target = rng.choice(by_label[rng.choice(sorted(targets))])
        if source is target:
            continue
        fragment.add_relationship(relate(
            rel_type, source, target, sources=[rng.choice(articles)],  # type: ignore[arg-type]
            evidence=[f"{source.name} {rel_type.value.lower()} {target.name}, "  # type: ignore[attr-defined]
                      "officials said on Tuesday; the move was \"expected\"."],
            confidence=round(rng.uniform(0.5, 1.0), 2)))
    return fragment


def time_exports(store: Store, out_dir: Path, relationships: int) -> dict[str, float]:
    started = time.perf_counter()
    for _ in store.iter_nodes():
        pass
    streamed = sum(1 for _ in store.iter_relationships())
    rates = {"(reading the store only)": streamed / (time.perf_counter() - started)}
    for name in format_names():
        out = out_dir / f"graph{SUFFIX.get(name, '.out')}"
        started = time.perf_counter()
        summary = export_store(store, name, out)
        elapsed = time.perf_counter() - started
        assert summary.relationships == relationships
        rates[name] = summary.relationships / elapsed
        _remove(out)
    return rates


def peak_memory(store: Store, out_dir: Path) -> dict[str, float]:
    peaks = {}
    for name in format_names():
        out = out_dir / f"graph{SUFFIX.get(name, '.out')}"
        tracemalloc.start()
        export_store(store, name, out)
        peaks[name] = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        _remove(out)
    return peaks


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=20000)
    parser.add_argument("--relationships", type=int, default=60000)
    parser.add_argument("--no-memory", action="store_true",
                        help="only time the exports (tracemalloc makes the memory pass slow)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rekg-export-bench-"))
    try:
        sizes = [(args.nodes // 4, args.relationships // 4), (args.nodes, args.relationships)]
        peaks: list[dict[str, float]] = []
        rates: dict[str, float] = {}
        for index, (nodes, relationships) in enumerate(sizes):
            if args.no_memory and index < len(sizes) - 1:
                continue
            store = EmbeddedStore(work / f"graph-{index}.db")
            try:
                fragment = generate(nodes, relationships)
                started = time.perf_counter()
                store.merge(fragment)
                node_count, rel_count = store.counts()
                print(f"graph {index + 1}: {node_count} nodes, {rel_count} relationships "
                      f"(merged in {time.perf_counter() - started:.1f} s)")
                del fragment
                if index == len(sizes) - 1:
                    rates = time_exports(store, work, rel_count)
                if not args.no_memory:
                    peaks.append(peak_memory(store, work))
            finally:
                store.close()
        small, large = sizes
        memory_header = ("" if args.no_memory else
                         f" peak Python heap MB at {small[1]} / {large[1]} rels |")
        print(f"\n| format | streamed | relationships/s ({large[1]} rels) |{memory_header}")
        print("|---|---|---|" + ("" if args.no_memory else "---|"))
        print(f"| (reading the store only) | yes | {rates['(reading the store only)']:,.0f} |"
              + ("" if args.no_memory else " - |"))
        for name in format_names():
            streamed = "yes" if get_format(name).streaming else "no"
            memory = ("" if args.no_memory else
                      f" {peaks[0][name]:.1f} / {peaks[1][name]:.1f} |")
            print(f"| {name} | {streamed} | {rates[name]:,.0f} |{memory}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
