"""One measure, one node (issue 12), on both stores: articles in tests/resolve/data report
India's March 2025 neodymium licensing in four ways (announced, in effect, mentioned without
a date, suspended) and a separate July licence on titanium."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rekg.graph.export import get_format
from rekg.graph.resolve import resolve
from rekg.graph.store import Store
from rekg.loaders.extract import extract
from rekg.loaders.families import coverage_families
from rekg.loaders.ingest import ingest
from rekg.loaders.reference import load_reference_files
from rekg.loaders.sources import iter_source_files, read_source_file
from rekg.queries.catalog import get_query, list_queries
from rekg.schema import Label

REPO = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data"
REFERENCE = REPO / "examples" / "reference" / "dependencies.csv"
MARCH = "2025-03-03"

def run(store: Store, name: str, /, **params: Any) -> list[dict[str, Any]]:
    return get_query(name).run(store, params).records()


def restrictions(store: Store) -> list[dict[str, Any]]:
    return [n for n in store.iter_nodes() if n["label"] == Label.RESTRICTION.value]


def export_json(store: Store, path: Path) -> bytes:
    get_format("json").write(store.iter_nodes(), store.iter_relationships(), path)
    return path.read_bytes()


def ingest_without_resolution(store: Store, folder: Path) -> None:
    """The graph an ingest made before resolution existed: one node per article's report."""
    for entry in iter_source_files([str(folder)]):
        for document in read_source_file(entry, None):
            assert not isinstance(document, type(entry)) and hasattr(document, "article_node")
            fragment = extract(document)
            fragment.add_node(document.article_node())
            store.merge(fragment)


def test_four_reports_of_one_measure_make_one_node_and_another_measure_its_own(
    store: Store,
) -> None:
    ingest(store, [str(DATA)])
    found = {n.get("announced"): n for n in restrictions(store)}
    assert sorted(found) == [MARCH, "2025-07-07"]
    march = found[MARCH]
    assert len(march["merged_ids"]) == 3
    assert march["status"] == "suspended"
    articles = {row["title"] for row in run(store, "articles", mentions=march["id"])}
    assert len(articles) == 5 - 1  # every article but the titanium one
    covered = {r["target"] for r in store.iter_relationships()
               if r["type"] == "RESTRICTS" and r["source"] == march["id"]}
    assert "material:neodymium" in covered
    titanium = {r["target"] for r in store.iter_relationships()
                if r["type"] == "RESTRICTS" and r["source"] == found["2025-07-07"]["id"]}
    assert titanium == {"material:titanium"}


def test_status_history_keeps_each_report_with_its_article(store: Store) -> None:
    ingest(store, [str(DATA)])
    march = next(n for n in restrictions(store) if n.get("announced") == MARCH)
    events = [e.split("|") for e in march["status_events"]]
    assert events == sorted(events)
    # Every article that states March 3 keeps its own report of it; extraction decides
    # whether "since March 3, when ... took effect" states an announcement too.
    reported = [e[:2] for e in events if e[3] != "mentioned"]
    assert sorted(set(map(tuple, reported))) == [
        (MARCH, "announced"), ("2025-03-24", "in_force"), ("2025-12-02", "suspended")]
    assert reported[-2:] == [["2025-03-24", "in_force"], ["2025-12-02", "suspended"]]
    titles = {n["id"]: n["title"] for n in store.iter_nodes() if n["label"] == "Article"}
    assert {titles[e[2]] for e in events if e[:2] == [MARCH, "announced"]} >= {
        "India puts neodymium exports under licence",
        "India suspends its neodymium export licences after a trade deal"}
    assert titles[events[-1][2]] == (
        "India suspends its neodymium export licences after a trade deal")
    changes = run(store, "changes", since="2025-12")
    assert [(c["status"], c["before"], c["who"]) for c in changes] == [
        ("suspended", "in_force", ["India"])]
    timeline = run(store, "timeline", country="India")
    assert [(t["date"], t["happened"]) for t in timeline if t["what"] == "export_licensing"] == [
        (MARCH, "announced"), ("2025-03-24", "in_force"), ("2025-07-07", "announced"),
        ("2025-12-02", "suspended")]


def test_products_at_risk_as_of_before_and_after_the_suspension(store: Store) -> None:
    ingest(store, [str(DATA)])
    load_reference_files(store, [REFERENCE])

    def at_risk(day: str | None) -> set[str]:
        rows = run(store, "products-at-risk", material="neodymium", country="India", as_of=day)
        return {row["product"] for row in rows}

    before, after = at_risk("2025-11-30"), at_risk("2025-12-02")
    assert "electric vehicle" in before
    assert after == set()
    assert at_risk("2025-03-02") == set()  # not yet announced
    assert at_risk(None) == set()  # the current status is suspended
    rows = run(store, "restrictions", as_of="2025-04")
    assert [(r["status"], r["date"]) for r in rows] == [("in_force", MARCH)]
    assert run(store, "country-restrictions", country="India", as_of="2025-02") == []
    chokepoints = {r["material"]: r["active_restrictions"]
                   for r in run(store, "chokepoints", as_of="2025-06", limit=100)}
    assert chokepoints["neodymium"] == 1


