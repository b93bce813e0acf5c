"""What a read-only statement may not do besides writing: reach files or the network.

Both databases refuse writes in a read session, but a read session still runs ``LOAD CSV``
(Neo4j reads ``file:///etc/passwd``; FalkorDB fetches ``https://`` URLs) and procedures
such as ``apoc.load.json`` (issue 11, row 7). ``check_read_only`` looks at the statement's
text, with string literals and comments blanked out, before it reaches the database.
Procedures are allowed by name: the listed ones only describe the graph or search it.
"""

from __future__ import annotations

import re

from rekg.errors import ReadOnlyError

READ_ONLY_PROCEDURES = frozenset({
    # Neo4j
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.indexes", "db.constraints",
    "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
    "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships",
    "db.index.vector.querynodes", "db.index.vector.queryrelationships", "db.info",
    "db.ping", "dbms.components", "dbms.procedures", "dbms.functions",
    # FalkorDB
    "db.meta.stats", "db.idx.fulltext.querynodes", "db.idx.fulltext.queryrelationships",
    "db.idx.vector.querynodes", "db.idx.vector.queryrelationships", "algo.pagerank",
    "algo.bfs", "algo.spallpaths", "algo.sppaths", "algo.sspaths", "algo.wcc", "algo.betweenness",
    "algo.labelpropagation", "algo.msf",
})
# Functions that reach files or the network (APOC, the GenAI plugin); plain Cypher has none.
_FORBIDDEN_FUNCTION_PREFIXES = ("apoc.load.", "apoc.import.", "apoc.export.", "apoc.cypher.",
                                "apoc.periodic.", "apoc.ml.", "apoc.static.",
                                "apoc.systemdb.", "apoc.trigger.", "genai.")

_LITERALS_AND_COMMENTS = re.compile(
    r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*|/\*.*?(?:\*/|\Z)", re.DOTALL
)
_NAME_PART = r"(?:`[^`]*`|[A-Za-z_][A-Za-z0-9_]*)"
_DOTTED_NAME = rf"{_NAME_PART}(?:\s*\.\s*{_NAME_PART})*"
_LOAD_CSV = re.compile(r"\bLOAD\s+CSV\b", re.IGNORECASE)
_PROCEDURE_CALL = re.compile(rf"\bCALL\s+({_DOTTED_NAME})", re.IGNORECASE)
_FUNCTION_CALL = re.compile(rf"({_NAME_PART}(?:\s*\.\s*{_NAME_PART})+)\s*\(")


def _blank(match: re.Match[str]) -> str:
    # Keep a quote so that the text stays one token and offsets do not matter.
    return " '' " if match[0][0] in "'\"" else " "


def _plain_name(name: str) -> str:
    return re.sub(r"\s+", "", name.replace("`", ""))


def check_read_only(cypher: str) -> None:
    """Raise ReadOnlyError when a read-only statement would load files or call a procedure
    that is not known to stay inside the graph."""
    code = _LITERALS_AND_COMMENTS.sub(_blank, cypher)
    if _LOAD_CSV.search(code):
        raise ReadOnlyError(
            "LOAD CSV is refused in read-only mode (it reads files and URLs): load data with "
            "rekg ingest or rekg load-reference, or use rekg console --write"
        )
    for match in _PROCEDURE_CALL.finditer(code):
        name = _plain_name(match[1])
        if name.lower() not in READ_ONLY_PROCEDURES:
            raise ReadOnlyError(
                f"procedure {name} is refused in read-only mode (only procedures that read "
                "the graph run there, such as db.labels): use rekg console --write to run it"
            )
    for match in _FUNCTION_CALL.finditer(code):
        name = _plain_name(match[1])
        if name.lower().startswith(_FORBIDDEN_FUNCTION_PREFIXES):
            raise ReadOnlyError(
                f"function {name} is refused in read-only mode (it can reach files or the "
                "network): use rekg console --write to run it"
            )
