"""Which patterns anchored on a word a sentence could satisfy, by the labels it holds: the
matcher's quick filter, kept apart from the walk itself."""

from __future__ import annotations

from pathlib import Path

from rekg.extract.pattern_rules import Pattern
from rekg.schema import Label

Viable = dict[tuple[str, frozenset[Label], bool], tuple[Pattern, ...]]
VIABLE: dict[Path, Viable] = {}


def viable_table(directory: Path) -> Viable:
    return VIABLE.setdefault(directory, {})


def viable(table: Viable, index: dict[str, tuple[Pattern, ...]], word: str,
           present: frozenset[Label], has_verb: bool) -> tuple[Pattern, ...]:
    """The patterns anchored on ``word`` whose required slots a sentence with mentions of the
    labels ``present`` (and restriction verbs if ``has_verb``) could fill: few sentences
    differ in these, so the filter runs once per combination, not once per anchor."""
    key = (word, present, has_verb)
    found = table.get(key)
    if found is None:
        found = table[key] = tuple(
            p for p in index.get(word, ())
            if (has_verb or not p.needs_verb)
            and all(not labels.isdisjoint(present) for labels in (*p.needs_before,
                                                                  *p.needs_after)))
    return found
