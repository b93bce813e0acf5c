"""Merge and resolution cost per article as the graph grows, extraction left out.

Extracts N benchmark articles (``corpus.py``) or the ``.txt`` files of a folder once, keeping
the fragments in a pickle (``--cache``) so that later runs, and runs of another checkout
(``--code``), merge exactly the same fragments. Then merges them ``--batch`` at a time into a
fresh embedded store as ``rekg ingest`` does (``merge_articles``, then resolution when
``rekg.loaders.ingest.Unresolved`` says it is due; a checkout without it resolves after every
batch), timing the two steps of every batch (and the writer's own CPU time for resolution,
which the load of other jobs disturbs less), and prints the first and the last tenth's cost
per article.

    .venv/bin/python benchmarks/resolve_bench.py --articles 10000 --cache /tmp/frag.pickle
    .venv/bin/python benchmarks/resolve_bench.py --folder corpus/train --cache /tmp/train.pickle
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _extract_all(articles: int, seed: int, folder: Path | None, jobs: int) -> list[Any]:
    from corpus import generate_corpus
    from rekg.loaders.document import Document
    from rekg.loaders.extraction import Extraction
    from rekg.loaders.sources import SourceWarning, iter_source_files, read_source_file

    documents: list[Document]
    if folder is not None:
        documents = [item for entry in iter_source_files([str(folder)])
                     if not isinstance(entry, SourceWarning)
                     for item in read_source_file(entry) if isinstance(item, Document)]
    else:
        documents = generate_corpus(articles, seed)
    extraction = Extraction(None, jobs)
    try:
        results = extraction.submit(documents)()
    finally:
        extraction.close(failed=False)
    return [(document.id, result) for document, result in zip(documents, results, strict=True)
            if not isinstance(result, str)]


def _digest(store: Any) -> str:
    """A hash of every node (hidden fields included) and relationship with its properties,
    to show that two codes built the same graph from the same fragments."""
    rows = store.read("MATCH (n) RETURN labels(n)[0], properties(n)").rows \
        + store.read("MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, properties(r)").rows
    text = "\n".join(sorted(json.dumps(row, sort_keys=True, default=str) for row in rows))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _run(fragments: list[Any], batch: int, store_path: Path) -> dict[str, Any]:
    import rekg.loaders.ingest
    from rekg.graph.embedded_store import EmbeddedStore
    from rekg.graph.resolve import resolve_merged, resolve_pending
    from rekg.loaders.families import coverage_families

    # a checkout from before the schedule resolves after every batch
    schedule: Any = getattr(rekg.loaders.ingest, "Unresolved", None)

    merge_times: list[float] = []
    resolve_times: list[float] = []
    resolve_cpu: list[float] = []
    with EmbeddedStore(store_path) as store:
        store.ensure_schema()
        unresolved = None if schedule is None else schedule(store, batch)
        for start in range(0, len(fragments), batch):
            chunk = fragments[start:start + batch]
            last = start + batch >= len(fragments)
            began = time.perf_counter()
            stats = store.merge_articles(chunk, finish=unresolved is None)
            merged = time.perf_counter()
            cpu = time.process_time()
            if unresolved is None:
                resolve_merged(store, [fragment for _, fragment in chunk], coverage_families)
            else:
                unresolved.add(stats.articles_new, [fragment for _, fragment in chunk])
                if last or unresolved.due():
                    unresolved.resolve()
            resolve_cpu.append(time.process_time() - cpu)
            merge_times.append(merged - began)
            resolve_times.append(time.perf_counter() - merged)
        resolve_pending(store, coverage_families)
        nodes, rels = store.counts()
        digest = _digest(store)
    return {"merge": merge_times, "resolve": resolve_times, "resolve_cpu": resolve_cpu,
            "nodes": nodes,
            "relationships": rels, "digest": digest}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--folder", type=Path, default=None, help="extract these .txt files")
    parser.add_argument("--cache", type=Path, required=True, help="pickle of the fragments")
    parser.add_argument("--limit", type=int, default=None,
                        help="merge only the first N articles of the cache")
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--code", type=Path, default=None,
                        help="a checkout of rekg to merge and resolve with instead")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.cache.exists():
        fragments = _extract_all(args.articles, args.seed, args.folder, args.jobs)
        args.cache.write_bytes(pickle.dumps(fragments))
    if args.code is not None and not args.child:
        env = {**os.environ, "PYTHONPATH": str(args.code.resolve())}
        argv = [a for a in sys.argv[1:] if a != "--code" and a != str(args.code)]
        subprocess.run([sys.executable, __file__, *argv, "--child"], env=env, check=True)
        return
    fragments = pickle.loads(args.cache.read_bytes())[:args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        result = _run(fragments, args.batch, Path(tmp) / "graph.db")
        total = time.perf_counter() - started
    import rekg

    batches = len(result["merge"])
    tenth = max(1, batches // 10)
    per = args.batch
    line = {"code": str(Path(rekg.__file__).parent.parent), "articles": len(fragments),
            "batch": per, "seconds": round(total, 1),
            "articles_per_s": round(len(fragments) / total, 1),
            "nodes": result["nodes"], "relationships": result["relationships"],
            "digest": result["digest"]}
    for step in ("merge", "resolve", "resolve_cpu"):
        times = result[step]
        line[f"{step}_s"] = round(sum(times), 1)
        line[f"{step}_first_ms_per_article"] = round(1000 * sum(times[:tenth]) / (tenth * per), 1)
        line[f"{step}_last_ms_per_article"] = round(1000 * sum(times[-tenth:]) / (tenth * per), 1)
    print(json.dumps(line))


if __name__ == "__main__":
    main()
