"""Part of the modality stage: an item the text denies a measure covers is not brought back
by a pronoun. "It does not cover neodymium or praseodymium. Beijing keeps its materials out
of military fields": "its materials" resolves to the denied items, not to restricted ones."""

from __future__ import annotations

from rekg.extract.context import ArticleContext
from rekg.schema import RelType

_DENYING = ("negation:", "exclusion:", "denial:")


def denied_items(ctx: ArticleContext, dropped: set[int]) -> None:
    """Refuse a RESTRICTS fact whose item is an anaphor when that item, named outright, was
    refused by a denying cue and no RESTRICTS fact names it outright."""
    denied: set[str] = set()
    for r in ctx.refusals:
        if r.rel == RelType.RESTRICTS.value and r.reason.startswith(_DENYING):
            denied |= {m.node_id for m in ctx.sentences[r.sentence].mentions
                       if m.surface == r.target and m.form != "anaphor"}
    if not denied:
        return
    named = {f.target.node_id for f in ctx.facts if f.rel is RelType.RESTRICTS
             and f.target.form != "anaphor" and id(f) not in dropped}
    for fact in ctx.facts:
        if fact.rel is RelType.RESTRICTS and fact.target.form == "anaphor" \
                and fact.target.node_id in denied - named and id(fact) not in dropped:
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "the item it refers to is denied elsewhere", fact.origin)
