"""Name parameters meet the graph the way extraction does, and names that meet nothing get hints.

A ``name`` parameter reaches the database as the lower-case forms it may take: its own
singular and plural spellings, and, when the lexicon knows it (an alias such as "EV", an ISO
code such as "cn", a chemical symbol such as "Dy"), the canonical name and every alias of that
entry. A value that matches no node gets the closest names in the graph (rapidfuzz).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from rekg.schema.ids import slugify

if TYPE_CHECKING:
    from rekg.graph.store import Store
    from rekg.loaders.lexicon import Entry, Lexicon

_COUNT_MATCHES = (
    "MATCH (n) WHERE NOT n:Article "
    "AND any(v IN [n.name, n.id, split(n.id, ':')[1], n.symbol, n.iso3] + coalesce(n.aliases, []) "
    "WHERE toLower(v) IN $forms) RETURN count(n) AS matches"
)
_ALL_NAMES = (
    "MATCH (n) WHERE NOT n:Article RETURN n.name AS name, coalesce(n.aliases, []) AS aliases"
)
_COUNT_NODES = "MATCH (n) RETURN count(n) AS nodes"


def _number_variants(word: str) -> set[str]:
    """Plausible singular and plural spellings of one English word."""
    variants = {word}
    if len(word) < 3:
        return variants
    if word.endswith("ies"):
        variants.add(word[:-3] + "y")
    elif word.endswith(("ses", "xes", "zes", "ches", "shes")):
        variants.add(word[:-2])
        variants.add(word[:-1])
    elif word.endswith("s") and not word.endswith("ss"):
        variants.add(word[:-1])
    else:
        if word.endswith("y") and word[-2] not in "aeiou":
            variants.add(word[:-1] + "ies")
        elif word.endswith(("s", "x", "z", "ch", "sh")):
            variants.add(word + "es")
        else:
            variants.add(word + "s")
    return variants


def spelling_forms(value: str) -> set[str]:
    """Lower-case forms of one name: singular, plural and id slug."""
    base = " ".join(value.lower().split())
    head, _, last = base.rpartition(" ")
    prefix = head + " " if head else ""
    forms = {prefix + variant for variant in _number_variants(last)}
    return forms | {slugify(form) for form in forms if slugify(form)}


@cache
def _lexicon() -> Lexicon:
    from rekg.loaders.lexicon import load_lexicon

    return load_lexicon()


@cache
def _surfaces_by_entry() -> dict[str, tuple[str, ...]]:
    by_entry: dict[str, list[str]] = {}
    for surface in _lexicon().surfaces.values():
        by_entry.setdefault(surface.entry.id, []).append(" ".join(surface.words))
    return {entry_id: tuple(texts) for entry_id, texts in by_entry.items()}


def lexicon_entries(value: str) -> list[Entry]:
    """The lexicon entries ``value`` names: exactly, by alias, ISO code or chemical symbol."""
    from rekg.loaders.text import norm_phrase

    lexicon = _lexicon()
    text = value.strip()
    found: list[Entry] = []
    surface = lexicon.surfaces.get(norm_phrase(text))
    # A case-sensitive alias such as "EV" is not met by "ev", as in extraction.
    if surface is not None and (not surface.case_sensitive or text != text.lower()):
        found.append(surface.entry)
    iso = lexicon.countries_by_iso2.get(text.upper()) if len(text) == 2 else None
    if iso is not None and iso not in found:
        found.append(iso)
    for entry in lexicon.entries.values():
        symbol = entry.properties.get("symbol") or entry.properties.get("iso3")
        if symbol and str(symbol).lower() == text.lower() and entry not in found:
            found.append(entry)
    return found


def name_forms(value: str) -> list[str]:
    """Every lower-case form under which the graph may hold what ``value`` names."""
    forms = spelling_forms(value)
    for entry in lexicon_entries(value):
        forms.add(entry.id.split(":", 1)[1])
        for text in (entry.name, *_surfaces_by_entry().get(entry.id, ())):
            forms |= spelling_forms(text)
    return sorted(forms)


def unmatched_hints(store: Store, names: Iterable[tuple[str, str]]) -> list[str]:
    """One hint line per ``(parameter, value)`` that matches no node, with the closest names."""
    hints: list[str] = []
    candidates: list[str] | None = None
    for parameter, value in names:
        matches = store.read(_COUNT_MATCHES, {"forms": name_forms(value)}).rows[0][0]
        if matches:
            continue
        if candidates is None:
            candidates = _graph_names(store)
        closest = closest_names(value, candidates)
        advice = f"closest: {', '.join(closest)}" if closest else "rekg query lookup -p name=... "\
            "searches by part of a name"
        hints.append(f"hint: {parameter}={value!r} matches nothing in the graph; {advice}")
    return hints


def _graph_names(store: Store) -> list[str]:
    names: set[str] = set()
    for name, aliases in store.read(_ALL_NAMES, {}).rows:
        if name:
            names.add(str(name))
        names.update(str(alias) for alias in aliases or [])
    return sorted(names)


def closest_names(value: str, candidates: list[str], limit: int = 5) -> list[str]:
    """The candidates nearest to ``value`` by fuzzy matching, best first."""
    from rapidfuzz import fuzz, process, utils

    found = process.extract(value, candidates, scorer=fuzz.QRatio, limit=limit * 2,
                            processor=utils.default_process, score_cutoff=50)
    seen: list[str] = []
    for text, _score, _index in found:
        if text.lower() not in (s.lower() for s in seen):
            seen.append(text)
    return seen[:limit]


def empty_graph_hint(store: Store, uri: str) -> str | None:
    """A line saying the graph is empty and how to fill it, or None when it holds nodes."""
    if store.read(_COUNT_NODES, {}).rows[0][0]:
        return None
    return (f"hint: the graph at {uri} is empty: fill it with "
            f"rekg --store {uri} ingest examples/articles")
