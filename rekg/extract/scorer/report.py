"""The report of a trained scorer on dev pairs: per relation, pair precision, recall and F1
at its threshold, and how many gold steps a pair at or above it finds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rekg.extract.scorer.corpus import Example, ExampleSet
from rekg.extract.scorer.features import pair_features
from rekg.extract.scorer.model import RelationScorer


@dataclass
class RelationReport:
    relation: str
    threshold: float
    positives: int
    negatives: int
    true_pos: int
    false_pos: int
    steps: int  # gold steps of this relation in the dev articles
    steps_reachable: int  # ... with a positive pair in one sentence
    steps_found: int  # ... with a positive pair scored at or above the threshold

    @property
    def precision(self) -> float:
        predicted = self.true_pos + self.false_pos
        return self.true_pos / predicted if predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_pos / self.positives if self.positives else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _scored(scorer: RelationScorer, relation: str,
            examples: Sequence[Example]) -> list[tuple[float, Example]]:
    model = scorer.models[relation]
    return [(model.probability(pair_features(e.pair, groups=scorer.groups)), e)
            for e in examples]


def _report(relation: str, threshold: float, scored: Sequence[tuple[float, Example]],
            dev: ExampleSet) -> RelationReport:
    positives = sum(e.positive for _, e in scored)
    true_pos = sum(1 for p, e in scored if p >= threshold and e.positive)
    false_pos = sum(1 for p, e in scored if p >= threshold and not e.positive)
    reachable = {(e.article, s) for _, e in scored for s in e.steps}
    found = {(e.article, s) for p, e in scored for s in e.steps if p >= threshold}
    steps = sum(1 for r in dev.steps.values() if r == relation)
    return RelationReport(relation, threshold, positives, len(scored) - positives, true_pos,
                          false_pos, steps, len(reachable), len(found))


def evaluate(scorer: RelationScorer, dev: ExampleSet,
             threshold: float | None = None) -> list[RelationReport]:
    grouped = dev.by_relation()
    return [_report(r, scorer.threshold(r) if threshold is None else threshold,
                    _scored(scorer, r, grouped.get(r, [])), dev) for r in scorer.relations()]


def format_reports(reports: Sequence[RelationReport]) -> str:
    header = (f"{'relation':<11} {'thr':>4} {'pos':>5} {'neg':>6} {'P':>5} {'R':>5} {'F1':>5}"
              f" {'gold steps found/reachable/all':>31}")
    lines = [header, "-" * len(header)]
    for r in reports:
        lines.append(f"{r.relation:<11} {r.threshold:>4.2f} {r.positives:>5} {r.negatives:>6} "
                     f"{r.precision:>5.2f} {r.recall:>5.2f} {r.f1:>5.2f} "
                     f"{r.steps_found:>17}/{r.steps_reachable}/{r.steps}")
    return "\n".join(lines)
