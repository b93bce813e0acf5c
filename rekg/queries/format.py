"""Render query results as a table that fits the terminal, as JSON, or as CSV."""

from __future__ import annotations

import csv
import io
import json
import shutil
import textwrap
from collections.abc import Sequence
from typing import Any

from rekg.errors import ParameterError
from rekg.graph.result import QueryResult

OUTPUT_FORMATS = ("table", "json", "csv")
DEFAULT_WIDTH = 80
MAX_CELL_LINES = 8
COLUMN_GAP = "  "
MAX_WORD = 22


def terminal_width() -> int:
    """The terminal's width ($COLUMNS wins), or 80 when there is no terminal."""
    return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns


def cell_text(value: Any, list_separator: str = ", ") -> str:
    """One value as text: lists joined, nodes as 'Label name', nothing for null."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return list_separator.join(cell_text(item, list_separator) for item in value)
    if isinstance(value, dict):
        if "_labels" in value:
            return node_text(value)
        if "_type" in value:
            return f"[:{value['_type']}]"
        if "nodes" in value and "relationships" in value:
            return path_text(value)
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


KEY_PROPERTIES = ("id", "name")


def _literal(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else cell_text(value)


def node_text(node: dict[str, Any], keys: Sequence[str] = KEY_PROPERTIES) -> str:
    """A node as Cypher writes it: ``(:Country {id: "country:cn", name: "China"})``."""
    labels = "".join(f":{label}" for label in node.get("_labels", []))
    props = ", ".join(f"{key}: {_literal(node[key])}" for key in keys if node.get(key) is not None)
    return f"({labels} {{{props}}})" if props else f"({labels})"


def path_text(path: dict[str, Any]) -> str:
    """A path with its directions: ``(:Country {name: "China"})-[:IMPOSES]->(:Restriction ...)``."""
    nodes, rels = path["nodes"], path["relationships"]
    forward = path.get("_forward") or [True] * len(rels)
    parts = [node_text(nodes[0], ("name",))] if nodes else []
    for index, rel in enumerate(rels):
        arrow = f"-[:{rel.get('_type')}]->" if forward[index] else f"<-[:{rel.get('_type')}]-"
        parts.append(arrow + (node_text(nodes[index + 1], ("name",))
                              if index + 1 < len(nodes) else "()"))
    return "".join(parts)


def _column_widths(natural: list[int], minimum: list[int], available: int) -> list[int]:
    """Share ``available`` characters: each column gets at least its longest word (within
    reason), then the rest goes to the columns that need it, widest need first."""
    if sum(natural) <= available:
        return natural
    if sum(minimum) > available:
        level = max(minimum)
        while level > 4 and sum(min(m, level) for m in minimum) > available:
            level -= 1
        minimum = [min(m, level) for m in minimum]
    widths = list(minimum)
    spare = available - sum(widths)
    pending = sorted((i for i in range(len(natural)) if natural[i] > widths[i]),
                     key=lambda i: natural[i] - widths[i])
    while pending and spare > 0:
        share = spare // len(pending)
        index = pending[0]
        need = natural[index] - widths[index]
        if need <= share:
            widths[index] += need
            spare -= need
            pending.pop(0)
            continue
        for index in pending:
            widths[index] += share
        spare -= share * len(pending)
        for index in pending[: spare]:
            widths[index] += 1
        break
    return widths


def _longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines.extend(textwrap.wrap(paragraph, width, break_long_words=True,
                                   break_on_hyphens=False) or [""])
    if len(lines) > MAX_CELL_LINES:
        lines = lines[:MAX_CELL_LINES]
        lines[-1] = lines[-1][: max(width - 1, 0)] + "…"
    return lines


def format_table(columns: Sequence[str], rows: Sequence[Sequence[Any]],
                 width: int | None = None) -> str:
    """A plain-text table no wider than ``width``; long cells wrap onto more lines."""
    width = width or terminal_width()
    texts = [[cell_text(value) for value in row] for row in rows]
    headers = [len(name) for name in columns]
    natural = [
        max([headers[i]] + [max((len(line) for line in row[i].splitlines()), default=0)
                            for row in texts])
        for i in range(len(columns))
    ]
    minimum = [
        min(natural[i], max([headers[i]] + [min(_longest_word(row[i]), MAX_WORD) for row in texts]))
        for i in range(len(columns))
    ]
    available = width - len(COLUMN_GAP) * max(len(columns) - 1, 0)
    widths = _column_widths(natural, minimum, available)
    out: list[str] = []

    def emit(cells: list[list[str]]) -> None:
        for line_no in range(max(len(cell) for cell in cells)):
            parts = [(cell[line_no] if line_no < len(cell) else "").ljust(widths[i])
                     for i, cell in enumerate(cells)]
            out.append(COLUMN_GAP.join(parts).rstrip())

    emit([_wrap(name, widths[i]) for i, name in enumerate(columns)])
    out.append(COLUMN_GAP.join("-" * w for w in widths))
    for row in texts:
        emit([_wrap(text, widths[i]) for i, text in enumerate(row)])
    return "\n".join(out)


def format_json(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    records = [dict(zip(columns, row, strict=True)) for row in rows]
    return json.dumps(records, indent=2, ensure_ascii=False)


def format_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell_text(value, "; ") for value in row])
    return buffer.getvalue().rstrip("\n")


def render(result: QueryResult, output_format: str = "table", limit: int | None = None,
           width: int | None = None) -> str:
    """The result in ``output_format``; ``limit`` keeps the first rows (the table says so)."""
    if output_format not in OUTPUT_FORMATS:
        raise ParameterError(
            f"unknown output format {output_format!r}: use one of {', '.join(OUTPUT_FORMATS)}"
        )
    if limit is not None and limit < 0:
        raise ParameterError(f"--limit {limit} is negative: give 0 or more rows")
    rows = result.rows if limit is None else result.rows[:limit]
    if output_format == "json":
        return format_json(result.columns, rows)
    if output_format == "csv":
        return format_csv(result.columns, rows)
    if not result.columns:
        return "(no columns)"
    table = format_table(result.columns, rows, width)
    total = len(result.rows)
    if len(rows) < total:
        footer = f"({len(rows)} of {total} rows; raise --limit to see more)"
    else:
        footer = f"({total} row{'' if total == 1 else 's'})"
    return f"{table}\n{footer}"
