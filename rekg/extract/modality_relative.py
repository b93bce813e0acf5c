"""Part of the modality stage: a cue inside a relative clause set off by commas speaks of that
clause only. In "Japan, which has no gallium mines, buys gallium from China" the "no" denies
Japan's mines, not the purchase; "Japan, which has no gallium mines" itself stays denied."""

from __future__ import annotations

from rekg.extract.context import Cue, Fact, SentenceView
from rekg.schema import RelType

_RELATIVE = frozenset({"which", "who", "whose"})
_BREAKS = (",", ";", ":", "—", "(", ")")
# Measures keep their own reach: "the controls, which would have added holmium, ..."
_RELATIONS = frozenset({RelType.PRODUCES, RelType.SUPPLIES})


def _list_comma(view: SentenceView, j: int) -> bool:
    """The comma before word ``j`` joins two items of one list ("holmium, erbium")."""
    ends = {m.group for m in view.mentions if m.end == j and m.group >= 0}
    return any(m.start == j and m.group in ends for m in view.mentions)


def in_other_relative(view: SentenceView, cue: Cue, fact: Fact) -> bool:
    """The cue stands in a ", which ... ," clause that names neither end of the fact."""
    if fact.rel not in _RELATIONS:
        return False
    gaps = view.gaps
    opening = next((k for k in range(cue.start, -1, -1)
                    if any(c in gaps[k] for c in _BREAKS)), None)
    if opening is None or view.words[opening] not in _RELATIVE or "," not in gaps[opening]:
        return False
    closing = next((j for j in range(cue.end, len(view.words))
                    if "," in gaps[j] and not _list_comma(view, j)), None)
    if closing is None or any(c in gaps[j] for j in range(cue.end, closing)
                              for c in _BREAKS if c != ","):
        return False
    ends = {fact.source.node_id, fact.target.node_id}
    if any(opening <= m.start < closing and m.node_id in ends for m in view.mentions):
        return False  # "Japan, which has no gallium mines, mines gallium": the clause is the fact's
    return all(m.end <= opening or m.start >= closing
               for m in (fact.source, fact.target) if m.end > m.start)
