"""Part of the modality stage: an output the text says was halted is not a production it
asserts: "Acme halted its cobalt production", "the miner suspended nickel mining". The verb
must stand right before the item and a noun of making right after it; "halted exports of
cobalt" stops trade, not output. Nor is a share of a stock or of what is used ("holds 70% of
the world's antimony reserves", "a third of global cobalt demand"): the noun must stand right
after the item, the producer before it, and the sentence not go on to output ("reserves and
60% of output", "reserves, but mined only 300 tonnes"). Nor is the output of a site said
shut right after it ("Peru's tungsten mine remains shut")."""

from __future__ import annotations

from rekg.extract.context import ArticleContext
from rekg.extract.made_by_others import made_by_others
from rekg.extract.modality_unmade import denied_output
from rekg.extract.modality_unmined import output_taken_back
from rekg.extract.patterns import word_sets
from rekg.schema import RelType


def output_halted(ctx: ArticleContext, dropped: set[int]) -> None:
    """Refuse an output halted, a share of no output, a closed site's output; and the
    scorer's guess of an output the article denies elsewhere (``denied_output``), and an
    output a later clause of its sentence takes back (``output_taken_back``)."""
    denied_output(ctx, dropped)
    output_taken_back(ctx, dropped)
    sets = word_sets()
    halts, glue, making = sets["output_halt_verbs"], sets["output_halt_glue"], \
        sets["own_output_nouns"]
    for fact in ctx.facts:
        if fact.rel is not RelType.PRODUCES or id(fact) in dropped:
            continue
        view = ctx.sentences[fact.sentence]
        target = fact.target
        if _unmade_share(view.words, fact.source.end, target.start, target.end):
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       f"a share of no output: '{view.words[target.end]}'", fact.origin)
            continue
        if made_by_others(view, fact):
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "the goods are made by others for the subject to use or buy",
                       fact.origin)
            continue
        if _site_closed(view.words, target.end):
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "the goods' site is said closed", fact.origin)
            continue
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


def _unmade_share(words: list[str], source_end: int, start: int, end: int) -> bool:
    """The goods at ``start:end``, after their producer, lead a noun of a stock or of use, and
    the sentence goes on to no output after it."""
    sets = word_sets()
    nouns, going_on = sets["unmade_share_nouns"], sets["unmade_share_going_on"]
    length = nouns.longest_at(words, end) if end < len(words) else 0
    return source_end <= start and length > 0 and not (
        end + length < len(words) and going_on.longest_at(words, end + length) > 0) and not any(
        sets["own_output_nouns"].longest_at(words, k) or sets["make_verbs"].longest_at(words, k)
        for k in range(end + length, len(words)))


_STANDING = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
                       "remain", "remains", "remained", "stay", "stays", "stayed", "still", "now",
                       "also", "largely", "mostly", "stand", "stands", "stood", "standing",
                       "sit", "sits", "sat", "sitting", "lie", "lies", "lay", "lain", "lying"})
_IDLE = frozenset({"idle", "idled", "halted", "suspended", "dormant", "offline"})
_REOPENED = ("reopen", "restart", "resume", "reopened", "restarted", "resumed", "reopens",
             "restarts", "resumes")


def _site_closed(words: list[str], end: int) -> bool:
    """The goods lead their site, said shut right after it: "Peru's tungsten mine remains
    shut", "the cobalt refinery has been idle since 2023" (not "shut for maintenance", nor one
    that reopened)."""
    sets = word_sets()
    k = end
    while k < len(words) and words[k] in sets["site_steps"]:
        k += 1
    if k >= len(words) or words[k] not in sets["site_nouns"]:
        return False
    k += 1
    while k < len(words) and words[k] in _STANDING:
        k += 1
    return k < len(words) and (words[k] in sets["closure_words"] or words[k] in _IDLE) \
        and k > end + 1 and words[k - 1] in _STANDING \
        and not any(w in sets["closure_respites"] for w in words[k + 1:k + 5]) \
        and not any(w.startswith(_REOPENED) for w in words[k + 1:])


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
