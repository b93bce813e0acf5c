"""Part of the modality stage: an output the text says was halted is not a production it
asserts: "Acme halted its cobalt production", "the miner suspended nickel mining". The verb
must stand right before the item and a noun of making right after it; "halted exports of
cobalt" stops trade, not output."""

from __future__ import annotations

from rekg.extract.context import ArticleContext
from rekg.extract.patterns import word_sets
from rekg.schema import RelType


def output_halted(ctx: ArticleContext, dropped: set[int]) -> None:
    sets = word_sets()
    halts, glue, making = sets["output_halt_verbs"], sets["output_halt_glue"], \
        sets["own_output_nouns"]
    for fact in ctx.facts:
        if fact.rel is not RelType.PRODUCES or id(fact) in dropped:
            continue
        view = ctx.sentences[fact.sentence]
        target = fact.target
        if target.end >= len(view.words) or view.words[target.end] not in making.singles:
            continue
        k = target.start
        while k > 0 and view.words[k - 1] in glue.singles:
            k -= 1
        verb = next((j for j in range(max(0, k - 3), k)
                     if halts.longest_at(view.words, j) == k - j), None)
        if verb is None:
            continue
        dropped.add(id(fact))
        ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                   f"output halted: '{view.span_text(verb, k)}'", fact.origin)
