"""Train the relation scorer: ``python -m rekg.extract.scorer.train`` (``make train``).

One binary logistic regression per relation type (scikit-learn, class weights balanced, fixed
seed, liblinear: the same data gives the same weights), on the features of
``rekg.extract.scorer.features``. The coefficients are exported to plain JSON with a decision
threshold per relation tuned on the dev split, and per-relation precision and recall on dev
are printed. scikit-learn is needed here only; scoring reads the JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rekg.errors import InputError, RekgError
from rekg.extract.scorer.corpus import (
    Example,
    ExampleSet,
    PairSource,
    build_examples,
    read_gold_dirs,
)
from rekg.extract.scorer.features import FEATURE_VERSION, pair_features
from rekg.extract.scorer.model import WEIGHTS_FILE, RelationScorer
from rekg.extract.scorer.pairs import pipeline_pairs

SEED = 20251203
MIN_POSITIVES = 5  # fewer gold pairs than this and the relation is left to the patterns
MIN_FEATURE_COUNT = 2
DEFAULT_C = 0.5
DEFAULT_THRESHOLD = 0.5
MIN_DEV_POSITIVES = 5  # fewer and the threshold stays at the default
DENIED_WEIGHT = 3.0  # a pair that an absent fact denies counts three times as a negative
MIN_DEV_F1 = 0.3  # a model below this pair F1 on dev is not shipped
PACKAGED_WEIGHTS = Path(__file__).resolve().parent / WEIGHTS_FILE


@dataclass(frozen=True)
class TrainConfig:
    c: float = DEFAULT_C
    seed: int = SEED
    min_positives: int = MIN_POSITIVES
    min_feature_count: int = MIN_FEATURE_COUNT
    min_dev_f1: float = MIN_DEV_F1
    denied_weight: float = DENIED_WEIGHT


def _fit(examples: Sequence[Example], config: TrainConfig) -> tuple[float, dict[str, float]]:
    try:
        import numpy as np
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:
        raise InputError(
            "training needs scikit-learn: pip install -e '.[train]' (or make train)") from exc
    rows = [set(pair_features(e.pair)) for e in examples]
    counts = Counter(f for row in rows for f in row)
    names = sorted(f for f, n in counts.items() if n >= config.min_feature_count)
    index = {name: k for k, name in enumerate(names)}
    columns: list[int] = []
    pointers = [0]
    for row in rows:
        columns.extend(sorted(index[f] for f in row if f in index))
        pointers.append(len(columns))
    # liblinear takes 32-bit sparse indices only
    matrix = csr_matrix((np.ones(len(columns)), np.array(columns, dtype=np.int32),
                         np.array(pointers, dtype=np.int32)), shape=(len(rows), len(names)))
    labels = np.array([1 if e.positive else 0 for e in examples])
    sample_weight = np.array([config.denied_weight if e.denied else 1.0 for e in examples])
    model = LogisticRegression(C=config.c, class_weight="balanced", solver="liblinear",
                               random_state=config.seed, max_iter=1000)
    model.fit(matrix, labels, sample_weight=sample_weight)
    weights = {name: round(float(w), 5) for name, w in zip(names, model.coef_[0], strict=True)
               if abs(w) >= 1e-5}
    return round(float(model.intercept_[0]), 5), weights


def train_models(train: ExampleSet, config: TrainConfig) -> dict[str, dict[str, Any]]:
    """Per relation: intercept, weights, and the counts it was trained on."""
    models: dict[str, dict[str, Any]] = {}
    for relation, examples in sorted(train.by_relation().items()):
        positives = sum(e.positive for e in examples)
        if positives < config.min_positives or positives == len(examples):
            continue
        intercept, weights = _fit(examples, config)
        models[relation] = {"intercept": intercept, "weights": weights,
                            "threshold": DEFAULT_THRESHOLD,
                            "train": {"positives": positives,
                                      "negatives": len(examples) - positives}}
    return models


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
    return [(model.probability(pair_features(e.pair)), e) for e in examples]


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


def tune_thresholds(scorer: RelationScorer, dev: ExampleSet) -> dict[str, float]:
    """Per relation, the threshold (0.20-0.90) with the best (smoothed) pair F1 on dev."""
    grouped = dev.by_relation()
    thresholds: dict[str, float] = {}
    for relation in scorer.relations():
        scored = _scored(scorer, relation, grouped.get(relation, []))
        if sum(e.positive for _, e in scored) < MIN_DEV_POSITIVES:
            thresholds[relation] = DEFAULT_THRESHOLD
            continue
        grid = [t / 100 for t in range(20, 91, 2)]
        f1 = [_report(relation, t, scored, dev).f1 for t in grid]
        # F1 over thresholds is flat and jagged on a small dev set: take the best average over
        # five neighbouring thresholds, so retraining does not make the threshold jump.
        smooth = [sum(f1[max(0, k - 2):k + 3]) / len(f1[max(0, k - 2):k + 3])
                  for k in range(len(grid))]
        best = max(range(len(grid)), key=lambda k: (smooth[k], -abs(grid[k] - 0.5)))
        thresholds[relation] = grid[best]
    return thresholds


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


def build_weights(train_dirs: Sequence[Path], dev_dirs: Sequence[Path],
                  config: TrainConfig | None = None,
                  candidates: PairSource | None = None) -> tuple[dict[str, Any], ExampleSet]:
    """The weights document (JSON-ready) and the dev examples it was tuned on."""
    config = config or TrainConfig()
    source = candidates or pipeline_pairs
    train = build_examples(read_gold_dirs(train_dirs), source, skip_implied=True)
    dev = build_examples(read_gold_dirs(dev_dirs), source) if dev_dirs else ExampleSet()
    models = train_models(train, config)
    data: dict[str, Any] = {
        "feature_version": FEATURE_VERSION,
        "seed": config.seed,
        "c": config.c,
        "train_dirs": [d.name if d.name not in ("", ".") else str(d) for d in train_dirs],
        "dev_dirs": [d.name for d in dev_dirs],
        "relations": models,
    }
    if dev.examples:
        scorer = RelationScorer.from_dict(data)
        for relation, threshold in tune_thresholds(scorer, dev).items():
            models[relation]["threshold"] = threshold
        for report in evaluate(RelationScorer.from_dict(data), dev):
            if report.positives >= MIN_DEV_POSITIVES and report.f1 < config.min_dev_f1:
                del models[report.relation]  # worse than useless beside the patterns
    return data, dev


def write_weights(data: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rekg.extract.scorer.train",
                                     description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--train", type=Path, nargs="+", required=True,
                        help="folders of NAME.txt + NAME.gold.json to train on")
    parser.add_argument("--dev", type=Path, nargs="*", default=[],
                        help="folders to tune the thresholds on and report")
    parser.add_argument("--out", type=Path, default=PACKAGED_WEIGHTS,
                        help=f"where to write the weights (default: the packaged {WEIGHTS_FILE})")
    parser.add_argument("--c", type=float, default=DEFAULT_C, help="inverse L2 strength")
    args = parser.parse_args(argv)
    try:
        data, dev = build_weights(args.train, args.dev, TrainConfig(c=args.c))
        write_weights(data, args.out)
    except RekgError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    models = data["relations"]
    counts = ", ".join(f"{r} {m['train']['positives']}+/{m['train']['negatives']}-"
                       for r, m in sorted(models.items()))
    print(f"wrote {args.out}: {len(models)} relation models ({counts})")
    if dev.examples:
        scorer = RelationScorer.from_dict(data)
        print(f"\ndev pairs ({', '.join(str(d) for d in args.dev)}), tuned thresholds:")
        print(format_reports(evaluate(scorer, dev)))
        print("\ndev pairs at threshold 0.50:")
        print(format_reports(evaluate(scorer, dev, threshold=0.5)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
