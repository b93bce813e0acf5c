"""Turn driver-specific result values (nodes, relationships, paths) into plain Python."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def plain(value: Any) -> Any:
    """A JSON-friendly copy of a value returned by FalkorDB or Neo4j."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    kind = type(value).__module__ + "." + type(value).__name__
    if kind.startswith("falkordb.node") or kind == "neo4j.graph.Node":
        labels = list(getattr(value, "labels", []))
        props = dict(value.properties if kind.startswith("falkordb") else value.items())
        return {"_labels": labels, **plain(props)}
    if kind.startswith("falkordb.edge"):
        return {"_type": value.relation, **plain(dict(value.properties))}
    if kind.startswith("neo4j.graph") and hasattr(value, "type") and hasattr(value, "nodes"):
        return {"_type": value.type, **plain(dict(value.items()))}
    if kind.startswith("falkordb.path"):
        return {"nodes": [plain(n) for n in value.nodes()], "relationships":
                [plain(e) for e in value.edges()]}
    if kind == "neo4j.graph.Path":
        return {"nodes": [plain(n) for n in value.nodes],
                "relationships": [plain(r) for r in value.relationships]}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return str(value)
