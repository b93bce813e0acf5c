"""Typed parameters of canned queries: declaration, parsing of ``key=value`` text, defaults.

A parameter of type ``name`` is a string matched against node names, aliases and ids: it
reaches the database as the list of its lower-case singular and plural forms, so a query
tests ``toLower(x) IN $param`` and "Magnets", "magnet" and "rare earth magnets" all match.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rekg.errors import ParameterError

PARAMETER_TYPES = ("string", "name", "int", "float", "bool", "list", "date")

_TRUE = {"true", "yes", "y", "1", "on"}
_FALSE = {"false", "no", "n", "0", "off"}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class Parameter:
    """One declared parameter. ``required`` parameters have no default."""

    name: str
    type: str
    default: Any = None
    description: str = ""
    required: bool = False
    minimum: int | None = None
    maximum: int | None = None

    def describe(self) -> str:
        default = "required" if self.required else f"default {format_default(self.default)}"
        bounds = f", {self.minimum}..{self.maximum}" if self.minimum is not None else ""
        return f"{self.name} ({self.type}{bounds}, {default})"

    def parse(self, raw: Any) -> Any:
        """The typed value of ``raw`` (text from the command line, or an already typed value)."""
        if raw is None:
            return None
        if isinstance(raw, str) and raw.strip().lower() in ("null", "none", ""):
            if self.type in ("string", "name") and raw.strip() == "":
                raise ParameterError(f"parameter {self.name} is empty: give a {self.type}")
            return None
        try:
            value = _PARSERS[self.type](raw)
        except (ValueError, TypeError) as exc:
            raise ParameterError(
                f"parameter {self.name}={raw!r} is not a valid {self.type}: {exc}"
            ) from exc
        if (self.minimum is not None and self.maximum is not None and isinstance(value, int)
                and not self.minimum <= value <= self.maximum):
            raise ParameterError(
                f"parameter {self.name}={raw!r} is out of range: give {self.minimum} to "
                f"{self.maximum}"
            )
        return value

    def to_database(self, value: Any) -> Any:
        """What the query receives: ``name`` values become their list of match forms."""
        if value is None:
            return None
        if self.type == "name":
            from rekg.queries.names import name_forms

            return name_forms(value)
        return value


def _parse_string(raw: Any) -> str:
    if not isinstance(raw, str):
        raise TypeError("expected text")
    return raw.strip()


def _parse_int(raw: Any) -> int:
    if isinstance(raw, bool):
        raise TypeError("expected a whole number")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str):
        return int(raw.strip())
    raise TypeError("expected a whole number")


def _parse_float(raw: Any) -> float:
    if isinstance(raw, bool):
        raise TypeError("expected a number")
    if isinstance(raw, int | float):
        return float(raw)
    if isinstance(raw, str):
        return float(raw.strip())
    raise TypeError("expected a number")


def _parse_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str):
        text = raw.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    raise ValueError("use true or false")


def _parse_list(raw: Any) -> list[str]:
    if isinstance(raw, list | tuple):
        return [str(item).strip() for item in raw if str(item).strip()]
    if isinstance(raw, str):
        return [item.strip() for item in raw.split(",") if item.strip()]
    raise TypeError("expected comma-separated values")


def _parse_date(raw: Any) -> str:
    text = _parse_string(raw)
    if not _DATE.match(text):
        raise ValueError("use an ISO date such as 2025-04-04, 2025-04 or 2025")
    return text


_PARSERS = {
    "string": _parse_string,
    "name": _parse_string,
    "int": _parse_int,
    "float": _parse_float,
    "bool": _parse_bool,
    "list": _parse_list,
    "date": _parse_date,
}


def format_default(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(value)
    return str(value)


def parse_parameters(
    declared: list[Parameter], raw_params: Mapping[str, Any], query_name: str
) -> dict[str, Any]:
    """Typed values for every declared parameter, defaults applied; errors name valid ones."""
    by_name = {param.name: param for param in declared}
    valid = ", ".join(param.describe() for param in declared) or "none"
    unknown = sorted(set(raw_params) - set(by_name))
    if unknown:
        raise ParameterError(
            f"unknown parameter {', '.join(unknown)} for query {query_name}: "
            f"valid parameters are {valid}"
        )
    values: dict[str, Any] = {}
    for param in declared:
        if param.name in raw_params:
            values[param.name] = param.parse(raw_params[param.name])
        else:
            values[param.name] = param.default
        if param.required and values[param.name] is None:
            raise ParameterError(
                f"query {query_name} needs parameter {param.name} ({param.type}): "
                f"add -p {param.name}=VALUE; valid parameters are {valid}"
            )
    return values


def parse_assignments(assignments: list[str] | tuple[str, ...]) -> dict[str, str]:
    """``["key=value", ...]`` to a dict; a missing '=' is a ParameterError."""
    parsed: dict[str, str] = {}
    for item in assignments:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ParameterError(f"parameter {item!r} is not key=value: write e.g. country=China")
        parsed[key.strip()] = value
    return parsed
