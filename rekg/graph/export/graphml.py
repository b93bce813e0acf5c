"""GraphML for yEd and Gephi, read back by ``networkx.read_graphml``.

Every property becomes a typed ``<key>`` (boolean, long, double, string). GraphML has no
list type, so lists (aliases, sources, evidence, hs_codes) are written as JSON array text in a
string key whose ``<desc>`` says so. The rekg label is ``rekg_label`` and the relationship type
``rel_type``; ``label`` carries the display text (a node's name, a relationship's type), which
yEd and Gephi show on the canvas. Streamed: elements go to a temporary file while the keys are
collected, then the keys and the elements are written out.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from rekg.errors import ExportError
from rekg.graph.export.properties import (
    NODE_META,
    RELATIONSHIP_META,
    Spool,
    flatten,
    open_output,
    unflatten,
    value_kind,
    widen,
)

NS = "http://graphml.graphdrawing.org/xmlns"
LIST_DESC = "list: JSON array text"
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


_TEXT_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(value: str) -> str:
    if _TEXT_SPECIAL.search(value) is None:
        return value
    return escape(_XML_INVALID.sub("\ufffd", value))


_ATTR_SPECIAL = re.compile(r'[&<>"\n\r\t\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')
_ATTR_ESCAPES = re.compile(r"[&<>\n\r\t\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_attr(value: str) -> str:
    """``quoteattr`` of the value with newlines, returns and tabs as character references
    and characters XML cannot hold as U+FFFD; a value with only double quotes to escape
    (common in evidence sentences) skips the entity replacements."""
    if _ATTR_SPECIAL.search(value) is None:
        return '"' + value + '"'  # what quoteattr gives when nothing needs escaping
    if _ATTR_ESCAPES.search(value) is not None:
        return quoteattr(_XML_INVALID.sub("\ufffd", value), {"\n": "&#10;", "\r": "&#13;",
                                                             "\t": "&#9;"})
    # only '"' needs care: quoteattr's choice of quotes
    if "'" in value:
        return '"' + value.replace('"', "&quot;") + '"'
    return "'" + value + "'"


class _Keys:
    """Property name -> kind, per domain, in first-seen order."""

    def __init__(self, domain: str, prefix: str) -> None:
        self.domain = domain
        self.prefix = prefix
        self.kinds: dict[str, str] = {}
        self.ids: dict[str, str] = {}
        # name -> '<data key="ID">'
        self.heads: dict[str, str] = {}

    def key_id(self, name: str, value: Any) -> str:
        self.kinds[name] = widen(self.kinds.get(name), value_kind(value))
        if name not in self.ids:
            self.ids[name] = f"{self.prefix}{len(self.ids)}"
        return self.ids[name]

    def data(self, parts: list[str], props: Iterable[tuple[str, Any]]) -> None:
        """Append a ``<data>`` element per (name, value), noting each name's kind."""
        kinds, heads = self.kinds, self.heads
        for name, value in props:
            kind = value_kind(value)
            old = kinds.get(name)
            if old != kind:
                kinds[name] = widen(old, kind)
            head = heads.get(name)
            if head is None:
                head = heads[name] = f'<data key="{self.key_id(name, value)}">'
            text = value if type(value) is str else flatten(value)
            if _TEXT_SPECIAL.search(text) is not None:
                text = escape(_XML_INVALID.sub("\ufffd", text))
            parts.append(head + text + "</data>")

    def declarations(self) -> str:
        lines = []
        for name, kind in self.kinds.items():
            graphml_type = "string" if kind.endswith("[]") else kind
            desc = f"<desc>{LIST_DESC}</desc>" if kind.endswith("[]") else ""
            lines.append(
                f'  <key id="{self.ids[name]}" for="{self.domain}" attr.name={xml_attr(name)} '
                f'attr.type="{graphml_type}">{desc}</key>\n'
            )
        return "".join(lines)


