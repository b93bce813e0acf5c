"""Part of the modality stage: an item named twice in a sentence or again by a pronoun.

An item the text denies a measure covers is not brought back by a pronoun. "It does not cover
neodymium or praseodymium. Beijing keeps its materials out of military fields": "its
materials" resolves to the denied items, not to restricted ones. And a scorer pair that took
one mention of an item stands across the negation of its other one: in "demand for cobalt ...
batteries that contain no cobalt" the batteries do not need cobalt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from rekg.extract.context import ArticleContext, Cue, Fact, SentenceView
from rekg.extract.modality_clause import untouched
from rekg.extract.modality_governed import governs_other, set_apart
from rekg.extract.modality_needed import needed_without
from rekg.extract.modality_offlist import off_list
from rekg.extract.modality_reach import out_of_reach
from rekg.extract.modality_relative import in_other_relative
from rekg.schema import Label, RelType

_DENYING = ("negation:", "exclusion:", "denial:")
_NEAR = 2  # words from the negation to the item it denies: "does not make any magnets"
_SUBJECTS = frozenset({Label.ORGANIZATION, Label.COUNTRY, Label.PERSON})


def denied_items(ctx: ArticleContext, dropped: set[int]) -> None:
    """Refuse a RESTRICTS fact whose item is an anaphor when that item, named outright, was
    refused by a denying cue and no RESTRICTS fact names it outright; and the scorer's
    RESTRICTS facts of an item the article says is off the list (modality_offlist)."""
    off_list(ctx, dropped)
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


def negated_repeat(ctx: ArticleContext, find_cues: Callable[[SentenceView], list[Cue]],
                   negates: Callable[[SentenceView, Cue, Fact], bool], dropped: set[int]) -> None:
    """Refuse a scorer fact when its item is named again in the sentence, after the source,
    right after a negation that reaches that other mention with no other named party as its
    subject: "LKAB says its deposit holds rare earths ... and it does not produce rare earths
    today". ``negates`` is the negation rule's test of a cue against a fact."""
    for fact in ctx.facts:
        if id(fact) in dropped or not fact.origin.startswith("scorer:"):
            continue
        view = ctx.sentences[fact.sentence]
        cues = [c for c in find_cues(view) if c.name == "negation"]
        if not cues:
            continue
        for other in view.mentions:
            if other.node_id != fact.target.node_id or other.start == fact.target.start \
                    or other.start < fact.source.end or other.form == "anaphor":
                continue
            variant = replace(fact, target=other)
            cue = next((c for c in cues if fact.source.end <= c.start
                        and c.end <= other.start <= c.end + _NEAR
                        and not any(view.gaps[k] for k in range(c.end, other.start + 1))
                        and negates(view, c, variant)
                        and _reaches(view, c, variant)
                        and not _other_subject(view, fact, c.start)), None)
            if cue is not None:
                dropped.add(id(fact))
                ctx.refuse(fact.rel.value, fact.source, fact.target, view.index,
                           f"negation: '{view.span_text(cue.start, cue.end)}' of its item "
                           "named again", fact.origin)
                break


def _reaches(view: SentenceView, cue: Cue, fact: Fact) -> bool:
    return not (untouched(view, cue, fact) or needed_without(view, cue, fact)
                or out_of_reach(view, cue, False, fact) or in_other_relative(view, cue, fact)
                or governs_other(view, cue, fact) or set_apart(view, cue, fact))


def _other_subject(view: SentenceView, fact: Fact, at: int) -> bool:
    """The nearest party named outright before the negation is another than the source:
    "Kestrel makes magnets, but Rowan does not make magnets"."""
    for m in sorted(view.mentions, key=lambda m: -m.start):
        if m.start < fact.source.end or m.end > at:
            continue
        if m.label in _SUBJECTS | {fact.source.label} and m.form not in ("anaphor", "place"):
            return m.node_id != fact.source.node_id
    return False
