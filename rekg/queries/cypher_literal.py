"""Cypher literal values as the console's ``:param name => value`` takes them.

Strings ('single' or "double" quoted, with backslash escapes), integers, floats, true, false,
null, lists ``[1, 'a']`` and maps ``{key: value}`` (keys bare or quoted). Anything else (an
expression, a function call) is refused: parameters are values, never Cypher text.
"""

from __future__ import annotations

import re
from typing import Any

from rekg.errors import ParameterError

_NUMBER = re.compile(r"-?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"'}


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def fail(self, what: str) -> ParameterError:
        return ParameterError(f"cannot read {self.text!r} as a Cypher value: {what} at "
                              f"character {self.pos + 1} (use e.g. 'China', 3, true, "
                              "['Dy', 'Tb'] or {name: 'China'})")

    def skip(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def peek(self) -> str:
        self.skip()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise self.fail(f"expected {char!r}")
        self.pos += 1

    def value(self) -> Any:
        char = self.peek()
        if char in ("'", '"'):
            return self.string()
        if char == "[":
            return self.sequence()
        if char == "{":
            return self.mapping()
        match = _NUMBER.match(self.text, self.pos)
        if match:
            self.pos = match.end()
            number = match.group()
            return float(number) if any(c in number for c in ".eE") else int(number)
        word = _KEY.match(self.text, self.pos)
        if word and word.group().lower() in ("true", "false", "null"):
            self.pos = word.end()
            return {"true": True, "false": False, "null": None}[word.group().lower()]
        raise self.fail("expected a string, number, boolean, null, list or map")

    def string(self) -> str:
        quote = self.text[self.pos]
        self.pos += 1
        out: list[str] = []
        while self.pos < len(self.text):
            char = self.text[self.pos]
            self.pos += 1
            if char == "\\" and self.pos < len(self.text):
                out.append(_ESCAPES.get(self.text[self.pos], self.text[self.pos]))
                self.pos += 1
            elif char == quote:
                return "".join(out)
            else:
                out.append(char)
        raise self.fail("unterminated string")

    def sequence(self) -> list[Any]:
        self.expect("[")
        items: list[Any] = []
        if self.peek() == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("]")
            return items

    def mapping(self) -> dict[str, Any]:
        self.expect("{")
        items: dict[str, Any] = {}
        if self.peek() == "}":
            self.pos += 1
            return items
        while True:
            self.skip()
            if self.peek() in ("'", '"'):
                key = self.string()
            else:
                match = _KEY.match(self.text, self.pos)
                if not match:
                    raise self.fail("expected a map key")
                key = match.group()
                self.pos = match.end()
            self.expect(":")
            items[key] = self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return items


def parse_literal(text: str) -> Any:
    """The Python value of one Cypher literal; ParameterError says what is wrong where."""
    reader = _Reader(text.strip())
    value = reader.value()
    if reader.peek():
        raise reader.fail("unexpected text after the value")
    return value


def format_literal(value: Any) -> str:
    """A value written back as a Cypher literal (for ``:params``)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    if isinstance(value, list):
        return "[" + ", ".join(format_literal(item) for item in value) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{key if _KEY.fullmatch(key) else format_literal(key)}: "
                          f"{format_literal(item)}" for key, item in value.items())
        return "{" + inner + "}"
    return str(value)
