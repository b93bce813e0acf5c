"""Rows of FalkorDB's compact replies decoded in one pass, for every read of plain values.

The falkordb client parses each value through a generic per-type function and then rekg
copies it into plain Python (``rekg.graph.values``); on a page of 5,000 nodes' outgoing
relationships that was over half of an export's time (issue 14). Export pages hold only
strings, numbers, booleans, lists and maps, which this decodes directly; anything else
raises ``Unsupported`` and the caller reads the page the ordinary way.
"""

from __future__ import annotations

from typing import Any

_NULL, _STRING, _INTEGER, _BOOLEAN, _DOUBLE, _ARRAY, _MAP = 1, 2, 3, 4, 5, 6, 10


class Unsupported(Exception):
    """The reply holds a value (node, path, date...) that only the falkordb client decodes."""


def decode_rows(reply: Any) -> list[list[Any]]:
    """The rows of a ``GRAPH.RO_QUERY ... --compact`` reply (header, rows, statistics)."""
    if (not isinstance(reply, list) or len(reply) != 3 or isinstance(reply[0], Exception)
            or isinstance(reply[-1], Exception)):
        raise Unsupported("not a result set")
    return [[_value(cell) for cell in row] for row in reply[1]]


def _value(cell: list[Any]) -> Any:
    kind, raw = cell
    if kind in (_STRING, _INTEGER):
        return raw
    if kind == _ARRAY:
        strings = [item[1] for item in raw if item[0] == _STRING]
        return strings if len(strings) == len(raw) else [_value(item) for item in raw]
    if kind == _MAP:
        return {raw[index]: _value(raw[index + 1]) for index in range(0, len(raw), 2)}
    if kind == _DOUBLE:
        return float(raw)
    if kind == _BOOLEAN:
        return raw == "true"
    if kind == _NULL:
        return None
    raise Unsupported(f"value type {kind}")
