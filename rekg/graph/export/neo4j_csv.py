"""CSV in the header format of ``neo4j-admin database import full``.

One file per label (``nodes-Country.csv``: ``id:ID``, ``:LABEL``, typed columns such as
``aliases:string[]``) and one per relationship type (``relationships-IMPOSES.csv``:
``:START_ID``, ``:END_ID``, ``:TYPE``, ``sources:string[]``, ``confidence:double``...), plus
``import.sh`` with the matching command. Arrays are joined with ``;``; if any list element
contains ``;`` the next free delimiter (``|``, then U+001F) is used and ``import.sh`` says so.
An empty list is an empty cell. Written into a folder, or a zip when the path ends in ``.zip``.
Streamed: rows are spooled per file while the columns are collected.
"""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rekg.errors import ExportError
from rekg.graph.export.properties import (
    RELATIONSHIP_META,
    Spool,
    node_properties,
    unflatten,
    value_kind,
    widen,
)

ARRAY_DELIMITERS = (";", "|", "\x1f")
# Rows per spooled JSON line (a table holds at most one batch in memory).
_BATCH = 64
_ADMIN_NAMES = {";": ";", "|": "|", "\x1f": "U+001F"}


class _Table:
    def __init__(self, fixed: list[str], directory: Path) -> None:
        self.fixed = fixed
        self.kinds: dict[str, str] = {}
        self.spool = Spool(directory)
        # Rows not yet spooled: one JSON line per batch is cheaper than one per row.
        self.pending: list[list[Any]] = []  # rows: fixed values, then one per column

    def add(self, fixed_values: list[str], props: dict[str, Any]) -> None:
        kinds = self.kinds
        for name, value in props.items():
            kind = value_kind(value)
            old = kinds.get(name)
            if old != kind:
                kinds[name] = widen(old, kind)
        # The row as the columns known so far (a later column is empty in earlier rows).
        pending = self.pending
        pending.append(fixed_values + [props.get(name) for name in kinds])
        if len(pending) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.spool.write_record(self.pending)
            self.pending = []

    def header(self) -> list[str]:
        return self.fixed + [name if kind == "string" else f"{name}:{kind}"
                             for name, kind in self.kinds.items()]

    def rows(self, delimiter: str) -> Iterator[list[str]]:
        self.flush()
        fixed = len(self.fixed)
        width = fixed + len(self.kinds)
        for record in (record for batch in self.spool.records() for record in batch):
            row = record[:fixed]
            for value in record[fixed:]:
                kind = type(value)
                if kind is str:
                    row.append(value)
                elif value is None:
                    row.append("")
                elif kind is float:
                    row.append(str(value))
                elif kind is list:
                    try:  # a list of strings
                        row.append(delimiter.join(value))
                    except TypeError:
                        row.append(_cell(value, delimiter))
                else:
                    row.append(_cell(value, delimiter))
            if len(row) < width:
                row.extend([""] * (width - len(row)))
            yield row


