"""Structures derived from the graph in Python (rekg/queries/derived.py): the same answers as
the Cypher they replace, and never an answer from before the latest write."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.store import Store
from rekg.queries.catalog import get_query
from rekg.queries.derived import derived

# What products-at-risk ran for material=... before: every chain of up to 8 hops enumerated.
ENUMERATED = """
MATCH (product:Product)
MATCH chain = (product)-[:DEPENDS_ON*1..8]->(restricted)
WHERE any(n IN nodes(chain)[1..] WHERE any(k IN n.keys
          WHERE any(f IN $forms WHERE k = f OR k ENDS WITH (' ' + f))))
WITH product, restricted, length(chain) AS hops,
     reduce(text = product.name, n IN nodes(chain)[1..] | text + ' > ' + n.name) AS chain_text
ORDER BY hops, chain_text
WITH product, restricted, min(hops) AS hops, collect(chain_text)[0] AS chain_text
RETURN product.id, restricted.id, hops, chain_text
"""


def run(store: Store, name: str, /, **params: Any) -> list[dict[str, Any]]:
    return get_query(name).run(store, params).records()


def by_material(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {row["material"]: row for row in rows}


def test_a_status_change_reaches_the_next_answer(fixture_store: Store) -> None:
    assert all("NdFeB magnet" not in row["materials"]
               for row in run(fixture_store, "products-at-risk"))
    fixture_store.write("MATCH (r:Restriction {id: 'restriction:cn-export-licensing-r2'}) "
                        "SET r.status = 'in_force'")
    rows = {row["product"]: row for row in run(fixture_store, "products-at-risk")}
    assert rows["wind turbine"]["materials"] == ["dysprosium", "NdFeB magnet", "terbium"]
    assert rows["wind turbine"]["chain"] == "wind turbine > NdFeB magnet"


def test_a_new_restriction_reaches_the_next_answer(fixture_store: Store) -> None:
    neodymium = by_material(run(fixture_store, "chokepoints"))["neodymium"]
    assert (neodymium["active_restrictions"], neodymium["restricted_by"]) == (0, [])
    fixture_store.write(
        "MATCH (japan:Country {name: 'Japan'}), (m:Material {name: 'neodymium'}) "
        "CREATE (japan)-[:IMPOSES]->(:Restriction {id: 'restriction:jp-test', name: 'test', "
        "kind: 'export_ban', status: 'announced'})-[:RESTRICTS]->(m)")
    neodymium = by_material(run(fixture_store, "chokepoints"))["neodymium"]
    assert (neodymium["active_restrictions"], neodymium["restricted_by"]) == (1, ["Japan"])
    (row,) = [row for row in run(fixture_store, "dependency-chain", product="wind turbine")
              if row["depends_on"] == "neodymium"]
    assert row["restricted_by"] == ["Japan (announced)"]


def test_a_new_dependency_reaches_the_next_answer(fixture_store: Store) -> None:
    before = run(fixture_store, "dependency-chain", product="smartphone")
    assert "dysprosium" not in [row["depends_on"] for row in before]
    fixture_store.write("MATCH (p:Product {name: 'smartphone'}), (m:Material {name: 'dysprosium'}) "
                        "CREATE (p)-[:DEPENDS_ON]->(m)")
    after = run(fixture_store, "dependency-chain", product="smartphone")
    (row,) = [row for row in after if row["depends_on"] == "dysprosium"]
    assert (row["depth"], row["chain"], row["restricted_by"]) == (
        1, "smartphone > dysprosium", ["China (in_force)"])


def test_the_generation_follows_writes(store: Store) -> None:
    first = store.generation()
    if store.dialect != "falkordb":
        assert first is None
        return
    store.read("MATCH (n) RETURN count(n)")
    assert store.generation() == first
    store.write("CREATE (:Country {id: 'country:xx', name: 'X'})")
    assert store.generation() != first


def test_chains_through_a_material_match_the_enumerated_paths(store: Store) -> None:
    # Diamonds (equal routes with different names), a shortcut past the material, a word
    # match ("bonded magnet" for "magnet") and a chain longer than 8 hops.
    nodes = {"p1": "Product", "p2": "Product", "p3": "Product", "x1": "Product",
             "x2": "Product", "magnet": "Material", "dy": "Material", "tb": "Material",
             "bonded magnet": "Material", **{f"c{i}": "Product" for i in range(1, 9)}}
    edges = [("p1", "x1"), ("p1", "x2"), ("x1", "magnet"), ("x2", "magnet"), ("magnet", "dy"),
             ("magnet", "tb"), ("x1", "dy"), ("p3", "magnet"), ("x2", "bonded magnet"),
             ("bonded magnet", "tb"), ("p2", "c1"), *[(f"c{i}", f"c{i + 1}") for i in range(1, 8)],
             ("c8", "bonded magnet"), ("c6", "magnet"), ("p3", "x2")]
    for name, label in nodes.items():
        store.write(f"CREATE (:{label} {{id: $id, name: $name, keys: [$name]}})",
                    {"id": f"{label.lower()}:{name}", "name": name})
    for source, target in edges:
        store.write("MATCH (a {id: $a}), (b {id: $b}) CREATE (a)-[:DEPENDS_ON]->(b)",
                    {"a": f"{nodes[source].lower()}:{source}",
                     "b": f"{nodes[target].lower()}:{target}"})
    for forms in (["magnet"], ["dy"], ["x2", "tb"], ["c3"]):
        expected = {tuple(row) for row in store.read(ENUMERATED, {"forms": forms}).rows}
        found = {(product, *row[:3]) for product, rows in
                 derived("reach", store, {"material": forms}).items() for row in rows}
        assert found == expected, forms
        assert expected


def test_timeline_pages_are_slices_of_one_long_page(fixture_store: Store) -> None:
    whole = run(fixture_store, "timeline", limit=1000)
    assert len(whole) == 6
    for offset in range(len(whole)):
        assert run(fixture_store, "timeline", offset=offset, limit=3) == whole[offset:offset + 3]
    since = run(fixture_store, "timeline", since="2025-04", until="2025-06", limit=2)
    assert since == [row for row in whole if "2025-04" <= row["date"][:7] <= "2025-06"][:2]


def test_an_earlier_event_reaches_the_next_timeline(fixture_store: Store) -> None:
    first = run(fixture_store, "timeline", limit=1)
    assert first[0]["date"] > "2001"
    fixture_store.write("MATCH (china:Country {name: 'China'}) CREATE (china)-[:IMPOSES]->"
                        "(:Restriction {id: 'restriction:cn-early', name: 'early', "
                        "kind: 'export_ban', status: 'lifted', announced: '2001-01-01'})")
    (row,) = run(fixture_store, "timeline", limit=1)
    assert (row["date"], row["what"], row["who"]) == ("2001-01-01", "export_ban", ["China"])


def test_the_timeline_without_its_page_events_gives_the_same_rows(fixture_store: Store) -> None:
    # What a store without a generation (Neo4j) runs: every event dated and sorted.
    timeline = get_query("timeline")
    for params in ({}, {"since": "2025-04", "limit": 2}, {"until": "2025", "offset": 1}):
        bound = {**timeline.bind(params), "timeline_events": None}
        assert fixture_store.read(timeline.cypher, bound).rows == \
            timeline.run(fixture_store, params).rows, params


TWO_RESTRICTIONS = """
CREATE (china:Country {id: 'country:cn', name: 'China', keys: ['china', 'cn']}),
       (gallium:Material {id: 'material:gallium', name: 'gallium', keys: ['gallium']}),
       (china)-[:IMPOSES]->(:Restriction {id: 'restriction:a', kind: 'export_ban',
                                         status: 'in_force', announced: '2024-12-03'})
                          -[:RESTRICTS]->(gallium),
       (china)-[:IMPOSES]->(:Restriction {id: 'restriction:b', kind: 'export_licensing',
                                         status: 'announced', announced: '2025-04-04'})
