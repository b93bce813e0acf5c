"""Turn driver-specific result values (nodes, relationships, paths) into plain Python."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any


def plain(value: Any) -> Any:
    """A JSON-friendly copy of a value returned by FalkorDB or Neo4j."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    # neo4j's Node and Relationship are Mappings too: recognise them before plain maps.
    # (Relationship classes are made per type at run time, so the module name won't do.)
    neo4j_graph = sys.modules.get("neo4j.graph")
    if neo4j_graph is not None and isinstance(
        value, neo4j_graph.Node | neo4j_graph.Relationship | neo4j_graph.Path
    ):
        return _plain_neo4j_graph_value(value)
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    kind = type(value).__module__ + "." + type(value).__name__
    if kind.startswith("falkordb.node"):
        return {"_labels": list(getattr(value, "labels", [])), **plain(dict(value.properties))}
    if kind.startswith("falkordb.edge"):
        return {"_type": value.relation, **plain(dict(value.properties))}
    if kind.startswith("falkordb.path"):
        nodes, edges = value.nodes(), value.edges()
        return {"nodes": [plain(n) for n in nodes], "relationships": [plain(e) for e in edges],
                "_forward": [edge.src_node == node.id for edge, node in zip(edges, nodes,
                                                                              strict=False)]}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return str(value)


def _plain_neo4j_graph_value(value: Any) -> Any:
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **plain(dict(value.items()))}
    if isinstance(value, Relationship):
        return {"_type": value.type, **plain(dict(value.items()))}
    assert isinstance(value, Path)
    nodes, rels = value.nodes, value.relationships
    return {"nodes": [plain(n) for n in nodes], "relationships": [plain(r) for r in rels],
            "_forward": [rel.start_node is not None and rel.start_node.element_id ==
                         node.element_id for rel, node in zip(rels, nodes, strict=False)]}
