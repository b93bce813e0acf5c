"""Part of the modality stage: "would ban" or "will require" after its own government's
announcing verb ("China said on Tuesday it would ban ...", "the ministry announced late on
Friday that it will require ...") states a decision, not a plan, whatever time or place words
stand between the verb and the modal."""

from __future__ import annotations

from rekg.extract.context import Cue, SentenceView
from rekg.extract.patterns import word_sets

_MODALS = frozenset({"would", "will"})
_MAX_GLUE = 8


def announced_decision(view: SentenceView, cue: Cue) -> bool:
    words = view.words
    if words[cue.start] not in _MODALS or cue.start == 0:
        return False
    sets = word_sets()
    verbs, glue = sets["decision_verbs"], sets["decision_glue"]
    k = cue.start - 1
    if words[k] not in ("it", "they"):
        return False  # the government itself is the subject of the modal
    for _ in range(_MAX_GLUE):
        k -= 1
        if k < 0 or any(c in view.gaps[k + 1] for c in ";:()"):
            return False
        if words[k] in verbs:
            return True
        if words[k] not in glue and not words[k].isdigit():
            return False
    return False
