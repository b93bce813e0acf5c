"""Parts of the graph named the way users name them: a canned query's answer, or an entity.

``rekg export --query`` and ``--around`` use these; the export code itself only knows node ids
(``rekg.graph.export.subgraph``), so the graph layer never reaches up into the queries.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from rekg.errors import InputError
from rekg.graph.export.subgraph import PAGE, Selection, connectors, existing_ids, ids_in
from rekg.queries.catalog import get_query

if TYPE_CHECKING:
    from rekg.graph.store import Store

CHAIN_SEPARATOR = " > "
_LABELS = ("Country", "Material", "Product", "Restriction", "Agreement", "Organization",
           "Person", "Article")


def strings_in(value: Any) -> Iterator[str]:
    """Every string in a result value; chains such as 'a > b > c' also give each name."""
    if isinstance(value, str):
        yield value
        if CHAIN_SEPARATOR in value:
            yield from value.split(CHAIN_SEPARATOR)
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings_in(item)


def ids_named(store: Store, names: Iterable[str]) -> set[str]:
    """Ids of nodes whose canonical name is exactly one of ``names``."""
    wanted = sorted(set(names))
    found: set[str] = set()
    for label in _LABELS:
        for start in range(0, len(wanted), PAGE):
            result = store.read(f"UNWIND $names AS name MATCH (n:`{label}`) "
                                "WHERE n.name = name RETURN n.id",
                                {"names": wanted[start:start + PAGE]})
            found.update(row[0] for row in result.rows)
    return found


def from_query(store: Store, name: str, params: Mapping[str, Any]) -> Selection:
    """The nodes a canned query's answer names, and the nodes that link them.

    Ids, node values and paths in any column count; so do strings equal to a node's canonical
    name (most canned queries return names for people to read), including each step of a
    'a > b > c' chain. Nodes linked to two or more of those (the restriction between an
    imposer and what it restricts) join them, so the relationships the answer implies are kept.
    """
    result = get_query(name).run(store, dict(params))
    mentioned = {node_id for row in result.rows for node_id in ids_in(row)}
    found = existing_ids(store, mentioned)
    found |= ids_named(store, {text for row in result.rows for text in strings_in(row)
                               if text not in mentioned})
    found |= connectors(store, found)
    return Selection(frozenset(found), f"query {name}")


def resolve_node(store: Store, text: str) -> str:
    """The id of the one node ``text`` names: an id, a name, an alias, an ISO code or symbol."""
    if existing_ids(store, [text]):
        return text
    rows = get_query("lookup").run(store, {"name": text}).records()
    exact = [row for row in rows if row["matched"] == "exact"]
    if len(exact) == 1:
        return str(exact[0]["id"])
    if not exact:
        raise InputError(f"nothing in the graph is called {text!r}: try rekg query lookup "
                         f"-p name={text} for partial matches")
    ids = ", ".join(str(row["id"]) for row in exact[:5])
    raise InputError(f"{text!r} names several nodes ({ids}): give one of these ids")


def around_entity(store: Store, text: str, depth: int) -> Selection:
    from rekg.graph.export.subgraph import around

    return around(store, resolve_node(store, text), depth)