"""


def test_a_new_process_loads_what_an_earlier_one_derived(tmp_path: Path) -> None:
    path = tmp_path / "graph.db"
    with EmbeddedStore(path) as store:
        store.write(TWO_RESTRICTIONS)
        generation = store.generation()
        answer = run(store, "restrictions")
        assert len(answer) == 2
    saved = sorted((tmp_path / "graph.db.derived").glob("measures-*.pickle"))
    assert len(saved) == 1
    written = saved[0].stat().st_mtime_ns
    with EmbeddedStore(path) as store:  # a new server, as each rekg command starts
        assert store.generation() == generation
        assert run(store, "restrictions") == answer
        assert saved[0].stat().st_mtime_ns == written, "loaded, not derived again"
        store.write("MATCH (r:Restriction) SET r.kind = 'renamed'")
        assert {row["kind"] for row in run(store, "restrictions")} == {"renamed"}
    assert saved[0].stat().st_mtime_ns != written


def test_a_store_made_afresh_at_the_same_path_matches_nothing_saved(tmp_path: Path) -> None:
    path = tmp_path / "graph.db"
    with EmbeddedStore(path) as store:
        store.write(TWO_RESTRICTIONS)
        generation = store.generation()
        assert run(store, "restrictions")
    shutil.rmtree(path.with_name("graph.db.aof"), ignore_errors=True)
    path.unlink()
    with EmbeddedStore(path) as store:
        assert store.generation() != generation
        assert run(store, "restrictions") == []


HIT = TWO_RESTRICTIONS + """
CREATE (:Country {id: 'country:us', name: 'United States', keys: ['united states', 'us']}),
       (:Product {id: 'product:radar', name: 'radar', keys: ['radar']})
"""


def test_products_hit_loads_its_small_table_without_the_measures(tmp_path: Path) -> None:
    from rekg.queries import derived as module

    path = tmp_path / "graph.db"
    with EmbeddedStore(path) as store:
        store.write(HIT)
        store.write("MATCH (p:Product), (g:Material) CREATE (p)-[:DEPENDS_ON]->(g)")
        answer = run(store, "products-hit", country="US", imposer="China")
        assert [row["product"] for row in answer] == ["radar"]
    folder = tmp_path / "graph.db.derived"
    assert len(list(folder.glob("hit_table-*.pickle"))) == 1
    for saved in folder.glob("measures-*.pickle"):
        saved.unlink()
    module._cache.clear()
    with EmbeddedStore(path) as store:  # a new process reads only the small table
        assert run(store, "products-hit", country="US", imposer="China") == answer
    assert not list(folder.glob("measures-*.pickle"))
