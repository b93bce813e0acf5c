"""``make bench``: every figure of issue 14 beside a baseline measured in the same run.

From a clean clone it generates the seeded corpus (``benchmarks/corpus.py``), extracts it, and
measures, printing a Markdown table and writing the same figures as JSON:

- extraction words/s (one core, CPU time) against a plain regex tokenizer pass over the text;
- ingest articles/s through the library's ``ingest`` (files on disk, the embedded store), in
  three runs as a newsroom adds articles: the first tenth into an empty store, the middle, and
  the last tenth into the store holding the rest, whose costs are compared;
- merge rows/s, one ``Store.merge`` per article as ingest does, against raw batched
  ``UNWIND $rows ... MERGE`` of the same rows, on the embedded store and on Neo4j (the test
  launcher's server; ``--no-neo4j`` leaves it out);
- every canned query's p50/p95 on the embedded store at about 10k, 100k and 1M relationships;
  these graphs are the extracted corpus copied (articles, restrictions and agreements get new
  ids; countries, materials, products, organisations and people are shared, as in a growing
  corpus) and loaded with raw batched ``UNWIND ... CREATE``, not article by article;
- export relationships/s per format from the store against networkx ``node_link_data`` +
  ``json.dump`` of the same graph held in memory.

    .venv/bin/python benchmarks/bench.py [--tiny] [--out FILE] [--no-neo4j] [--runs N]
        [--graphs DIR] [--skip SECTION,...]

``--graphs DIR`` keeps the query and export graphs in DIR and reuses them in later runs
(loading 1M relationships takes minutes).

``--tiny`` runs every step on a few articles and small graphs (the test suite's smoke test).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus_words, generate_corpus, write_corpus
from rekg.extract import compiled
from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.store import LOOKUP_KEYS, Store
from rekg.loaders.document import Document
from rekg.loaders.extract import extract
from rekg.loaders.reference import load_reference
from rekg.schema import GraphFragment, Label

REPO = Path(__file__).resolve().parent.parent
REFERENCE = REPO / "examples" / "reference" / "dependencies.csv"
RAW_BATCH = 5000
# Parameters each canned query runs with: the busiest names of the corpus.
QUERY_PARAMS: dict[str, dict[str, Any]] = {
    "dependency-chain": {"product": "electric vehicle"},
    "country-restrictions": {"country": "China"},
    "products-hit": {"country": "United States", "imposer": "China"},
    "material-exposure": {"material": "dysprosium"},
    "tit-for-tat": {"a": "United States", "b": "China"},
    "evidence": {"subject": "China"},
    "lookup": {"name": "magnet"},
    "neighbourhood": {"name": "China", "hops": 2},
    "changes": {"since": "2025-01-01"},
}
# Labels whose nodes are new in every copy of the corpus; the others are shared.
PER_ARTICLE = (Label.ARTICLE, Label.RESTRICTION, Label.AGREEMENT)


@dataclass
class Sizes:
    extract_articles: int
    ingest_articles: tuple[int, ...]
    merge_articles: int
    query_relationships: tuple[int, ...]
    query_runs: int
    export_relationships: int


FULL = Sizes(extract_articles=300, ingest_articles=(1000,), merge_articles=300,
             query_relationships=(10_000, 100_000, 1_000_000), query_runs=20,
             export_relationships=100_000)
TINY = Sizes(extract_articles=5, ingest_articles=(5,), merge_articles=5,
             query_relationships=(500, 1500), query_runs=2, export_relationships=500)


@dataclass
class Report:
    rows: list[dict[str, Any]] = field(default_factory=list)

    def add(self, section: str, what: str, value: float, unit: str,
            baseline: float | None = None, baseline_what: str = "", note: str = "") -> None:
        ratio = value / baseline if baseline else None
        self.rows.append({"section": section, "what": what, "value": value, "unit": unit,
                          "baseline": baseline, "baseline_what": baseline_what,
                          "ratio": ratio, "note": note})
        print(f"  {what}: {_fmt(value)} {unit}"
              + (f" (baseline {baseline_what}: {_fmt(baseline)}; ratio {ratio:.2f})"
                 if baseline else "") + (f" [{note}]" if note else ""), flush=True)

    def markdown(self) -> str:
        lines = ["| section | what | rekg | baseline (same run) | ratio |", "|---|---|---|---|---|"]
        for row in self.rows:
            baseline = (f"{_fmt(row['baseline'])} {row['unit']} ({row['baseline_what']})"
                        if row["baseline"] else "—")
            ratio = f"{row['ratio']:.2f}" if row["ratio"] is not None else "—"
            note = f" ({row['note']})" if row["note"] else ""
            lines.append(f"| {row['section']} | {row['what']}{note} | "
                         f"{_fmt(row['value'])} {row['unit']} | {baseline} | {ratio} |")
        return "\n".join(lines)


def _fmt(value: float | None) -> str:
    if value is None or value != value:
        return "—"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


# -- extraction and ingest --------------------------------------------------------------------


def bench_extraction(report: Report, documents: list[Document]) -> list[GraphFragment]:
    print("extraction", flush=True)
    words = corpus_words(documents)
    extract(documents[0])  # the lexicon loads outside the timing
    started = time.process_time()
    fragments = [extract(document) for document in documents]
    extraction = time.process_time() - started
    token = re.compile(r"\w+(?:[-']\w+)*|[^\w\s]")
    started = time.process_time()
    for _ in range(5):
        for document in documents:
            token.findall(document.text)
    tokenizing = (time.process_time() - started) / 5
    build = "compiled" if compiled() else "interpreted"
    report.add("extraction", f"words/s, one core, {build} ({len(documents)} articles, "
               f"{words:,} words)",
               words / extraction, "words/s", words / tokenizing, "regex tokenizer pass")
    for fragment, document in zip(fragments, documents, strict=True):
        fragment.add_node(document.article_node())
    return fragments


def bench_ingest(report: Report, articles: int, work: Path) -> None:
    """The corpus ingested as a newsroom adds it, in three runs into one store: the first
    tenth into an empty store, the middle, then the last tenth into a store holding the
    rest (each run resolves at its end, so the last one pays for resolving the whole
    graph)."""
    from rekg.loaders.ingest import ingest

    print(f"ingest of {articles} articles", flush=True)
    folder = work / f"ingest-corpus-{articles}"
    write_corpus(generate_corpus(articles, seed=11), folder)
    files = sorted(str(path) for path in folder.iterdir())
    tenth = max(1, len(files) // 10)
    parts = [files[:tenth], files[tenth:len(files) - tenth], files[len(files) - tenth:]]
    seconds = []
    with EmbeddedStore(work / f"ingest-{articles}.db") as store:
        store.ensure_schema()
        for part in parts:
            started = time.perf_counter()
            if part:
                ingest(store, part)
            seconds.append(time.perf_counter() - started)
    report.add("ingest", f"articles/s, rekg ingest of {articles} articles (embedded, "
               "three runs)", articles / sum(seconds), "articles/s")
    report.add("ingest", f"seconds for the last {tenth} articles (into a store holding the "
               f"others) vs the first {tenth} (into an empty store)",
               seconds[2], "s", seconds[0], f"first {tenth}")


# -- merge ------------------------------------------------------------------------------------


def fragment_rows(fragments: list[GraphFragment]) -> tuple[dict[Label, list[dict[str, Any]]],
                                                         dict[tuple[str, Label, Label],
                                                              list[dict[str, Any]]]]:
    """The rows a raw batched merge receives: one per entity and relationship per article."""
    nodes: dict[Label, list[dict[str, Any]]] = {}
    rels: dict[tuple[str, Label, Label], list[dict[str, Any]]] = {}
    for fragment in fragments:
        for node in fragment.nodes.values():
            props = node.properties()
            props[LOOKUP_KEYS] = lookup_keys(props)
            nodes.setdefault(node.label, []).append(props)
        for rel in fragment.relationships.values():
            rels.setdefault((rel.type.value, rel.source_label, rel.target_label), []).append(
                {"s": rel.source, "t": rel.target, "p": rel.store_properties()})
    return nodes, rels


def lookup_keys(props: dict[str, Any]) -> list[str]:
    """What the store's merge writes as ``n.keys`` (rekg.graph.store.LOOKUP_KEYS_EXPRESSION)."""
    values = [props.get("name"), props["id"], props["id"].split(":", 1)[1], props.get("symbol"),
              props.get("iso3"), *(props.get("aliases") or [])]
    return [str(value).lower() for value in values if value is not None]


