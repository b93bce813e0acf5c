"""Word sets kept as data (``patterns/words.yaml``) and what reading the pattern files needs:
``WordSet``, the inflection of verbs, the reading of YAML and of validation errors. The relation
patterns themselves are compiled, checked and indexed in ``pattern_rules.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from rekg.errors import PatternError
from rekg.loaders.text import singular

PATTERN_DIR = Path(__file__).resolve().parent / "patterns"
STRONG_BREAKS = frozenset({";", "(", ")", "—", "–", "[", "]"})
_SOFT = frozenset({"", "-", "'", "’", ":"})  # a colon opens a list: "controls on: gallium, ..."


# --------------------------------------------------------------------- schema
class WordSetSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    words: list[str] = Field(min_length=1)
    inflect: str | None = Field(default=None, pattern="^verb$")


# --------------------------------------------------------------------- compiled forms
_HOLDING: dict[frozenset[tuple[str, ...]], dict[str, tuple[tuple[int, tuple[str, ...]], ...]]] = {}
# per word set (kept alive here, so that its id stays its own), its phrases by first word
_STARTS: dict[int, tuple[WordSet, dict[str, tuple[tuple[str, ...], ...]]]] = {}


@dataclass(frozen=True, slots=True)
class WordSet(frozenset[str]):
    """Its one-word phrases as a frozenset: ``in`` looks them up without a Python call."""

    name: str
    phrases: frozenset[tuple[str, ...]]
    firsts: frozenset[str]
    singles: frozenset[str] = frozenset()  # the one-word phrases: what ``in`` looks up

    def __new__(cls, name: str, phrases: frozenset[tuple[str, ...]], firsts: frozenset[str],
                singles: frozenset[str] = frozenset()) -> WordSet:
        return frozenset.__new__(cls, singles)

    __hash__ = frozenset.__hash__  # cached in C; equal sets have equal one-word phrases

    def __bool__(self) -> bool:
        return True  # a set of phrases only is still a set

    def __reduce__(self) -> tuple[type[WordSet], tuple[Any, ...]]:  # copy and pickle
        return WordSet, (self.name, self.phrases, self.firsts, self.singles)

    def holding(self, word: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """(offset, phrase) for every phrase of the set that holds ``word`` at that offset."""
        index = _HOLDING.get(self.phrases)
        if index is None:
            found: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
            for phrase in self.phrases:
                for offset, w in enumerate(phrase):
                    found.setdefault(w, []).append((offset, phrase))
            index = _HOLDING[self.phrases] = {w: tuple(v) for w, v in found.items()}
        return index.get(word, ())

    def longest_at(self, words: list[str], i: int) -> int:
        """The length of the longest phrase of the set that starts at ``words[i]``, else 0."""
        if i >= len(words) or words[i] not in self.firsts:
            return 0
        return max((len(p) for offset, p in self.holding(words[i])
                    if not offset and tuple(words[i:i + len(p)]) == p), default=0)

    def ends_at(self, words: list[str], i: int) -> bool:
        """A phrase of the set ends at ``words[i]`` ("held off on" at "on")."""
        if not 0 <= i < len(words):
            return False
        return words[i] in self or any(
            offset == len(p) - 1 and i - offset >= 0 and tuple(words[i - offset:i + 1]) == p
            for offset, p in self.holding(words[i]))

    def spans(self, words: list[str], start: int = 0) -> Iterator[tuple[int, int]]:
        """(start, end) of every phrase of the set in ``words`` at or after ``start``, in order
        of position."""
        starts = _STARTS.get(id(self))
        if starts is None or starts[0] is not self:
            by_first: dict[str, list[tuple[str, ...]]] = {}
            for p in self.phrases:  # in the set's own order, as a scan of it would meet them
                by_first.setdefault(p[0], []).append(p)
            starts = _STARTS[id(self)] = (self, {w: tuple(v) for w, v in by_first.items()})
        index = starts[1]  # most sentences hold no first word of a phrase: no scan then
        for i in () if index.keys().isdisjoint(words) else range(start, len(words)):
            found = index.get(words[i])
            if found is not None:
                for p in found:
                    if tuple(words[i:i + len(p)]) == p:
                        yield i, i + len(p)


def _inflections(word: str) -> list[str]:
    if " " in word or len(word) < 3:
        return [word]
    forms = [word, word + "s"]
    if word.endswith("e"):
        forms += [word + "d", word[:-1] + "ing"]
    elif word.endswith("y") and word[-2] not in "aeiou":
        forms += [word[:-1] + "ied", word + "ing"]
    else:
        forms += [word + "ed", word + "ing"]
        if word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
            forms += [word + word[-1] + "ed", word + word[-1] + "ing"]
    return forms


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(singular(w) for w in text.replace("'s", " 's").split())


def _compile_set(name: str, spec: WordSetSpec) -> WordSet:
    phrases: set[tuple[str, ...]] = set()
    for word in spec.words:
        for form in (_inflections(word) if spec.inflect == "verb" else [word]):
            key = _phrase(form.lower())
            if key:
                phrases.add(key)
            if "-" in form:  # "long-term" is read as the words "long" and "term"
                parts = _phrase(form.lower().replace("-", " "))
                if len(parts) > 1:
                    phrases.add(parts)
    return WordSet(name, frozenset(phrases), frozenset(p[0] for p in phrases),
                   frozenset(p[0] for p in phrases if len(p) == 1))


# libyaml (when built in) parses these files about eight times faster than pure Python
_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


def _read(path: Path) -> Any:
    try:
        # BaseLoader keeps every scalar a string: "no", "on" and "off" are words here, not booleans
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise PatternError(f"{path.name}: cannot read: {exc}") from exc


@cache
def word_sets(directory: Path = PATTERN_DIR) -> dict[str, WordSet]:
    path = directory / "words.yaml"
    raw = _read(path) or {}
    sets: dict[str, WordSet] = {}
    for name, body in raw.items():
        try:
            spec = WordSetSpec.model_validate(body)
        except ValidationError as exc:
            raise PatternError(f"{path.name}: word set {name!r}: {_first_error(exc)}") from exc
        sets[str(name)] = _compile_set(str(name), spec)
    return sets


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    return f"{where}: {err['msg']}" if where else str(err["msg"])