def _cell(value: Any, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return delimiter.join(_cell(item, delimiter) for item in value)
    return str(value)


def _used_characters(props: dict[str, Any], used: set[str]) -> None:
    for value in props.values():
        if isinstance(value, list | tuple) and value:
            try:  # a list of strings: one text to look in (the delimiters are characters)
                text = "".join(value)
            except TypeError:
                text = "".join(map(str, value))
            for ch in ARRAY_DELIMITERS:
                if ch in text:
                    used.add(ch)


class Neo4jCsvFormat:
    name = "csv"
    description = "neo4j-admin import CSV: a file per label and per type (folder, or .zip)"
    opens_in = "neo4j-admin database import, spreadsheets, pandas"
    streaming = True

    def check_target(self, out_path: str | Path) -> None:
        """Refuse a folder that holds other files (a .zip is replaced whole)."""
        out = Path(out_path)
        zipped = out.suffix.lower() == ".zip"
        if out.exists() and not zipped and (not out.is_dir() or any(out.iterdir())):
            raise ExportError(f"{out} exists and is not an empty folder: choose a new folder "
                              "name, or end the name with .zip")

    def write(
        self,
        nodes: Iterable[dict[str, Any]],
        relationships: Iterable[dict[str, Any]],
        out_path: str | Path,
    ) -> None:
        out = Path(out_path)
        zipped = out.suffix.lower() == ".zip"
        self.check_target(out)
        work = Path(tempfile.mkdtemp(prefix="rekg-csv-"))
        tables: dict[str, _Table] = {}
        used: set[str] = set()
        try:
            for node in nodes:
                props = node_properties(node)
                node_id = str(props.pop("id"))
                _used_characters(props, used)
                file_name = f"nodes-{node['label']}.csv"
                if file_name not in tables:
                    tables[file_name] = _Table(["id:ID", ":LABEL"], work)
                tables[file_name].add([node_id, node["label"]], props)
            by_type: dict[str, _Table] = {}  # the tables of relationship types met
            meta = RELATIONSHIP_META
            for rel in relationships:
                props = {name: value for name, value in rel.items()
                         if value is not None and name not in meta}
                if len(used) < len(ARRAY_DELIMITERS):
                    _used_characters(props, used)
                rel_type = rel["type"]
                table = by_type.get(rel_type)
                if table is None:
                    file_name = f"relationships-{rel_type}.csv"
                    if file_name not in tables:
                        tables[file_name] = _Table([":START_ID", ":END_ID", ":TYPE"], work)
                    table = by_type[rel_type] = tables[file_name]
                table.add([rel["source"], rel["target"], rel_type], props)
            free = [ch for ch in ARRAY_DELIMITERS if ch not in used]
            if not free:
                raise ExportError("every array delimiter (; | U+001F) occurs inside list "
                                  "values; export as json or cypher instead")
            delimiter = free[0]
            folder = work / "export"
            folder.mkdir()
            for file_name, table in tables.items():
                with open(folder / file_name, "w", encoding="utf-8", newline="") as handle:
                    writer = csv.writer(handle, lineterminator="\n")
                    writer.writerow(table.header())
                    writer.writerows(table.rows(delimiter))
            (folder / "import.sh").write_text(_import_script(sorted(tables), delimiter),
                                              encoding="utf-8")
            _publish(folder, out, zipped)
        except OSError as exc:
            raise ExportError(f"cannot write {out}: {exc.strerror}; choose a writable path") \
                from exc
        finally:
            for table in tables.values():
                table.spool.close()
            shutil.rmtree(work, ignore_errors=True)

    def read(self, path: str | Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Nodes and relationships back in store shape (an empty cell is no property)."""
        nodes: list[dict[str, Any]] = []
        relationships: list[dict[str, Any]] = []
        files = dict(_read_files(Path(path)))
        delimiter = _delimiter_from_script(files.get("import.sh", ""))
        for file_name, text in sorted(files.items()):
            if not file_name.endswith(".csv"):
                continue
            reader = csv.reader(io.StringIO(text))
            header = next(reader)
            for row in reader:
                record: dict[str, Any] = {}
                for column, cell in zip(header, row, strict=True):
                    name, _, kind = column.partition(":")
                    if kind == "ID":
                        record["id"] = cell
                    elif kind == "LABEL":
                        record["label"] = cell
                    elif kind in ("START_ID", "END_ID", "TYPE"):
                        record[{"START_ID": "source", "END_ID": "target", "TYPE": "type"}[kind]] \
                            = cell
                    elif cell != "":
                        record[name] = _parse_cell(cell, kind or "string", delimiter)
                (relationships if "type" in record else nodes).append(record)
        return nodes, relationships


def _parse_cell(cell: str, kind: str, delimiter: str) -> Any:
    if kind.endswith("[]"):
        return [unflatten(item, kind[:-2]) for item in cell.split(delimiter)]
    return unflatten(cell, kind)


def _import_script(file_names: list[str], delimiter: str) -> str:
    args = [f"  --nodes={name} \\" for name in file_names if name.startswith("nodes-")]
    args += [f"  --relationships={name} \\" for name in file_names
             if name.startswith("relationships-")]
    return (
        "#!/bin/sh\n# Load into an empty Neo4j database (stop it first), from this folder.\n"
        "neo4j-admin database import full \\\n"
        + "\n".join(args)
        + f"\n  --array-delimiter='{_ADMIN_NAMES[delimiter]}' --id-type=string \\\n"
        "  ${1:-neo4j}\n"
    )


def _delimiter_from_script(script: str) -> str:
    for name, code in ((v, k) for k, v in _ADMIN_NAMES.items()):
        if f"--array-delimiter='{name}'" in script:
            return code
    return ";"


def _publish(folder: Path, out: Path, zipped: bool) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    if zipped:
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for item in sorted(folder.iterdir()):
                archive.write(item, item.name)
        return
    out.mkdir(exist_ok=True)
    for item in folder.iterdir():
        shutil.move(str(item), out / item.name)


def _read_files(path: Path) -> Iterator[tuple[str, str]]:
    try:
        if path.suffix.lower() == ".zip":
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    yield name, archive.read(name).decode("utf-8")
        else:
            for item in path.iterdir():
                yield item.name, item.read_text(encoding="utf-8")
    except (OSError, zipfile.BadZipFile) as exc:
        raise ExportError(f"cannot read CSV export {path}: {exc}") from exc


NEO4J_CSV = Neo4jCsvFormat()
