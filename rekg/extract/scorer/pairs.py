"""The candidate pairs that training labels: exactly those the candidates stage scores.

Training goes through the pipeline's own mention stages and ``candidate_inputs``, so the
scorer learns from the pairs, mentions, lists and cues it will see at run time.
"""

from __future__ import annotations

from collections.abc import Iterator

from rekg.extract.context import Mention
from rekg.extract.scorer.corpus import Candidate, MentionView, match_key
from rekg.loaders.document import Document


def view_of(mention: Mention) -> MentionView:
    return MentionView(mention.label.value,
                       frozenset({match_key(mention.surface), match_key(mention.name)}))


def pipeline_pairs(doc: Document) -> Iterator[Candidate]:
    from rekg.extract.candidates import candidate_inputs
    from rekg.extract.pipeline import mentions_for

    for sentence in mentions_for(doc):
        pairs, inputs = candidate_inputs(sentence)
        for (a, b), pair in zip(pairs, inputs, strict=True):
            yield view_of(a), view_of(b), pair


def pipeline_cross_pairs(doc: Document) -> Iterator[Candidate]:
    """The cross-sentence pairs the candidates stage scores with the cross models."""
    from rekg.extract.cross import all_cross_candidates
    from rekg.extract.pipeline import mentions_for

    for a, b, pair in all_cross_candidates(mentions_for(doc)):
        yield view_of(a), view_of(b), pair
