"""Structures derived from the whole graph that canned queries receive as parameters.

At a million relationships, counting the active restrictions on each item means reading
every restriction (about 100,000 of them), and following DEPENDS_ON from every product in
Cypher costs hundreds of milliseconds, while the answers of chokepoints, dependency-chain
and products-at-risk are a few dozen rows (issue 14). Both structures are small (one entry
per restricted item, one per product and item it reaches), so they are computed in Python
from one read each and kept in memory until the store's generation (bumped by every write
through rekg, from any process) changes. An embedded store also keeps them in files beside
it (``<store>.derived/``, each with the generation it was computed at), so that a new process
(every ``rekg query`` command) loads them instead of reading the whole graph again. A store
that keeps no generation (Neo4j) computes them again for every query.

A query uses one by naming it as a parameter (``$reach``, ``$dependants``, ``$restricted``,
``$imposers``: see DERIVED); the catalog computes it from the query's bound parameters.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import hashlib
import os
import pickle
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from rekg.queries import pages
from rekg.queries.reach import MAX_DEPTH

if TYPE_CHECKING:
    from rekg.graph.store import Store

# The status of a measure on $as_of: its last dated status event up to that day (issue 12).
STATUS_ON_AS_OF = (
    "CASE WHEN $as_of IS NULL OR restriction.status_events IS NULL THEN restriction.status "
    "ELSE reduce(s = null, e IN restriction.status_events | CASE WHEN substring(e, 0, "
    "size(coalesce($as_of, ''))) > coalesce($as_of, '') OR (s IS NOT NULL AND e ENDS WITH "
    "'|mentioned') THEN s ELSE split(e, '|')[1] END) END"
)

_RESTRICTIONS_CYPHER = f"""
MATCH (restriction:Restriction)-[:RESTRICTS]->(item)
WITH item.id AS item, restriction, {STATUS_ON_AS_OF} AS status
OPTIONAL MATCH (imposer)-[:IMPOSES]->(restriction)
RETURN item, status, count(DISTINCT restriction) AS restrictions,
       collect(DISTINCT imposer.id) AS imposers
