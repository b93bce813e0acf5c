"""The figures training chooses a relation's C and threshold by: out-of-fold average precision,
and the threshold with the best smoothed pair F-beta."""

from __future__ import annotations

from collections.abc import Sequence

THRESHOLD_GRID = tuple(t / 100 for t in range(20, 91, 2))
BETA = 1.25  # recall weighs this much more than precision when choosing a threshold


def average_precision(scores: Sequence[float], labels: Sequence[int]) -> float:
    ranked = sorted(zip(scores, labels, strict=True), key=lambda item: -item[0])
    hits, total, positives = 0, 0.0, sum(labels)
    for k, (_, label) in enumerate(ranked, 1):
        if label:
            hits += 1
            total += hits / k
    return total / positives if positives else 0.0


def _f_at(scores: Sequence[float], labels: Sequence[int], threshold: float,
          beta: float, costs: Sequence[float] | None = None, min_precision: float = 0.0) -> float:
    """Pair-level F-beta at ``threshold``: recall weighs ``beta`` times precision, as the
    scorer adds breadth beside the patterns (and modality still drops denied facts). A false
    positive counts its cost (a pair that an absent fact denies costs more than one)."""
    costs = costs or [1.0] * len(labels)
    tp = sum(1 for p, y in zip(scores, labels, strict=True) if p >= threshold and y)
    fp = sum(c for p, y, c in zip(scores, labels, costs, strict=True) if p >= threshold and not y)
    positives = sum(labels)
    if not tp:
        return 0.0
    precision, recall = tp / (tp + fp), tp / positives
    if precision < min_precision:
        return 0.0
    return (1 + beta ** 2) * precision * recall / (beta ** 2 * precision + recall)


def best_threshold(scores: Sequence[float], labels: Sequence[int], beta: float = BETA,
                   costs: Sequence[float] | None = None,
                   min_precision: float = 0.0,
                   max_denied: int | None = None) -> tuple[float, float]:
    """The threshold with the best F-beta averaged over five neighbouring thresholds (F1 over
    thresholds is jagged on small data), and that smoothed F1; none passes > ``max_denied``."""
    f1 = [_f_at(scores, labels, t, beta, costs, min_precision) for t in THRESHOLD_GRID]
    if max_denied is not None and costs:  # a denied pair is a negative that costs more than one
        f1 = [0.0 if sum(1 for p, y, c in zip(scores, labels, costs, strict=True)
                         if p >= t and not y and c > 1) > max_denied else f
              for t, f in zip(THRESHOLD_GRID, f1, strict=True)]
    smooth = [sum(f1[max(0, k - 2):k + 3]) / len(f1[max(0, k - 2):k + 3])
              for k in range(len(f1))]
    allowed = [k for k in range(len(f1)) if f1[k] > 0] or list(range(len(f1)))
    best = max(allowed, key=lambda k: (smooth[k], -abs(THRESHOLD_GRID[k] - 0.5)))
    return THRESHOLD_GRID[best], smooth[best]