def test_reingesting_and_reresolving_change_nothing(store: Store, tmp_path: Path) -> None:
    ingest(store, [str(DATA)])
    first = export_json(store, tmp_path / "first.json")
    again = ingest(store, [str(DATA)])
    assert (again.articles_new, again.entities, again.relationships) == (0, 0, 0)
    assert export_json(store, tmp_path / "again.json") == first
    summary = resolve(store, coverage_families)
    assert summary.merged == 0
    assert export_json(store, tmp_path / "resolved.json") == first


def test_resolve_over_an_unresolved_graph_gives_one_node_per_measure(
    store: Store, tmp_path: Path
) -> None:
    ingest_without_resolution(store, DATA)
    reports = len(restrictions(store))
    assert reports >= 5  # every article reports at least one
    summary = resolve(store, coverage_families)
    assert (summary.restrictions_before, summary.restrictions_after) == (reports, 2)
    assert summary.merged == reports - 2
    march = next(n for n in restrictions(store) if n.get("announced") == MARCH)
    assert march["status"] == "suspended"
    first = export_json(store, tmp_path / "first.json")
    assert resolve(store, coverage_families).merged == 0
    assert export_json(store, tmp_path / "second.json") == first


def _canonical(store: Store) -> list[str]:
    """The graph as sorted lines, list properties sorted: the order of reports is not part
    of it."""
    def plain(item: dict[str, Any]) -> str:
        return json.dumps({k: sorted(v) if isinstance(v, list) else v
                           for k, v in item.items()}, sort_keys=True)

    return sorted([plain(n) for n in store.iter_nodes()]
                  + [plain(r) for r in store.iter_relationships()])


def test_ingest_order_does_not_change_the_graph(store: Store) -> None:
    # The undated and the suspended reports come before or after the dated ones; each
    # article is its own batch, so resolution runs incrementally between them.
    files = sorted([*DATA.glob("*.txt"), *(REPO / "examples" / "articles").glob("*.txt")])
    graphs = []
    for order in (files, files[::-1], files[1::2] + files[::2]):
        store.clear()
        store.ensure_schema()
        ingest(store, [str(f) for f in order], batch_size=1)
        graphs.append(_canonical(store))
    assert graphs[0] == graphs[1] == graphs[2]
    assert sum('"label": "Restriction"' in line for line in graphs[0]) >= 2


AS_OF_PARAMS: dict[str, dict[str, str]] = {
    "products-at-risk": {"material": "neodymium"},
    "products-hit": {"country": "Japan", "imposer": "India"},
    "country-restrictions": {"country": "India"},
    "restrictions": {},
    "chokepoints": {"limit": "50"},
    "tit-for-tat": {"a": "India", "b": "Japan"},
}


@pytest.mark.neo4j
def test_as_of_answers_are_the_same_on_both_stores(
    embedded_store: Store, neo4j_store: Store
) -> None:
    for each in (embedded_store, neo4j_store):
        ingest(each, [str(DATA)])
        load_reference_files(each, [REFERENCE])
    with_as_of = sorted(q.name for q in list_queries()
                        if any(p.name == "as_of" for p in q.parameters))
    assert with_as_of == sorted(AS_OF_PARAMS)
    answered = 0
    for name, params in AS_OF_PARAMS.items():
        for day in ("2025-02", "2025-03-03", "2025-06-30", "2025-12-02", "2026"):
            query = get_query(name)
            on_embedded = query.run(embedded_store, {**params, "as_of": day})
            on_neo4j = query.run(neo4j_store, {**params, "as_of": day})
            assert on_embedded.columns == on_neo4j.columns, name
            assert on_embedded.rows == on_neo4j.rows, (name, day)
            answered += bool(on_embedded.rows)
    assert answered >= 10
    for name in ("changes", "timeline"):
        params = {"since": "2025"} if name == "changes" else {"country": "India"}
        assert (get_query(name).run(embedded_store, params).rows
                == get_query(name).run(neo4j_store, params).rows), name


def test_a_second_resolution_writes_nothing(store: Store, monkeypatch: pytest.MonkeyPatch,
                                            ) -> None:
    ingest(store, [str(DATA)], batch_size=2)
    writes: list[str] = []
    real_write = store.write

    def recorded(cypher: str, params: Any = None) -> Any:
        writes.append(cypher)
        return real_write(cypher, params)

    monkeypatch.setattr(store, "write", recorded)
    summary = resolve(store, coverage_families)
    assert writes == []
    assert (summary.merged, summary.restrictions_before) == (0, summary.restrictions_after)
    store.write("MATCH (r:Restriction) SET r.name = 'renamed'")
    resolve(store, coverage_families)  # a node that differs from its reports is rewritten
    assert len(writes) > 1
    assert "renamed" not in {n["name"] for n in restrictions(store)}


def test_merges_resolution_did_not_see_are_read_from_the_store(
    embedded_store: Store, tmp_path: Path,
) -> None:
    # resolution keeps the nodes it wrote in memory between batches; articles merged behind
    # its back through the same store object must still be read and resolved
    files = sorted(DATA.glob("*.txt"))
    ingest(embedded_store, [str(f) for f in files[:2]], batch_size=1)
    unseen = tmp_path / "unseen"
    unseen.mkdir()
    for path in files[2:]:
        (unseen / path.name).write_text(path.read_text())
    ingest_without_resolution(embedded_store, unseen)
    resolve(embedded_store, coverage_families)
    found = {n.get("announced"): n for n in restrictions(embedded_store)}
    assert sorted(found) == [MARCH, "2025-07-07"]
    assert len(found[MARCH]["merged_ids"]) == 3
    assert found[MARCH]["status"] == "suspended"
