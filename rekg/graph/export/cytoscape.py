"""Cytoscape.js elements JSON, which Cytoscape desktop imports (File > Import > Network).

Nodes: ``{"data": {"id", "name", "label", ...properties}, "classes": label}``; edges:
``{"data": {"id", "source", "target", "type", "interaction", ...}}`` where ``interaction``
repeats the type for Cytoscape desktop's edge table. Lists stay JSON lists. Streamed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rekg.errors import ExportError
from rekg.graph.export.properties import node_properties, open_output, relationship_properties


def node_element(node: dict[str, Any]) -> dict[str, Any]:
    props = node_properties(node)
    # "value" repeats the id because networkx.cytoscape_graph keys nodes by it.
    return {"data": {**props, "label": node["label"], "value": props["id"]},
            "classes": node["label"]}


def edge_element(rel: dict[str, Any], index: int) -> dict[str, Any]:
    # "key" tells networkx.cytoscape_graph's multigraph apart two edges of one node pair.
    return {"data": {"id": f"e{index}", "source": rel["source"], "target": rel["target"],
                     "type": rel["type"], "interaction": rel["type"], "key": rel["type"],
                     **relationship_properties(rel)}}


class CytoscapeFormat:
    name = "cytoscape"
    description = "Cytoscape.js elements JSON (also imported by Cytoscape desktop)"
    opens_in = "Cytoscape.js, Cytoscape desktop, networkx.cytoscape_graph"
    streaming = True

    def write(
        self,
        nodes: Iterable[dict[str, Any]],
        relationships: Iterable[dict[str, Any]],
        out_path: str | Path,
    ) -> None:
        with open_output(out_path) as out:
            out.write('{"format_version": "1.0", "generated_by": "rekg", '
                      '"target_cytoscapejs_version": "~3.30", "directed": true, '
                      '"multigraph": true,\n"data": {"name": "rekg"},\n'
                      '"elements": {"nodes": [')
            for index, node in enumerate(nodes):
                out.write(("\n" if index == 0 else ",\n")
                          + json.dumps(node_element(node), ensure_ascii=False))
            out.write('\n],\n"edges": [')
            for index, rel in enumerate(relationships):
                out.write(("\n" if index == 0 else ",\n")
                          + json.dumps(edge_element(rel, index), ensure_ascii=False))
            out.write("\n]}}\n")

    def read(self, path: str | Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        try:
            with open(path, encoding="utf-8") as handle:
                elements = json.load(handle)["elements"]
        except (OSError, KeyError, json.JSONDecodeError) as exc:
            raise ExportError(f"cannot read Cytoscape JSON {path}: {exc}") from exc
        nodes = []
        for element in elements["nodes"]:
            data = dict(element["data"])
            data.pop("value", None)
            nodes.append({"label": data.pop("label"), **data})
        relationships = []
        for element in elements["edges"]:
            data = dict(element["data"])
            data.pop("id")
            data.pop("interaction")
            data.pop("key", None)
            relationships.append(data)
        return nodes, relationships


CYTOSCAPE = CytoscapeFormat()
