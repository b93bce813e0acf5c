"""GEXF 1.2 for Gephi: a colour per label, and a timeline from restriction/agreement dates.

GEXF reserves the edge attribute ``type`` (directed/undirected), so the relationship type is
kept as the attribute ``rel_type`` (and as the edge's display ``label``); the rekg label of a
node is ``rekg_label``. Lists are JSON array text, as in GraphML. A Restriction or Agreement
with status events gets one spell per period in which it applied (a suspension ends one, a
later in-force report starts the next); one without starts at its ``effective`` (else
``announced``) date or its ``date``. Relationships touching such a node get its spells, so
Gephi's timeline plays the history.
Streamed through a temporary file, like GraphML.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from rekg.errors import ExportError
from rekg.graph.export.graphml import xml_attr
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
from rekg.schema import Label
from rekg.schema.events import ACTIVE_EVENT_STATUSES, AGREEMENT_ACTIVE_STATUSES, active_spells

NS = "http://www.gexf.net/1.2draft"
NS_VIZ = "http://www.gexf.net/1.2draft/viz"

# Okabe-Ito inspired palette: distinct for common colour-vision deficiencies.
LABEL_COLOURS: dict[str, tuple[int, int, int]] = {
    Label.COUNTRY: (0, 114, 178),
    Label.MATERIAL: (230, 159, 0),
    Label.PRODUCT: (0, 158, 115),
    Label.RESTRICTION: (213, 94, 0),
    Label.AGREEMENT: (86, 180, 233),
    Label.ORGANIZATION: (204, 121, 167),
    Label.PERSON: (240, 228, 66),
    Label.ARTICLE: (153, 153, 153),
}
DEFAULT_COLOUR = (120, 120, 120)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_GEXF_TYPES = {"boolean": "boolean", "long": "long", "double": "double", "string": "string"}


def node_spells(node: dict[str, Any]) -> list[tuple[str, str | None]]:
    """The periods a Restriction or Agreement applied, from its status events (issue 12).

    A measure without status events gets one open spell from ``spell_start``.
    """
    events = node.get("status_events")
    if events and node.get("label") in (Label.RESTRICTION, Label.AGREEMENT):
        active = ACTIVE_EVENT_STATUSES if node["label"] == Label.RESTRICTION \
            else AGREEMENT_ACTIVE_STATUSES
        return active_spells(events, active)
    start = spell_start(node)
    return [(start, None)] if start else []


def spell_start(node: dict[str, Any]) -> str | None:
    """The ISO date a Restriction or Agreement starts at, completed to a full day."""
    if node.get("label") == Label.RESTRICTION:
        raw = node.get("effective") or node.get("announced")
    elif node.get("label") == Label.AGREEMENT:
        raw = node.get("date")
    else:
        return None
    match = _DATE.match(str(raw or ""))
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


class _Attributes:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.kinds: dict[str, str] = {}
        self.ids: dict[str, str] = {}
        # name -> '<attvalue for="ID" value='
        self.heads: dict[str, str] = {}

    def attvalues(self, props: dict[str, Any]) -> str:
        return self.attvalue_items(props.items())

    def attvalue_items(self, props: Iterable[tuple[str, Any]]) -> str:
        parts = []
        kinds, heads = self.kinds, self.heads
        for name, value in props:
            kind = value_kind(value)
            old = kinds.get(name)
            if old != kind:
                kinds[name] = widen(old, kind)
            head = heads.get(name)
            if head is None:
                key = self.ids.setdefault(name, f"{self.prefix}{len(self.ids)}")
                head = heads[name] = f'<attvalue for="{key}" value='
            parts.append(head + xml_attr(value if type(value) is str else flatten(value))
                         + "/>")
        return "<attvalues>" + "".join(parts) + "</attvalues>" if parts else ""

    def declarations(self, klass: str) -> str:
        lines = [f'    <attributes class="{klass}" mode="static">\n']
        for name, kind in self.kinds.items():
            gexf_type = "string" if kind.endswith("[]") else _GEXF_TYPES[kind]
            default = ("<default>[]</default>" if kind.endswith("[]") else "")
            lines.append(f'      <attribute id="{self.ids[name]}" title={xml_attr(name)} '
                         f'type="{gexf_type}">{default}</attribute>\n')
        lines.append("    </attributes>\n")
        return "".join(lines)

    def list_names(self) -> set[str]:
        return {name for name, kind in self.kinds.items() if kind.endswith("[]")}


def _spells(spells: list[tuple[str, str | None]]) -> str:
    if not spells:
        return ""
    items = "".join(f'<spell start="{start}"' + (f' end="{end}"' if end else "") + "/>"
                    for start, end in spells)
    return f"<spells>{items}</spells>"


def _with_first(first: str, value: Any, item: dict[str, Any],
                skip: tuple[str, ...]) -> Iterator[tuple[str, Any]]:
    """The items of ``{first: value, **properties(item)}`` (a property named ``first``
    keeps the first place with its own value), without building the dicts."""
    own = item.get(first)
    yield first, value if own is None or first in skip else own
    for name, present in item.items():
        if present is not None and name not in skip and name != first:
            yield name, present


# Elements whose text is collected before one write call.
_CHUNK = 256


class GexfFormat:
    name = "gexf"
    description = "GEXF 1.2 with a colour per label and date spells for the timeline"
    opens_in = "Gephi, networkx"
    streaming = True

    def write(
        self,
        nodes: Iterable[dict[str, Any]],
        relationships: Iterable[dict[str, Any]],
        out_path: str | Path,
    ) -> None:
        node_attrs, edge_attrs = _Attributes("n"), _Attributes("e")
        # Only dated nodes (restrictions, agreements) are remembered, with their spells'
        # text, for their edges.
        starts: dict[str, str] = {}
        colours: dict[str, str] = {}
        spool = Spool()
        chunk: list[str] = []
        try:
            for node in nodes:
                node_id = node.get("id")
                if node_id is None:
                    raise KeyError("id")
                label = node["label"]
                spells = _spells(node_spells(node))
                if spells:
                    starts[node_id] = spells
                colour = colours.get(label)
                if colour is None:
                    red, green, blue = LABEL_COLOURS.get(label, DEFAULT_COLOUR)
                    colour = colours[label] = (f'<viz:color r="{red}" g="{green}" b="{blue}"/>'
                                               "</node>\n")
                name = node.get("name")
                attvalues = node_attrs.attvalue_items(
                    _with_first("rekg_label", label, node, NODE_META))
                chunk.append(
                    f'      <node id={xml_attr(node_id)} '
                    f'label={xml_attr(str(node_id if name is None else name))}>'
                    f'{attvalues}{spells}{colour}'
                )
                if len(chunk) >= _CHUNK:
                    spool.write("".join(chunk))
                    chunk.clear()
            chunk.append("    </nodes>\n    <edges>\n")
            last_source, source = None, ""
            for index, rel in enumerate(relationships):
                rel_source, rel_target, rel_type = rel["source"], rel["target"], rel["type"]
                # an edge lives while the measure it touches applies (the target's, if both)
                edge_spells = starts.get(rel_target) or starts.get(rel_source) or ""
                if rel_source != last_source:
                    source, last_source = xml_attr(rel_source), rel_source
                attvalues = edge_attrs.attvalue_items(
                    _with_first("rel_type", rel_type, rel, RELATIONSHIP_META))
                chunk.append(
                    f'      <edge id="{index}" source={source} '
                    f'target={xml_attr(rel_target)} label={xml_attr(rel_type)}>'
                    f"{attvalues}{edge_spells}</edge>\n"
                )
                if len(chunk) >= _CHUNK:
                    spool.write("".join(chunk))
                    chunk.clear()
            spool.write("".join(chunk))
            chunk.clear()
            with open_output(out_path) as out:
                out.write(
                    '<?xml version="1.0" encoding="UTF-8"?>\n'
                    f'<gexf xmlns="{NS}" xmlns:viz="{NS_VIZ}" version="1.2">\n'
                    "  <meta><creator>rekg</creator>"
                    "<description>rare-earth supply-chain knowledge graph</description></meta>\n"
                    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n'
                )
                out.write(node_attrs.declarations("node"))
                out.write(edge_attrs.declarations("edge"))
                out.write("    <nodes>\n")
                for spooled in spool.chunks():
                    out.write(spooled)
                out.write("    </edges>\n  </graph>\n</gexf>\n")
        finally:
            spool.close()

    def read(self, path: str | Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Nodes and relationships back in store shape, read with networkx."""
        import networkx as nx

        try:
            graph = nx.read_gexf(path, node_type=str, version="1.2draft")
            list_names = _list_attributes(path)
        except (OSError, ET.ParseError, nx.NetworkXError) as exc:
            raise ExportError(f"cannot read GEXF {path}: {exc}") from exc
        skip = {"label", "rekg_label", "viz", "spells", "rel_type", "id"}
        nodes = []
        for node_id, data in graph.nodes(data=True):
            props = {k: _decode(v, k in list_names["node"]) for k, v in data.items()
                     if k not in skip}
            nodes.append({"label": data["rekg_label"], "id": node_id, **props})
        relationships = []
        for source, target, data in graph.edges(data=True):
            props = {k: _decode(v, k in list_names["edge"]) for k, v in data.items()
                     if k not in skip}
            relationships.append({"source": source, "target": target, "type": data["rel_type"],
                                  **props})
        return nodes, relationships


def _decode(value: Any, is_list: bool) -> Any:
    return unflatten(value, "string[]") if is_list and isinstance(value, str) else value


def _list_attributes(path: str | Path) -> dict[str, set[str]]:
    """Attribute titles declared with the ``[]`` default this writer gives list attributes."""
    found: dict[str, set[str]] = {"node": set(), "edge": set()}
    for block in ET.parse(path).getroot().iter(f"{{{NS}}}attributes"):
        for attribute in block.iter(f"{{{NS}}}attribute"):
            default = attribute.find(f"{{{NS}}}default")
            if default is not None and default.text == "[]":
                found.setdefault(block.get("class", ""), set()).add(attribute.get("title", ""))
    return found


GEXF = GexfFormat()
