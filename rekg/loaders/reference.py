"""Reference data: curated relationships (mostly DEPENDS_ON) from CSV or YAML files.

Reference data is loaded only by ``rekg load-reference``, never by ingest (DESIGN.md
section 3). Each row names two nodes and a relationship between them, and says where the
fact comes from; the loader refuses a file as soon as one row breaks the contract, naming
the file, the line and what to change.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from rekg.errors import InputError, SchemaError
from rekg.graph.store import Store
from rekg.loaders.lexicon import load_lexicon
from rekg.loaders.text import norm_phrase, words
from rekg.schema import GraphFragment, Label, NodeBase, RelType, make_node, relate

REQUIRED_COLUMNS = ("from_label", "from_name", "to_label", "to_name", "note", "source")
OPTIONAL_COLUMNS = ("relation",)
DEFAULT_RELATION = RelType.DEPENDS_ON
# Restrictions and articles have derived ids and come from articles only.
REFERENCE_LABELS = frozenset(
    {Label.COUNTRY, Label.MATERIAL, Label.PRODUCT, Label.ORGANIZATION, Label.AGREEMENT,
     Label.PERSON}
)
REFERENCE_RELATIONS = frozenset(RelType) - {RelType.MENTIONS}
YAML_SUFFIXES = (".yaml", ".yml")
CSV_SUFFIXES = (".csv",)


def _choices(values: frozenset[Label] | frozenset[RelType]) -> str:
    return ", ".join(sorted(v.value for v in values))


class ReferenceRow(BaseModel):
    """One reference fact: ``(from_label from_name) -[relation]-> (to_label to_name)``."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    from_label: Label
    from_name: str = Field(min_length=1)
    relation: RelType = DEFAULT_RELATION
    to_label: Label
    to_name: str = Field(min_length=1)
    note: str = ""
    source: str = Field(min_length=1)

    @field_validator("from_label", "to_label", mode="before")
    @classmethod
    def _known_label(cls, value: object) -> Label:
        text = str(value).strip()
        by_lower = {label.value.lower(): label for label in REFERENCE_LABELS}
        label = by_lower.get(text.lower())
        if label is None:
            raise ValueError(f"unknown label {text!r}; use one of {_choices(REFERENCE_LABELS)}")
        return label

    @field_validator("relation", mode="before")
    @classmethod
    def _known_relation(cls, value: object) -> RelType:
        text = str(value or "").strip().upper().replace(" ", "_").replace("-", "_")
        if not text:
            return DEFAULT_RELATION
        try:
            relation = RelType(text)
        except ValueError:
            relation = None
        if relation is None or relation not in REFERENCE_RELATIONS:
            raise ValueError(
                f"unknown relation {value!r}; use one of {_choices(REFERENCE_RELATIONS)}"
            )
        return relation


@dataclass(frozen=True)
class _RawRow:
    line: int
    values: dict[str, str]


NodeResolver = Callable[[Label, str], NodeBase]


def _singular(surface_words: Iterable[str]) -> tuple[str, ...]:
    """Words with a plural 's' dropped, keeping case: "EVs" and "EV" meet, "us" and "US" do not."""
    return tuple(word.removesuffix("s") for word in surface_words)


def default_resolver() -> NodeResolver:
    """Canonical nodes through the domain lexicon when it knows the name, else by name.

    A name the lexicon knows as an alias ("hard disk drive") becomes its canonical node
    ("hard drive"), so reference data meets the nodes extracted from articles.
    """
    lexicon = load_lexicon()

    def resolve(label: Label, name: str) -> NodeBase:
        entry = lexicon.find(label, name)
        if entry is None:
            surface = lexicon.surfaces.get(norm_phrase(name))
            if surface is not None and surface.entry.label == label and (
                not surface.case_sensitive or _singular(words(name)) == _singular(surface.words)
            ):
                entry = surface.entry
        if entry is None:
            return make_node(label, name, aliases=[name])
        return make_node(label, entry.name, id=entry.id, aliases=[name], **entry.properties)

    return resolve


def load_reference(path: str | Path, resolve: NodeResolver | None = None) -> GraphFragment:
    """Read a CSV or YAML reference file into a fragment; raise InputError on any bad row."""
    file = Path(path)
    if not file.is_file():
        raise InputError(f"{file}: no such reference file; give a .csv or .yaml file path")
    suffix = file.suffix.lower()
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{file.name}: cannot read the file ({exc}); save it as UTF-8") from exc
    if not text.strip():
        raise InputError(
            f"{file.name}: the file is empty; give a header line "
            f"{','.join(REQUIRED_COLUMNS)} and one row per relationship"
        )
    if suffix in CSV_SUFFIXES:
        raw_rows = list(_csv_rows(file.name, text))
    elif suffix in YAML_SUFFIXES:
        raw_rows = list(_yaml_rows(file.name, text))
    else:
        raise InputError(
            f"{file.name}: unknown reference file type {suffix or '(none)'!r}; "
            f"use .csv, .yaml or .yml"
        )
    if not raw_rows:
        raise InputError(f"{file.name}: no rows; add one row per relationship under the header")
    return _build_fragment(file.name, raw_rows, resolve or default_resolver())


