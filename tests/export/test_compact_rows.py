"""Export pages decoded from FalkorDB's compact replies equal the client's own decoding."""

from __future__ import annotations

from rekg.graph.store import Store

VALUES = """
CREATE (:Country {id: 'country:xx', name: 'Xë "quoted" \\\\ land', iso2: 'XX', keys: ['xx']})
CREATE (:Material {id: 'material:y', name: 'y', aliases: ['why', 'wye'], keys: ['y']})
WITH 1 AS one
MATCH (a:Country {id: 'country:xx'}), (b:Material {id: 'material:y'})
CREATE (a)-[:PRODUCES {confidence: 0.85, sources: ['article:1', 'article:2'],
        evidence: [], flag: true, count: 3, big: 123456789.123456789, nested: [1, 2.5, 'x']}]->(b)
"""


def test_compact_pages_equal_ordinary_reads(embedded_store: Store) -> None:
    embedded_store.write(VALUES)
    for query in ("MATCH (n) RETURN labels(n)[0], properties(n) ORDER BY n.id",
                  "MATCH (a)-[r]->(b) RETURN a.id, b.id, type(r), properties(r), null"):
        fast = embedded_store._page_rows(query, {})
        assert fast == embedded_store.read(query, {}).rows
        assert fast
    rel = next(iter(embedded_store.iter_relationships()))
    assert rel["confidence"] == 0.85 and rel["flag"] is True
    assert rel["nested"] == [1, 2.5, "x"] and rel["evidence"] == []


def test_pages_that_hold_nodes_fall_back_to_the_client(embedded_store: Store) -> None:
    embedded_store.write(VALUES)
    query = "MATCH (n:Material) RETURN n"
    assert embedded_store._page_rows(query, {}) == embedded_store.read(query, {}).rows
