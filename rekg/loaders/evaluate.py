"""Score the extractor against gold annotations (DESIGN.md section 6).

For each ``NAME.txt`` with a ``NAME.gold.json`` the graph of that article alone is built in
memory and compared with the gold:

* Entities: an extracted node matches a gold entity of the same label when its name or one of
  its aliases equals the gold name or one of the gold aliases (case-insensitive, singular and
  plural alike). Article nodes are not counted. Gold gives every restriction of an article as
  one entity with ``name: null``, so the extracted Restriction nodes are counted as one entity
  too (matched when the gold has a Restriction entity, or when a gold fact goes through a
  restriction, which asserts that one exists). Precision is matched extracted
  entities over extracted entities; recall is matched gold entities over gold entities.
* Facts and absent facts: a path holds when the graph has a chain of nodes with those labels
  and relationship types whose named nodes match as above; ``null`` matches any node of the
  label. Fact recall is the share of facts that hold; every absent path that holds counts as
  an absent fact wrongly extracted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rekg.errors import InputError
from rekg.loaders.document import Document
from rekg.loaders.text import norm_phrase
from rekg.schema import GraphFragment, Label

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

Extractor = Callable[[Document], GraphFragment]


def read_gold_article(path: Path) -> Document:
    """Headline, ISO date, blank line, body; a file whose line 2 is no date is all body."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read article {path}: {exc}") from exc
    lines = text.split("\n")
    if len(lines) > 2 and _ISO_DATE.match(lines[1].strip()):
        body = "\n".join(lines[2:]).strip()
        return Document(text=body or lines[0], title=lines[0].strip(),
                        published=lines[1].strip(), path=str(path))
    return Document(text=text, path=str(path))


def _key(text: str) -> str:
    return " ".join(norm_phrase(text))


@dataclass
class ArticleScore:
    name: str
    gold_entities: int = 0
    extracted_entities: int = 0
    matched_gold: int = 0
    matched_extracted: int = 0
    facts: int = 0
    facts_found: int = 0
    absent: int = 0
    absent_found: int = 0
    missed_entities: list[str] = field(default_factory=list)
    extra_entities: list[str] = field(default_factory=list)
    missed_facts: list[str] = field(default_factory=list)
    absent_extracted: list[str] = field(default_factory=list)
    by_relation: dict[str, list[int]] = field(default_factory=dict)  # relation -> [found, facts]

    @property
    def precision(self) -> float:
        return self.matched_extracted / self.extracted_entities if self.extracted_entities else 1.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold_entities if self.gold_entities else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def fact_recall(self) -> float:
        return self.facts_found / self.facts if self.facts else 1.0

    def add(self, other: ArticleScore) -> None:
        for name in ("gold_entities", "extracted_entities", "matched_gold", "matched_extracted",
                     "facts", "facts_found", "absent", "absent_found"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for relation, (found, facts) in other.by_relation.items():
            counts = self.by_relation.setdefault(relation, [0, 0])
            counts[0] += found
            counts[1] += facts

    def as_dict(self, details: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "article": self.name,
            "entity_precision": round(self.precision, 4),
            "entity_recall": round(self.recall, 4),
            "entity_f1": round(self.f1, 4),
            "gold_entities": self.gold_entities,
            "extracted_entities": self.extracted_entities,
            "fact_recall": round(self.fact_recall, 4),
            "facts": self.facts,
            "facts_found": self.facts_found,
            "absent": self.absent,
            "absent_extracted": self.absent_found,
            "by_relation": {relation: {"found": found, "facts": facts}
                            for relation, (found, facts) in sorted(self.by_relation.items())},
        }
        if details:
            data.update(missed_entities=self.missed_entities,
                        extra_entities=self.extra_entities,
                        missed_facts=self.missed_facts,
                        absent_paths_extracted=self.absent_extracted)
        return data


@dataclass
class EvalReport:
    articles: list[ArticleScore]
    total: ArticleScore
    failed: list[str] = field(default_factory=list)  # articles whose extraction raised

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"articles": [a.as_dict() for a in self.articles],
                                "total": self.total.as_dict(details=False)}
        if self.failed:
            data["failed"] = self.failed
        return data


