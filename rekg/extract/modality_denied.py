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
    denials = word_sets()["measure_denied"]
    if denials.firsts.isdisjoint(words):
        return False
    for phrase in denials.phrases:
        for k in range(len(words) - len(phrase) + 1):
            after = k + len(phrase)
            if words[k] == phrase[0] and tuple(words[k:after]) == phrase and (
                    after >= len(words) or words[after] not in _QUALIFIERS):
                return True
    return False


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
