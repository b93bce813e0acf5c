"""Restriction words that name no trade measure: "Suzuki halted production of the Swift",
"rising costs could delay that project". Run by the frames stage before measures get nodes."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label


def _stops_work(view: SentenceView, m: Mention) -> bool:
    """"Suzuki halted production of the Swift", "costs could delay that project", "assembly lines
    could halt": a pause verb whose object, or whose subject when nothing follows, is work, a
    site or a meeting stops no trade, so it names no measure."""
    sets = word_sets()
    words = view.words
    if not m.props.get("verb") or words[m.start] not in sets["pause_verbs"]:
        return False
    skip, aux, work = sets["filler"], sets["verb_auxiliaries"], sets["work_nouns"]
    k = m.end
    while k < len(words) and words[k] in skip:
        k += 1
    if k < len(words) and words[k] in work:
        return True
    if k < len(words) and (words[k] in sets["trade_nouns"] or any(
            x.start == k for x in view.of(Label.MATERIAL, Label.PRODUCT))):
        return False
    k = m.start - 1
    while k >= 0 and (words[k] in skip or words[k] in aux):
        k -= 1
    return k >= 0 and words[k] in work


def run(ctx: ArticleContext) -> None:
    """Drop the facts of restriction mentions that name no trade measure."""
    stopped = {id(m) for view in ctx.sentences for m in view.of(Label.RESTRICTION)
               if _stops_work(view, m)}
    if not stopped:
        return
    kept: list[Fact] = []
    for fact in ctx.facts:
        if id(fact.source) in stopped or id(fact.target) in stopped:
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "the verb stops work or a project, not trade", fact.origin)
        else:
            kept.append(fact)
    ctx.facts = kept


__all__ = ["run"]