class _GraphIndex:
    """The fragment as label -> nodes with their match keys, and typed adjacency."""

    def __init__(self, fragment: GraphFragment) -> None:
        self.keys: dict[str, set[str]] = {}
        self.label: dict[str, Label] = {}
        self.out: dict[tuple[str, str], list[str]] = {}
        for node in fragment.nodes.values():
            if node.label is Label.ARTICLE:
                continue
            self.label[node.id] = node.label
            self.keys[node.id] = {_key(node.name), *(_key(a) for a in node.aliases)}
        for rel in fragment.relationships.values():
            self.out.setdefault((rel.source, rel.type.value), []).append(rel.target)

    def nodes_of(self, label: Label) -> list[str]:
        return [n for n, lab in self.label.items() if lab is label]


class _Gold:
    def __init__(self, data: dict[str, Any]) -> None:
        self.entities: list[tuple[Label, str | None, set[str]]] = []
        self.forms: dict[tuple[Label, str], set[str]] = {}
        for raw in data.get("entities", []):
            label = Label(raw["label"])
            name = raw.get("name")
            forms = {_key(a) for a in raw.get("aliases") or []}
            if name:
                forms.add(_key(name))
                self.forms[(label, _key(name))] = forms
            self.entities.append((label, name, forms))
        # A fact through a restriction asserts that one exists, even when the annotator
        # listed no Restriction entity (the seed files).
        if not any(label is Label.RESTRICTION for label, _, _ in self.entities) and any(
                step[0] == Label.RESTRICTION.value for fact in data.get("facts", [])
                for step in fact["path"][::2]):
            self.entities.append((Label.RESTRICTION, None, set()))

    def node_forms(self, label: Label, name: str) -> set[str]:
        return self.forms.get((label, _key(name)), {_key(name)})


def _path_holds(path: Sequence[Any], graph: _GraphIndex, gold: _Gold) -> bool:
    steps: list[tuple[Label, set[str] | None]] = []
    rels: list[str] = []
    for position, item in enumerate(path):
        if position % 2 == 0:
            label = Label(item[0])
            steps.append((label, gold.node_forms(label, item[1]) if item[1] else None))
        else:
            rels.append(str(item))

    def matches(node: str, step: tuple[Label, set[str] | None]) -> bool:
        label, forms = step
        return graph.label.get(node) is label and (forms is None or bool(graph.keys[node] & forms))

    def walk(node: str, depth: int) -> bool:
        if depth == len(rels):
            return True
        return any(matches(nxt, steps[depth + 1]) and walk(nxt, depth + 1)
                   for nxt in graph.out.get((node, rels[depth]), []))

    return any(walk(start, 0) for start in graph.nodes_of(steps[0][0]) if matches(start, steps[0]))


def fact_relation(path: Sequence[Any]) -> str:
    """The relation a fact is about: its first relationship type, except that IMPOSES counts
    under what the restriction does (RESTRICTS or TARGETS)."""
    types = [str(item) for item in path[1::2]]
    if types[0] == "IMPOSES" and len(types) > 1:
        return types[1]
    return types[0]


def _describe(path: Sequence[Any]) -> str:
    parts = []
    for position, item in enumerate(path):
        parts.append(f"({item[0]}:{item[1]})" if position % 2 == 0 else f"-{item}->")
    return "".join(parts)


