"""Train the relation scorer: ``python -m rekg.extract.scorer.train`` (``make train``).

One binary logistic regression per relation type (scikit-learn, liblinear, L2, class weights
balanced, fixed seed: the same corpus gives the same weights, byte for byte), everything chosen
on the training split alone by cross-validation over articles (sorted by name, round-robin into
``FOLDS`` folds, so no article has sentences in two folds): per relation, the C of ``C_GRID``
with the best out-of-fold average precision, and the threshold with the best (smoothed)
out-of-fold F-beta. The dev split is only reported. Scoring reads the exported JSON alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rekg.errors import InputError, RekgError
from rekg.extract.scorer.corpus import (
    Example,
    ExampleSet,
    GoldArticle,
    PairSource,
    build_examples,
    read_gold_dirs,
)
from rekg.extract.scorer.features import ALL_GROUPS, FEATURE_VERSION, pair_features
from rekg.extract.scorer.model import WEIGHTS_FILE, RelationScorer
from rekg.extract.scorer.pairs import pipeline_cross_pairs, pipeline_pairs
from rekg.extract.scorer.partial import parse_relations, retrain_relations
from rekg.extract.scorer.report import evaluate, format_reports
from rekg.extract.scorer.thresholds import BETA, average_precision, best_threshold

SEED = 20251203
MIN_POSITIVES = 5  # fewer gold pairs than this and the relation is left to the patterns
MIN_FEATURE_COUNT = 2
FOLDS = 5
C_GRID = (0.03, 0.1, 0.3, 1.0)
DEFAULT_C = 0.3  # for relations with too few positives to cross-validate
DEFAULT_THRESHOLD = 0.5
MIN_CV_POSITIVES = 10  # fewer out-of-fold positives and C and the threshold stay at defaults
DENIED_WEIGHT = 10.0  # a pair that an absent fact denies counts ten times as a negative
MIN_CV_F1 = 0.3  # a model below this out-of-fold pair F1 is not shipped
# A threshold whose out-of-fold pair precision (denied pairs counting their cost) is below this
# is not chosen: a model that buys recall with wrong pairs adds facts the text denies.
MIN_CV_PRECISION = 0.0
# Cross-sentence pairs: precision weighs more, since what they add no one sentence states.
CROSS_BETA = 0.75
CROSS_DENIED_WEIGHT = 20.0
PACKAGED_WEIGHTS = Path(__file__).resolve().parent / WEIGHTS_FILE


@dataclass(frozen=True)
class TrainConfig:
    c_grid: tuple[float, ...] = C_GRID
    seed: int = SEED
    folds: int = FOLDS
    min_positives: int = MIN_POSITIVES
    min_feature_count: int = MIN_FEATURE_COUNT
    min_cv_f1: float = MIN_CV_F1
    denied_weight: float = DENIED_WEIGHT
    groups: frozenset[str] = ALL_GROUPS
    beta: float = BETA
    cross_beta: float = CROSS_BETA
    cross_denied_weight: float = CROSS_DENIED_WEIGHT
    denied_cost: bool = True  # a denied pair costs its weight as a false positive (thresholds)
    min_precision: float = MIN_CV_PRECISION
    max_denied: int | None = None  # no threshold lets more denied pairs pass out of fold
    cross: bool = True  # also train the cross-sentence models (on the pipeline's pairs only)


def _sklearn() -> Any:
    try:
        import numpy as np
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:
        raise InputError(
            "training needs scikit-learn: pip install -e '.[train]' (or make train)") from exc
    return np, csr_matrix, LogisticRegression


@dataclass
class _Data:
    """The examples of one relation as a sparse matrix, with labels, weights and folds."""

    names: list[str]
    matrix: Any
    labels: Any
    weights: Any
    folds: Any


def _data(examples: Sequence[Example], config: TrainConfig, fold_of: dict[str, int]) -> _Data:
    np, csr_matrix, _ = _sklearn()
    rows = [set(pair_features(e.pair, groups=config.groups)) for e in examples]
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
    return _Data(names, matrix, np.array([1 if e.positive else 0 for e in examples]),
                 np.array([config.denied_weight if e.denied else 1.0 for e in examples]),
                 np.array([fold_of[e.article] for e in examples]))


def _model(c: float, config: TrainConfig) -> Any:
    _, _, logistic = _sklearn()
    return logistic(C=c, class_weight="balanced", solver="liblinear",
                    random_state=config.seed, max_iter=1000)


def _out_of_fold(data: _Data, c: float, config: TrainConfig) -> Any:
    """Each example's probability from a model that never saw its article."""
    np, _, _ = _sklearn()
    scores = np.zeros(len(data.labels))
    for fold in range(config.folds):
        test = data.folds == fold
        train = ~test
        if not test.any() or len(set(data.labels[train].tolist())) < 2:
            continue
        model = _model(c, config).fit(data.matrix[train], data.labels[train],
                                      sample_weight=data.weights[train])
        scores[test] = model.predict_proba(data.matrix[test])[:, 1]
    return scores


