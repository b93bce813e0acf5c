"""Retrain some relations' same-sentence models and keep the rest of a weights file as it is.

A retrain of every model at once gains on some relations and adds facts the text denies on
others (README, "The trained relation scorer"). ``--relations`` retrains only the named ones,
so that one command rebuilds the file that is shipped; the file records which models came from
which run (``retrained``). A kept model has no weights for the feature groups it was not trained
with, so computing the union of the groups would leave its scores as they were; each model
names its groups all the same, so that pairs only kept models score skip the other groups.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rekg.errors import InputError
from rekg.extract.scorer.corpus import ExampleSet, build_examples, read_gold_dirs
from rekg.extract.scorer.features import DEFAULT_GROUPS, FEATURE_VERSION
from rekg.extract.scorer.pairs import pipeline_pairs
from rekg.schema.model import RelType


def parse_relations(text: str) -> frozenset[str]:
    """``"LOCATED_IN,REPRESENTS"`` -> the relation names, checked against the schema."""
    names = frozenset(name.strip().upper() for name in text.split(",") if name.strip())
    unknown = sorted(names - set(RelType.__members__) | ({"MENTIONS"} & names))
    if not names or unknown:
        raise InputError(f"--relations takes relation types such as LOCATED_IN,REPRESENTS; "
                         f"unknown: {', '.join(unknown) or 'none given'}")
    return names


def retrain_relations(weights: Path, train_dirs: Sequence[Path], relations: frozenset[str],
                      config: Any, fit: Callable[[ExampleSet, Any], dict[str, Any]]
                      ) -> dict[str, Any]:
    """The document of ``weights`` with the same-sentence models of ``relations`` retrained on
    ``train_dirs`` by ``fit`` (``train.train_models``, with ``config`` a ``TrainConfig``); a
    relation whose new model falls below the out-of-fold floor is dropped, as a full retrain
    would drop it."""
    try:
        data: dict[str, Any] = json.loads(weights.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read scorer weights {weights}: {exc}") from exc
    if data.get("feature_version") != FEATURE_VERSION:
        raise InputError(f"{weights} was trained with features v{data.get('feature_version')}: "
                         "retrain every relation (`make train`) first")
    kept_groups = sorted(data.get("feature_groups") or DEFAULT_GROUPS)
    train = build_examples(read_gold_dirs(train_dirs), pipeline_pairs, skip_implied=True)
    train.examples = [e for e in train.examples if e.relation in relations]
    fresh = fit(train, config)
    # each model names its groups, so that a pair only kept models score skips the others
    models = {name: {"feature_groups": kept_groups, **model}
              for name, model in data.get("relations", {}).items() if name not in relations}
    models.update({name: {**model, "feature_groups": sorted(config.groups)}
                   for name, model in fresh.items()})
    data["relations"] = models
    # the cross models keep the groups they were scored with (a file that names none: default)
    data.setdefault("cross_feature_groups", kept_groups)
    data["feature_groups"] = sorted(set(kept_groups) | set(config.groups))
    runs = dict(data.get("retrained") or {})
    for name in sorted(relations):
        runs[name] = {"train_dirs": [d.name if d.name not in ("", ".") else str(d)
                                     for d in train_dirs],
                      "feature_groups": sorted(config.groups), "shipped": name in fresh}
    data["retrained"] = runs
    return data
