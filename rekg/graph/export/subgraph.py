"""Choosing part of the graph to export: what a canned query returns, or a neighbourhood."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from rekg.errors import InputError
from rekg.graph.store import Store
from rekg.schema import Label

_ID = re.compile(r"^(" + "|".join(label.value.lower() for label in Label) + r"):\S+$")
_LABEL_BY_PREFIX = {label.value.lower(): label for label in Label}
PAGE = 1000


@dataclass(frozen=True)
class Selection:
    """A set of node ids; the export holds them and the relationships among them."""

    node_ids: frozenset[str]
    description: str


def ids_in(value: Any) -> Iterator[str]:
    """Node ids inside a query result value: id strings, node dicts, paths, nested lists."""
    if isinstance(value, str):
        if _ID.match(value):
            yield value
    elif isinstance(value, Mapping):
        if "_labels" in value and isinstance(value.get("id"), str):
            yield value["id"]
        elif "_type" in value:
            return  # a relationship: its ends are not in the value
        else:
            for item in value.values():
                yield from ids_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from ids_in(item)


def _by_label(ids: Iterable[str]) -> dict[Label, list[str]]:
    grouped: dict[Label, list[str]] = {}
    for node_id in sorted(set(ids)):
        label = _LABEL_BY_PREFIX.get(node_id.split(":", 1)[0])
        if label is not None:
            grouped.setdefault(label, []).append(node_id)
    return grouped


def existing_ids(store: Store, ids: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for label, group in _by_label(ids).items():
        for start in range(0, len(group), PAGE):
            result = store.read(f"UNWIND $ids AS id MATCH (n:`{label.value}` {{id: id}}) "
                                "RETURN n.id", {"ids": group[start:start + PAGE]})
            found.update(row[0] for row in result.rows)
    return found


def connectors(store: Store, ids: Iterable[str]) -> set[str]:
    """Nodes outside ``ids`` linked to two or more of them (a restriction between its imposer
    and what it restricts), so that an export of a query's answer keeps the paths it implies."""
    selected = set(ids)
    ends: dict[str, set[str]] = {}
    for label, group in _by_label(selected).items():
        for start in range(0, len(group), PAGE):
            result = store.read(
                f"UNWIND $ids AS id MATCH (a:`{label.value}` {{id: id}})-[r]-(c) "
                "WHERE NOT c:Article AND type(r) <> 'MENTIONS' RETURN DISTINCT a.id, c.id",
                {"ids": group[start:start + PAGE]})
            for end, other in result.rows:
                if other not in selected:
                    ends.setdefault(other, set()).add(end)
    return {node for node, linked in ends.items() if len(linked) >= 2}


def around(store: Store, start: str, depth: int) -> Selection:
    """``start`` and every node within ``depth`` hops of it, either direction."""
    if depth < 0:
        raise InputError(f"--depth {depth} is negative: give 0 or more hops")
    if not existing_ids(store, [start]):
        raise InputError(f"no node has id {start!r}: ids look like country:cn or "
                         "material:dysprosium (see rekg query or the json export)")
    seen = {start}
    frontier = {start}
    for _ in range(depth):
        reached: set[str] = set()
        for label, group in _by_label(frontier).items():
            for offset in range(0, len(group), PAGE):
                result = store.read(
                    f"UNWIND $ids AS id MATCH (a:`{label.value}` {{id: id}})--(b) "
                    "RETURN DISTINCT b.id", {"ids": group[offset:offset + PAGE]})
                reached.update(row[0] for row in result.rows)
        frontier = reached - seen
        seen |= frontier
        if not frontier:
            break
    return Selection(frozenset(seen), f"{depth} hops around {start}")


def iter_nodes(store: Store, selection: Selection) -> Iterator[dict[str, Any]]:
    """The selected nodes, shaped like ``Store.iter_nodes()``, by label then id."""
    grouped = _by_label(selection.node_ids)
    for label in Label:
        group = grouped.get(label, [])
        for start in range(0, len(group), PAGE):
            result = store.read(
                f"UNWIND $ids AS id MATCH (n:`{label.value}` {{id: id}}) "
                "RETURN properties(n) ORDER BY n.id", {"ids": group[start:start + PAGE]})
            for (props,) in result.rows:
                yield {"label": label.value, **props}


def iter_relationships(store: Store, selection: Selection) -> Iterator[dict[str, Any]]:
    """Relationships whose both ends are selected, shaped like ``Store.iter_relationships()``."""
    everything = sorted(selection.node_ids)
    grouped = _by_label(everything)
    for label in Label:
        group = grouped.get(label, [])
        for start in range(0, len(group), PAGE):
            result = store.read(
                f"UNWIND $ids AS id MATCH (a:`{label.value}` {{id: id}})-[r]->(b) "
                "WHERE b.id IN $all "
                "RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS p "
                "ORDER BY source, type, target",
                {"ids": group[start:start + PAGE], "all": everything})
            for source, target, rel_type, props in result.rows:
                yield {"source": source, "target": target, "type": rel_type, **props}