"""
_IMPOSERS_CYPHER = """
MATCH (imposer)-[:IMPOSES]->(:Restriction)
WITH DISTINCT imposer
RETURN imposer.id, imposer.name, imposer.keys
"""


def _restrictions(store: Store, as_of: Any) -> tuple[dict[str, list[list[Any]]],
                                                     dict[str, list[Any]]]:
    by_item: dict[str, list[list[Any]]] = {}
    for item, status, count, imposers in store.read(_RESTRICTIONS_CYPHER,
                                                     {"as_of": as_of}).rows:
        by_item.setdefault(item, []).append([status, count, sorted(imposers)])
    for rows in by_item.values():
        rows.sort(key=status_order)
    imposers = {imposer: [name, keys]
                for imposer, name, keys in store.read(_IMPOSERS_CYPHER).rows}
    return by_item, imposers


def status_order(row: list[Any]) -> tuple[bool, str]:
    """An item's rows by status (null last), so that rows the writer computes
    (rekg/queries/upkeep_closure.py) equal those of a full read; no query depends on it."""
    return row[0] is None, row[0] or ""


_EDGES_CYPHER = " UNION ALL ".join(
    f"MATCH (a:{label})-[:DEPENDS_ON]->(b) RETURN a.id, a.name, a.keys, labels(a)[0], "
    "b.id, b.name, b.keys, labels(b)[0]" for label in ("Product", "Material"))


class Closure(NamedTuple):
    """DEPENDS_ON followed from every product and every item with dependencies of its own."""

    products: list[str]  # in id order
    keys: dict[str, list[str]]
    # node id -> [item id, depth, chain, item name, item label] for every item it reaches
    # through up to 8 DEPENDS_ON hops: depth is the shortest distance, chain the names along
    # a shortest route joined by " > ", as rekg/queries/reach.py writes the search in Cypher
    # (a node's chain extends the smallest chain one level nearer; a node reached again
    # through a cycle is listed too). Rows in order of depth, then item id.
    reach: dict[str, list[list[Any]]]
    # What the searches read, so that the writer can redo those a write changes
    # (rekg/queries/upkeep_closure.py): the name and label of every product and every end
    # of a DEPENDS_ON edge, and each node's DEPENDS_ON targets.
    names: dict[str, Any]
    labels: dict[str, Any]
    edges: dict[str, set[str]]


def _closure(store: Store) -> Closure:
    names: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    keys: dict[str, list[str]] = {}
    edges: dict[str, set[str]] = {}
    for row in store.read(_EDGES_CYPHER).rows:
        for node, name, node_keys, label in (row[:4], row[4:]):
            names[node], keys[node], labels[node] = name, node_keys or [], label
        edges.setdefault(row[0], set()).add(row[4])
    products = []
    for product, name, product_keys in store.read(
            "MATCH (product:Product) RETURN product.id, product.name, product.keys").rows:
        products.append(product)
        names[product], keys[product], labels[product] = name, product_keys or [], "Product"
    reach = {node: search(node, edges, names, labels) for node in {*products, *edges}}
    return Closure(sorted(products), keys, reach, names, labels, edges)


def search(root: str, edges: dict[str, set[str]], names: dict[str, Any],
           labels: dict[str, Any]) -> list[list[Any]]:
    """What ``root`` reaches (Closure.reach)."""
    return _search(names.get(root), edges.get(root, set()), edges, names, labels)


def _joined(chain: str | None, name: Any) -> str | None:
    return None if chain is None or name is None else f"{chain} > {name}"


def _search(root_name: Any, first: set[str], edges: dict[str, set[str]],
            names: dict[str, Any], labels: dict[str, Any]) -> list[list[Any]]:
    chains: dict[str, str | None] = {}
    level = {item: _joined(root_name, names[item]) for item in first}
    found: list[list[Any]] = []
    for depth in range(1, MAX_DEPTH + 1):
        if not level:
            break
        chains.update(level)
        found += [[item, depth, level[item], names[item], labels[item]] for item in sorted(level)]
        following: dict[str, str | None] = {}
        for node, chain in level.items():
            for item in edges.get(node, ()):
                if item in chains:
                    continue
                # Cypher's min() leaves out nulls: a null chain only when every one is null.
                candidate = _joined(chain, names[item])
                current = following.get(item)
                if item not in following or (candidate is not None and (
                        current is None or candidate < current)):
                    following[item] = candidate
        level = following
    return found


_DATED = """
WITH event, CASE WHEN event.announced IS NULL AND event.effective IS NULL
          AND event.date IS NULL AND event.status_events IS NULL
     THEN reduce(first = null, published IN [(event)<-[:MENTIONS]-(article) |
                                             article.published] |
                 CASE WHEN published IS NOT NULL AND (first IS NULL OR published < first)
                      THEN published ELSE first END)
     END AS reported
WITH event, reported,
     [e IN coalesce(event.status_events, [])
      WHERE NOT e ENDS WITH '|mentioned' AND NOT e STARTS WITH '|' |
      [split(e, '|')[1], split(e, '|')[0]]] +
     [e IN coalesce(event.status_events, [])[0..1]
      WHERE e ENDS WITH '|mentioned' AND NOT e STARTS WITH '|' |
      ['reported', split(e, '|')[0]]] AS history
UNWIND CASE WHEN size(history) > 0 THEN history ELSE
       [['announced', event.announced], ['effective', event.effective], ['dated', event.date],
        ['reported', reported]] END AS dated