def _batched(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), RAW_BATCH):
        yield rows[start:start + RAW_BATCH]


def raw_write(store: Store, nodes: dict[Label, list[dict[str, Any]]],
              rels: dict[tuple[str, Label, Label], list[dict[str, Any]]], *, merge: bool) -> None:
    """Plain batched UNWIND writes: MERGE (the merge baseline) or CREATE (loading big graphs)."""
    verb = "MERGE" if merge else "CREATE"
    for label, rows in nodes.items():
        node = f"(n:`{label.value}` {{id: row.id}})" if merge else f"(n:`{label.value}`)"
        for batch in _batched(rows):
            store.write(f"UNWIND $rows AS row {verb} {node} SET n += row", {"rows": batch})
    for (rel_type, source, target), rows in rels.items():
        for batch in _batched(rows):
            store.write(
                f"UNWIND $rows AS row MATCH (a:`{source.value}` {{id: row.s}}) "
                f"MATCH (b:`{target.value}` {{id: row.t}}) {verb} (a)-[r:`{rel_type}`]->(b) "
                "SET r += row.p", {"rows": batch})


def bench_merge(report: Report, kind: str, open_fresh: Callable[[], Store],
                fragments: list[GraphFragment]) -> None:
    print(f"merge into {kind}", flush=True)
    nodes, rels = fragment_rows(fragments)
    total = sum(map(len, nodes.values())) + sum(map(len, rels.values()))
    with open_fresh() as store:
        store.ensure_schema()
        started = time.perf_counter()
        for fragment in fragments:
            store.merge(fragment)
        per_article = time.perf_counter() - started
    with open_fresh() as store:
        store.ensure_schema()
        started = time.perf_counter()
        raw_write(store, nodes, rels, merge=True)
        raw = time.perf_counter() - started
    report.add("merge", f"rows/s into {kind}, one Store.merge per article "
               f"({len(fragments)} articles, {total:,} rows)",
               total / per_article, "rows/s", total / raw,
               f"raw UNWIND MERGE, batches of {RAW_BATCH}")


