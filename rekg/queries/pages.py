"""The first rows of list queries, picked in Python from tables read once per generation.

restrictions, tit-for-tat and agreements sort every measure they could list before they
page, and lookup reads the lookup keys of every node: hundreds of milliseconds at a million
relationships for a page of 100 rows (issue 14). Each table below holds what one of those
queries filters and sorts on (one row per restriction, agreement or node) and is cached
with the other derived structures (rekg/queries/derived.py). From it a query receives the
ids of its first ``offset + limit`` rows, in the order its Cypher sorts them, and runs its
own filters, sort and paging over those ids only, so its answer is the one it gives when
it reads everything, as it still does on a store without a generation (Neo4j).
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from rekg.graph.store import Store

ACTIVE = ("announced", "in_force", "expanded", "alleged")
# Node labels a lookup searches unless label=Article (articles are left out by default).
LOOKUP_LABELS = ("Country", "Material", "Product", "Restriction", "Agreement", "Organization",
                 "Person")


class Measure(NamedTuple):
    id: str
    date: str  # coalesce(announced, effective, '')
    kind: str | None
    status: str | None
    status_events: list[str] | None
    imposers: list[str]
    targets: list[str]
    covers: list[str]

    def __reduce__(self) -> tuple[Any, ...]:
        # Unpickled by tuple.__new__ (C), not the named tuple's __new__ (Python): the saved
        # table of every restriction loads in 0.26 s instead of 0.61 s at 1M relationships.
        return (tuple.__new__, (Measure, tuple(self)))


class Shape(NamedTuple):
    status: str | None
    status_events: tuple[str, ...] | None
    targets: tuple[str, ...]
    covers: tuple[str, ...]


class Measures(NamedTuple):
    # in the order restrictions.cypher sorts them: date, kind, id
    restrictions: list[Measure]
    # imposer id -> its restrictions in the same order
    by_imposer: dict[str, list[Measure]]
    # Country and Organization id -> (name, lookup keys, label)
    actors: dict[str, tuple[Any, list[str], str]]
    # restriction target id -> the ids it is LOCATED_IN
    located: dict[str, set[str]]
    # restricted Material or Product id -> lookup keys
    covered_keys: dict[str, list[str]]
    # restricted item id -> its label; restriction target id -> its name
    covered_labels: dict[str, Any]
    target_names: dict[str, Any]
    # imposer id -> the distinct (status, status events, targets, covers) of its restrictions:
    # what products-hit reads, once however many restrictions share it
    shapes: dict[str, list[Shape]]


class Agreement(NamedTuple):
    id: str
    date: str  # coalesce(date, '')
    name: Any
    keys: list[str]
    parties: list[str]


# One read per relationship type: a pattern comprehension per restriction takes 3 times as
# long as these four scans together (15 s against 4.7 s at 1M relationships).
_MEASURES = """
MATCH (r:Restriction)
RETURN r.id, coalesce(r.announced, r.effective, ''), r.kind, r.status, r.status_events
"""
_LINKS = ("MATCH (i)-[:IMPOSES]->(r:Restriction) RETURN r.id, i.id",
          "MATCH (r:Restriction)-[:TARGETS]->(t) RETURN r.id, t.id",
          "MATCH (r:Restriction)-[:RESTRICTS]->(c) RETURN r.id, c.id")
_LINKED = ("MATCH (:Restriction)-[:RESTRICTS]->(c) RETURN DISTINCT c.id, labels(c)[0]",
           "MATCH (:Restriction)-[:TARGETS]->(t) RETURN DISTINCT t.id, t.name")
_ACTORS = " UNION ALL ".join(f"MATCH (n:{label}) RETURN n.id, n.name, n.keys, '{label}' AS label"
                             for label in ("Country", "Organization"))
_LOCATED = """
MATCH (:Restriction)-[:TARGETS]->(t)-[:LOCATED_IN]->(o) RETURN DISTINCT t.id, o.id
"""
_COVERED = " UNION ".join(f"MATCH (:Restriction)-[:RESTRICTS]->(c:{label}) RETURN c.id, c.keys"
                          for label in ("Material", "Product"))
_AGREEMENTS = """
MATCH (a:Agreement)
RETURN a.id, coalesce(a.date, ''), a.name, a.keys, [(p)-[:PARTY_TO]->(a) | p.id]
"""


def measures(store: Store) -> Measures:
    links: list[dict[str, list[str]]] = []
    for cypher in _LINKS:
        linked: dict[str, list[str]] = {}
        for restriction, node in store.read(cypher).rows:
            linked.setdefault(restriction, []).append(node)
        links.append(linked)
    restrictions = sorted((measure(row, links) for row in store.read(_MEASURES).rows),
                          key=order)
    by_imposer: dict[str, list[Measure]] = {}
    for restriction in restrictions:
        for imposer in restriction.imposers:
            by_imposer.setdefault(imposer, []).append(restriction)
    located: dict[str, set[str]] = {}
    for target, place in store.read(_LOCATED).rows:
        located.setdefault(target, set()).add(place)
    return Measures(restrictions, by_imposer,
                    _actors(store),
                    located, {node: keys or [] for node, keys in store.read(_COVERED).rows},
                    dict(map(tuple, store.read(_LINKED[0]).rows)),
                    dict(map(tuple, store.read(_LINKED[1]).rows)),
                    {imposer: shapes(listed) for imposer, listed in by_imposer.items()})


def measure(row: list[Any], links: list[dict[str, list[str]]]) -> Measure:
    """One restriction's row, its imposers, targets and covers from ``links`` (each in id
    order, so that a row read again by id equals the one a full read gives)."""
    return Measure(*row, *(sorted(set(linked.get(row[0], []))) for linked in links))


def shapes(listed: list[Measure]) -> list[Shape]:
    return list(dict.fromkeys(_shape(measure) for measure in listed))


def _shape(measure: Measure) -> Shape:
    events = measure.status_events
    return Shape(measure.status, None if events is None else tuple(events),
                 tuple(measure.targets), tuple(measure.covers))


def _actors(store: Store) -> dict[str, tuple[Any, list[str], str]]:
    return {node: (name, keys or [], label)
            for node, name, keys, label in store.read(_ACTORS).rows}


def agreements(store: Store) -> tuple[list[Agreement], dict[str, tuple[Any, list[str], str]]]:
    rows = sorted(map(agreement, store.read(_AGREEMENTS).rows), key=agreement_order)
    return rows, _actors(store)


def agreement(row: list[Any]) -> Agreement:
    node, date, name, keys, parties = row
    return Agreement(node, date, name, keys or [], sorted(set(parties)))


def agreement_order(agreement: Agreement) -> tuple[Any, ...]:
    """ORDER BY coalesce(date, ''), toLower(name), id"""
    return (agreement.date, last(lower(agreement.name)), agreement.id)


class KeyText(NamedTuple):
    """The lookup keys of every node of one label as one text, so that finding a name in
    them is one substring search in C per node found, not a loop over every key in Python:
    one line per node, its keys separated by NUL (which no name contains)."""

    text: str
    starts: list[int]  # where each node's line starts
    ids: list[str]


def lookup_keys(store: Store) -> dict[str, KeyText]:
    """Label -> the lookup keys of its nodes, for every label a lookup searches by default."""
    tables = {}
    for label in LOOKUP_LABELS:
        rows = store.read(f"MATCH (n:{label}) RETURN n.id, n.keys").rows
        # no keys: a lookup never finds it
        lines = {node: line for node, keys in rows if (line := key_line(keys))}
        tables[label] = key_text(sorted(lines), lines)
    return tables


def key_line(keys: list[str] | None) -> str:
    return "\0".join(key for key in keys or [] if "\n" not in key)


def key_text(ids: list[str], lines: Mapping[str, str]) -> KeyText:
    """The lines of ``ids``, in that order, as one text."""
    text = "\n".join(lines[node] for node in ids)
    starts = [0, *itertools.accumulate(len(lines[node]) + 1 for node in ids)][:len(ids)]
    return KeyText(text, starts, ids)


def _found(table: KeyText, needles: list[str]) -> set[str]:
    found: set[str] = set()
    for needle in needles:
        at = table.text.find(needle)
        while at >= 0:
            line = bisect.bisect_right(table.starts, at) - 1
            found.add(table.ids[line])
            following = table.starts[line + 1] if line + 1 < len(table.starts) else len(table.text)
            at = table.text.find(needle, following)
    return found


def order(measure: Measure) -> tuple[Any, ...]:
    """ORDER BY coalesce(announced, effective, ''), kind, id"""
    return (measure.date, last(measure.kind), measure.id)


def status_on(measure: Measure | Shape, as_of: str | None) -> str | None:
    """The status of ``measure`` on ``as_of`` as STATUS_ON_AS_OF (derived.py) writes it."""
    if as_of is None or measure.status_events is None:
        return measure.status
    status = None
    for event in measure.status_events:
        if event[:len(as_of)] > as_of or (status is not None and event.endswith("|mentioned")):
            continue
        parts = event.split("|")
        status = parts[1] if len(parts) > 1 else None
    return status


def last(value: Any) -> tuple[bool, Any]:
    """A sort key placing null after every value, as ORDER BY does."""
    return (value is None, "" if value is None else value)


def lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def _first(rows: Iterable[Any], params: Mapping[str, Any]) -> list[Any]:
    """The first offset + limit of ``rows``, which come in order, without reading further."""
    return list(itertools.islice(rows, params["offset"] + params["limit"]))


def _matching(actors: Mapping[str, tuple[Any, list[str], str]],
              forms: list[str] | None) -> set[str]:
    return {node for node, (_, keys, _) in actors.items()
            if forms is not None and any(form in keys for form in forms)}


def restriction_page(table: Measures, params: Mapping[str, Any]) -> list[str]:
    """restrictions.cypher: the ids of its first offset + limit rows."""
    as_of, statuses, kind, covers = (params.get(name) for name in ("as_of", "status", "kind",
                                                                     "covers"))
    covered = None if covers is None else {
        item for item, keys in table.covered_keys.items()
        if any(key == form or key.endswith(" " + form) for key in keys for form in covers)}
    kind = None if kind is None else kind.lower()

    def wanted(measure: Measure) -> bool:
        status = status_on(measure, as_of)
        return ((as_of is None or status is not None)
                and (statuses is None or status in statuses)
                and (kind is None or measure.kind == kind)
                and (covered is None or not covered.isdisjoint(measure.covers)))

    return [measure.id for measure in _first(filter(wanted, table.restrictions), params)]


def tit_for_tat_page(table: Measures, params: Mapping[str, Any]) -> dict[str, list[str]]:
    """tit-for-tat.cypher: imposer id -> the ids of its restrictions among the first
    offset + limit rows."""
    side_a, side_b = (_matching(table.actors, params[name]) for name in ("a", "b"))
    pairs = {pair for a in side_a for b in side_b if a != b for pair in ((a, b), (b, a))}
    as_of, targeted_only = params.get("as_of"), params["targeted_only"]
    rows = []
    for imposer, other in pairs:
        name = last(lower(table.actors[imposer][0]))

        def applies(measure: Measure, other: str = other) -> bool:
            if as_of is not None and status_on(measure, as_of) is None:
                return False
            if not measure.targets:
                return not targeted_only
            return any(target == other or other in table.located.get(target, ())
                       for target in measure.targets)

        # an imposer's rows sort as its restrictions do: its name is the same in each
        rows += [((measure.date, name, last(measure.kind), measure.id), imposer, measure.id)
                 for measure in _first(filter(applies, table.by_imposer.get(imposer, [])),
                                       params)]
    page: dict[str, list[str]] = {imposer: [] for imposer, _ in pairs}
    for _, imposer, restriction in _first(iter(sorted(rows)), params):
        page[imposer].append(restriction)
    return page


def agreement_page(table: tuple[list[Agreement], dict[str, tuple[Any, list[str], str]]],
                   params: Mapping[str, Any]) -> list[str]:
    """agreements.cypher: the ids of its first offset + limit rows."""
    rows, actors = table
    names, party = params.get("name"), params.get("party")
    parties = _matching(actors, party)

    def wanted(agreement: Agreement) -> bool:
        return ((party is None or not parties.isdisjoint(agreement.parties))
                and (names is None or any(key in names for key in agreement.keys)))

    return [agreement.id for agreement in _first(filter(wanted, rows), params)]


def lookup_nodes(table: dict[str, KeyText],
                 params: Mapping[str, Any]) -> dict[str, list[str]] | None:
    """lookup.cypher: label -> the ids of the nodes whose lookup keys contain the name (null
    with label=Article, which the query then scans)."""
    label = params.get("label")
    if label is not None and label.lower() == "article":
        return None
    forms = params["name"]
    needles = [form for form in forms if not any(other != form and other in form
                                                 for other in forms)]
    return {name: sorted(_found(keys, needles))
            if label is None or label.lower() == name.lower() else []
            for name, keys in table.items()}


def country_restriction_page(table: Measures, params: Mapping[str, Any]) -> dict[str, list[str]]:
    """country-restrictions.cypher: imposer id -> the ids of its restrictions among the first
    offset + limit rows."""
    imposers = sorted(_matching(table.actors, params["country"]))
    as_of, active_only = params.get("as_of"), params["active_only"]

    def wanted(measure: Measure) -> bool:
        status = status_on(measure, as_of)
        return ((as_of is None or status is not None)
                and (not active_only or status in ACTIVE))

    merged = heapq.merge(*(table.by_imposer.get(imposer, []) for imposer in imposers),
                         key=order)
    first = {measure.id for measure in _first(filter(wanted, _distinct(merged)), params)}
    return {imposer: [measure.id for measure in table.by_imposer.get(imposer, [])
                      if measure.id in first] for imposer in imposers}


def _distinct(measures: Iterable[Measure]) -> Iterable[Measure]:
    seen: set[str] = set()
    for measure in measures:
        if measure.id not in seen:
            seen.add(measure.id)
            yield measure


_ARTICLES = "MATCH (a:Article) RETURN coalesce(a.published, ''), coalesce(a.title, a.name), a.id"


def articles(store: Store) -> list[tuple[str, tuple[bool, Any], str]]:
    """Every article as the key articles.cypher sorts it by, in that order."""
    return sorted(map(article_row, store.read(_ARTICLES).rows))


def article_row(row: list[Any]) -> tuple[str, tuple[bool, Any], str]:
    published, title, node = row
    return (published, last(lower(title)), node)


def article_page(table: list[tuple[str, tuple[bool, Any], str]],
                 params: Mapping[str, Any]) -> list[str] | None:
    """articles.cypher: the ids of its first offset + limit rows (null with mentions=...,
    whose index lookup already reads only the articles that mention the entity)."""
    if params.get("mentions") is not None:
        return None
    return [row[2] for row in table[:params["offset"] + params["limit"]]]


def hit_table(table: Measures) -> Measures:
    """The parts of ``table`` products_hit_items reads: the shapes, not each restriction."""
    return table._replace(restrictions=[], by_imposer={}, covered_keys={})


def products_hit_items(table: Measures, params: Mapping[str, Any]) -> list[list[Any]] | None:
    """products-hit.cypher: [hit id, imposer id, restricted item id, [[status, applies_to],
    ...]] for each item the imposer's active restrictions applying to the hit country
    restrict, sorted; null if one is neither a Material nor a Product (the query then reads
    the restrictions itself)."""
    hits = {node for node in _matching(table.actors, params["country"])
            if table.actors[node][2] == "Country"}
    imposers = _matching(table.actors, params["imposer"])
    as_of = params.get("as_of")
    found: dict[tuple[str, str, str], dict[tuple[Any, str], None]] = {}
    for hit in hits:
        for imposer in imposers - {hit}:
            for measure in table.shapes.get(imposer, []):
                status = status_on(measure, as_of)
                if status not in ACTIVE:
                    continue
                names = sorted((name for name in (table.target_names.get(target)
                                                  for target in measure.targets
                                                  if target == hit
                                                  or hit in table.located.get(target, ()))
                                if name is not None), key=lower)
                if measure.targets and not names:
                    continue
                applies_to = ", ".join(dict.fromkeys(names)) if names else "all destinations"
                for item in measure.covers:
                    found.setdefault((hit, imposer, item), {})[(status, applies_to)] = None
    if any(table.covered_labels.get(item) not in ("Material", "Product")
           for _, _, item in found):
        return None
    return [[hit, imposer, item, table.covered_labels[item], [list(v) for v in variants]]
            for (hit, imposer, item), variants in sorted(found.items())]