WITH DISTINCT event, dated[0] AS happened, dated[1] AS date
WHERE date IS NOT NULL
RETURN date, {what}, happened, event.id
"""
# What timeline.cypher shows and sorts by after the date and the label.
_WHAT = {"Agreement": "event.name", "Restriction": "coalesce(event.kind, 'other')"}


def _timeline(store: Store) -> list[tuple[Any, ...]]:
    """Every row of the timeline as (date, label, what, happened, event id), in the order of
    timeline.cypher: its rows (the same Cypher) before its filters."""
    return sorted(row for label in _WHAT for row in timeline_rows(store, label))


def timeline_rows(store: Store, label: str, ids: list[str] | None = None,
                  ) -> list[tuple[Any, ...]]:
    """The timeline rows of every event of ``label``, or of those in ``ids``."""
    match = f"MATCH (event:{label})" if ids is None else \
        f"UNWIND $ids AS i MATCH (event:{label} {{id: i}})"
    return [(date, label, pages.last(pages.lower(what)), happened, event)
            for date, what, happened, event in store.read(
                match + _DATED.format(what=_WHAT[label]), {"ids": ids}).rows]


def _hit_table(store: Store) -> pages.Measures:
    """What products-hit reads of the measures, a few thousand entries, kept in its own file
    so that a new process loads it without the table of every restriction (0.5 to 0.9 s to
    load at 1M relationships)."""
    return pages.hit_table(_base("measures", store, {}))


# Computed from the graph once per generation (and per value of the parameters named).
_BASES: dict[str, tuple[Callable[..., Any], tuple[str, ...]]] = {
    "closure": (_closure, ()),
    "restrictions": (_restrictions, ("as_of",)),
    "timeline": (_timeline, ()),
    "measures": (pages.measures, ()),
    "hit_table": (_hit_table, ()),
    "agreements": (pages.agreements, ()),
    "lookup_keys": (pages.lookup_keys, ()),
    "articles": (pages.articles, ()),
}


def _reach(closure: Closure, params: Mapping[str, Any]) -> dict[str, list[list[Any]]]:
    """Product id -> the items it reaches: only the products named by ``product`` if the
    query has that parameter (a parameter costs the database time to read), and only by
    chains through ``material`` if the query has that one."""
    products, material = params.get("product"), params.get("material")
    if products is not None:
        return {product: closure.reach[product] for product in closure.products
                if any(form in closure.keys[product] for form in products)}
    if material is not None:
        return {product: _through(closure, product, material) for product in closure.products}
    return {product: closure.reach[product] for product in closure.products}


def _through(closure: Closure, product: str, forms: list[str]) -> list[list[Any]]:
    """The items ``product`` reaches by a chain of at most 8 hops through an item with a
    lookup key equal to, or ending in a word equal to, one of ``forms``; each with the
    fewest hops and, among those, the first chain. A shortest chain through an item m is a
    shortest chain to m followed by a shortest chain from m, so the two searches (from the
    product, and from m) give it without enumerating paths."""
    reached = {row[0]: row for row in closure.reach[product]}
    best: dict[str, list[Any]] = {}

    def offer(item: str, hops: int, chain: str | None, name: Any, label: Any) -> None:
        kept = best.get(item)
        if kept is None or (hops, chain is None, chain or "") < (kept[1], kept[2] is None,
                                                                 kept[2] or ""):
            best[item] = [item, hops, chain, name, label]

    for middle, (_, depth, chain, name, label) in reached.items():
        if not any(key == form or key.endswith(" " + form)
                   for key in closure.keys.get(middle, []) for form in forms):
            continue
        offer(middle, depth, chain, name, label)
        for item, more, onward, item_name, item_label in closure.reach.get(middle, []):
            if depth + more > MAX_DEPTH:
                continue
            rest = None if onward is None or name is None else onward[len(name) + 3:]
            offer(item, depth + more, _joined(chain, rest), item_name, item_label)
    return list(best.values())


def _dependants(closure: Closure, params: Mapping[str, Any]) -> dict[str, int]:
    """Item id -> how many products reach it."""
    counts: dict[str, int] = {}
    for product in closure.products:
        for item in {row[0] for row in closure.reach[product]}:
            counts[item] = counts.get(item, 0) + 1
    return counts


def _timeline_page(timeline: list[tuple[Any, ...]],
                   params: Mapping[str, Any]) -> list[str] | None:
    """The events that show on the page ``offset``, ``limit`` of a timeline without
    ``country``: those with a row among its first offset + limit rows."""
    if params.get("country") is not None:
        return None
    since, until = params.get("since"), params.get("until")
    start = 0 if since is None else bisect.bisect_left(timeline, since, key=lambda row: row[0])
    # substring(date, 0, size($until)) <= $until: a date's prefix, which sorts as dates do
    end = len(timeline) if until is None else bisect.bisect_right(
        timeline, until, lo=start, key=lambda row: row[0][:len(until)])
    end = min(end, start + params["offset"] + params["limit"])
    return sorted({row[-1] for row in timeline[start:end]})


# Query parameter -> (the structure it comes from, the part of it the query receives).
DERIVED: dict[str, tuple[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
    # product id -> [[item id, depth, chain, item name, item label], ...]
    "reach": ("closure", _reach),
    # item id -> how many products reach it through DEPENDS_ON
    "dependants": ("closure", _dependants),
    # item id -> [[status on $as_of, restrictions (distinct), [imposer id, ...]], ...]
    "restricted": ("restrictions", lambda value, params: value[0]),
    # imposer id -> [name, lookup keys]
    "imposers": ("restrictions", lambda value, params: value[1]),
    # ids of the events a timeline page without country=... can show (null with country, or
    # on a store without a generation)
    "timeline_events": ("timeline", _timeline_page),
    # The first offset + limit rows of a list query, which then reads only those (null on a
    # store without a generation): restriction ids; imposer id -> restriction ids; agreement
    # ids; label -> ids of the nodes a lookup finds (also null with label=Article).
    "restriction_page": ("measures", pages.restriction_page),
    "tit_for_tat_page": ("measures", pages.tit_for_tat_page),
    "agreement_page": ("agreements", pages.agreement_page),
    "lookup_nodes": ("lookup_keys", pages.lookup_nodes),
    "country_restriction_page": ("measures", pages.country_restriction_page),
    "article_page": ("articles", pages.article_page),
    # [[hit id, imposer id, item id, item label, [[status, applies to], ...]], ...]
    "hit_items": ("hit_table", pages.products_hit_items),
}
# The query parameters each one reads (so a query need not name them in its Cypher).
READS: dict[str, tuple[str, ...]] = {"reach": ("product", "material"), "dependants": (),
                                     "restricted": ("as_of",), "imposers": ("as_of",),
                                     "timeline_events": ("country", "since", "until", "limit",
                                                         "offset"),
                                     "restriction_page": ("status", "covers", "kind", "as_of",
                                                          "limit", "offset"),
                                     "tit_for_tat_page": ("a", "b", "targeted_only", "as_of",
                                                          "limit", "offset"),
                                     "agreement_page": ("name", "party", "limit", "offset"),
                                     "lookup_nodes": ("name", "label"),
                                     "country_restriction_page": ("country", "as_of",
                                                                  "active_only", "limit",
                                                                  "offset"),
                                     "article_page": ("mentions", "limit", "offset"),
                                     "hit_items": ("country", "imposer", "as_of")}
# Worth having only from the cache: the query reads less without them (it then gets null).
_CACHED_ONLY = frozenset({"timeline_events", "restriction_page", "tit_for_tat_page",
                          "agreement_page", "lookup_nodes", "country_restriction_page",
                          "article_page", "hit_items"})
_CACHE_SIZE = 32
_cache: OrderedDict[tuple[Any, ...], tuple[str, Any]] = OrderedDict()
_lock = threading.Lock()
_unsaved: set[tuple[str, str]] = set()


def derived(name: str, store: Store, params: Mapping[str, Any]) -> Any:
    """The parameter ``name`` for a query with the bound ``params`` run on ``store``."""
    base, part = DERIVED[name]
    if name in _CACHED_ONLY and store.generation() is None:
        return None
    return part(_base(base, store, params), params)


def _base(name: str, store: Store, params: Mapping[str, Any]) -> Any:
    compute, keyed_by = _BASES[name]
    arguments = [params.get(parameter) for parameter in keyed_by]
    # Read before computing: a write landing meanwhile changes it, so the result is not kept.
    generation = store.generation()
    if generation is None:
        return compute(store, *arguments)
    key = (store.uri, name, *map(_frozen, arguments))
    with _lock:
        kept = _cache.get(key)
        if kept is not None and kept[0] == generation:
            _cache.move_to_end(key)
            return kept[1]
    saved = _saved_file(store, key)
    value = _load(saved, generation)
    if value is None:
        value = compute(store, *arguments)
        _save(saved, generation, value)
    with _lock:
        _cache[key] = (generation, value)
        _cache.move_to_end(key)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return value


def kept(store: Store, name: str, generation: str, arguments: tuple[Any, ...] = ()) -> Any:
    """The structure ``name`` (read with the parameters ``arguments``, in the order _BASES
    names them) as derived at ``generation``, from this process or the file an earlier one
    saved; None if neither has it."""
    key = (store.uri, name, *arguments)
    with _lock:
        found = _cache.get(key)
    if found is not None and found[0] == generation:
        return found[1]
    return _load(_saved_file(store, key), generation)


def keep(store: Store, name: str, generation: str, value: Any,
         arguments: tuple[Any, ...] = ()) -> None:
    """Take ``value`` as the structure ``name`` at ``generation`` (rekg/queries/upkeep.py);
    saved for other processes by ``save_kept``, when the writer closes the store (once, not
    after every batch: a process stopped before then leaves the saved one behind the
    store's generation, so the next query builds it whole)."""
    key = (store.uri, name, *arguments)
    with _lock:
        _cache[key] = (generation, value)
        _cache.move_to_end(key)
        _unsaved.add(key)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)


