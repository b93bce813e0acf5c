"""Node-link JSON (DESIGN.md section 5), the shape networkx's ``node_link_graph`` reads.

Streamed: nodes and links are written one at a time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rekg.errors import ExportError
from rekg.graph.export.properties import (
    TextSink,
    node_properties,
    open_output,
    relationship_properties,
)


def node_record(node: dict[str, Any]) -> dict[str, Any]:
    props = node_properties(node)
    return {"id": props.pop("id"), "label": node["label"], "name": props.pop("name", None),
            **props}


def link_record(rel: dict[str, Any]) -> dict[str, Any]:
    return {"source": rel["source"], "target": rel["target"], "type": rel["type"],
            **relationship_properties(rel)}


# One encoder for every element: json.dumps with options builds a new one per call.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def write_stream(
    out: TextSink,
    nodes: Iterable[dict[str, Any]],
    relationships: Iterable[dict[str, Any]],
    graph: dict[str, Any] | None = None,
) -> None:
    """Write node-link JSON to an open text stream, one element per line."""
    header = {"directed": True, "multigraph": True, "graph": graph or {"name": "rekg"}}
    out.write(json.dumps(header, ensure_ascii=False)[:-1] + ',\n"nodes": [')
    for index, node in enumerate(nodes):
        out.write(("\n" if index == 0 else ",\n") + _ENCODE(node_record(node)))
    out.write('\n],\n"links": [')
    for index, rel in enumerate(relationships):
        out.write(("\n" if index == 0 else ",\n") + _ENCODE(link_record(rel)))
    out.write("\n]}\n")


class NodeLinkFormat:
    name = "json"
    description = "node-link JSON (DESIGN.md section 5); networkx.node_link_graph reads it"
    opens_in = "networkx, D3, any JSON tool"
    streaming = True

    def write(
        self,
        nodes: Iterable[dict[str, Any]],
        relationships: Iterable[dict[str, Any]],
        out_path: str | Path,
    ) -> None:
        with open_output(out_path) as out:
            write_stream(out, nodes, relationships)

    def read(self, path: str | Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, json.JSONDecodeError) as exc:
            raise ExportError(f"cannot read node-link JSON {path}: {exc}") from exc
        nodes = [{k: v for k, v in node.items()} for node in data["nodes"]]
        return nodes, [dict(link) for link in data["links"]]


NODE_LINK = NodeLinkFormat()
