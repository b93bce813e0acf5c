"""The shortcuts of the matcher and the scorer change nothing they find: a pattern skipped for a
required word the sentence lacks would not have matched, and the scoring loop's sums are the
models' own probabilities."""

from __future__ import annotations

import dataclasses

import pytest

from rekg.extract import matcher
from rekg.extract.candidates import candidate_inputs
from rekg.extract.context import SentenceView
from rekg.extract.pattern_rules import load_patterns
from rekg.extract.patterns import PATTERN_DIR
from rekg.extract.pipeline import mentions_for
from rekg.extract.scorer.features import feature_parts, mention_spans, sentence_info
from rekg.extract.scorer.model import NONE, RelationScorer
from rekg.loaders.document import Document

# sentences of our own, with and without the words patterns ask for
OWN = [
    "Germany buys most of its gallium from China, officials said.",
    "Germany and China met in Berlin to talk about gallium.",
    "The plant in Malaysia refines dysprosium for Japanese magnet makers.",
    "Malaysia, where the plant stands, is not the source of the dysprosium.",
    "Electric vehicle motors rely on neodymium magnets made in China.",
    "Neodymium magnets and electric vehicle motors were on the agenda in Tokyo.",
    "China banned exports of antimony to the United States in December.",
    "The United States and China both mentioned antimony in December.",
]
EXAMPLES = [e.text for p in load_patterns() for e in p.spec.examples.match] + [
    t for p in load_patterns() for t in p.spec.examples.no_match]


def _views(texts: list[str]) -> list[SentenceView]:
    return [v for t in texts
            for v in mentions_for(Document(text=t, title="T", published="2025-06-01"))]


def _found(views: list[SentenceView]) -> list[list[tuple[object, ...]]]:
    return [[(m.pattern.id, m.start, m.end,
              tuple(sorted((k, tuple(x.node_id for x in v)) for k, v in m.bindings.items())))
             for m in matcher.match_sentence(view)] for view in views]


def test_patterns_name_the_words_they_need_besides_their_anchor() -> None:
    for pattern in load_patterns():
        required = [e for k, e in enumerate(pattern.elements)
                    if e.kind == "words" and not e.optional and k != pattern.anchor]
        assert pattern.needs_words == tuple(frozenset(e.by_first) for e in required)


def test_skipping_patterns_that_lack_a_required_word_finds_the_same_matches(
        monkeypatch: pytest.MonkeyPatch) -> None:
    views = _views(OWN + EXAMPLES)
    with_filter = _found(views)
    index, filler = matcher._tables(PATTERN_DIR)
    bare = {word: tuple(dataclasses.replace(p, needs_words=()) for p in found)
            for word, found in index.items()}
    monkeypatch.setattr(matcher, "_tables", lambda directory: (bare, filler))
    monkeypatch.setattr(matcher, "_viable_table", lambda directory: {})
    assert _found(views) == with_filter
    assert sum(map(len, with_filter)) > len(OWN)


def test_scoring_loop_gives_each_models_probability() -> None:
    scorer = RelationScorer.load()
    checked = 0
    for view in _views(OWN):
        _, inputs = candidate_inputs(view)
        for pair, scores in zip(inputs, scorer.score(inputs), strict=True):
            models = [scorer.models[r] for r in scores if r != NONE]
            if not models:
                continue
            for model in models:  # each model with the feature groups it was trained with
                info = sentence_info(pair.words, mention_spans(pair), model.groups)
                fixed, rest = feature_parts(pair, info, model.groups)
                assert scores[model.relation] == model.probability_of_parts(fixed, rest)
                checked += 1
    assert checked > 10
