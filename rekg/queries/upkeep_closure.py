"""The DEPENDS_ON closure and the restriction counts by item kept up to date by the writer
(issue 14), beside the list queries' tables (rekg/queries/upkeep.py).

Closure: a merge adds DEPENDS_ON edges and products, never removes them, and may give a node
new aliases (lookup keys). Only the searches of nodes that reached a node whose edges or
name changed (or that node itself), and of new products and new sources, can give another
answer: those are searched again on the edges the closure holds, after reading the touched
products and materials and their edges by id. An edge gone, a touched node gone or more
touched nodes than ``MOST_NODES`` leave the closure to a full build by the next query.

Restriction counts (on ``as_of`` null, the default): computed from the restriction table the
writer has just brought up to date, so they follow the same writes; without that table they
are left to a full build.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from rekg.queries.derived import Closure, search, status_order
from rekg.queries.pages import Measures

if TYPE_CHECKING:
    from rekg.graph.store import Store

# The labels DEPENDS_ON joins (rekg.schema.model).
_ENDS = ("Product", "Material")
# The labels that may impose a restriction, by the prefix of their ids.
_IMPOSERS = {"country": "Country", "organization": "Organization"}
# More touched products and materials than this are left to the next query. Measured on a
# generated graph of 4,000 products and materials and 6,000 edges (README, "Canned query
# latency"): reading the touched ones by id took 4 ms for 10, 39 ms for 2,000 and 245 ms for
# all 4,000, against 515 to 766 ms for a full build. The limit bounds the writer's work to
# about that of a full build (not measured beyond 4,000; past it the next query builds).
MOST_NODES = 5_000

_NODES = "UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN n.id, n.name, n.keys"
_EDGES = ("UNWIND $ids AS i MATCH (a:{label} {{id: i}})-[:DEPENDS_ON]->(b) "
          "RETURN a.id, b.id, b.name, b.keys, labels(b)[0]")


def closure(old: Closure, store: Store, touched: Mapping[str, set[str]]) -> Closure | None:
    """``old`` after a write that changed only the nodes ``touched`` (label -> ids, with the
    ends of its relationships); None when it must be built whole."""
    ids = {label: sorted(touched.get(label, ())) for label in _ENDS}
    count = sum(map(len, ids.values()))
    if not count:
        return old
    if count > MOST_NODES:
        return None
    nodes: dict[str, tuple[Any, list[str], str]] = {}
    targets: dict[str, set[str]] = {}
    for label, found in ids.items():
        if not found:
            continue
        for node, name, keys in store.read(_NODES.format(label=label), {"ids": found}).rows:
            nodes[node] = (name, keys or [], label)
        for source, target, name, keys, target_label in store.read(
                _EDGES.format(label=label), {"ids": found}).rows:
            targets.setdefault(source, set()).add(target)
            nodes.setdefault(target, (name, keys or [], target_label))
    names, labels, keys, edges = dict(old.names), dict(old.labels), dict(old.keys), \
        dict(old.edges)
    dirty: set[str] = set()
    for found in ids.values():
        for node in found:
            if node not in nodes:
                return None
            now, before = targets.get(node, set()), old.edges.get(node, set())
            if not before <= now:
                return None
            if now != before:
                edges[node] = now
                dirty.add(node)
    products = set(old.products)
    new_products = [node for node in ids["Product"] if node not in products]
    members = {*new_products, *dirty, *(target for node in dirty for target in edges[node])}
    for node, (name, node_keys, label) in nodes.items():
        if node in names:
            if (names[node], labels[node]) != (name, label):
                dirty.add(node)
        elif node not in members:
            continue
        names[node], keys[node], labels[node] = name, node_keys, label
    roots = {*dirty, *new_products}
    if dirty:
        roots.update(root for root, rows in old.reach.items()
                     if any(row[0] in dirty for row in rows))
    products.update(new_products)
    reach = dict(old.reach)
    for root in roots:
        if root in products or root in edges:
            reach[root] = search(root, edges, names, labels)
    return Closure(sorted(products), keys, reach, names, labels, edges)


def restrictions(old: tuple[dict[str, list[list[Any]]], dict[str, list[Any]]],
                 measures: Measures | None, store: Store, touched: Mapping[str, set[str]],
                 ) -> tuple[dict[str, list[list[Any]]], dict[str, list[Any]]] | None:
    """The counts by item on ``as_of`` null (derived._restrictions) after a write that
    changed ``touched``, from the restriction table ``measures`` kept for after the write;
    None when it must be built whole."""
    by_item, imposers = old
    changed = touched.get("Restriction", set())
    nodes = {node for found in touched.values() for node in found}
    if not changed and nodes.isdisjoint(imposers):
        return old
    if measures is None:
        return None
    if changed:
        counted: dict[str, dict[Any, tuple[int, set[str]]]] = {}
        for measure in measures.restrictions:
            for item in measure.covers:
                rows = counted.setdefault(item, {})
                count, found = rows.get(measure.status, (0, set()))
                rows[measure.status] = (count + 1, found.union(measure.imposers))
        by_item = {item: sorted(([status, count, sorted(found)]
                                 for status, (count, found) in rows.items()), key=status_order)
                   for item, rows in counted.items()}
    fresh = sorted(imposer for imposer in measures.by_imposer
                   if imposer in nodes or imposer not in imposers)
    listed = {imposer: imposers[imposer] for imposer in measures.by_imposer
              if imposer not in nodes and imposer in imposers}
    by_label: dict[str, list[str]] = {}
    for imposer in fresh:
        label = _IMPOSERS.get(imposer.partition(":")[0])
        if label is None:
            return None
        by_label.setdefault(label, []).append(imposer)
    for label, group in by_label.items():
        for node, name, keys in store.read(_NODES.format(label=label), {"ids": group}).rows:
            listed[node] = [name, keys]
    if len(listed) != len(measures.by_imposer):
        return None
    return by_item, listed
