"""Training examples for the relation scorer: candidate pairs labelled by the gold facts.

Distant supervision: the mentions of a sentence are matched to the gold entities by name or
alias (as ``rekg eval`` matches them), and an ordered pair is a positive for relation R when a
gold fact has a step ``(A) -R-> (B)`` whose ends match the two mentions; a ``null`` end (the
article's restrictions) matches any mention of its label. Every other pair whose labels fit R's
endpoint rules is a negative for R; a negative that matches the last step of an ``absent`` fact
(the step the text denies) is a hard negative, weighted more in training.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rekg.errors import InputError
from rekg.extract.scorer.features import PairInput, same_list
from rekg.extract.scorer.model import fitting_relations
from rekg.loaders.document import Document
from rekg.loaders.evaluate import gold_pairs, read_gold_article
from rekg.loaders.text import norm_phrase


def match_key(text: str) -> str:
    return " ".join(norm_phrase(text))


@dataclass(frozen=True, slots=True)
class MentionView:
    """What labelling needs of one mention: its label and the names it can match."""

    label: str
    keys: frozenset[str]


# One candidate pair of a sentence: its two mentions and the scorer's input.
Candidate = tuple[MentionView, MentionView, PairInput]
PairSource = Callable[[Document], Iterable[Candidate]]

# (label, match forms or None for "any node of the label")
End = tuple[str, frozenset[str] | None]


@dataclass(frozen=True, slots=True)
class Step:
    source: End
    relation: str
    target: End
    fact: int  # index of the gold fact the step belongs to


@dataclass
class GoldArticle:
    name: str
    document: Document
    steps: list[Step]
    absent: list[Step] = field(default_factory=list)  # last steps of facts the text denies


def _end(raw: Sequence[Any], forms: dict[tuple[str, str], frozenset[str]]) -> End:
    label, name = str(raw[0]), raw[1]
    if not name:
        return (label, None)
    key = match_key(str(name))
    return (label, forms.get((label, key), frozenset({key})))


def read_gold(text_path: Path, gold_path: Path) -> GoldArticle:
    try:
        data = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read gold file {gold_path}: {exc}") from exc
    forms: dict[tuple[str, str], frozenset[str]] = {}
    for entity in data.get("entities", []):
        if entity.get("name"):
            keys = {match_key(str(entity["name"]))}
            keys.update(match_key(str(a)) for a in entity.get("aliases") or [])
            forms[(str(entity["label"]), match_key(str(entity["name"])))] = frozenset(keys)
    def steps_of(key: str, last_only: bool = False) -> list[Step]:
        steps = []
        for index, fact in enumerate(data.get(key, [])):
            path = fact["path"]
            for k in range(len(path) - 2 if last_only else 1, len(path), 2):
                steps.append(Step(_end(path[k - 1], forms), str(path[k]),
                                  _end(path[k + 1], forms), index))
        return steps

    return GoldArticle(text_path.stem, read_gold_article(text_path), steps_of("facts"),
                       steps_of("absent", last_only=True))


def read_gold_dirs(dirs: Sequence[Path]) -> list[GoldArticle]:
    return [read_gold(text, gold) for folder in dirs for text, gold in gold_pairs(folder)]


def _matches(mention: MentionView, end: End) -> bool:
    label, forms = end
    return mention.label == label and (forms is None or not forms.isdisjoint(mention.keys))


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled (pair, relation) with the gold steps it stands for."""

    article: str
    pair: PairInput
    relation: str
    positive: bool
    steps: tuple[int, ...] = ()
    denied: bool = False  # a negative that matches a step of an absent fact: a hard negative


@dataclass
class ExampleSet:
    examples: list[Example] = field(default_factory=list)
    # (article, step index) -> relation, for every gold step; to count which ones pairs reach
    steps: dict[tuple[str, int], str] = field(default_factory=dict)

    def by_relation(self) -> dict[str, list[Example]]:
        grouped: dict[str, list[Example]] = {}
        for example in self.examples:
            grouped.setdefault(example.relation, []).append(example)
        return grouped


def _same_end(a: End, b: End) -> bool:
    return a[0] == b[0] and a[1] is not None and b[1] is not None and not a[1].isdisjoint(b[1])


def implied_steps(steps: Sequence[Step]) -> list[Step]:
    """Steps that chains of one relation imply but the gold does not state: a product that
    depends on a magnet that depends on dysprosium depends on dysprosium too."""
    known = list(steps)
    implied: list[Step] = []
    for _ in range(3):  # chains of up to four steps
        new = [Step(first.source, first.relation, second.target, -1)
               for first in known for second in known
               if first.relation == second.relation and _same_end(first.target, second.source)
               and not _same_end(first.source, second.target)]
        new = [n for n in new if not any(n.relation == k.relation and _same_end(n.source, k.source)
                                         and _same_end(n.target, k.target) for k in known)]
        if not new:
            break
        known.extend(new)
        implied.extend(new)
    return implied


def build_examples(articles: Sequence[GoldArticle], candidates: PairSource,
                   skip_implied: bool = False) -> ExampleSet:
    """Every candidate pair of every article, once per relation that fits its labels; two
    items of one list are left out, as the scorer gives them NONE. With ``skip_implied``
    (training), a pair that a chain of gold facts implies is neither positive nor negative."""
    result = ExampleSet()
    for article in articles:
        for index, step in enumerate(article.steps):
            result.steps[(article.name, index)] = step.relation
        implied = implied_steps(article.steps) if skip_implied else []
        for a, b, pair in candidates(article.document):
            if same_list(pair):
                continue
            for relation in fitting_relations(a.label, b.label):
                hits = tuple(i for i, step in enumerate(article.steps)
                             if step.relation == relation and _matches(a, step.source)
                             and _matches(b, step.target))
                if not hits and any(step.relation == relation and _matches(a, step.source)
                                    and _matches(b, step.target) for step in implied):
                    continue
                denied = not hits and any(
                    step.relation == relation and _matches(a, step.source)
                    and _matches(b, step.target)
                    and (step.source[1], step.target[1]) != (None, None)
                    for step in article.absent)
                result.examples.append(Example(article.name, pair, relation, bool(hits),
                                               hits, denied))
    return result
