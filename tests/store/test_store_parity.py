"""Store behaviour that must be identical on the embedded store and on Neo4j."""

from __future__ import annotations

import pytest

from rekg.errors import CypherError
from rekg.graph.store import Store
from rekg.schema import GraphFragment, Label, make_node, relate


def _fragment(article: str, alias: str, confidence: float = 0.8) -> GraphFragment:
    fragment = GraphFragment()
    china = fragment.add_node(make_node(Label.COUNTRY, "China", key="cn", iso2="CN",
                                        aliases=[alias]))
    control = fragment.add_node(make_node(Label.RESTRICTION, "Chinese export control on Dy",
                                          key="cn-export-control", kind="export_licensing",
                                          status="in_force", hs_codes=["2805.30"]))
    dysprosium = fragment.add_node(make_node(Label.MATERIAL, "dysprosium", kind="element",
                                             symbol="Dy"))
    fragment.add_relationship(relate("IMPOSES", china, control, sources=[article],
                                     evidence=[f"{article} says China imposed it"],
                                     confidence=confidence))
    fragment.add_relationship(relate("RESTRICTS", control, dysprosium, sources=[article],
                                     evidence=[f"{article} says it covers Dy"]))
    return fragment


def test_merge_is_idempotent(store: Store) -> None:
    first = store.merge(_fragment("article:a", "PRC"))
    assert (first.nodes_created, first.relationships_created) == (3, 2)
    assert first.by_label == {"Country": 1, "Restriction": 1, "Material": 1,
                              "IMPOSES": 1, "RESTRICTS": 1}
    again = store.merge(_fragment("article:a", "PRC"))
    assert (again.nodes, again.relationships) == (3, 2)
    assert (again.nodes_created, again.relationships_created) == (0, 0)
    assert store.counts() == (3, 2)
    rels = list(store.iter_relationships())
    assert [r["sources"] for r in rels] == [["article:a"], ["article:a"]]


def test_provenance_and_aliases_are_unioned(store: Store) -> None:
    store.merge(_fragment("article:a", "PRC", confidence=0.6))
    store.merge(_fragment("article:b", "Beijing", confidence=0.9))
    store.merge(_fragment("article:c", "PRC", confidence=0.7))
    assert store.counts() == (3, 2)
    imposes = next(r for r in store.iter_relationships() if r["type"] == "IMPOSES")
    assert imposes["source"] == "country:cn"
    assert imposes["target"] == "restriction:cn-export-control"
    assert imposes["sources"] == ["article:a", "article:b", "article:c"]
    assert imposes["evidence"] == [f"article:{x} says China imposed it" for x in "abc"]
    assert imposes["confidence"] == pytest.approx(0.9)
    china = next(n for n in store.iter_nodes() if n["id"] == "country:cn")
    assert china["aliases"] == ["PRC", "Beijing"]


def test_existing_properties_are_kept_and_missing_ones_filled(store: Store) -> None:
    first = GraphFragment()
    first.add_node(make_node(Label.MATERIAL, "dysprosium", kind="element"))
    store.merge(first)
    second = GraphFragment()
    second.add_node(make_node(Label.MATERIAL, "Dysprosium metal", key="dysprosium",
                              kind="metal", symbol="Dy"))
    store.merge(second)
    (node,) = store.iter_nodes()
    assert node == {"label": "Material", "id": "material:dysprosium", "name": "dysprosium",
                    "kind": "element", "symbol": "Dy", "aliases": []}


def test_reads_refuse_writes(store: Store) -> None:
    with pytest.raises(CypherError):
        store.read("CREATE (n:Country {id: 'country:xx', name: 'X'})")
    with pytest.raises(CypherError):
        store.read("MERGE (n:Country {id: 'country:xx'}) RETURN n")
    assert store.counts() == (0, 0)
    store.write("CREATE (n:Country {id: 'country:xx', name: 'X'})")
    assert store.counts() == (1, 0)


def test_bad_cypher_is_one_line_cypher_error(store: Store) -> None:
    with pytest.raises(CypherError) as caught:
        store.read("MATCH (n RETURN n")
    message = str(caught.value)
    assert message
    assert "\n" not in message


