"""Property typing and flattening shared by the formats that cannot hold lists."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from json.encoder import encode_basestring
from pathlib import Path
from typing import IO, Any, Protocol

from rekg.errors import ExportError
from rekg.schema import Label

_LABEL_BY_PREFIX = {label.value.lower(): label for label in Label}

# Keys the formats add themselves; they are not node or relationship properties.
NODE_META = ("label",)
RELATIONSHIP_META = ("source", "target", "type")


class TextSink(Protocol):
    """Anything text can be written to: an open file, or a wrapper that escapes it."""

    def write(self, text: str, /) -> int: ...


def label_of(node_id: str) -> Label:
    """The label a canonical id names (``country:cn`` -> Country), DESIGN.md section 3."""
    prefix = node_id.split(":", 1)[0]
    try:
        return _LABEL_BY_PREFIX[prefix]
    except KeyError:
        raise ExportError(
            f"node id {node_id!r} does not start with a label prefix such as 'country:'"
        ) from None


def node_properties(node: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in node.items() if k not in NODE_META and v is not None}


def relationship_properties(rel: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in rel.items() if k not in RELATIONSHIP_META and v is not None}


def value_kind(value: Any) -> str:
    """One of bool, long, double, string, or list-of-those ('string[]')."""
    kind = type(value)
    if kind is str:
        return "string"
    if kind is float:
        return "double"
    if kind is list:
        for item in value:
            if type(item) is not str:
                break
        else:  # every item a string (or none): the common case, without a set of kinds
            return "string[]"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, list | tuple):
        kinds = {value_kind(item) for item in value}
        item_kind = kinds.pop() if len(kinds) == 1 else "string"
        return f"{item_kind}[]"
    return "string"


def widen(old: str | None, new: str) -> str:
    """The kind a column needs to hold values of both kinds."""
    if old is None or old == new:
        return new
    if {old, new} == {"long", "double"}:
        return "double"
    if {old, new} == {"long[]", "double[]"}:
        return "double[]"
    if old.endswith("[]") or new.endswith("[]"):
        return "string[]"
    return "string"


# json.dumps with an option builds a new encoder per call.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def json_list(value: list[Any] | tuple[Any, ...]) -> str:
    """``json.dumps(list(value), ensure_ascii=False)``, joined by hand when every item is a
    string (json's own C string encoder for each)."""
    try:
        return "[" + ", ".join(map(encode_basestring, value)) + "]"
    except TypeError:  # an item that is not a string
        return _ENCODE(list(value))


def flatten(value: Any) -> str:
    """Text for one value in a format without lists: lists become a JSON array."""
    if type(value) is str:
        return value
    if type(value) is list:
        return json_list(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return json_list(value)
    return str(value)


def unflatten(text: str, kind: str) -> Any:
    if kind.endswith("[]"):
        return list(json.loads(text))
    if kind == "boolean":
        return text.strip().lower() == "true"
    if kind == "long":
        return int(text)
    if kind == "double":
        return float(text)
    return text


class Spool:
    """Lines written to a temporary file, to be replayed once headers are known.

    Formats that declare their keys before the elements (GraphML, GEXF, neo4j-admin CSV)
    stream the elements here first, so memory holds only the key declarations.
    """

    def __init__(self, directory: str | Path | None = None) -> None:
        handle, self.path = tempfile.mkstemp(prefix="rekg-export-", suffix=".spool",
                                             dir=directory)
        self._file: IO[str] = os.fdopen(handle, "w", encoding="utf-8", newline="")

    def write(self, text: str) -> None:
        self._file.write(text)

    def write_record(self, record: Any) -> None:
        self._file.write(_ENCODE(record) + "\n")

    def chunks(self, size: int = 1 << 16) -> Iterator[str]:
        self._file.close()
        with open(self.path, encoding="utf-8", newline="") as spooled:
            while chunk := spooled.read(size):
                yield chunk

    def records(self) -> Iterator[Any]:
        self._file.close()
        with open(self.path, encoding="utf-8") as spooled:
            for line in spooled:
                yield json.loads(line)

    def close(self) -> None:
        if not self._file.closed:
            self._file.close()
        if os.path.exists(self.path):
            os.remove(self.path)


def open_output(out_path: str | Path) -> IO[str]:
    """The text file a format writes. ``export_store`` hands formats a staged path in the
    output's folder and renames it into place once complete (``rekg.atomic_write``)."""
    path = Path(out_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return open(path, "w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror}; choose a writable path") from exc
