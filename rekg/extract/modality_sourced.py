"""Part of the modality stage: what a country or company imports or gets from others, named
as "its" goods ("The US imports almost all of its gallium", "relies on China for most of its
rare earths"), is not what it produces. Not a cue: the sentence still speaks of the goods, so
it keeps its cross-sentence pairs."""

from __future__ import annotations

from rekg.extract.context import ArticleContext
from rekg.extract.patterns import word_sets
from rekg.schema import RelType

_REACH = 8  # words from the verb of getting to the "its" that names the producer
_OWN = frozenset({"its", "their"})
_BREAKS = (",", ";", ":", "—")
# "buys ore from Myanmar and refines its own oxides": another verb of its own
_CLAUSES = frozenset({"and", "but", "while", "which", "that", "then", "to"})


def sourced_elsewhere(ctx: ArticleContext, dropped: set[int]) -> None:
    getting = word_sets()["sourcing_verbs"].phrases
    for fact in ctx.facts:
        producer = fact.source
        if fact.rel is not RelType.PRODUCES or id(fact) in dropped \
                or producer.form != "anaphor" or producer.end - producer.start != 1:
            continue
        view = ctx.sentences[fact.sentence]
        at = producer.start
        if view.words[at] not in _OWN or fact.target.start < at:
            continue
        for k in range(max(0, at - _REACH), at):
            if (view.words[k],) in getting and not any(
                    c in view.gaps[j] for j in range(k + 1, at + 1) for c in _BREAKS) \
                    and _CLAUSES.isdisjoint(view.words[k + 1:at]):
                dropped.add(id(fact))
                ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                           f"what it gets from others: '{view.words[k]}'", fact.origin)
                break