def score_article(name: str, fragment: GraphFragment, gold_data: dict[str, Any]) -> ArticleScore:
    gold = _Gold(gold_data)
    graph = _GraphIndex(fragment)
    score = ArticleScore(name=name)

    # Extracted entities; every Restriction node together is one entity (see module doc).
    extracted: list[tuple[Label, str, set[str]]] = []
    restriction_keys: set[str] = set()
    for node_id, label in graph.label.items():
        if label is Label.RESTRICTION:
            restriction_keys |= graph.keys[node_id]
        else:
            extracted.append((label, fragment.nodes[node_id].name, graph.keys[node_id]))
    if restriction_keys:
        extracted.append((Label.RESTRICTION, "(restrictions)", restriction_keys))

    def entity_matches(gold_entity: tuple[Label, str | None, set[str]],
                       node: tuple[Label, str, set[str]]) -> bool:
        if gold_entity[0] is not node[0]:
            return False
        return gold_entity[1] is None or bool(gold_entity[2] & node[2])

    score.gold_entities = len(gold.entities)
    score.extracted_entities = len(extracted)
    for entity in gold.entities:
        if any(entity_matches(entity, node) for node in extracted):
            score.matched_gold += 1
        else:
            score.missed_entities.append(f"{entity[0].value}:{entity[1]}")
    for node in extracted:
        if any(entity_matches(entity, node) for entity in gold.entities):
            score.matched_extracted += 1
        else:
            score.extra_entities.append(f"{node[0].value}:{node[1]}")

    for fact in gold_data.get("facts", []):
        score.facts += 1
        counts = score.by_relation.setdefault(fact_relation(fact["path"]), [0, 0])
        counts[1] += 1
        if _path_holds(fact["path"], graph, gold):
            score.facts_found += 1
            counts[0] += 1
        else:
            score.missed_facts.append(_describe(fact["path"]))
    for absent in gold_data.get("absent", []):
        score.absent += 1
        if _path_holds(absent["path"], graph, gold):
            score.absent_found += 1
            score.absent_extracted.append(_describe(absent["path"]))
    return score


def gold_pairs(gold_dir: Path) -> list[tuple[Path, Path]]:
    """(article, gold) pairs of a folder, sorted by name."""
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir} is not a folder: give a folder of NAME.txt + NAME.gold.json")
    pairs = []
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        if text_path.exists():
            pairs.append((text_path, gold_path))
    if not pairs:
        raise InputError(
            f"no gold annotations in {gold_dir}: expected NAME.txt files with NAME.gold.json"
        )
    return pairs


def evaluate(gold_dir: Path | str, extractor: Extractor | None = None) -> EvalReport:
    """Build each article's graph alone and score it against its gold file."""
    if extractor is None:
        from rekg.loaders.extract import extract

        extractor = extract
    articles: list[ArticleScore] = []
    failed: list[str] = []
    total = ArticleScore(name="TOTAL")
    for text_path, gold_path in gold_pairs(Path(gold_dir)):
        try:
            gold_data = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read gold file {gold_path}: {exc}") from exc
        document = read_gold_article(text_path)
        try:
            fragment = extractor(document)
        except Exception as exc:  # scored as nothing found; the other articles go on
            from rekg.loaders.extraction import internal_error

            failed.append(f"{text_path}: could not be extracted ({internal_error(exc)})")
            fragment = GraphFragment()
        score = score_article(text_path.stem, fragment, gold_data)
        articles.append(score)
        total.add(score)
    return EvalReport(articles=articles, total=total, failed=failed)


def format_table(report: EvalReport) -> str:
    """The report as a table that fits in 80 columns."""
    header = f"{'article':<32} {'P':>5} {'R':>5} {'F1':>5} {'facts':>9} {'recall':>6} {'absent':>7}"
    lines = [header, "-" * len(header)]
    rows: Iterable[ArticleScore] = [*report.articles, report.total]
    for score in rows:
        if score is report.total:
            lines.append("-" * len(header))
        name = score.name if len(score.name) <= 32 else score.name[:31] + "…"
        lines.append(
            f"{name:<32} {score.precision:>5.2f} {score.recall:>5.2f} {score.f1:>5.2f} "
            f"{score.facts_found:>4}/{score.facts:<4} {score.fact_recall:>6.2f} "
            f"{score.absent_found:>3}/{score.absent:<3}"
        )
    return "\n".join(lines)


def format_relation_table(report: EvalReport) -> str:
    """Fact recall per relation over the whole folder (the IMPOSES of a restriction counts
    under RESTRICTS or TARGETS)."""
    header = f"{'relation':<12} {'found':>6} {'facts':>6} {'recall':>7}"
    lines = [header, "-" * len(header)]
    for relation, (found, facts) in sorted(report.total.by_relation.items(),
                                           key=lambda item: (-item[1][1], item[0])):
        lines.append(f"{relation:<12} {found:>6} {facts:>6} {found / facts:>7.2f}")
    return "\n".join(lines)
