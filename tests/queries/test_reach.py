"""REACH lines (rekg/queries/reach.py) give what enumerating every DEPENDS_ON path gives."""

from __future__ import annotations

from rekg.graph.store import Store
from rekg.queries.reach import expand

# A dense little dependency graph: ties between routes of equal length, a name that is a
# prefix of another, a cycle back to the start, and items 1 to 4 hops away.
EDGES = [("ev", "motor"), ("ev", "magnet"), ("ev", "magnet alloy"), ("motor", "magnet"),
         ("magnet", "ndfeb"), ("magnet alloy", "ndfeb"), ("ndfeb", "neodymium"),
         ("neodymium", "ore"), ("ndfeb", "ev"), ("motor", "copper"), ("copper", "ore")]

PATHS = """
MATCH (root {id: $root})
MATCH chain = (root)-[:DEPENDS_ON*1..8]->(item)
WITH item, length(chain) AS depth,
     reduce(text = root.name, n IN nodes(chain)[1..] | text + ' > ' + n.name) AS chain_text
ORDER BY depth, chain_text
WITH item, min(depth) AS depth, collect(chain_text)[0] AS chain_text
RETURN item.name AS item, depth, chain_text ORDER BY item
"""

FORWARD = """
MATCH (root {id: $root})
REACH DEPENDS_ON FROM root INTO reached
UNWIND reached AS reach
RETURN reach[0].name AS item, reach[1] AS depth, reach[2] AS chain_text ORDER BY item
"""

BACKWARD_PATHS = """
MATCH (target {id: $root})
MATCH chain = (item)-[:DEPENDS_ON*1..8]->(target)
WITH item, length(chain) AS depth,
     reduce(text = item.name, n IN nodes(chain)[1..] | text + ' > ' + n.name) AS chain_text
ORDER BY depth, chain_text
WITH item, min(depth) AS depth, collect(chain_text)[0] AS chain_text
RETURN item.name AS item, depth, chain_text ORDER BY item
"""

BACKWARD = """
MATCH (target {id: $root})
REACH DEPENDS_ON TO target INTO reached
UNWIND reached AS reach
RETURN reach[0].name AS item, reach[1] AS depth, reach[2] AS chain_text ORDER BY item
"""


def _graph(store: Store) -> None:
    names = sorted({name for edge in EDGES for name in edge})
    store.write("UNWIND $names AS name CREATE (:Product {id: 'product:' + name, name: name})",
                {"names": names})
    store.write("UNWIND $edges AS e MATCH (a:Product {id: 'product:' + e[0]}) "
                "MATCH (b:Product {id: 'product:' + e[1]}) CREATE (a)-[:DEPENDS_ON]->(b)",
                {"edges": [list(edge) for edge in EDGES]})


def test_reach_gives_the_shortest_depth_and_first_chain_both_ways(embedded_store: Store) -> None:
    _graph(embedded_store)
    for start in ("product:ev", "product:motor", "product:ore", "product:ndfeb"):
        params = {"root": start}
        forward = embedded_store.read(expand(FORWARD), params).rows
        assert forward == embedded_store.read(PATHS, params).rows, start
        # FalkorDB lists the nodes of a path that ends where it starts, matched backward,
        # in reverse order, so the cycle back to the start is checked on its own below.
        name = start.split(":")[1]
        backward = [row for row in embedded_store.read(expand(BACKWARD), params).rows
                    if row[0] != name]
        assert backward == [row for row in embedded_store.read(BACKWARD_PATHS, params).rows
                            if row[0] != name], start
    rows = embedded_store.read(expand(FORWARD), {"root": "product:ev"}).rows
    assert ["ev", 4, "ev > magnet > ndfeb > ev"] not in rows  # the cycle is 3 hops
    assert ["ev", 3, "ev > magnet > ndfeb > ev"] in rows
    rows = embedded_store.read(expand(BACKWARD), {"root": "product:ev"}).rows
    assert ["ev", 3, "ev > magnet > ndfeb > ev"] in rows


def test_reach_line_is_expanded_only_where_it_stands() -> None:
    text = expand("MATCH (p:Product)\n  REACH DEPENDS_ON FROM p INTO seen KEEPING a, b\n"
                  "RETURN seen")
    assert "REACH" not in text
    assert "WITH a, b, p, seen + level8 AS seen" in text
    assert text.startswith("MATCH (p:Product)\n")
    assert text.endswith("\nRETURN seen")
