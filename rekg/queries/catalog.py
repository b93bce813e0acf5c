"""The canned query library: one ``.cypher`` file per query, documented by its header.

A header is the leading ``//`` comment block::

    // name: products-at-risk
    // description: Products that depend on a material or product under an active restriction
    // param: material name = null — only chains through this material (name or alias)
    // param: depth int = 3 in 1..8 — how far to follow dependencies

A parameter without ``= default`` is required. Other header lines are notes shown by
``rekg query show``. Every ``$parameter`` in the Cypher must be declared and every declared
parameter used; values always travel as query parameters, never as Cypher text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from rekg.errors import RekgError, UnknownQueryError
from rekg.graph.result import QueryResult
from rekg.queries.derived import DERIVED, READS, derived
from rekg.queries.params import PARAMETER_TYPES, Parameter, parse_parameters
from rekg.queries.reach import expand

if TYPE_CHECKING:
    from rekg.graph.store import Store

_PARAM_LINE = re.compile(
    r"^(?P<name>[a-z_][a-z0-9_]*)\s+(?P<type>[a-z]+)"
    r"(?:\s*=\s*(?P<default>.*?))?(?:\s+in\s+(?P<minimum>-?\d+)\.\.(?P<maximum>-?\d+))?"
    r"\s+(?:—|--|-)\s+(?P<description>.+)$"
)
_CYPHER_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
# Derived by bind() from offset and limit, so that a query may write LIMIT $page_end.
PAGE_END = "page_end"


class QueryDefinitionError(RekgError):
    """A .cypher file of the library has a broken header; the message names the file."""


@dataclass(frozen=True)
class CannedQuery:
    """A named, documented, parameterised Cypher query run read-only."""

    name: str
    description: str
    parameters: list[Parameter]
    cypher: str
    notes: list[str] = field(default_factory=list)
    source: str = ""
    # Store dialect -> Cypher giving the same answer faster there (``NAME.DIALECT.cypher``).
    variants: dict[str, str] = field(default_factory=dict)
    # Parameters computed from the graph in Python (rekg/queries/derived.py), not by the user.
    derived: tuple[str, ...] = ()

    @property
    def pages(self) -> bool:
        """True for a list query that pages in the database (``limit`` and ``offset``)."""
        names = {param.name for param in self.parameters}
        return {"limit", "offset"} <= names

    def bind(self, raw_params: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The parameters the database receives: parsed, validated, defaults applied."""
        values = parse_parameters(self.parameters, dict(raw_params or {}), self.name)
        bound = {param.name: param.to_database(values[param.name]) for param in self.parameters}
        if self.pages:
            # FalkorDB's LIMIT takes a number or a parameter, not offset + limit.
            offset, limit = bound["offset"], bound["limit"]
            both = isinstance(offset, int) and isinstance(limit, int)
            # A null limit or offset reaches the store as it is, which refuses it in one line.
            bound[PAGE_END] = offset + limit if both else limit
        return bound

    def run(self, store: Store, raw_params: Mapping[str, Any] | None = None) -> QueryResult:
        """Parse ``raw_params`` (``key -> text`` or typed values) and run on ``store``."""
        cypher = self.variants.get(store.dialect, self.cypher)
        params = self.bind(raw_params)
        if self.derived:
            params.update({name: derived(name, store, params) for name in self.derived})
        return store.read(cypher, params)


def parse_query(text: str, source: str) -> CannedQuery:
    """Build a CannedQuery from the text of a .cypher file (``source`` names it in errors)."""
    header: dict[str, str] = {}
    parameters: list[Parameter] = []
    notes: list[str] = []
    body_lines: list[str] = []
    in_header = True
    for line in text.splitlines():
        stripped = line.strip()
        if in_header and stripped.startswith("//"):
            content = stripped[2:].strip()
            key, sep, value = content.partition(":")
            key = key.strip().lower()
            if sep and key in ("name", "description"):
                header[key] = value.strip()
            elif sep and key == "param":
                parameters.append(_parse_param_line(value.strip(), source))
            elif content:
                notes.append(content)
            continue
        if in_header and not stripped:
            continue
        in_header = False
        body_lines.append(line)
    for key in ("name", "description"):
        if not header.get(key):
            raise QueryDefinitionError(f"{source}: the header lacks a '// {key}: ...' line")
    name = header["name"]
    if not _NAME.match(name):
        raise QueryDefinitionError(f"{source}: query name {name!r} must be lower-case-with-dashes")
    cypher = expand("\n".join(body_lines).strip())
    used = set(_CYPHER_PARAM.findall(_strip_comments(cypher)))
    declared = {param.name for param in parameters}
    computed = tuple(sorted(used & DERIVED.keys() - declared))
    used -= set(computed)
    used |= {read for name in computed for read in READS[name]} & declared
    if {"limit", "offset"} <= declared:
        used.discard(PAGE_END)
    if used - declared:
        raise QueryDefinitionError(
            f"{source}: $ {', '.join(sorted(used - declared))} used but not declared as '// param:'"
        )
    if declared - used:
        raise QueryDefinitionError(
            f"{source}: parameter {', '.join(sorted(declared - used))} declared but never used"
        )
    return CannedQuery(name=name, description=header["description"], parameters=parameters,
                       cypher=cypher, notes=notes, source=source, derived=computed)