def save_kept(store: Store) -> None:
    """Save what ``keep`` took for ``store`` since the last save."""
    with _lock:
        keys = [key for key in _unsaved if key[0] == store.uri]
        _unsaved.difference_update(keys)
        found = [(key, _cache.get(key)) for key in keys]
    for key, kept_value in found:
        if kept_value is not None:
            _save(_saved_file(store, key), *kept_value)


def _frozen(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _saved_file(store: Store, key: tuple[Any, ...]) -> Path | None:
    folder = store.derived_folder()
    if folder is None:
        return None
    digest = hashlib.sha1(repr((_code(), *key[1:])).encode("utf-8")).hexdigest()[:16]
    return folder / f"{key[1]}-{digest}.pickle"


@functools.cache
def _code() -> str:
    """The code that derives the structures: a file saved by another version is not read."""
    digest = hashlib.sha1()
    here = Path(__file__)
    for module in (here, Path(str(pages.__file__)), here.with_name("upkeep.py"),
                   here.with_name("upkeep_closure.py")):
        digest.update(Path(module).read_bytes())
    return digest.hexdigest()


def _load(path: Path | None, generation: str) -> Any:
    """What an earlier process derived at this generation, or None. The file lies beside the
    store, written by rekg, so it is trusted as the store itself is."""
    if path is None:
        return None
    try:
        with path.open("rb") as file:
            # the generation first, so that a stale table is not unpickled to be dropped
            if pickle.load(file) != generation:
                return None
            return pickle.load(file)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError,
            ImportError):
        return None


def _save(path: Path | None, generation: str, value: Any) -> None:
    """Saved for the next process (each CLI command is one); a store that cannot keep the
    file only loses that."""
    if path is None:
        return
    part = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False,
                                         suffix=".part") as file:
            part = file.name
            pickle.dump(generation, file, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(part, path)
    except OSError:
        if part is not None:
            with contextlib.suppress(OSError):
                os.unlink(part)
