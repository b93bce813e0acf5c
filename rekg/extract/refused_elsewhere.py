"""After modality: a fact the article says in so many words does not hold, guessed again from
another sentence.

The modality stage refuses a fact in the sentence of its cue; the scorer may still read the
same fact (same relation, same two nodes) from another sentence that merely names the two:
a headline, a summary line, a neutral mention. Such a guess is dropped when the article denies
the fact outright: for a sale, the seller, a present "does not" / "do not", then the buyer
("Kelvar does not sell its drones in Ostria": a standing state, unlike "stopped", "no longer"
or "never", which leave the fact true at another time; a denied output is modality_unmade's);
or a pattern that reads an absence ("no tin was shipped from A to B", "the mine has produced
no tin"). Facts read by a precise pattern stand.
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, Refusal, SentenceView
from rekg.schema import RelType

_RELATIONS = frozenset({RelType.PRODUCES.value, RelType.SUPPLIES.value})
# the reasons of patterns that read an absence (modality_output, supply_halted, ...)
_ABSENCE = frozenset({"produced-nothing", "none-sent"})
# ("does" is read as the singular "doe")
_DO = frozenset({"do", "doe", "does"})
_FUSED = frozenset({"doesn't", "don't"})

_PRONOUNS = frozenset({"it", "they"})
_BREAKS = (",", ";", ":", "(", "—", "–")
_JOINS = frozenset({"and", "but", "while", "although", "though", "because", "since"})
_NEAR = 3  # words from the subject to its "does": "X itself currently does not"

Key = tuple[str, str, str]


def _mention(view: SentenceView, surface: str) -> Mention | None:
    found = [m for m in view.mentions if m.surface == surface]
    return found[0] if found and all(m.node_id == found[0].node_id for m in found) else None


def _opens_clause(view: SentenceView, at: int) -> bool:
    """The subject of its clause: "The deal with X does not ..." denies nothing of X."""
    return at == 0 or any(c in view.gaps[at] for c in _BREAKS) \
        or view.words[at - 1] in _JOINS


def _denied_between(view: SentenceView, source: Mention, target: Mention) -> bool:
    """A present "does not" right after the subject ("X itself does not"), before the other
    end: not a "does not" of another clause ("the deal does not affect X's supply")."""
    if source.end > target.start:
        return False
    words = view.words
    starts = [source.end] if _opens_clause(view, source.start) else []
    if view.mentions and min(m.start for m in view.mentions) == source.start:
        # the sentence's subject told again by a pronoun: "X sells to A; it does not sell to B"
        starts += [i + 1 for i in range(source.end, target.start)
                   if words[i] in _PRONOUNS and _opens_clause(view, i)]
    for i in (k for start in starts for k in range(start, min(start + _NEAR, target.start))):
        if words[i] in _FUSED or (words[i] in _DO and i + 1 < target.start
                                  and words[i + 1] == "not"):
            return True
    return False


def _denied(ctx: ArticleContext, refusal: Refusal) -> Key | None:
    if refusal.rel not in _RELATIONS or not 0 <= refusal.sentence < len(ctx.sentences):
        return None
    view = ctx.sentences[refusal.sentence]
    source, target = _mention(view, refusal.source), _mention(view, refusal.target)
    if source is None or target is None:
        return None
    cue = refusal.reason.split(":", 1)[0]
    if (cue == "negation" and refusal.rel == RelType.SUPPLIES.value
            and _denied_between(view, source, target)) or (
            cue in _ABSENCE and not refusal.origin.startswith("scorer")):
        return refusal.rel, source.node_id, target.node_id
    return None


def run(ctx: ArticleContext) -> None:
    denied: dict[Key, set[int]] = {}
    for refusal in ctx.refusals:
        if key := _denied(ctx, refusal):
            denied.setdefault(key, set()).add(refusal.sentence)
    if not denied:
        return
    kept: list[Fact] = []
    for fact in ctx.facts:
        where = denied.get((fact.rel.value, fact.source.node_id, fact.target.node_id))
        if where and fact.sentence not in where and fact.origin.startswith("scorer"):
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "the article denies this fact elsewhere", fact.origin)
            continue
        kept.append(fact)
    ctx.facts = kept
