"""A Cypher script that recreates the graph in an empty Neo4j (or FalkorDB).

Parameter-free: every value is written as an escaped literal, one statement per line, each
ending with ``;`` (so ``cypher-shell -f`` and :func:`statements` can split it). Nodes and
relationships go in ``UNWIND [...] AS row CREATE`` batches. Streamed: the label of a
relationship's ends is read from the canonical id prefix, so no node table is kept.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from rekg.errors import ExportError
from rekg.graph.export.properties import (
    RELATIONSHIP_META,
    label_of,
    open_output,
)
from rekg.schema import Label

BATCH_SIZE = 200
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ESCAPES = str.maketrans({"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"})
_NEEDS_ESCAPE = re.compile(r"[\\'\n\r\t]")
_SCHEMA_PREFIX = "CREATE INDEX "


def quote_name(name: str) -> str:
    """A label, type or property key as Cypher text: backticks unless a plain identifier."""
    if _IDENTIFIER.match(name):
        return name
    if "`" in name:
        # FalkorDB cannot escape a backtick inside a quoted name (Neo4j doubles it).
        raise ExportError(f"name {name!r} contains a backtick: rename that property first")
    return "`" + name + "`"


def literal(value: Any) -> str:
    """A Python value as a Cypher literal; strings escaped so no value can end the string."""
    if type(value) is str:
        # str.translate with a mapping is slow; most strings need no escape at all.
        return "'" + (value.translate(_ESCAPES) if _NEEDS_ESCAPE.search(value) else value) + "'"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ExportError(f"cannot write {value!r} as a Cypher literal: not a finite number")
        return repr(value)
    if isinstance(value, str):
        return "'" + value.translate(_ESCAPES) + "'"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(literal(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{quote_name(str(k))}: {literal(v)}"
                               for k, v in value.items()) + "}"
    raise ExportError(f"cannot write a {type(value).__name__} value as a Cypher literal")


_NAMES: dict[Any, str] = {}


def _row_literal(value: Any) -> str:
    """``literal(value)`` with the values of export rows (strings, finite floats, lists of
    them, property maps) written without the general checks; the rest goes to
    :func:`literal`. Property names are quoted once per name."""
    kind = type(value)
    if type(value) is str:
        if _NEEDS_ESCAPE.search(value) is None:
            return "'" + value + "'"
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'").replace(
            "\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "'"
    if kind is float and value - value == 0:
        return repr(value)
    if kind is list:
        return "[" + ", ".join([_row_literal(item) for item in value]) + "]"
    if kind is dict:
        names, parts = _NAMES, []
        for key, item in value.items():
            name = names.get(key)
            if name is None:
                name = quote_name(str(key))
                if len(names) < 4096:
                    names[key] = name
            parts.append(name + ": " + _row_literal(item))
        return "{" + ", ".join(parts) + "}"
    return literal(value)


def _flush_nodes(out: IO[str], label: str, rows: list[dict[str, Any]]) -> None:
    out.write(f"UNWIND {_row_literal(rows)} AS row CREATE (n:{quote_name(label)}) SET n += row;\n")


def _flush_relationships(
    out: IO[str], key: tuple[str, Label, Label], rows: list[dict[str, Any]]
) -> None:
    rel_type, source, target = key
    out.write(
        f"UNWIND {_row_literal(rows)} AS row "
        f"MATCH (a:{quote_name(source.value)} {{id: row.s}}) "
        f"MATCH (b:{quote_name(target.value)} {{id: row.t}}) "
        f"CREATE (a)-[r:{quote_name(rel_type)}]->(b) SET r += row.p;\n"
    )


def write_stream(
    out: IO[str],
    nodes: Iterable[dict[str, Any]],
    relationships: Iterable[dict[str, Any]],
    batch_size: int = BATCH_SIZE,
) -> None:
    out.write("// rekg graph: run in an empty database, e.g. cypher-shell -f this-file\n")
    for label in Label:
        out.write(f"{_SCHEMA_PREFIX}FOR (n:{quote_name(label.value)}) ON (n.id);\n")
    pending_label: str | None = None
    rows: list[dict[str, Any]] = []
    for node in nodes:
        if node["label"] != pending_label or len(rows) >= batch_size:
            if rows and pending_label is not None:
                _flush_nodes(out, pending_label, rows)
            pending_label, rows = node["label"], []
        rows.append({key: value for key, value in node.items()
                     if value is not None and key != "label"})
    if rows and pending_label is not None:
        _flush_nodes(out, pending_label, rows)
    pending: dict[tuple[str, Label, Label], list[dict[str, Any]]] = {}
    meta = RELATIONSHIP_META
    last_source: Any = None
    source_label = Label.ARTICLE
    for rel in relationships:
        source = rel["source"]
        if source != last_source:
            source_label, last_source = label_of(source), source
        key = (rel["type"], source_label, label_of(rel["target"]))
        batch = pending.get(key)
        if batch is None:
            batch = pending[key] = []
        batch.append({"s": source, "t": rel["target"],
                      "p": {name: value for name, value in rel.items()
                            if value is not None and name not in meta}})
        if len(batch) >= batch_size:
            _flush_relationships(out, key, batch)
            pending[key] = []
    for key, batch in pending.items():
        if batch:
            _flush_relationships(out, key, batch)


def statements(path: str | Path, include_schema: bool = True) -> Iterator[str]:
    """The statements of a script written by this format, without their final ``;``.

    ``include_schema=False`` leaves out the index statements, for a database that already
    has indexes or constraints on ``id``.
    """
    with open(path, encoding="utf-8") as script:
        for line in script:
            text = line.strip()
            if not text or text.startswith("//"):
                continue
            if not include_schema and text.startswith(_SCHEMA_PREFIX):
                continue
            yield text.removesuffix(";")


class CypherScriptFormat:
    name = "cypher"
    description = "a parameter-free Cypher script that recreates the graph in an empty Neo4j"
    opens_in = "cypher-shell -f, Neo4j Browser, FalkorDB"
    streaming = True

    def write(
        self,
        nodes: Iterable[dict[str, Any]],
        relationships: Iterable[dict[str, Any]],
        out_path: str | Path,
    ) -> None:
        with open_output(out_path) as out:
            write_stream(out, nodes, relationships)


CYPHER_SCRIPT = CypherScriptFormat()
