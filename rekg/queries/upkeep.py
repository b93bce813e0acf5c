"""The list queries' tables kept up to date by the writer (issue 14).

After a write the store's generation changes, and the first list query would read every
restriction, agreement, article and lookup key again (seconds at a million relationships).
The writer knows which nodes it wrote (a merge: its nodes and the ends of its relationships;
resolution: the measure nodes it rewrote or removed), so it reads those rows again by id and
splices them into the tables it holds for the generation before the write, stamped with the
generation after. A table nobody derived for that generation (none saved, another code
version, a write that did not say what it touched) is left alone: the next query builds it
whole, as before. Each table then equals the one a full build gives (tests/queries).
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from rekg.errors import StoreError
from rekg.queries import derived, pages, upkeep_closure
from rekg.queries.pages import Agreement, KeyText, Measures

if TYPE_CHECKING:
    from rekg.graph.store import Store

Touched = Mapping[str, Collection[str]]
"""Label -> ids of the nodes a write changed or linked."""

# Node ids start with their label in lower case (rekg.schema.make_node).
_LABELS = {label.lower(): label for label in (*pages.LOOKUP_LABELS, "Article")}
# More fresh rows than this are merged into a table in one pass, fewer inserted one by one.
_INSERTS = 64


def follow(store: Store, before: str, after: str, touched: Touched) -> None:
    """Bring the tables kept at ``before`` to ``after``, a write having changed ``touched``."""
    ids: dict[str, set[str]] = {}
    for label, nodes in touched.items():
        ids.setdefault(label, set()).update(nodes)
    for name, update in _UPDATES.items():
        value = derived.kept(store, name, before)
        if value is None:
            continue
        try:
            if any(ids.values()):  # else only the generation changed (articles completed)
                value = update(value, store, ids)
        except StoreError:
            continue  # the write stands; the next query builds the table whole
        derived.keep(store, name, after, value)
    measures = derived.kept(store, "measures", after)
    if measures is not None:
        derived.keep(store, "hit_table", after, pages.hit_table(measures))
    _follow_closure(store, before, after, ids, measures)


def _follow_closure(store: Store, before: str, after: str, touched: dict[str, set[str]],
                    measures: Measures | None) -> None:
    """The DEPENDS_ON closure and the restriction counts by item (on as_of null), which
    chokepoints, dependency-chain and products-at-risk read (rekg/queries/upkeep_closure.py)."""
    for name, arguments in (("closure", ()), ("restrictions", (None,))):
        value = derived.kept(store, name, before, arguments)
        if value is None:
            continue
        try:
            if name == "closure":
                value = upkeep_closure.closure(value, store, touched)
            else:
                value = upkeep_closure.restrictions(value, measures, store, touched)
        except StoreError:
            continue
        if value is not None:
            derived.keep(store, name, after, value, arguments)


def _by_label(nodes: Iterable[str]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for node in nodes:
        label = _LABELS.get(node.partition(":")[0])
        if label is not None:
            grouped.setdefault(label, []).append(node)
    return {label: sorted(found) for label, found in grouped.items()}


def _rows(store: Store, cypher: str, nodes: Iterable[str]) -> list[list[Any]]:
    """``cypher`` (with a ``{label}`` and ``$ids``) for each label of ``nodes``."""
    rows: list[list[Any]] = []
    for label, found in _by_label(nodes).items():
        rows += store.read(cypher.format(label=label), {"ids": found}).rows
    return rows


def _placed(rows: list[Any], fresh: list[Any],
            key: Callable[[Any], Any] | None = None) -> list[Any]:
    """``rows`` (sorted by ``key``) with ``fresh`` in their places."""
    if len(fresh) > _INSERTS:
        return list(heapq.merge(rows, sorted(fresh, key=key), key=key))
    for row in fresh:
        bisect.insort(rows, row, key=key)
    return rows


def _actors(old: dict[str, tuple[Any, list[str], str]], store: Store,
            touched: dict[str, set[str]]) -> dict[str, tuple[Any, list[str], str]]:
    actors = dict(old)
    for label in ("Country", "Organization"):
        nodes = sorted(touched.get(label, ()))
        for node in nodes:
            actors.pop(node, None)
        for node, name, keys in store.read(
                f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN n.id, n.name, n.keys",
                {"ids": nodes}).rows:
            actors[node] = (name, keys or [], label)
    return actors


_MEASURE = """
UNWIND $ids AS i MATCH (r:Restriction {id: i})
RETURN r.id, coalesce(r.announced, r.effective, ''), r.kind, r.status, r.status_events
"""
_MEASURE_LINKS = ("UNWIND $ids AS i MATCH (x)-[:IMPOSES]->(r:Restriction {id: i}) "
                  "RETURN r.id, x.id",
                  "UNWIND $ids AS i MATCH (r:Restriction {id: i})-[:TARGETS]->(x) "
                  "RETURN r.id, x.id",
                  "UNWIND $ids AS i MATCH (r:Restriction {id: i})-[:RESTRICTS]->(x) "
                  "RETURN r.id, x.id")


def _measures(table: Measures, store: Store, touched: dict[str, set[str]]) -> Measures:
    changed = touched.get("Restriction", set())
    ids = sorted(changed)
    links: list[dict[str, list[str]]] = [{}, {}, {}]
    for linked, cypher in zip(links, _MEASURE_LINKS, strict=True):
        for restriction, node in store.read(cypher, {"ids": ids}).rows:
            linked.setdefault(restriction, []).append(node)
    fresh = [pages.measure(row, links) for row in store.read(_MEASURE, {"ids": ids}).rows]
    old = [measure for measure in table.restrictions if measure.id in changed] \
        if changed else []
    restrictions = [measure for measure in table.restrictions if measure.id not in changed] \
        if changed else list(table.restrictions)
    restrictions = _placed(restrictions, list(fresh), pages.order)
    by_imposer, shapes = dict(table.by_imposer), dict(table.shapes)
    for imposer in {imposer for measure in (*old, *fresh) for imposer in measure.imposers}:
        listed = _placed([measure for measure in by_imposer.get(imposer, [])
                          if measure.id not in changed],
                         [measure for measure in fresh if imposer in measure.imposers],
                         pages.order)
        if listed:
            by_imposer[imposer] = listed
            shapes[imposer] = pages.shapes(listed)
        else:
            by_imposer.pop(imposer, None)
            shapes.pop(imposer, None)
    # Every node whose row in the other parts may have changed: the ends of the rewritten
    # restrictions' links before and after, and the nodes the write touched.
    ends = {node for measure in (*old, *fresh) for node in (*measure.targets, *measure.covers)}
    ends.update(node for label in ("Country", "Organization", "Material", "Product")
                for node in touched.get(label, ()))
    located, covered_keys = dict(table.located), dict(table.covered_keys)
    covered_labels, target_names = dict(table.covered_labels), dict(table.target_names)
    for part in (located, covered_keys, covered_labels, target_names):
        for node in ends:
            part.pop(node, None)
    for target, place in _rows(store, "UNWIND $ids AS i MATCH (:Restriction)-[:TARGETS]->"
                               "(t:{label} {{id: i}})-[:LOCATED_IN]->(o) "
                               "RETURN DISTINCT t.id, o.id", ends):
        located.setdefault(target, set()).add(place)
    for target, name in _rows(store, "UNWIND $ids AS i MATCH (:Restriction)-[:TARGETS]->"
                              "(t:{label} {{id: i}}) RETURN DISTINCT t.id, t.name", ends):
        target_names[target] = name
    for item, label, keys in _rows(store, "UNWIND $ids AS i MATCH (:Restriction)-[:RESTRICTS]->"
                                   "(c:{label} {{id: i}}) "
                                   "RETURN DISTINCT c.id, labels(c)[0], c.keys", ends):
        covered_labels[item] = label
        if label in ("Material", "Product"):
            covered_keys[item] = keys or []
    return Measures(restrictions, by_imposer, _actors(table.actors, store, touched), located,
                    covered_keys, covered_labels, target_names, shapes)


_AGREEMENT = """
UNWIND $ids AS i MATCH (a:Agreement {id: i})
RETURN a.id, coalesce(a.date, ''), a.name, a.keys, [(p)-[:PARTY_TO]->(a) | p.id]
"""


def _agreements(table: tuple[list[Agreement], dict[str, tuple[Any, list[str], str]]],
                store: Store, touched: dict[str, set[str]],
                ) -> tuple[list[Agreement], dict[str, tuple[Any, list[str], str]]]:
    rows, actors = table
    changed = touched.get("Agreement", set())
    kept = [row for row in rows if row.id not in changed] if changed else list(rows)
    fresh = [pages.agreement(row)
             for row in store.read(_AGREEMENT, {"ids": sorted(changed)}).rows]
    return (_placed(kept, fresh, pages.agreement_order),
            _actors(actors, store, touched))


def _lookup_keys(table: dict[str, KeyText], store: Store,
                 touched: dict[str, set[str]]) -> dict[str, KeyText]:
    tables = dict(table)
    for label in pages.LOOKUP_LABELS:
        nodes = touched.get(label)
        if not nodes:
            continue
        keys = table[label]
        lines = dict(zip(keys.ids, keys.text.split("\n"), strict=True)) if keys.ids else {}
        for node in nodes:
            lines.pop(node, None)
        ids = [node for node in keys.ids if node not in nodes]
        fresh = []
        for node, node_keys in store.read(
                f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN n.id, n.keys",
                {"ids": sorted(nodes)}).rows:
            line = pages.key_line(node_keys)
            if line:
                lines[node] = line
                fresh.append(node)
        tables[label] = pages.key_text(_placed(ids, fresh), lines)
    return tables


def _articles(table: list[tuple[str, Any, str]], store: Store,
              touched: dict[str, set[str]]) -> list[tuple[str, Any, str]]:
    changed = touched.get("Article", set())
    if not changed:
        return table
    kept = [row for row in table if row[2] not in changed]
    fresh = [pages.article_row(row) for row in store.read(
        "UNWIND $ids AS i MATCH (a:Article {id: i}) "
        "RETURN coalesce(a.published, ''), coalesce(a.title, a.name), a.id",
        {"ids": sorted(changed)}).rows]
    return _placed(kept, fresh)


def _timeline(table: list[tuple[Any, ...]], store: Store,
              touched: dict[str, set[str]]) -> list[tuple[Any, ...]]:
    # an undated event is dated by the articles mentioning it, which may have changed
    events = {label: set(touched.get(label, ())) for label in ("Restriction", "Agreement")}
    for label, found in events.items():
        found.update(node for (node,) in store.read(
            f"UNWIND $ids AS i MATCH (:Article {{id: i}})-[:MENTIONS]->(e:{label}) "
            "RETURN DISTINCT e.id", {"ids": sorted(touched.get("Article", ()))}).rows)
    changed = events["Restriction"] | events["Agreement"]
    if not changed:
        return table
    kept = [row for row in table if row[-1] not in changed]
    fresh = [row for label, found in events.items() if found
             for row in derived.timeline_rows(store, label, sorted(found))]
    return _placed(kept, fresh)


_UPDATES: dict[str, Callable[[Any, Store, dict[str, set[str]]], Any]] = {
    "timeline": _timeline,
    "measures": _measures,
    "agreements": _agreements,
    "lookup_keys": _lookup_keys,
    "articles": _articles,
}
