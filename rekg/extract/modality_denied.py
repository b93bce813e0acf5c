"""Part of the modality stage: a measure the next sentence says does not exist ("Reports said
Beijing had halted magnet shipments to India. The ministry said no such ban existed.")
restricts and targets nothing."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

# a denial that names its own item or country speaks of another measure: "no ban on cobalt"
_QUALIFIERS = frozenset({"on", "of", "for", "against", "to", "covering"})


def _denies(view: SentenceView) -> bool:
    words = view.words
    return any(end >= len(words) or words[end] not in _QUALIFIERS
               for _, end in word_sets()["measure_denied"].spans(words))


def denied_next(ctx: ArticleContext, dropped: set[int]) -> None:
    denied = {v.index - 1 for v in ctx.sentences if v.index > 0 and _denies(v)}
    if not denied:
        return
    for fact in ctx.facts:
        if fact.sentence in denied and id(fact) not in dropped \
                and fact.rel in (RelType.RESTRICTS, RelType.TARGETS) \
                and fact.source.label is Label.RESTRICTION:
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "the next sentence denies such a measure exists", fact.origin)