def fold_of_articles(articles: Iterable[str], folds: int) -> dict[str, int]:
    """Articles sorted by name go round-robin into the folds: deterministic, and an article's
    sentences all land in one fold."""
    return {name: k % folds for k, name in enumerate(sorted(set(articles)))}


def train_models(train: ExampleSet, config: TrainConfig) -> dict[str, dict[str, Any]]:
    """Per relation: intercept, weights, threshold, C, and the figures they were chosen by."""
    fold_of = fold_of_articles((e.article for e in train.examples), config.folds)
    models: dict[str, dict[str, Any]] = {}
    for relation, examples in sorted(train.by_relation().items()):
        positives = sum(e.positive for e in examples)
        if positives < config.min_positives or positives == len(examples):
            continue
        data = _data(examples, config, fold_of)
        labels = data.labels.tolist()
        c, threshold, cv = DEFAULT_C, DEFAULT_THRESHOLD, {}
        if positives >= MIN_CV_POSITIVES:
            tried = []
            for candidate in config.c_grid:
                scores = _out_of_fold(data, candidate, config).tolist()
                tried.append((average_precision(scores, labels), -candidate, scores))
            ap, negative_c, scores = max(tried, key=lambda item: item[:2])
            c = -negative_c
            threshold, f1 = best_threshold(scores, labels, config.beta,
                                           data.weights.tolist() if config.denied_cost else None,
                                           config.min_precision, config.max_denied)
            cv = {"average_precision": round(ap, 4), "f1": round(f1, 4)}
            if f1 < config.min_cv_f1:
                continue  # worse than useless beside the patterns
        model = _model(c, config).fit(data.matrix, data.labels, sample_weight=data.weights)
        weights = {name: round(float(w), 5)
                   for name, w in zip(data.names, model.coef_[0], strict=True) if abs(w) >= 1e-5}
        models[relation] = {"intercept": round(float(model.intercept_[0]), 5),
                            "weights": weights, "threshold": threshold, "c": c, "cv": cv,
                            "train": {"positives": positives,
                                      "negatives": len(examples) - positives}}
    return models


def build_weights(train_dirs: Sequence[Path], dev_dirs: Sequence[Path],
                  config: TrainConfig | None = None,
                  candidates: PairSource | None = None) -> tuple[dict[str, Any], ExampleSet]:
    """The weights document (JSON-ready) and the dev examples, for reporting only."""
    config = config or TrainConfig()
    source = candidates or pipeline_pairs
    articles = read_gold_dirs(train_dirs)
    train = build_examples(articles, source, skip_implied=True)
    dev = build_examples(read_gold_dirs(dev_dirs), source) if dev_dirs else ExampleSet()
    document = weights_document(train, config, train_dirs)
    if config.cross and candidates is None:
        document["cross_relations"] = cross_models(articles, config)
    return document, dev


def cross_models(articles: Sequence[GoldArticle], config: TrainConfig) -> dict[str, Any]:
    """The models of cross-sentence pairs (``rekg.extract.cross``), for its relations only."""
    from rekg.extract.cross import CROSS_SCORED

    scored = {rel.value for rel in CROSS_SCORED}
    cross = build_examples(articles, pipeline_cross_pairs, skip_implied=True)
    cross.examples = [e for e in cross.examples if e.relation in scored]
    return train_models(cross, replace(config, beta=config.cross_beta,
                                       denied_weight=config.cross_denied_weight))