def test_parameters_travel_as_values(store: Store) -> None:
    hostile = "x'}) DETACH DELETE n //"
    store.write("CREATE (n:Country {id: $id, name: $name})", {"id": "country:q", "name": hostile})
    result = store.read("MATCH (n:Country) WHERE n.name = $name RETURN n.id AS id",
                        {"name": hostile})
    assert result.columns == ["id"]
    assert result.rows == [["country:q"]]


def test_results_are_plain_values(store: Store) -> None:
    store.merge(_fragment("article:a", "PRC"))
    result = store.read(
        "MATCH p = (c:Country)-[r:IMPOSES]->(x:Restriction) "
        "RETURN c, r, p, x.hs_codes AS codes, {kind: x.kind, n: 1} AS summary, null AS nothing"
    )
    assert result.columns == ["c", "r", "p", "codes", "summary", "nothing"]
    (row,) = result.records()
    assert row["c"] == {"_labels": ["Country"], "id": "country:cn", "name": "China",
                        "iso2": "CN", "aliases": ["PRC"],
                        "keys": ["china", "country:cn", "cn", "prc"]}
    assert row["r"] == {"_type": "IMPOSES", "sources": ["article:a"],
                        "evidence": ["article:a says China imposed it"],
                        "confidence": pytest.approx(0.8)}
    assert [n["id"] for n in row["p"]["nodes"]] == ["country:cn", "restriction:cn-export-control"]
    assert [r["_type"] for r in row["p"]["relationships"]] == ["IMPOSES"]
    assert row["codes"] == ["2805.30"]
    assert row["summary"] == {"kind": "export_licensing", "n": 1}
    assert row["nothing"] is None


def _many(count: int) -> GraphFragment:
    fragment = GraphFragment()
    hub = fragment.add_node(make_node(Label.PRODUCT, "electric vehicle"))
    for index in range(count):
        material = fragment.add_node(make_node(Label.MATERIAL, f"material {index:04d}"))
        fragment.add_relationship(relate("DEPENDS_ON", hub, material, sources=["article:s"]))
    return fragment


def test_streaming_pages_through_everything_once(store: Store) -> None:
    stats = store.merge(_many(230), batch_size=50)
    assert (stats.nodes_created, stats.relationships_created) == (231, 230)
    nodes = list(store.iter_nodes(batch_size=17))
    assert len(nodes) == 231
    # pages are internal id ranges: every node once, in no promised order
    assert sorted(n["label"] for n in nodes) == ["Material"] * 230 + ["Product"]
    material_ids = sorted(n["id"] for n in nodes if n["label"] == "Material")
    assert len(set(material_ids)) == 230
    assert all("keys" not in n for n in nodes)
    rels = list(store.iter_relationships(batch_size=7))
    assert len(rels) == 230
    assert {r["type"] for r in rels} == {"DEPENDS_ON"}
    assert {r["source"] for r in rels} == {"product:electric-vehicle"}
    assert sorted(r["target"] for r in rels) == material_ids


def test_schema_summary(store: Store) -> None:
    assert store.schema_summary() == {"labels": [], "relationship_types": [],
                                      "property_keys": []}
    store.merge(_fragment("article:a", "PRC"))
    summary = store.schema_summary()
    assert summary["labels"] == ["Country", "Material", "Restriction"]
    assert summary["relationship_types"] == ["IMPOSES", "RESTRICTS"]
    assert summary["property_keys"] == sorted({
        "id", "name", "aliases", "iso2", "kind", "status", "hs_codes", "symbol",
        "sources", "evidence", "confidence", "keys",
    })


def test_clear_empties_the_store(store: Store) -> None:
    store.merge(_many(20))
    assert store.counts() == (21, 20)
    store.clear()
    assert store.counts() == (0, 0)
    assert list(store.iter_nodes()) == []


def test_ensure_schema_is_repeatable(store: Store) -> None:
    store.ensure_schema()
    store.ensure_schema()
    store.merge(_fragment("article:a", "PRC"))
    assert store.counts() == (3, 2)
