"""The store a URI names (DESIGN.md section 2): embedded FalkorDB, a FalkorDB server or Neo4j.

Kept apart from ``store.py`` (the interface) so that the two implementations import the
interface and this factory imports them, with no cycle between the modules.
"""

from __future__ import annotations

import os

from rekg.environment import DEFAULT_STORE, STORE_ENV
from rekg.graph.store import Store


def resolve_store_uri(uri: str | None) -> str:
    """The store URI to use: the argument, else ``$REKG_STORE``, else the default file."""
    return uri or os.environ.get(STORE_ENV) or DEFAULT_STORE


def open_store(uri: str | None = None) -> Store:
    """Open the store a URI names (DESIGN.md section 2)."""
    resolved = resolve_store_uri(uri)
    scheme = resolved.split("://", 1)[0].lower() if "://" in resolved else ""
    if scheme in ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"):
        from rekg.graph.neo4j_store import Neo4jStore

        neo4j_store: Store = Neo4jStore(resolved)
        return neo4j_store
    if scheme == "falkordb":
        from rekg.graph.embedded_store import FalkorServerStore

        return FalkorServerStore(resolved)
    if scheme:
        from rekg.errors import StoreUnavailableError

        raise StoreUnavailableError(
            f"unknown store URI scheme {scheme!r} in {resolved!r}: use a path, embedded:PATH, "
            "falkordb://host:port, bolt://host:port or neo4j://host:port"
        )
    from rekg.graph.embedded_store import EmbeddedStore

    path = resolved.removeprefix("embedded:")
    return EmbeddedStore(path)
