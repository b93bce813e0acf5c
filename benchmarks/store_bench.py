"""Store write speed: the graphs of N generated articles merged into each store.

Articles come from ``benchmarks/corpus.py`` and go through the real extractor; extraction is
done before the clock starts, so the figures are about the stores alone. Each store is
emptied, warmed up with a few other articles (JIT, query plans), emptied again, then timed
in two ways: ``Store.merge_articles`` a batch of articles at a time (what ``rekg ingest``
does, ``--per-merge``, default its batch size) and a raw batched ``UNWIND ... MERGE`` of the
same rows (no provenance lists, lookup keys or atomicity: the baseline). Neo4j is the
launcher's in-process 5.26 unless ``--neo4j-uri`` names a server (credentials from
NEO4J_USERNAME / NEO4J_PASSWORD). Run:

    .venv/bin/python benchmarks/store_bench.py [--articles N] [--seed S] [--stores embedded,neo4j]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate_corpus
from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.neo4j_store import Neo4jStore
from rekg.graph.store import Store
from rekg.loaders.extract import extract
from rekg.loaders.ingest import ARTICLES_PER_BATCH
from rekg.schema import GraphFragment, Label

REPO = Path(__file__).resolve().parent.parent
LAUNCHER = REPO / "neo4j-launcher"
WARM_UP_ARTICLES = 30
RAW_BATCH = 5_000


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


def fragments(articles: int, seed: int) -> list[tuple[str, GraphFragment]]:
    """Each article's fragment with its Article node, as ``rekg ingest`` merges it."""
    out = []
    for doc in generate_corpus(articles, seed):
        fragment = extract(doc)
        fragment.add_node(doc.article_node())
        out.append((doc.id, fragment))
    return out


def rows(batch: list[tuple[str, GraphFragment]]) -> int:
    """Rows the merges receive (an entity in two articles counts twice)."""
    return sum(len(f.nodes) + len(f.relationships) for _, f in batch)


def raw_merge(store: Store, batch: list[tuple[str, GraphFragment]]) -> None:
    """The baseline: plain ``UNWIND $rows ... MERGE ... SET +=`` in batches of RAW_BATCH,
    per label and relationship type, with no provenance lists, lookup keys or atomicity."""
    nodes: dict[Label, list[dict[str, Any]]] = {}
    rels: dict[tuple[str, Label, Label], list[dict[str, Any]]] = {}
    for _, fragment in batch:
        for node in fragment.nodes.values():
            nodes.setdefault(node.label, []).append(node.properties())
        for rel in fragment.relationships.values():
            rels.setdefault((rel.type.value, rel.source_label, rel.target_label), []).append(
                {"s": rel.source, "t": rel.target, "p": rel.store_properties()})
    for label, items in nodes.items():
        for start in range(0, len(items), RAW_BATCH):
            store.write(f"UNWIND $rows AS row MERGE (n:`{label.value}` {{id: row.id}}) "
                        "SET n += row", {"rows": items[start:start + RAW_BATCH]})
    for (rel_type, source, target), items in rels.items():
        for start in range(0, len(items), RAW_BATCH):
            store.write(
                f"UNWIND $rows AS row MATCH (a:`{source.value}` {{id: row.s}}) "
                f"MATCH (b:`{target.value}` {{id: row.t}}) MERGE (a)-[r:`{rel_type}`]->(b) "
                "SET r += row.p", {"rows": items[start:start + RAW_BATCH]})


def timed(store: Store, batch: list[tuple[str, GraphFragment]],
          warm_up: list[tuple[str, GraphFragment]], mode: str, articles_per_merge: int
          ) -> tuple[float, int, int]:
    store.clear()
    store.merge_articles(warm_up)
    raw_merge(store, warm_up)
    store.clear()
    start = time.perf_counter()
    if mode == "raw":
        raw_merge(store, batch)
    else:
        for first in range(0, len(batch), articles_per_merge):
            store.merge_articles(batch[first:first + articles_per_merge])
    seconds = time.perf_counter() - start
    nodes, relationships = store.counts()
    return seconds, nodes, relationships


def report(kind: str, store: Store, batch: list[tuple[str, GraphFragment]],
           warm_up: list[tuple[str, GraphFragment]], articles_per_merge: int) -> None:
    store.ensure_schema()
    total = rows(batch)
    figures = {}
    for mode in ("merge_articles", "raw"):
        seconds, nodes, rels = timed(store, batch, warm_up, mode, articles_per_merge)
        figures[mode] = total / seconds
        label = (f"merge_articles, {articles_per_merge} articles a call" if mode != "raw"
                 else f"raw UNWIND MERGE, batches of {RAW_BATCH}")
        print(f"{kind:9} {label:40} {seconds:7.2f} s  {total / seconds:8.0f} rows/s  "
              f"(graph: {nodes} nodes, {rels} relationships)", flush=True)
    print(f"{kind:9} ratio merge_articles / raw: {figures['merge_articles'] / figures['raw']:.2f}",
          flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--stores", default="embedded,neo4j")
    parser.add_argument("--neo4j-uri", default=None)
    parser.add_argument("--per-merge", type=int, default=ARTICLES_PER_BATCH,
                        help="articles per merge_articles call (rekg ingest's --batch)")
    args = parser.parse_args()

    batch = fragments(args.articles, args.seed)
    warm_up = fragments(WARM_UP_ARTICLES, args.seed + 1000)
    print(f"{args.articles} articles: {rows(batch)} entity and relationship rows; load average "
          f"{os.getloadavg()[0]:.1f}", flush=True)
    stores = args.stores.split(",")
    if "embedded" in stores:
        with tempfile.TemporaryDirectory() as tmp, EmbeddedStore(Path(tmp) / "g.db") as store:
            report("embedded", store, batch, warm_up, args.per_merge)
    if "neo4j" in stores:
        if args.neo4j_uri:
            with Neo4jStore(args.neo4j_uri) as store:
                report("neo4j", store, batch, warm_up, args.per_merge)
        else:
            with launched_neo4j() as uri, Neo4jStore(uri) as store:
                report("neo4j", store, batch, warm_up, args.per_merge)


if __name__ == "__main__":
    main()