def _strip_comments(cypher: str) -> str:
    return "\n".join(line.split("//", 1)[0] for line in cypher.splitlines())


def _parse_param_line(text: str, source: str) -> Parameter:
    match = _PARAM_LINE.match(text)
    if match is None:
        raise QueryDefinitionError(
            f"{source}: parameter line {text!r} must read 'NAME TYPE [= DEFAULT] — description'"
        )
    param_type = match["type"]
    if param_type not in PARAMETER_TYPES:
        raise QueryDefinitionError(
            f"{source}: parameter type {param_type!r} unknown: use one of "
            f"{', '.join(PARAMETER_TYPES)}"
        )
    default_text = match["default"]
    minimum = None if match["minimum"] is None else int(match["minimum"])
    maximum = None if match["maximum"] is None else int(match["maximum"])
    if minimum is not None and (param_type != "int" or maximum is None or minimum > maximum):
        raise QueryDefinitionError(
            f"{source}: parameter {match['name']}: a range 'in LOW..HIGH' needs an int "
            "parameter and LOW <= HIGH"
        )
    probe = Parameter(name=match["name"], type=param_type, minimum=minimum, maximum=maximum)
    default = None if default_text is None else probe.parse(default_text)
    return Parameter(name=match["name"], type=param_type, default=default,
                     description=match["description"].strip(),
                     required=default_text is None, minimum=minimum, maximum=maximum)


@cache
def _library() -> dict[str, CannedQuery]:
    queries: dict[str, CannedQuery] = {}
    folder = resources.files("rekg.queries")
    variants: list[tuple[str, str, str]] = []
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if not entry.name.endswith(".cypher"):
            continue
        stem = entry.name.removesuffix(".cypher")
        if "." in stem:
            name, _, dialect = stem.partition(".")
            variants.append((name, dialect, entry.read_text(encoding="utf-8")))
            continue
        query = parse_query(entry.read_text(encoding="utf-8"), entry.name)
        if query.name != entry.name.removesuffix(".cypher"):
            raise QueryDefinitionError(
                f"{entry.name}: header name {query.name!r} differs from the file name"
            )
        queries[query.name] = query
    for name, dialect, text in variants:
        source = f"{name}.{dialect}.cypher"
        if name not in queries:
            raise QueryDefinitionError(f"{source}: a variant of {name!r}, which does not exist")
        cypher = expand("\n".join(line for line in text.splitlines()
                                  if not line.strip().startswith("//")).strip())
        base = queries[name]
        used = set(_CYPHER_PARAM.findall(_strip_comments(cypher))) - set(base.derived)
        used |= ({read for computed in base.derived for read in READS[computed]}
                 & {param.name for param in base.parameters})
        if base.pages:
            used.discard(PAGE_END)
        if used != {param.name for param in base.parameters}:
            raise QueryDefinitionError(
                f"{source}: uses the parameters {sorted(used)}, not those of {name}.cypher"
            )
        base.variants[dialect] = cypher
    return queries


def list_queries() -> list[CannedQuery]:
    """Every canned query, by name."""
    return list(_library().values())


def get_query(name: str) -> CannedQuery:
    """The canned query called ``name``; UnknownQueryError lists the valid names."""
    library = _library()
    if name not in library:
        raise UnknownQueryError(
            f"no canned query named {name!r}: use one of {', '.join(library)} "
            "(rekg query list describes them)"
        )
    return library[name]