def _check_columns(file_name: str, line: int, columns: list[str]) -> None:
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise InputError(
            f"{file_name} line {line}: missing column {', '.join(missing)}; "
            f"the columns are {','.join(REQUIRED_COLUMNS)} (and optionally relation)"
        )
    unknown = [c for c in columns if c not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    if unknown:
        raise InputError(
            f"{file_name} line {line}: unknown column {', '.join(unknown)}; "
            f"the columns are {','.join(REQUIRED_COLUMNS)} (and optionally relation)"
        )


def _csv_rows(file_name: str, text: str) -> Iterator[_RawRow]:
    reader = csv.reader(io.StringIO(text))
    header: list[str] | None = None
    for record in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in record) or record[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = [cell.strip() for cell in record]
            _check_columns(file_name, line, header)
            continue
        if len(record) != len(header):
            raise InputError(
                f"{file_name} line {line}: {len(record)} fields where the header has "
                f"{len(header)}; quote values that contain commas"
            )
        yield _RawRow(line, dict(zip(header, record, strict=True)))
    if header is None:
        raise InputError(
            f"{file_name}: no header line; start with {','.join(REQUIRED_COLUMNS)}"
        )


def _yaml_rows(file_name: str, text: str) -> Iterator[_RawRow]:
    """Rows of a YAML list of mappings (or a mapping with a ``relationships`` list)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(f"{file_name}{where}: {problem}; fix the YAML syntax") from exc
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if key.value == "relationships":
                root = value
                break
    if not isinstance(root, yaml.SequenceNode):
        line = root.start_mark.line + 1 if root is not None else 1
        raise InputError(
            f"{file_name} line {line}: expected a list of relationships (or a "
            f"'relationships:' list), one mapping with {', '.join(REQUIRED_COLUMNS)} each"
        )
    for item in root.value:
        line = item.start_mark.line + 1
        if not isinstance(item, yaml.MappingNode):
            raise InputError(
                f"{file_name} line {line}: expected a mapping with keys "
                f"{', '.join(REQUIRED_COLUMNS)}"
            )
        values: dict[str, str] = {}
        for key, value in item.value:
            if not isinstance(value, yaml.ScalarNode):
                raise InputError(
                    f"{file_name} line {value.start_mark.line + 1}: {key.value} must be a "
                    f"single value, not a list or mapping"
                )
            values[str(key.value)] = str(value.value)
        _check_columns(file_name, line, list(values))
        yield _RawRow(line, values)


def _row_error(file_name: str, line: int, exc: ValidationError) -> InputError:
    first = exc.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "row"
    message = str(first["msg"]).removeprefix("Value error, ")
    if first["type"] == "string_too_short":
        message = "is empty; give a value"
    return InputError(f"{file_name} line {line}: {field} {message}")


def _build_fragment(
    file_name: str, raw_rows: list[_RawRow], resolve: NodeResolver
) -> GraphFragment:
    fragment = GraphFragment()
    source_id = f"reference:{file_name}"
    for raw in raw_rows:
        try:
            row = ReferenceRow.model_validate(raw.values)
        except ValidationError as exc:
            raise _row_error(file_name, raw.line, exc) from exc
        source = resolve(row.from_label, row.from_name)
        target = resolve(row.to_label, row.to_name)
        evidence = f"{row.note} (source: {row.source})" if row.note else f"source: {row.source}"
        try:
            rel = relate(row.relation, source, target, sources=[source_id],
                         evidence=[evidence], confidence=1.0)
        except SchemaError as exc:
            raise InputError(f"{file_name} line {raw.line}: {exc}") from exc
        fragment.add_node(source)
        fragment.add_node(target)
        fragment.add_relationship(rel)
    return fragment


@dataclass(frozen=True)
class ReferenceSummary:
    """What ``load_reference_files`` read and what the store gained."""

    files: int
    rows: int
    nodes: int
    relationships: int
    nodes_created: int
    relationships_created: int

    def line(self) -> str:
        return (
            f"Loaded {self.rows} reference rows from {self.files} file(s): "
            f"{self.nodes} nodes ({self.nodes_created} new), "
            f"{self.relationships} relationships ({self.relationships_created} new)"
        )


def load_reference_files(store: Store, paths: list[Path] | list[str]) -> ReferenceSummary:
    """Validate every file first, then merge them all into ``store`` (idempotent)."""
    combined = GraphFragment()
    rows = 0
    for path in paths:
        fragment = load_reference(path)
        rows += len(fragment.relationships)
        combined.merge(fragment)
    stats = store.merge(combined)
    return ReferenceSummary(
        files=len(paths),
        rows=rows,
        nodes=len(combined.nodes),
        relationships=len(combined.relationships),
        nodes_created=stats.nodes_created,
        relationships_created=stats.relationships_created,
    )
