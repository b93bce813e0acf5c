"""The curated domain lexicon, kept as YAML under ``rekg/loaders/lexicon/``.

Every surface form (name, alias, demonym, capital) resolves to exactly one canonical entry;
matching is on singular, lower-cased word sequences, and a surface form written with capitals
("US", "Apple", "Commission") only matches text with the same capitalisation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from rekg.errors import InputError
from rekg.loaders.text import norm_phrase, words
from rekg.schema import Label, node_id

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
_FILES: dict[str, Label] = {
    "countries.yaml": Label.COUNTRY,
    "materials.yaml": Label.MATERIAL,
    "products.yaml": Label.PRODUCT,
    "organizations.yaml": Label.ORGANIZATION,
    "people.yaml": Label.PERSON,
    "agreements.yaml": Label.AGREEMENT,
}
# Node properties each label's entries may carry; other keys are lexicon-only data.
_NODE_FIELDS: dict[Label, tuple[str, ...]] = {
    Label.COUNTRY: ("iso2", "iso3"),
    Label.MATERIAL: ("kind", "symbol"),
    Label.PRODUCT: ("sector",),
    Label.ORGANIZATION: ("kind",),
    Label.PERSON: ("role",),
    Label.AGREEMENT: ("kind", "status", "date", "place"),
}


@dataclass(frozen=True)
class Entry:
    """One canonical entity of the lexicon."""

    label: Label
    name: str
    id: str
    properties: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    country: str | None = None  # iso2 of an organisation's country
    represents: str | None = None  # a person's country (iso2) or organisation (name)
    parties: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    implements: tuple[str, ...] = ()  # an agreement's earlier agreements that it carries out
    group: str | None = None  # light / heavy for rare-earth elements
    place: str | None = None


@dataclass(frozen=True)
class Surface:
    """A surface form of an entry; ``form`` is name, alias, demonym or capital."""

    entry: Entry
    words: tuple[str, ...]
    form: str
    case_sensitive: bool


@dataclass
class Lexicon:
    entries: dict[str, Entry] = field(default_factory=dict)
    surfaces: dict[tuple[str, ...], Surface] = field(default_factory=dict)
    max_words: dict[str, int] = field(default_factory=dict)  # first word -> longest surface
    # the first two words of every longer surface: a span search looks past one word only then
    first_pairs: set[tuple[str, ...]] = field(default_factory=set)
    countries_by_iso2: dict[str, Entry] = field(default_factory=dict)
    by_name: dict[tuple[Label, str], Entry] = field(default_factory=dict)
    places: dict[tuple[str, ...], str] = field(default_factory=dict)  # place -> iso2
    restriction_phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    restriction_first: dict[str, int] = field(default_factory=dict)  # first word -> longest
    place_first: dict[str, int] = field(default_factory=dict)
    restriction_verbs: dict[str, str] = field(default_factory=dict)
    agreement_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # id -> aliases
    capital_of: dict[str, str] = field(default_factory=dict)  # country id -> its (first) capital

    def add_surface(self, entry: Entry, text: str, form: str) -> None:
        key = norm_phrase(text)
        if not key:
            return
        existing = self.surfaces.get(key)
        if existing is not None and existing.entry.id != entry.id:
            raise InputError(
                f"lexicon surface form {text!r} belongs to both {existing.entry.id} and "
                f"{entry.id}: keep it under one entry"
            )
        case_sensitive = any(ch.isupper() for ch in text)
        if existing is not None and (existing.form == "name" or not existing.case_sensitive):
            if existing.case_sensitive and not case_sensitive:
                self.surfaces[key] = Surface(entry, existing.words, existing.form, False)
            return
        self.surfaces[key] = Surface(entry, tuple(words(text)), form, case_sensitive)
        self.max_words[key[0]] = max(self.max_words.get(key[0], 0), len(key))
        if len(key) > 1:
            self.first_pairs.add(key[:2])

    def add(self, entry: Entry, aliases: list[str], demonyms: list[str],
            capitals: list[str]) -> None:
        if entry.id in self.entries:
            raise InputError(f"lexicon entry {entry.id} is defined twice: merge the two entries")
        self.entries[entry.id] = entry
        self.by_name[(entry.label, entry.name.lower())] = entry
        self.add_surface(entry, entry.name, "name")
        for alias in aliases:
            self.add_surface(entry, alias, "alias")
        if entry.label is Label.AGREEMENT and aliases:
            self.agreement_aliases[entry.id] = tuple(aliases)
        for demonym in demonyms:
            self.add_surface(entry, demonym, "demonym")
        for capital in capitals:
            self.add_surface(entry, capital, "capital")
        if capitals:
            self.capital_of.setdefault(entry.id, capitals[0])
        iso2 = entry.properties.get("iso2")
        if entry.label is Label.COUNTRY and iso2:
            self.countries_by_iso2[str(iso2)] = entry

    def find(self, label: Label, name: str) -> Entry | None:
        return self.by_name.get((label, name.lower()))

    def resolve_ref(self, ref: str) -> Entry | None:
        """An ISO alpha-2 code or an organisation/country name, as used by people and agreements."""
        if ref in self.countries_by_iso2:
            return self.countries_by_iso2[ref]
        return self.find(Label.ORGANIZATION, ref) or self.find(Label.COUNTRY, ref)


# libyaml parses the lexicon about eight times faster; every CLI process and worker reads it
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read lexicon file {path}: {exc}") from exc


def _text(path: Path, raw: dict[str, Any], key: str) -> str | None:
    """A field that must be text: YAML reads an unquoted NO (Norway's code) as false."""
    value = raw.get(key)
    if value is None or isinstance(value, str):
        return value
    raise InputError(f"{path}: entry {raw['name']!r}: {key} must be text, got {value!r}; "
                     "quote it (YAML reads unquoted NO, YES, ON and OFF as true or false)")


def _entry(path: Path, label: Label, raw: dict[str, Any]) -> Entry:
    name = str(raw["name"])
    if label is Label.COUNTRY:
        _text(path, raw, "iso2")
    props = {k: raw[k] for k in _NODE_FIELDS[label] if raw.get(k) is not None}
    key = str(raw["iso2"]).lower() if label is Label.COUNTRY and raw.get("iso2") else name
    return Entry(
        label=label,
        name=name,
        id=node_id(label, key),
        properties=props,
        country=_text(path, raw, "country"),
        represents=_text(path, raw, "represents"),
        parties=tuple(raw.get("parties") or ()),
        addresses=tuple(raw.get("addresses") or ()),
        implements=tuple(raw.get("implements") or ()),
        group=_text(path, raw, "group"),
        place=_text(path, raw, "place"),
    )


def load_lexicon_from(directory: Path) -> Lexicon:
    """Build a lexicon from the YAML files in ``directory`` (countries.yaml may be absent)."""
    lexicon = Lexicon()
    for filename, label in _FILES.items():
        path = directory / filename
        if not path.exists():
            continue
        for raw in _read_yaml(path) or []:
            if not isinstance(raw, dict) or "name" not in raw:
                raise InputError(f"{path}: every entry needs a name, got {raw!r}")
            lexicon.add(
                _entry(path, label, raw),
                [str(a) for a in raw.get("aliases") or ()],
                [str(d) for d in raw.get("demonyms") or ()],
                [str(c) for c in raw.get("capitals") or ()],
            )
    places = directory / "places.yaml"
    if places.exists():
        for place, iso2 in (_read_yaml(places) or {}).items():
            key = norm_phrase(str(place))
            lexicon.places[key] = str(iso2)
            lexicon.place_first[key[0]] = max(lexicon.place_first.get(key[0], 0), len(key))
    restrictions = directory / "restrictions.yaml"
    if restrictions.exists():
        data = _read_yaml(restrictions) or {}
        for kind, phrases in (data.get("kinds") or {}).items():
            for phrase in phrases:
                key = norm_phrase(str(phrase))
                lexicon.restriction_phrases[key] = str(kind)
                lexicon.restriction_first[key[0]] = max(
                    lexicon.restriction_first.get(key[0], 0), len(key))
        for verb, kind in (data.get("verbs") or {}).items():
            lexicon.restriction_verbs[str(verb)] = str(kind)
    return lexicon


@cache
def load_lexicon() -> Lexicon:
    """The packaged lexicon, loaded once per process."""
    return load_lexicon_from(LEXICON_DIR)
