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


_registry: dict[str, _Registration] = {}
_aliases: dict[str, str] = {}
_loaded: dict[str, ExportFormat] = {}
_entry_points_scanned = False


def register(name: str, module: str, attr: str, aliases: Iterable[str] = ()) -> None:
    """Register format ``name`` as ``module.attr``, imported on first use."""
    key = name.lower()
    _registry[key] = _Registration(module, attr)
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
register("json", f"{_BUILTIN}.node_link", "NODE_LINK", aliases=["node-link"])
register("graphml", f"{_BUILTIN}.graphml", "GRAPHML")
register("gexf", f"{_BUILTIN}.gexf", "GEXF")
register("cytoscape", f"{_BUILTIN}.cytoscape", "CYTOSCAPE", aliases=["cyjs"])
register("csv", f"{_BUILTIN}.neo4j_csv", "NEO4J_CSV", aliases=["neo4j-admin"])
register("cypher", f"{_BUILTIN}.cypher_script", "CYPHER_SCRIPT", aliases=["cql"])
register("ttl", f"{_BUILTIN}.rdf", "TURTLE", aliases=["turtle"])
register("jsonld", f"{_BUILTIN}.rdf", "JSON_LD", aliases=["json-ld"])
register("nt", f"{_BUILTIN}.rdf", "N_TRIPLES", aliases=["ntriples", "n-triples"])
register("html", f"{_BUILTIN}.html_view", "HTML_VIEW")

__all__ = [
    "ENTRY_POINT_GROUP",
    "ExportFormat",
    "NodeDict",
    "RelationshipDict",
    "format_for_path",
    "format_names",
    "get_format",
    "list_formats",
    "register",
]
