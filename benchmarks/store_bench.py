"""Store write speed: the graphs of N generated articles merged into each store.

Articles come from ``benchmarks/corpus.py`` and go through the real extractor; extraction is
done before the clock starts, so the figures are about the stores alone. Each store is
emptied, warmed up with a few other articles (JIT, query plans), emptied again, then timed
in two ways: one ``Store.merge`` per article (what ``rekg ingest`` does) and one merge of
all fragments at once (batched). Neo4j is the launcher's in-process 5.26 unless
``--neo4j-uri`` names a server (credentials from NEO4J_USERNAME / NEO4J_PASSWORD). Run:

    .venv/bin/python benchmarks/store_bench.py [--articles N] [--seed S] [--stores embedded,neo4j]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate_corpus
from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.neo4j_store import Neo4jStore
from rekg.graph.store import Store
from rekg.loaders.extract import extract
from rekg.schema import GraphFragment

REPO = Path(__file__).resolve().parent.parent
LAUNCHER = REPO / "neo4j-launcher"
WARM_UP_ARTICLES = 30


@contextmanager
def launched_neo4j() -> Iterator[str]:
    """Build and start the test launcher; yield its Bolt URI; stop it on exit."""
    subprocess.run([str(LAUNCHER / "build")], check=True, stdout=subprocess.DEVNULL)
    process = subprocess.Popen(
        ["java", "-Xmx1g", "-XX:+UseSerialGC", "-jar", str(LAUNCHER / "target/neo4j-launcher.jar")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    try:
        uri = ""
        for line in process.stdout:
            if line.startswith("bolt://"):
                uri = line.strip()
                break
        if not uri:
            raise SystemExit(f"the Neo4j launcher exited with {process.wait()}")
        yield uri
    finally:
        process.stdin.close()
        process.wait(timeout=60)


def fragments(articles: int, seed: int) -> list[GraphFragment]:
    return [extract(doc) for doc in generate_corpus(articles, seed)]


def rows(batch: list[GraphFragment]) -> tuple[int, int]:
    """Node and relationship rows the merges receive (an entity in two articles counts twice)."""
    return (sum(len(f.nodes) for f in batch), sum(len(f.relationships) for f in batch))


def merged(batch: list[GraphFragment]) -> GraphFragment:
    whole = GraphFragment()
    for fragment in batch:
        whole.merge(fragment)
    return whole


def timed(store: Store, batch: list[GraphFragment], warm_up: list[GraphFragment],
          one_merge: bool) -> tuple[float, int, int]:
    store.clear()
    for fragment in warm_up:
        store.merge(fragment)
    store.clear()
    start = time.perf_counter()
    if one_merge:
        store.merge(merged(batch))
    else:
        for fragment in batch:
            store.merge(fragment)
    seconds = time.perf_counter() - start
    nodes, relationships = store.counts()
    return seconds, nodes, relationships


def report(kind: str, store: Store, batch: list[GraphFragment],
           warm_up: list[GraphFragment]) -> None:
    node_rows, rel_rows = rows(batch)
    for mode, one_merge in (("per article", False), ("one merge", True)):
        seconds, nodes, rels = timed(store, batch, warm_up, one_merge)
        if one_merge:
            whole = merged(batch)
            node_rows, rel_rows = len(whole.nodes), len(whole.relationships)
        print(f"{kind:9} {mode:12} {seconds:7.2f} s  "
              f"{node_rows / seconds:8.0f} entities/s  {rel_rows / seconds:8.0f} relationships/s  "
              f"(graph: {nodes} nodes, {rels} relationships)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--stores", default="embedded,neo4j")
    parser.add_argument("--neo4j-uri", default=None)
    args = parser.parse_args()

    batch = fragments(args.articles, args.seed)
    warm_up = fragments(WARM_UP_ARTICLES, args.seed + 1000)
    node_rows, rel_rows = rows(batch)
    print(f"{args.articles} articles: {node_rows} entity rows and {rel_rows} relationship rows "
          f"({len(merged(batch).nodes)} distinct entities, "
          f"{len(merged(batch).relationships)} distinct relationships)", flush=True)
    stores = args.stores.split(",")
    if "embedded" in stores:
        with tempfile.TemporaryDirectory() as tmp, EmbeddedStore(Path(tmp) / "g.db") as store:
            report("embedded", store, batch, warm_up)
    if "neo4j" in stores:
        if args.neo4j_uri:
            with Neo4jStore(args.neo4j_uri) as store:
                report("neo4j", store, batch, warm_up)
        else:
            with launched_neo4j() as uri, Neo4jStore(uri) as store:
                report("neo4j", store, batch, warm_up)


if __name__ == "__main__":
    main()