# -- big graphs and queries -------------------------------------------------------------------


def copied_rows(fragments: list[GraphFragment], relationships: int
                ) -> tuple[dict[Label, list[dict[str, Any]]],
                           dict[tuple[str, Label, Label], list[dict[str, Any]]], int]:
    """Rows of a graph of about ``relationships`` relationships made of copies of the corpus
    (or of its first articles, for a graph smaller than the corpus)."""
    extracted = sum(len(fragment.relationships) for fragment in fragments)
    if extracted > relationships:
        fragments = fragments[:max(1, len(fragments) * relationships // extracted)]
    whole = GraphFragment()
    for fragment in fragments:
        whole.merge(fragment)
    whole.merge(load_reference(REFERENCE))
    base_nodes, base_rels = fragment_rows([whole])
    per_copy = sum(len(rows) for (_, source, target), rows in base_rels.items()
                   if source in PER_ARTICLE or target in PER_ARTICLE)
    shared = sum(map(len, base_rels.values())) - per_copy
    copies = max(1, round((relationships - shared) / max(per_copy, 1)))
    new = {node["id"] for label in PER_ARTICLE for node in base_nodes.get(label, [])}

    def renamed(value: Any, copy: int) -> Any:
        if isinstance(value, str) and value in new:
            return f"{value}-{copy}" if copy else value
        if isinstance(value, list):
            return [renamed(item, copy) for item in value]
        return value

    nodes: dict[Label, list[dict[str, Any]]] = {}
    for label, rows in base_nodes.items():
        if label not in PER_ARTICLE:
            nodes[label] = rows
            continue
        nodes[label] = []
        for copy in range(copies):
            for row in rows:
                props = {**row, "id": renamed(row["id"], copy)}
                props[LOOKUP_KEYS] = lookup_keys(props)
                nodes[label].append(props)
    rels: dict[tuple[str, Label, Label], list[dict[str, Any]]] = {}
    for key, rows in base_rels.items():
        _, source, target = key
        if source not in PER_ARTICLE and target not in PER_ARTICLE:
            rels[key] = rows
            continue
        rels[key] = [{"s": renamed(row["s"], copy), "t": renamed(row["t"], copy),
                      "p": {**row["p"], "sources": renamed(row["p"].get("sources", []), copy)}}
                     for copy in range(copies) for row in rows]
    return nodes, rels, copies


def query_graph(folder: Path, fragments: list[GraphFragment], size: int) -> EmbeddedStore:
    """The graph of about ``size`` relationships, loaded into ``folder`` unless an earlier run
    (``--graphs``) left it there from the same corpus: loading 1M relationships takes minutes."""
    path = folder / f"graph-{size}.db"
    stamp = path.with_suffix(".json")
    corpus = {"articles": len(fragments), "size": size,
              "relationships": sum(len(fragment.relationships) for fragment in fragments)}
    if path.exists() and stamp.exists() and json.loads(stamp.read_text())["corpus"] == corpus:
        store = EmbeddedStore(path)
        print(f"graph of ~{size:,} rels: reused {path}", flush=True)
        return store
    for stale in (path, stamp, path.with_name(path.name + ".aof")):
        if stale.is_dir():
            shutil.rmtree(stale)
        else:
            stale.unlink(missing_ok=True)
    folder.mkdir(parents=True, exist_ok=True)
    store = EmbeddedStore(path)
    store.ensure_schema()
    nodes, rels, copies = copied_rows(fragments, size)
    started = time.perf_counter()
    raw_write(store, nodes, rels, merge=False)
    print(f"graph of ~{size:,} rels: {copies} copies of the corpus, loaded in "
          f"{time.perf_counter() - started:.1f} s", flush=True)
    store.close()
    stamp.write_text(json.dumps({"corpus": corpus, "copies": copies}), encoding="utf-8")
    return EmbeddedStore(path)


def bench_queries(report: Report, store: Store, size: int, runs: int) -> None:
    from rekg.queries.catalog import list_queries

    nodes, rels = store.counts()
    label = f"{rels:,} rels"
    print(f"queries at {label} ({nodes:,} nodes)", flush=True)
    from rekg.errors import RekgError

    for query in list_queries():
        params = QUERY_PARAMS.get(query.name, {})
        times = []
        try:
            rows = len(query.run(store, params).rows)  # warm-up: plans and caches
            for _ in range(runs):
                started = time.perf_counter()
                query.run(store, params)
                times.append((time.perf_counter() - started) * 1000)
        except RekgError as exc:  # falkordblite's 5 s socket timeout ends a slow query
            report.add(f"query p95 at {label}", query.name, float("nan"), "ms",
                       note=f"failed after {len(times)} runs: {exc}")
            continue
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        report.add(f"query p95 at {label}", query.name, p95, "ms",
                   note=f"p50 {statistics.median(times):.1f} ms, {rows} rows, {runs} runs")


# -- exports ----------------------------------------------------------------------------------


def bench_exports(report: Report, store: Store, work: Path) -> None:
    import networkx as nx

    from rekg.graph.export import format_names
    from rekg.graph.export.pipeline import export_store

    rels = store.counts()[1]
    print(f"exports of {rels:,} relationships", flush=True)
    graph = nx.MultiDiGraph()
    for node in store.iter_nodes():
        graph.add_node(node["id"], **node)
    for rel in store.iter_relationships():
        graph.add_edge(rel["source"], rel["target"], key=rel["type"], **rel)
    started = time.perf_counter()
    with open(work / "networkx.json", "w", encoding="utf-8") as out:
        json.dump(nx.node_link_data(graph, edges="links"), out)
    baseline = rels / (time.perf_counter() - started)
    del graph
    for name in format_names():
        out = work / f"export-{name}"
        started = time.perf_counter()
        summary = export_store(store, name, out)
        elapsed = time.perf_counter() - started
        report.add(f"export of {rels:,} rels", name, summary.relationships / elapsed, "rel/s",
                   baseline, "networkx node_link_data + json.dump")
        if out.is_dir():
            shutil.rmtree(out)
        else:
            out.unlink(missing_ok=True)


# -- the run ----------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(),
            "system": platform.platform()}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", action="store_true", help="a few articles: a smoke test")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results.json")
    parser.add_argument("--no-neo4j", action="store_true", help="leave Neo4j out")
    parser.add_argument("--runs", type=int, default=None,
                        help="timed runs of each query (default 20; --tiny 2)")
    parser.add_argument("--graphs", type=Path, default=None,
                        help="keep the query and export graphs in this folder and reuse them "
                        "in later runs (the corpus is seeded, so they stay the same)")
    parser.add_argument("--skip", default="", help="comma-separated sections to leave out: "
                        "extraction, ingest, merge, queries, exports")
    parser.add_argument("--ingest-articles", default=None, metavar="N,N",
                        help="corpus sizes to ingest (default 1000; 10000 took 16 minutes)")
    args = parser.parse_args(argv)
    sizes = TINY if args.tiny else FULL
    if args.ingest_articles:
        try:
            counts = tuple(int(n) for n in args.ingest_articles.split(",") if n.strip())
        except ValueError:
            parser.error(f"--ingest-articles {args.ingest_articles!r}: give numbers such as "
                         "1000,10000")
        sizes = replace(sizes, ingest_articles=counts)
    if args.runs:
        sizes = replace(sizes, query_runs=args.runs)
    skip = set(filter(None, args.skip.split(",")))
    report = Report()
    load_at_start = list(os.getloadavg())
    started = time.perf_counter()
    with ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="rekg-bench-")))
        documents = generate_corpus(sizes.extract_articles, seed=1)
        if "extraction" in skip:
            fragments = [extract(document) for document in documents]
            for fragment, document in zip(fragments, documents, strict=True):
                fragment.add_node(document.article_node())
        else:
            fragments = bench_extraction(report, documents)
        if "ingest" not in skip:
            for articles in sizes.ingest_articles:
                bench_ingest(report, articles, work)
        if "merge" not in skip:
            merging = fragments[:sizes.merge_articles]
            count = iter(range(1_000_000))
            bench_merge(report, "embedded", lambda: EmbeddedStore(
                work / f"merge-{next(count)}.db"), merging)
            if not args.no_neo4j:
                from store_bench import launched_neo4j

                from rekg.graph.neo4j_store import Neo4jStore

                uri = stack.enter_context(launched_neo4j())

                def fresh_neo4j() -> Store:
                    store = Neo4jStore(uri)
                    store.clear()
                    return store

                bench_merge(report, "neo4j", fresh_neo4j, merging)
        export_done = "exports" in skip
        if "queries" not in skip or not export_done:
            for size in sizes.query_relationships:
                with query_graph(args.graphs or work, fragments, size) as store:
                    if "queries" not in skip:
                        bench_queries(report, store, size, sizes.query_runs)
                    if not export_done and size >= sizes.export_relationships:
                        bench_exports(report, store, work)
                        export_done = True
    result = {"machine": machine(), "load_average": {"start": load_at_start,
                                                      "end": list(os.getloadavg())},
              "arguments": argv if argv is not None else sys.argv[1:],
              "tiny": args.tiny, "seconds": time.perf_counter() - started,
              "rows": report.rows, "markdown": report.markdown()}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    print()
    print(f"machine: {result['machine']}; load average (1, 5, 15 min) at the start "
          f"{load_at_start}, at the end {result['load_average']['end']}")
    print(report.markdown())
    print(f"\n(written to {args.out}; {result['seconds']:.0f} s)")
    return result


if __name__ == "__main__":
    main()
