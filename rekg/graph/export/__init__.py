"""Export formats in a name-keyed registry (issue 6).

Each format lives in its own module and is imported only when asked for. Built-in formats
register through :func:`register`, the same call a third-party package makes (or it can
declare an entry point in the ``rekg.export_formats`` group pointing at a ``module:attr``).

A format object has ``name``, ``description``, ``opens_in``, ``streaming`` (whether the
writer keeps memory bounded on large graphs) and ``write(nodes, relationships, out_path)``;
most also have ``read(path) -> (nodes, relationships)`` for round trips. Nodes and
relationships are dicts shaped like ``Store.iter_nodes()`` / ``Store.iter_relationships()``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from rekg.errors import UnknownFormatError

ENTRY_POINT_GROUP = "rekg.export_formats"

NodeDict = dict[str, Any]
RelationshipDict = dict[str, Any]


@runtime_checkable
class ExportFormat(Protocol):
    name: str
    description: str
    opens_in: str
    streaming: bool

    def write(
        self,
        nodes: Iterable[NodeDict],
        relationships: Iterable[RelationshipDict],
        out_path: str | Path,
    ) -> None: ...


@dataclass(frozen=True)
class _Registration:
    module: str
    attr: str
    # What `rekg export --help` lists, given here so that it need not import every format
    # (rdflib alone takes a quarter of a second); empty: read from the format itself.
    description: str = ""
    opens_in: str = ""


_registry: dict[str, _Registration] = {}
_aliases: dict[str, str] = {}
_loaded: dict[str, ExportFormat] = {}
_entry_points_scanned = False


def register(name: str, module: str, attr: str, aliases: Iterable[str] = (), *,
             description: str = "", opens_in: str = "") -> None:
    """Register format ``name`` as ``module.attr``, imported on first use."""
    key = name.lower()
    _registry[key] = _Registration(module, attr, description, opens_in)
    _loaded.pop(key, None)
    for alias in aliases:
        _aliases[alias.lower()] = key


def _scan_entry_points() -> None:
    global _entry_points_scanned
    if _entry_points_scanned:
        return
    _entry_points_scanned = True
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        module, _, attr = entry.value.partition(":")
        if entry.name.lower() not in _registry:
            register(entry.name, module, attr)


def format_names() -> list[str]:
    """Names of every registered format, without importing any of them."""
    _scan_entry_points()
    return sorted(_registry)


def get_format(name: str) -> ExportFormat:
    """The format registered as ``name`` (or one of its aliases)."""
    _scan_entry_points()
    key = name.lower()
    key = _aliases.get(key, key)
    if key not in _registry:
        raise UnknownFormatError(
            f"unknown export format {name!r}: choose one of {', '.join(format_names())}"
        )
    if key not in _loaded:
        registration = _registry[key]
        module = importlib.import_module(registration.module)
        _loaded[key] = getattr(module, registration.attr)
    return _loaded[key]


def describe_format(name: str) -> tuple[str, str]:
    """The description of format ``name`` and what opens it, importing it only if it was
    registered without them."""
    _scan_entry_points()
    key = name.lower()
    registration = _registry.get(_aliases.get(key, key))
    if registration is not None and registration.description and registration.opens_in:
        return registration.description, registration.opens_in
    found = get_format(name)
    return found.description, found.opens_in


def list_formats() -> list[ExportFormat]:
    """Every registered format, imported."""
    return [get_format(name) for name in format_names()]


def format_for_path(path: str | Path) -> str | None:
    """The format a file name suggests by its extension, if any."""
    name = str(path).lower()
    for suffix, fmt in _SUFFIXES:
        if name.endswith(suffix):
            return fmt
    return None


_SUFFIXES = (
    (".cytoscape.json", "cytoscape"),
    (".cyjs", "cytoscape"),
    (".json", "json"),
    (".graphml", "graphml"),
    (".gexf", "gexf"),
    (".zip", "csv"),
    (".cypher", "cypher"),
    (".cql", "cypher"),
    (".ttl", "ttl"),
    (".jsonld", "jsonld"),
    (".nt", "nt"),
    (".html", "html"),
)

_BUILTIN = "rekg.graph.export"
_RDF_TOOLS = "rdflib, Apache Jena, GraphDB, Protégé, any SPARQL store"
# Each description and opens_in repeats the format's own (tests/export/test_registry.py
# checks that they agree).
register("json", f"{_BUILTIN}.node_link", "NODE_LINK", aliases=["node-link"],
         description="node-link JSON (DESIGN.md section 5); networkx.node_link_graph reads it",
         opens_in="networkx, D3, any JSON tool")
register("graphml", f"{_BUILTIN}.graphml", "GRAPHML",
         description="GraphML with typed keys; lists as JSON array text",
         opens_in="yEd, Gephi, Cytoscape desktop, networkx")
register("gexf", f"{_BUILTIN}.gexf", "GEXF",
         description="GEXF 1.2 with a colour per label and date spells for the timeline",
         opens_in="Gephi, networkx")
register("cytoscape", f"{_BUILTIN}.cytoscape", "CYTOSCAPE", aliases=["cyjs"],
         description="Cytoscape.js elements JSON (also imported by Cytoscape desktop)",
         opens_in="Cytoscape.js, Cytoscape desktop, networkx.cytoscape_graph")
register("csv", f"{_BUILTIN}.neo4j_csv", "NEO4J_CSV", aliases=["neo4j-admin"],
         description="neo4j-admin import CSV: a file per label and per type (folder, or .zip)",
         opens_in="neo4j-admin database import, spreadsheets, pandas")
register("cypher", f"{_BUILTIN}.cypher_script", "CYPHER_SCRIPT", aliases=["cql"],
         description="a parameter-free Cypher script that recreates the graph in an empty Neo4j",
         opens_in="cypher-shell -f, Neo4j Browser, FalkorDB")
register("ttl", f"{_BUILTIN}.rdf", "TURTLE", aliases=["turtle"],
         description="RDF Turtle with the rekg OWL ontology's terms, streamed",
         opens_in=_RDF_TOOLS)
register("jsonld", f"{_BUILTIN}.rdf", "JSON_LD", aliases=["json-ld"],
         description="RDF as JSON-LD with a compact context, streamed", opens_in=_RDF_TOOLS)
register("nt", f"{_BUILTIN}.rdf", "N_TRIPLES", aliases=["ntriples", "n-triples"],
         description="RDF N-Triples, streamed line by line", opens_in=_RDF_TOOLS)
register("html", f"{_BUILTIN}.html_view", "HTML_VIEW",
         description="a self-contained offline HTML page: WebGL view, ForceAtlas2 layout, "
         "search, filters, date slider", opens_in="any web browser, offline")

__all__ = [
    "ENTRY_POINT_GROUP",
    "ExportFormat",
    "NodeDict",
    "RelationshipDict",
    "describe_format",
    "format_for_path",
    "format_names",
    "get_format",
    "list_formats",
    "register",
]
