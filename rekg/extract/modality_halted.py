"""Part of the modality stage: a seller that stopped shipping to a buyer no longer supplies
it, in any sentence of the article ("MP stopped sending concentrate to China" ends what
"Shenghe, MP's largest customer in China, bought its concentrate" told of the past)."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Cue, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_PARTIES = (Label.ORGANIZATION, Label.COUNTRY)
_NOT = frozenset({"not", "never", "no"})  # "has not resumed shipments": the halt stands
_REACH = 6  # words from the cue to the "to" that names the buyer
_BACK = frozenset({"those", "these"})  # "stopped those shipments": the sales told just before


def _pairs(ctx: ArticleContext, view: SentenceView,
           cue: Cue) -> tuple[set[str], set[str], set[str]]:
    """The seller (the sentence's first company, else country), the buyers named after "to"
    in the cue's clause, and the organisations of a buying country."""
    before = [m for m in view.of(*_PARTIES) if m.end <= cue.start]
    if not before:
        return set(), set(), set()
    # a company before the cue is the seller, not the country of a dateline or apposition
    seller = next((m for m in before if m.label is Label.ORGANIZATION), before[0]).node_id
    to = next((k for k in range(cue.end, min(cue.end + _REACH, len(view.words)))
               if view.words[k] == "to"), None)
    if to is None or any("," in view.gaps[k] or ";" in view.gaps[k] for k in range(cue.end, to)):
        return set(), set(), set()
    after = {m.node_id for m in view.of(*_PARTIES) if to < m.start <= to + 3}
    after.discard(seller)
    # a guess of the scorer is too weak to end another sale: only stated homes count
    located = {f.source.node_id for f in ctx.facts if f.rel is RelType.LOCATED_IN
               and f.target.node_id in after and not f.origin.startswith("scorer:")}
    return {seller}, after, located - after - {seller}


def _told_before(ctx: ArticleContext, view: SentenceView) -> set[tuple[str, str]]:
    """The sales that "stopped those shipments" points back to: the supplies stated in its
    own sentence, else in the sentence before it in the same paragraph."""
    def told_in(index: int) -> set[tuple[str, str]]:
        return {(f.source.node_id, f.target.node_id) for f in ctx.facts
                if f.rel is RelType.SUPPLIES and f.sentence == index}
    own = told_in(view.index)
    if own or view.index == 0 or ctx.sentences[view.index - 1].paragraph != view.paragraph:
        return own
    return told_in(view.index - 1)


def halted_elsewhere(ctx: ArticleContext, names: frozenset[str], dropped: set[int]) -> None:
    """Refuse, in every sentence, the supplies a cue named in ``names`` says were halted,
    unless the article tells of a resumption."""
    resumed = word_sets()["supply_resumed"].singles
    if not names or any(w in resumed and _NOT.isdisjoint(view.words[max(0, k - 2):k])
                        for view in ctx.sentences for k, w in enumerate(view.words)):
        return
    halted: dict[tuple[str, str], str] = {}
    # a company of a buying country still supplied after the cue in its own sentence ("no
    # longer sends its concentrate to China, though it still sells some to Shenghe") keeps that
    # sale; one told before the cue ("sold to China's Shenghe, but halted all shipments to
    # China") does not
    spared: dict[tuple[str, str, int], int] = {}  # seller, buyer, sentence -> the cue's end
    for view in ctx.sentences:
        for cue in view.cues:
            if cue.name not in names:
                continue
            cited = f"{cue.name}: '{view.span_text(cue.start, cue.end)}'"
            if _BACK.intersection(view.words[cue.start:cue.end]):
                for pair in _told_before(ctx, view):
                    halted.setdefault(pair, cited)
                continue
            sellers, buyers, located = _pairs(ctx, view, cue)
            for s in sellers:
                for b in buyers | located:
                    halted.setdefault((s, b), cited)
                spared.update(((s, b, view.index), cue.end) for b in located)
    if not halted:
        return
    for fact in ctx.facts:
        reason = halted.get((fact.source.node_id, fact.target.node_id))
        after = spared.get((fact.source.node_id, fact.target.node_id, fact.sentence))
        if fact.rel is RelType.SUPPLIES and reason is not None and id(fact) not in dropped \
                and (after is None or fact.target.start < after):
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence, reason,
                       fact.origin)
