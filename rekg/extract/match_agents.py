"""Part of the matcher: whether the mention bound on the left of a pattern can be its agent
(not the object of a preposition, "sanctions against Russia, adding bans" or "the magnets
inside the motors of EVs carry ...")."""

from __future__ import annotations

from rekg.extract.context import Mention
from rekg.extract.sentence_index import SentenceIndex
from rekg.schema import RelType

PREPOSITIONS = frozenset({"of", "in", "inside", "for", "from", "with", "within", "at", "on",
                          "by", "across", "to", "into", "than", "like"})
# The source of these relations acts (imposes, produces, supplies, signs): "sanctions against
# Russia, adding bans" does not make Russia the one who bans.
AGENTIVE = frozenset({RelType.IMPOSES, RelType.PRODUCES, RelType.SUPPLIES, RelType.PARTY_TO})
_NEVER_AGENT = frozenset({"against", "on", "to", "from", "into", "with", "outside", "than",
                          "toward", "towards", "at"})


_ABSOLUTE = frozenset({"the", "a", "an", "its", "now", "still", "by", "far"})


def prepositional(idx: SentenceIndex, left: dict[str, list[Mention]], rel: RelType) -> bool:
    """Is the nearest mention bound on the left the object of a preposition no agent takes?"""
    nearest = max((m for ms in left.values() for m in ms), key=lambda m: m.end, default=None)
    after = idx.words[nearest.end] if nearest is not None and nearest.end < idx.n else ""
    if nearest is None or after == "'s" or (rel is RelType.SUPPLIES and after in (
            "which", "who") and "," in idx.gaps[nearest.end]):  # "at Sojitz, which imports"
        return False  # "builds on Australia's standing as a producer": the possessor acts
    before = word_before(idx, nearest)
    if before == "with" and after in _ABSOLUTE and not idx.gaps[nearest.end]:
        return False  # "with China the largest producer of graphite": a clause of its own
    return before in _NEVER_AGENT


def word_before(idx: SentenceIndex, m: Mention) -> str:
    """The word before ``m`` (before its whole list), fillers skipped; "" at the start."""
    k = (idx.spans[m.group][0] if m.group >= 0 else m.start) - 1
    while k >= 0 and idx.words[k] in idx.filler:
        k -= 1
    return idx.words[k] if k >= 0 else ""
