"""Part of the modality stage: a measure that opens its sentence and is then said to be
suspended or lifted ("A stricter review of graphite sales to US buyers, imposed at the same
time, was also suspended") restricts and targets nothing there, however long its description
before the verb."""

from __future__ import annotations

from rekg.extract.context import ArticleContext
from rekg.schema import Label, RelType

_LEAD = 3  # words before the measure that opens the sentence ("A stricter", "China's")
_PAUSING = frozenset({"suspended", "lifted"})
_BE = frozenset({"was", "were", "is", "are", "been"})
_ADVERBS = frozenset({"also", "later", "since", "then", "now", "subsequently", "formally"})


def paused_subjects(ctx: ArticleContext, dropped: set[int]) -> None:
    for view in ctx.sentences:
        measures = sorted(view.of(Label.RESTRICTION), key=lambda m: m.start)
        if not measures or measures[0].start > _LEAD:
            continue
        head = measures[0]
        others = [m.start for m in measures if m.node_id != head.node_id]
        for cue in (c for c in view.cues if c.name in _PAUSING and c.start > head.end):
            k = cue.start - 1
            while k > head.end and view.words[k] in _ADVERBS:
                k -= 1
            if view.words[k] not in _BE or any(head.end <= o < cue.start for o in others) \
                    or any(c in view.gaps[j] for j in range(head.end, cue.start) for c in ";:—"):
                continue
            for fact in ctx.facts:
                if fact.sentence == view.index and id(fact) not in dropped \
                        and fact.rel in (RelType.RESTRICTS, RelType.TARGETS) \
                        and fact.source.start == head.start:
                    dropped.add(id(fact))
                    ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                               f"{cue.name}: the measure the sentence opens on", fact.origin)
            break
