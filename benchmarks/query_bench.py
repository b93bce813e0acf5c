"""Canned query latency: every query of the library on the graph of N generated articles.

The graph is built from ``benchmarks/corpus.py`` articles through the real extractor, plus
the example reference data (the dependency chains products-at-risk follows). Each query
runs once to warm up, then ``--repeat`` times; the median wall time is reported. Neo4j is
measured only when ``--neo4j-uri`` names a server (credentials from NEO4J_USERNAME /
NEO4J_PASSWORD). Run:

    .venv/bin/python benchmarks/query_bench.py [--articles N] [--repeat R] [--neo4j-uri URI]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate_corpus
from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.store import Store
from rekg.graph.stores import open_store
from rekg.loaders.extract import extract
from rekg.loaders.reference import load_reference
from rekg.queries.catalog import list_queries
from rekg.schema import GraphFragment

REPO = Path(__file__).resolve().parent.parent
REFERENCE = REPO / "examples" / "reference" / "dependencies.csv"
PARAMS: dict[str, dict[str, str]] = {
    "products-at-risk": {},
    "dependency-chain": {"product": "electric vehicle"},
    "country-restrictions": {"country": "China"},
    "products-hit": {"country": "United States", "imposer": "China"},
    "material-exposure": {"material": "dysprosium"},
    "tit-for-tat": {"a": "United States", "b": "China"},
    "evidence": {"subject": "China"},
    "timeline": {},
    "lookup": {"name": "magnet"},
    "neighbourhood": {"name": "China", "hops": "2"},
}


def build(store: Store, articles: int) -> GraphFragment:
    graph = GraphFragment()
    for document in generate_corpus(articles):
        graph.merge(extract(document))
    graph.merge(load_reference(REFERENCE))
    store.clear()
    store.merge(graph)
    return graph


def measure(store: Store, repeat: int) -> list[tuple[str, int, float]]:
    results = []
    for query in list_queries():
        params = PARAMS.get(query.name, {})
        rows = len(query.run(store, params).rows)
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            query.run(store, params)
            times.append(time.perf_counter() - start)
        results.append((query.name, rows, statistics.median(times) * 1000))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--neo4j-uri", default=None)
    args = parser.parse_args()
    stores: list[tuple[str, Store]] = []
    with tempfile.TemporaryDirectory() as folder:
        stores.append(("embedded", EmbeddedStore(Path(folder) / "bench.db")))
        if args.neo4j_uri:
            stores.append(("neo4j", open_store(args.neo4j_uri)))
        try:
            for kind, store in stores:
                build(store, args.articles)
                nodes, rels = store.counts()
                print(f"{kind}: {args.articles} articles, {nodes} nodes, {rels} relationships;"
                      f" median of {args.repeat} runs")
                for name, rows, millis in measure(store, args.repeat):
                    print(f"  {name:22} {rows:6} rows {millis:9.1f} ms")
        finally:
            for _, store in stores:
                store.close()


if __name__ == "__main__":
    main()
