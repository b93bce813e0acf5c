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


def output_ended(ctx: ArticleContext, dropped: set[int]) -> None:
    """An output a closure ended is none now: "had capacity for 5,000 t of oxide until the plant
    closed in 2015", "Until its closure, the smelter refined tin". The closure must follow
    "until" or "before" and the site or "it" at once; "since the plant closed" ends nothing."""
    sets = word_sets()
    leads, closures = sets["output_end_leads"], sets["closure_words"]
    for fact in ctx.facts:
        if fact.rel is not RelType.PRODUCES or id(fact) in dropped:
            continue
        view = ctx.sentences[fact.sentence]
        words = view.words
        last = max(fact.source.end, fact.target.end)
        first = min(fact.source.start, fact.target.start)
        for u, w in enumerate(words):
            if w not in leads or not (u >= last or (u == 0 and any(
                    "," in view.gaps[k] for k in range(1, first + 1)))):
                continue
            tail = words[u + 1:u + 6]
            if tail and tail[0] in ("the", "its", "it", "this", "that") \
                    and any(x in closures for x in tail) \
                    and not any(x in sets["contrast_words"] or x in sets["closure_respites"]
                                for x in words[u + 1:u + 9]):
                dropped.add(id(fact))
                ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                           f"output ended by a closure: '{w} {' '.join(tail[:4])}'",
                           fact.origin)
                break
