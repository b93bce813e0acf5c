"""Relation patterns kept as data: loading, validation and matching.

``patterns/words.yaml`` holds word sets; every other ``patterns/*.yaml`` holds the patterns of
one relation type. A pattern's ``shape`` is a sequence of elements separated by spaces:

* ``{name:Label|Label}`` a slot: a mention of one of those labels, or a whole coordinated
  list of them ("neodymium, dysprosium and terbium"); ``{name:Restriction/verb}`` takes only
  restriction verbs ("banned", "curbs"), not nouns, and ``/noun`` only nouns (a noun the sentence
  may use as its verb: "Hanoi controls exports"); ``{name:Material/elided}`` only goods the
  coreference stage found left unsaid ("Australia ranks second");
* ``@set`` one word or phrase of a word set, ``word`` a literal, ``a|b`` alternatives;
  ``@set|word`` a word of the set or the word; a trailing ``?`` makes the element optional;
* ``...`` up to ``gap`` words of anything but strong punctuation (``gap: 0``: only a comma).

Words of the ``filler`` set (articles, adverbs) may stand between any two elements.
``source`` and ``target`` name the slots the relationship goes from and to. Every pattern has
``examples``: sentences it must match (with the facts it gives) and sentences it must not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from rekg.errors import PatternError
from rekg.extract.patterns import PATTERN_DIR, WordSet, _first_error, _phrase, _read, word_sets
from rekg.schema import ENDPOINTS, Label, RelType

_MAX_FILLERS = 3
_SLOT_ANCHOR = "{slot}"


class ExampleMatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=3)
    facts: list[tuple[str, str]] = Field(min_length=1)


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid")
    match: list[ExampleMatch] = Field(min_length=1)
    no_match: list[str] = Field(default_factory=list)


class PatternSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z_]+\.[a-z0-9_-]+$")
    shape: str
    source: str
    target: str
    confidence: float = Field(default=0.8, gt=0.0, le=1.0)
    gap: int = Field(default=4, ge=0, le=12)
    examples: Examples


class PatternFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    relation: RelType
    patterns: list[PatternSpec] = Field(min_length=1)

    @field_validator("relation")
    @classmethod
    def _not_mentions(cls, value: RelType) -> RelType:
        if value is RelType.MENTIONS:
            raise ValueError("MENTIONS is added by the fragment stage, not by patterns")
        return value


@dataclass(frozen=True, slots=True)
class Element:
    kind: str  # slot, words, gap
    phrases: tuple[tuple[str, ...], ...] = ()  # longest first
    slot: str = ""
    labels: frozenset[Label] = frozenset()
    optional: bool = False
    verb_only: bool = False  # the slot takes only restriction verbs ("banned"), not nouns
    named: bool = False  # the slot takes no bare pronoun ("keep them stable")
    elided_only: bool = False  # the slot takes only goods left unsaid ("ranks second")
    noun_only: bool = False  # the slot takes no restriction verb ("curbs", not "banned")

    def takes(self, props: dict[str, Any]) -> bool:
        """A mention with these props fits the slot's '/verb', '/noun' and '/elided' flags."""
        return (not self.verb_only or bool(props.get("verb"))) and (
            not self.elided_only or bool(props.get("elided"))) and (
            not self.noun_only or not props.get("verb"))
    # phrases by their first and by their last word, longest first: the matcher's lookups
    by_first: dict[str, tuple[tuple[str, ...], ...]] = field(
        default_factory=dict, hash=False, compare=False)
    by_last: dict[str, tuple[tuple[str, ...], ...]] = field(
        default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    relation: RelType
    elements: tuple[Element, ...]
    anchor: int
    source: str
    target: str
    confidence: float
    gap: int
    spec: PatternSpec
    file: str
    # labels of the required slots before and after the anchor: a cheap test before matching
    needs_before: tuple[frozenset[Label], ...] = ()
    needs_after: tuple[frozenset[Label], ...] = ()
    # the nearest slot on each side of the anchor and how far from it its mention may lie
    # (None when a gap stands between them): a cheap test before matching
    near_before: tuple[frozenset[Label], int] | None = None
    near_after: tuple[frozenset[Label], int] | None = None
    before: tuple[Element, ...] = ()  # the elements before the anchor, nearest first
    after: tuple[Element, ...] = ()
    needs_verb: bool = False  # a required slot takes restriction verbs only
    # per required word element but the anchor, the first words of its phrases: a sentence
    # holding none of them cannot match
    needs_words: tuple[frozenset[str], ...] = ()


def _compile_element(token: str, sets: dict[str, WordSet], where: str) -> Element:
    optional = token.endswith("?") and len(token) > 1
    token = token[:-1] if optional else token
    if token == "...":
        return Element("gap", optional=True)
    if token.startswith("{") and token.endswith("}"):
        name, _, labels = token[1:-1].partition(":")
        labels, _, flag = labels.partition("/")
        if flag not in ("", "verb", "noun", "named", "elided"):
            raise PatternError(f"{where}: slot {token!r}: the slot flags are '/verb', '/noun', "
                               "'/named', '/elided'")
        try:
            allowed = frozenset(Label(label) for label in labels.split("|"))
        except ValueError as exc:
            raise PatternError(f"{where}: slot {token!r} names an unknown label") from exc
        if not name or not labels:
            raise PatternError(f"{where}: a slot is written {{name:Label|Label}}, got {token!r}")
        return Element("slot", slot=name, labels=allowed, optional=optional,
                       verb_only=flag == "verb", named=flag == "named",
                       elided_only=flag == "elided", noun_only=flag == "noun")
    phrases: set[tuple[str, ...]] = set()
    for part in token.split("|"):
        if part.startswith("@"):
            if part[1:] not in sets:
                raise PatternError(f"{where}: unknown word set {part!r}; define it in words.yaml")
            phrases.update(sets[part[1:]].phrases)
        else:
            phrases.add(_phrase(part.replace("_", " ")))
    ordered = tuple(sorted(phrases, key=lambda p: (-len(p), p)))
    by_first: dict[str, list[tuple[str, ...]]] = {}
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for phrase in ordered:
        by_first.setdefault(phrase[0], []).append(phrase)
        by_last.setdefault(phrase[-1], []).append(phrase)
    return Element("words", phrases=ordered, optional=optional,
                   by_first={k: tuple(v) for k, v in by_first.items()},
                   by_last={k: tuple(v) for k, v in by_last.items()})


def compile_pattern(spec: PatternSpec, relation: RelType, file: str,
                    sets: dict[str, WordSet]) -> Pattern:
    where = f"{file}: rule {spec.id}"
    elements = tuple(_compile_element(t, sets, where) for t in spec.shape.split())
    slots = {e.slot: e for e in elements if e.kind == "slot"}
    for role in (spec.source, spec.target):
        if role not in slots:
            raise PatternError(f"{where}: role {role!r} is not a slot of the shape")
    allowed_from, allowed_to = ENDPOINTS[relation]
    if not slots[spec.source].labels <= allowed_from or not slots[spec.target].labels <= allowed_to:
        raise PatternError(f"{where}: slot labels do not fit the endpoint rules of {relation}")
    anchor = next((i for i, e in enumerate(elements) if e.kind == "words" and not e.optional),
                  None)
    if anchor is None:  # slots and optional words only: anchored on the first slot
        anchor = next((i for i, e in enumerate(elements) if e.kind == "slot"), None)
    if anchor is None or elements[0].kind == "gap" or elements[-1].kind == "gap":
        raise PatternError(f"{where}: the shape needs a slot or a word to anchor on, and may "
                           "not start or end with '...'")
    needs_before = tuple(e.labels for e in elements[:anchor] if e.kind == "slot" and not e.optional)
    needs_after = tuple(e.labels for e in elements[anchor + 1:]
                        if e.kind == "slot" and not e.optional)
    before, after = tuple(reversed(elements[:anchor])), elements[anchor + 1:]
    return Pattern(spec.id, relation, elements, anchor, spec.source, spec.target,
                   spec.confidence, spec.gap, spec, file, needs_before=needs_before,
                   needs_after=needs_after, near_before=_reach(before),
                   near_after=_reach(after), before=before, after=after,
                   needs_verb=any(e.verb_only and not e.optional for e in elements),
                   needs_words=tuple(frozenset(e.by_first) for k, e in enumerate(elements)
                                     if e.kind == "words" and not e.optional and k != anchor))


def _reach(side: tuple[Element, ...]) -> tuple[frozenset[Label], int] | None:
    """The nearest required slot of one side and the most words between it and the anchor."""
    reach = _MAX_FILLERS
    for element in side:
        if element.kind == "gap":
            return None
        if element.kind == "slot":
            if element.optional:
                return None
            return element.labels, reach
        reach += max(len(p) for p in element.phrases) + _MAX_FILLERS
    return None


@cache
def load_patterns(directory: Path = PATTERN_DIR) -> tuple[Pattern, ...]:
    sets = word_sets(directory)
    patterns: list[Pattern] = []
    seen: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        if path.name in ("words.yaml", "modality.yaml"):
            continue
        try:
            spec_file = PatternFile.model_validate(_read(path))
        except ValidationError as exc:
            raw = _read(path) or {}
            rule = _rule_of(raw, exc)
            raise PatternError(f"{path.name}: {rule}{_first_error(exc)}") from exc
        for spec in spec_file.patterns:
            if spec.id in seen:
                raise PatternError(
                    f"{path.name}: rule {spec.id} is also defined in {seen[spec.id]}")
            seen[spec.id] = path.name
            patterns.append(compile_pattern(spec, spec_file.relation, path.name, sets))
    return tuple(patterns)


def _rule_of(raw: Any, exc: ValidationError) -> str:
    loc = exc.errors()[0]["loc"]
    if len(loc) >= 2 and loc[0] == "patterns" and isinstance(loc[1], int):
        items = raw.get("patterns") if isinstance(raw, dict) else None
        if isinstance(items, list) and loc[1] < len(items) and isinstance(items[loc[1]], dict):
            return f"rule {items[loc[1]].get('id', '#' + str(loc[1]))}: "
        return f"rule #{loc[1]}: "
    return ""


@cache
def anchor_index(directory: Path = PATTERN_DIR) -> dict[str, tuple[Pattern, ...]]:
    index: dict[str, list[Pattern]] = {}
    for pattern in load_patterns(directory):
        anchor = pattern.elements[pattern.anchor]
        if anchor.kind == "slot":
            index.setdefault(_SLOT_ANCHOR, []).append(pattern)
        for phrase in anchor.phrases:
            index.setdefault(phrase[0], []).append(pattern)
    return {word: tuple({p.id: p for p in found}.values()) for word, found in index.items()}