def weights_document(train: ExampleSet, config: TrainConfig,
                     train_dirs: Sequence[Path] = ()) -> dict[str, Any]:
    return {
        "feature_version": FEATURE_VERSION,
        "feature_groups": sorted(config.groups),
        "seed": config.seed,
        "folds": config.folds,
        "c_grid": list(config.c_grid),
        "train_dirs": [d.name if d.name not in ("", ".") else str(d) for d in train_dirs],
        "relations": train_models(train, config),
    }


def write_weights(data: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rekg.extract.scorer.train",
                                     description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--train", type=Path, nargs="+", required=True,
                        help="folders of NAME.txt + NAME.gold.json to train on")
    parser.add_argument("--dev", type=Path, nargs="*", default=[],
                        help="folders to report on (nothing is tuned on them)")
    parser.add_argument("--groups", default=",".join(sorted(ALL_GROUPS)),
                        help="feature groups to train with, comma-separated "
                             f"(default and choices: {','.join(sorted(ALL_GROUPS))})")
    parser.add_argument("--out", type=Path, default=PACKAGED_WEIGHTS,
                        help=f"where to write the weights (default: the packaged {WEIGHTS_FILE})")
    parser.add_argument("--beta", type=float, default=BETA,
                        help="F-beta of the threshold choice (recall weighs beta times more)")
    parser.add_argument("--denied-weight", type=float, default=DENIED_WEIGHT,
                        help="weight (and false-positive cost) of a pair an absent fact denies")
    parser.add_argument("--min-precision", type=float, default=MIN_CV_PRECISION,
                        help="no threshold below this out-of-fold pair precision")
    parser.add_argument("--max-denied", type=int, default=None,
                        help="no threshold at which more denied pairs pass out of fold")
    parser.add_argument("--cross-only", action="store_true",
                        help="retrain the cross-sentence models only, keeping the rest of --out")
    parser.add_argument("--relations", default="", help="retrain only these relations' "
                        "same-sentence models (comma-separated), keeping the rest of --out")
    args = parser.parse_args(argv)
    try:
        groups = frozenset(g.strip() for g in args.groups.split(",") if g.strip())
        if not groups or not groups <= ALL_GROUPS:
            raise InputError(f"--groups takes some of {','.join(sorted(ALL_GROUPS))}, "
                             f"got {args.groups!r}")
        config = TrainConfig(groups=groups, beta=args.beta, denied_weight=args.denied_weight,
                             min_precision=args.min_precision, max_denied=args.max_denied)
        dev = ExampleSet()
        if args.cross_only:
            data = json.loads(args.out.read_text(encoding="utf-8"))
            data["cross_relations"] = cross_models(read_gold_dirs(args.train),
                                                   TrainConfig(groups=groups))
            # the kept same-sentence models may use other groups (older files name none)
            data["cross_feature_groups"] = sorted(groups)
        elif args.relations:
            data = retrain_relations(args.out, args.train, parse_relations(args.relations),
                                     config, train_models)
        else:
            data, dev = build_weights(args.train, args.dev, config)
        write_weights(data, args.out)
    except RekgError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    for kind, models in (("relation", data["relations"]),
                         ("cross-sentence", data.get("cross_relations") or {})):
        print(f"{kind} models in {args.out}: {len(models)} (" + ", ".join(
            f"{r} {m['train']['positives']}+/{m['train']['negatives']}-"
            for r, m in sorted(models.items())) + ")")
    if dev.examples:
        scorer = RelationScorer.from_dict(data)
        print(f"\ndev pairs ({', '.join(str(d) for d in args.dev)}), thresholds chosen by "
              "cross-validation on train:")
        print(format_reports(evaluate(scorer, dev)))
        print("\ndev pairs at threshold 0.50:")
        print(format_reports(evaluate(scorer, dev, threshold=0.5)))
    cross = RelationScorer.cross_from_dict(data)
    if args.dev and cross.models:
        cross_dev = build_examples(read_gold_dirs(args.dev), pipeline_cross_pairs)
        print("\ndev cross-sentence pairs, thresholds chosen by cross-validation on train:")
        print(format_reports(evaluate(cross, cross_dev)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
