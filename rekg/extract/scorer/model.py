"""Score candidate relations with the exported linear weights: a dot product, no numpy.

``weights.json`` (package data, written by ``rekg.extract.scorer.train``) holds one binary
logistic model per relation type: an intercept, a sparse ``{feature: weight}`` map and a
decision threshold tuned on the dev split. Scoring a pair sums the weights of its features
(``rekg.extract.scorer.features``) for every relation whose endpoint rules fit the pair's labels.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, reduce
from importlib import resources
from itertools import repeat
from math import exp
from operator import add
from pathlib import Path
from typing import Any

from rekg.errors import InputError
from rekg.extract.scorer.features import (
    ALL_GROUPS,
    DEFAULT_GROUPS,
    FEATURE_VERSION,
    SentenceInfo,
    Span,
    feature_parts,
    same_list,
    sentence_info,
    span_set,
)
from rekg.extract.scorer.features import (
    PairInput as PairInput,
)
from rekg.schema import ENDPOINTS, Label, RelType

NONE = "NONE"
WEIGHTS_FILE = "weights.json"


@dataclass(frozen=True, slots=True)
class RelationModel:
    """A binary logistic model for one relation type."""

    relation: str
    intercept: float
    weights: Mapping[str, float]
    threshold: float
    fixed_sums: dict[tuple[str, ...], float] = field(default_factory=dict, compare=False)
    # the feature groups this model was trained with, when the file's models differ in them
    groups: frozenset[str] | None = None

    def probability(self, features: Sequence[str]) -> float:
        weights = self.weights
        total = self.intercept
        for feature in features:
            total += weights.get(feature, 0.0)
        return _logistic(total)

    def probability_of_parts(self, fixed: tuple[str, ...], rest: Sequence[str]) -> float:
        """``probability`` of ``fixed + rest``, with the sum of ``fixed`` cached: few
        combinations of labels, kinds, order and distance occur."""
        total = self.fixed_sums.get(fixed)
        if total is None:
            total = self.fixed_sum(fixed)
        # reduce adds in the same order as a loop would: the same float, without the loop
        return _logistic(reduce(add, map(self.weights.get, rest, _ZEROS), total))

    def fixed_sum(self, fixed: tuple[str, ...]) -> float:
        total = self.fixed_sums[fixed] = self.intercept + sum(
            self.weights.get(f, 0.0) for f in fixed)
        return total


_ZEROS = repeat(0.0)


def _logistic(total: float) -> float:
    if total < -30.0:
        return 0.0
    return 1.0 / (1.0 + exp(-total))


def fitting_relations(source_label: str, target_label: str) -> tuple[str, ...]:
    """The relation types whose endpoint rules allow ``source_label -> target_label``."""
    return _fitting(source_label, target_label)


@cache
def _fitting(source_label: str, target_label: str) -> tuple[str, ...]:
    try:
        source, target = Label(source_label), Label(target_label)
    except ValueError:
        return ()
    return tuple(rel.value for rel, (sources, targets) in ENDPOINTS.items()
                 if rel is not RelType.MENTIONS and source in sources and target in targets)


class RelationScorer:
    """Per-relation probabilities for candidate pairs, from weights exported by training."""

    def __init__(self, models: Mapping[str, RelationModel], meta: Mapping[str, Any],
                 groups: frozenset[str] = DEFAULT_GROUPS) -> None:
        self.models = dict(models)
        self.meta = dict(meta)
        self.groups = groups  # the feature groups the weights were trained with
        self._by_labels: dict[tuple[str, str], tuple[RelationModel, ...]] = {}
        self._relations: dict[tuple[str, str], tuple[str, ...]] = {}
        # per pair of labels, the groups its models need: a pair only older models score is
        # spared the features of groups they have no weights for
        self._groups_by_labels: dict[tuple[str, str], frozenset[str]] = {}
        self._thresholds = {name: model.threshold for name, model in self.models.items()}

    @classmethod
    def load(cls) -> RelationScorer:
        """The shipped weights (package data), loaded once per process."""
        return _packaged()

    @classmethod
    def load_cross(cls) -> RelationScorer:
        """The shipped models of cross-sentence pairs (``cross_relations``; none in old files)."""
        return _packaged_cross()

    @classmethod
    def from_file(cls, path: Path | str) -> RelationScorer:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read scorer weights {path}: {exc}; run `make train`") from exc
        return cls.from_dict(data, origin=str(path))

    @classmethod
    def cross_from_dict(cls, data: Mapping[str, Any], origin: str = "weights") -> RelationScorer:
        # cross models may have been trained with other groups than the same-sentence ones
        groups = data.get("cross_feature_groups") or data.get("feature_groups")
        return cls.from_dict({**data, "relations": data.get("cross_relations") or {},
                              "feature_groups": groups}, origin)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], origin: str = "weights") -> RelationScorer:
        if data.get("feature_version") != FEATURE_VERSION:
            raise InputError(
                f"{origin} was trained with features v{data.get('feature_version')}, the code "
                f"computes v{FEATURE_VERSION}: run `make train` to rebuild the weights"
            )
        groups = frozenset(data.get("feature_groups") or DEFAULT_GROUPS)
        if not groups <= ALL_GROUPS:
            raise InputError(f"{origin} names unknown feature groups "
                             f"{sorted(groups - ALL_GROUPS)}: run `make train`")
        models: dict[str, RelationModel] = {}
        for relation, raw in (data.get("relations") or {}).items():
            if relation not in RelType.__members__:
                raise InputError(f"{origin}: unknown relation type {relation!r}")
            models[relation] = RelationModel(
                relation=relation,
                intercept=float(raw["intercept"]),
                weights={str(k): float(v) for k, v in raw["weights"].items()},
                threshold=float(raw.get("threshold", 0.5)),
                groups=frozenset(raw["feature_groups"]) & groups
                if raw.get("feature_groups") else None,
            )
        meta = {k: v for k, v in data.items() if k not in ("relations", "cross_relations")}
        return cls(models, meta, groups)

    def relations(self) -> list[str]:
        return sorted(self.models)

    def threshold(self, relation: str) -> float:
        """The decision threshold of ``relation``; 1.0 (never) when it has no model."""
        model = self.models.get(relation)
        return model.threshold if model is not None else 1.0

    def _models_for(self, source_label: str, target_label: str) -> tuple[RelationModel, ...]:
        key = (source_label, target_label)
        found = self._by_labels.get(key)
        if found is None:
            found = tuple(self.models[r] for r in fitting_relations(*key) if r in self.models)
            self._by_labels[key] = found
        return found

    def groups_for(self, source_label: str, target_label: str) -> frozenset[str]:
        """The feature groups the models fitting ``source_label -> target_label`` need."""
        key = (source_label, target_label)
        found = self._groups_by_labels.get(key)
        if found is None:
            needed = [m.groups or self.groups for m in self._models_for(*key)]
            found = self._groups_by_labels[key] = (frozenset().union(*needed)
                                                   if needed else self.groups)
        return found

    def relations_for(self, source_label: str, target_label: str) -> tuple[str, ...]:
        """The relations with a model whose endpoint rules fit ``source_label -> target_label``."""
        key = (source_label, target_label)
        found = self._relations.get(key)
        if found is None:
            found = self._relations[key] = tuple(m.relation for m in self._models_for(*key))
        return found

    def score(self, pairs: Sequence[PairInput]) -> list[dict[str, float]]:
        """Per pair, ``{relation: probability}`` for the fitting relations that have a model,
        and ``NONE``: the probability that none of them holds (the models taken as independent).
        Two items of one coordinated list get ``NONE`` alone.
        """
        results: list[dict[str, float]] = []
        # The pairs of one sentence share its SentenceInfo when they share its mentions; a
        # caller that gives every pair of a sentence the same `others` tuple (all its mentions)
        # saves even the comparison.
        by_others: dict[tuple[int, int, frozenset[str]], SentenceInfo] = {}
        by_words: dict[tuple[int, frozenset[str]], tuple[frozenset[Span], SentenceInfo]] = {}
        by_labels, groups_by_labels = self._by_labels, self._groups_by_labels
        # the words, mentions and groups of the pair before, most often the same ones
        last: tuple[tuple[str, ...], tuple[Span, ...], frozenset[str]] | None = None
        info: SentenceInfo | None = None
        for pair in pairs:
            models = by_labels.get((pair.source_label, pair.target_label))
            if models is None:
                models = self._models_for(pair.source_label, pair.target_label)
            scores: dict[str, float] = {}
            none = 1.0
            if models and not (pair.in_list_source and pair.in_list_target
                               and same_list(pair)):
                groups = groups_by_labels.get((pair.source_label, pair.target_label)) \
                    or self.groups_for(pair.source_label, pair.target_label)
                if last is None or pair.words is not last[0] or pair.others is not last[1] \
                        or groups is not last[2]:
                    key = (id(pair.words), id(pair.others), groups)
                    info = by_others.get(key)
                    if info is None:
                        spans = span_set(pair)
                        known = by_words.get((id(pair.words), groups))
                        if known is None or known[0] != spans:
                            known = by_words[(id(pair.words), groups)] = (
                                spans, sentence_info(pair.words, sorted(spans), groups))
                        info = by_others[key] = known[1]
                    last = (pair.words, pair.others, groups)
                fixed, rest = feature_parts(pair, info, groups)
                for model in models:  # probability_of_parts, without two calls per model
                    total = model.fixed_sums.get(fixed)
                    if total is None:
                        total = model.fixed_sum(fixed)
                    total = reduce(add, map(model.weights.get, rest, _ZEROS), total)
                    p = 0.0 if total < -30.0 else 1.0 / (1.0 + exp(-total))
                    scores[model.relation] = p
                    none *= 1.0 - p
            scores[NONE] = none
            results.append(scores)
        return results

    def accepted(self, scores: Mapping[str, float]) -> list[str]:
        """The relations of one pair's scores at or above their thresholds, best first."""
        thresholds = self._thresholds
        hits = [(p, r) for r, p in scores.items() if r != NONE and p >= thresholds.get(r, 1.0)]
        if len(hits) < 2:
            return [r for _, r in hits]
        return [r for _, r in sorted(hits, reverse=True)]


@cache
def _packaged() -> RelationScorer:
    return RelationScorer.from_dict(_packaged_data(), origin=f"packaged {WEIGHTS_FILE}")


@cache
def _packaged_cross() -> RelationScorer:
    return RelationScorer.cross_from_dict(_packaged_data(), origin=f"packaged {WEIGHTS_FILE}")


@cache
def _packaged_data() -> dict[str, Any]:
    source = resources.files("rekg.extract.scorer").joinpath(WEIGHTS_FILE)
    try:
        data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(
            f"the packaged scorer weights cannot be read ({exc}): run `make train`"
        ) from exc
    return data
