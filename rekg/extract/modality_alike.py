"""Part of the modality stage: a ban told as taken in one sentence and as suspended or lifted
in another, with the same imposer, kind and target. "In December it banned exports of gallium
to the United States." ... "China suspended the ban on shipments to the United States until
2026." The first sentence is history; by the article's date the ban is no longer aimed at that
target. What it restricts is left alone: the goods often stay under another measure (a
licence) that the article names less plainly. A sentence that says the measure still stands
keeps it, and a lifted ban on other goods ("lifted a ban on fertiliser to India") is another.
"""

from __future__ import annotations

from collections.abc import Sequence

from rekg.extract.context import ArticleContext, Fact, SentenceView
from rekg.extract.modality_paused import PAUSING_CUES
from rekg.schema import RelType

# a ban aimed at one country is one measure; tariffs and licences on it are often several
_BANS = frozenset({"export_prohibition", "import_prohibition", "technology_export_ban"})
_STILL = frozenset({"remain", "remains", "remained", "still", "kept", "keep", "keeps", "force",
                    "reimposed", "restored", "resumed", "again", "reinstated", "reinstates",
                    "reinstate", "renewed", "anew"})  # the measure is back after the pause


def paused_alike(ctx: ArticleContext, dropped: set[int], cued: Sequence[Fact] = ()) -> None:
    """``cued``: facts a cue of suspension or lifting refused in their own sentence ("China's
    decision to suspend its ban on gallium to the United States"), whose measure the frames
    did not mark as paused: they pause their measure alike."""
    frames = ctx.restrictions
    paused: set[tuple[str, str, str]] = set()  # (imposer, kind, target node)
    items: dict[tuple[str, str, str], set[str]] = {}  # what the paused measure names
    also = {id(f) for f in cued}
    for fact in ctx.facts:
        frame = frames.get(fact.source.node_id)
        if fact.rel is RelType.TARGETS and frame is not None \
                and (frame.paused or id(fact) in also) \
                and frame.imposer and fact.target.node_id and frame.kind in _BANS \
                and _paused_for_real(ctx.sentences[fact.sentence]):
            key = (frame.imposer, frame.kind, fact.target.node_id)
            paused.add(key)
            items.setdefault(key, set()).update(
                f.target.node_id for f in ctx.facts if f.rel is RelType.RESTRICTS
                and f.source.node_id == fact.source.node_id and f.sentence == fact.sentence)
    if not paused:
        return
    aimed: dict[tuple[int, str], None] = {}  # (sentence, node) of a measure aimed at a paused pair
    for fact in ctx.facts:
        frame = frames.get(fact.source.node_id)
        if fact.rel is not RelType.TARGETS or frame is None or frame.paused:
            continue
        pair = (frame.imposer or "", frame.kind, fact.target.node_id)
        if pair in paused and _STILL.isdisjoint(ctx.sentences[fact.sentence].words) \
                and _same_items(ctx, fact.sentence, fact.source.node_id, items[pair]):
            aimed[(fact.sentence, fact.source.node_id)] = None
    if not aimed:
        return
    for fact in ctx.facts:
        if id(fact) in dropped or fact.rel is not RelType.TARGETS \
                or (fact.sentence, fact.source.node_id) not in aimed:
            continue
        frame = frames[fact.source.node_id]
        if (frame.imposer, frame.kind, fact.target.node_id) not in paused:
            continue  # the same measure aimed at another country in the same sentence
        dropped.add(id(fact))
        ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                   "the same measure, aimed at the same target, is suspended or lifted",
                   fact.origin)


# "China's decision to suspend its ban", "Tokyo agreed to lift the curbs": taken, not asked for
_DECIDED = frozenset({"decision", "decided", "agreed", "voted", "moved", "announced", "chose",
                      "opted"})
_HYPOTHETICAL = frozenset({"to", "would", "could", "may", "might", "not", "if", "should",
                           "unless", "never"})


def _paused_for_real(view: SentenceView) -> bool:
    """The sentence suspends or lifts the measure, rather than asking for it ("needs China to
    lift its ban") or supposing it ("would lift")."""
    cues = [c for c in view.cues if c.name in PAUSING_CUES]
    return any(c.start == 0 or view.words[c.start - 1] not in _HYPOTHETICAL
               or (c.start > 1 and view.words[c.start - 1] == "to"
                   and view.words[c.start - 2] in _DECIDED) for c in cues)


def _same_items(ctx: ArticleContext, sentence: int, node: str, named: set[str]) -> bool:
    """The measure restricts in that sentence what the paused one names, or the paused one
    names nothing ("suspended the ban on shipments to the United States"): a lifted ban on
    fertiliser is not the ban on magnets."""
    if not named:
        return True
    here = {f.target.node_id for f in ctx.facts if f.rel is RelType.RESTRICTS
            and f.source.node_id == node and f.sentence == sentence}
    return not here or not here.isdisjoint(named)