def _present(item: dict[str, Any], skip: tuple[str, ...]) -> Iterator[tuple[str, Any]]:
    """``node_properties(item).items()`` / ``relationship_properties``, without the dict."""
    for name, value in item.items():
        if value is not None and name not in skip:
            yield name, value


# Elements whose text is collected before one write call.
_CHUNK = 256


class GraphMLFormat:
    name = "graphml"
    description = "GraphML with typed keys; lists as JSON array text"
    opens_in = "yEd, Gephi, Cytoscape desktop, networkx"
    streaming = True

    def write(
        self,
        nodes: Iterable[dict[str, Any]],
        relationships: Iterable[dict[str, Any]],
        out_path: str | Path,
    ) -> None:
        node_keys, edge_keys = _Keys("node", "n"), _Keys("edge", "e")
        spool = Spool(Path(out_path).parent if Path(out_path).parent.exists() else None)
        chunk: list[str] = []
        try:
            for node in nodes:
                node_id = node.get("id")
                if node_id is None:
                    raise KeyError("id")
                name = node.get("name")
                chunk.append(f"  <node id={xml_attr(node_id)}>")
                node_keys.data(chunk, (("label", node_id if name is None else name),
                                       ("rekg_label", node["label"])))
                node_keys.data(chunk, _present(node, NODE_META))
                chunk.append("</node>\n")
                if len(chunk) >= _CHUNK * 8:
                    spool.write("".join(chunk))
                    chunk.clear()
            last_source, source = None, ""
            for index, rel in enumerate(relationships):
                rel_source, rel_type = rel["source"], rel["type"]
                if rel_source != last_source:
                    source, last_source = xml_attr(rel_source), rel_source
                chunk.append(f'  <edge id="e{index}" source={source} '
                             f'target={xml_attr(rel["target"])}>')
                edge_keys.data(chunk, (("label", rel_type), ("rel_type", rel_type)))
                edge_keys.data(chunk, _present(rel, RELATIONSHIP_META))
                chunk.append("</edge>\n")
                if len(chunk) >= _CHUNK * 8:
                    spool.write("".join(chunk))
                    chunk.clear()
            spool.write("".join(chunk))
            chunk.clear()
            with open_output(out_path) as out:
                out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                          f'<graphml xmlns="{NS}">\n')
                out.write(node_keys.declarations())
                out.write(edge_keys.declarations())
                out.write('<graph id="rekg" edgedefault="directed">\n')
                for spooled in spool.chunks():
                    out.write(spooled)
                out.write("</graph>\n</graphml>\n")
        finally:
            spool.close()

    def read(self, path: str | Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Nodes and relationships back in store shape, read with networkx."""
        import networkx as nx

        try:
            graph = nx.read_graphml(path, force_multigraph=True)
            list_keys = _list_keys(path)
        except (OSError, ET.ParseError, nx.NetworkXError) as exc:
            raise ExportError(f"cannot read GraphML {path}: {exc}") from exc
        nodes = []
        for node_id, data in graph.nodes(data=True):
            props = {k: _decode(k, v, list_keys["node"]) for k, v in data.items()
                     if k not in ("label", "rekg_label")}
            nodes.append({"label": data["rekg_label"], "id": node_id, **props})
        relationships = []
        for source, target, data in graph.edges(data=True):
            props = {k: _decode(k, v, list_keys["edge"]) for k, v in data.items()
                     if k not in ("label", "rel_type", "id")}
            relationships.append({"source": source, "target": target, "type": data["rel_type"],
                                  **props})
        return nodes, relationships


def _decode(name: str, value: Any, list_names: set[str]) -> Any:
    if name in list_names and isinstance(value, str):
        return unflatten(value, "string[]")
    return value


def _list_keys(path: str | Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {"node": set(), "edge": set()}
    for key in ET.parse(path).getroot().iter(f"{{{NS}}}key"):
        desc = key.find(f"{{{NS}}}desc")
        if desc is not None and desc.text == LIST_DESC:
            found.setdefault(key.get("for", ""), set()).add(key.get("attr.name", ""))
    return found


GRAPHML = GraphMLFormat()
