"""The examples, then the dev set, then benchmark articles, ingested into one graph: no two
Restriction nodes are one measure (issue 12). Embedded store only: the parity of resolution
itself is tested in test_resolve.py."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from rekg.graph.resolve import kind_family
from rekg.graph.store import Store
from rekg.loaders.families import coverage_families
from rekg.loaders.ingest import ingest
from rekg.schema.events import StatusEvent

from .benchmark_articles import write_benchmark_articles

REPO = Path(__file__).resolve().parents[2]
DEV = REPO.parent / "shared" / "eval" / "dev"  # as tests/conftest.py


def _outgoing(store: Store, rel_type: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for rel in store.iter_relationships():
        if rel["type"] == rel_type:
            found[rel["source"]].add(rel["target"])
    return found


def test_one_node_per_measure_across_examples_dev_and_benchmark(
    embedded_store: Store, tmp_path: Path
) -> None:
    write_benchmark_articles(40, 1, tmp_path / "bench")
    before = 0
    for folder in (REPO / "examples" / "articles", DEV, tmp_path / "bench"):
        assert folder.is_dir(), folder
        ingest(embedded_store, [str(folder)])
        count = sum(1 for n in embedded_store.iter_nodes() if n["label"] == "Restriction")
        assert count >= before
        before = count
    covers, targets = _outgoing(embedded_store, "RESTRICTS"), _outgoing(embedded_store, "TARGETS")
    imposers: dict[str, set[str]] = defaultdict(set)
    for source, restrictions in _outgoing(embedded_store, "IMPOSES").items():
        for restriction in restrictions:
            imposers[restriction].add(source)
    # Stated the same way (imposer, kind family, start day as the text states it), with
    # targets and coverage that could be one measure's, two nodes would be one measure told
    # twice. A start the text does not state (the publication day) says nothing.
    by_start: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    published = {n["id"]: n.get("published") for n in embedded_store.iter_nodes()
                 if n["label"] == "Article"}
    for node in embedded_store.iter_nodes():
        if node["label"] != "Restriction":
            continue
        events = [StatusEvent.decode(e) for e in node.get("status_events", [])]
        stated = sorted(e.date for e in events if e.basis == "stated"
                        and e.status in ("announced", "in_force")
                        and e.date != published.get(e.source))
        if stated:
            key = (",".join(sorted(imposers[node["id"]])), kind_family(node.get("kind", "")),
                   stated[0])
            by_start[key].append(node["id"])
    assert by_start
    for ids in by_start.values():
        for i, first in enumerate(ids):
            for second in ids[i + 1:]:
                shared_targets = (not targets[first] or not targets[second]
                                  or targets[first] & targets[second])
                family = {f for c in covers[first] for f in coverage_families(c)}
                shared_scope = (not covers[first] or not covers[second]
                                or family & {f for c in covers[second]
                                             for f in coverage_families(c)})
                assert not (shared_targets and shared_scope), (first, second)
