"""Part of the modality stage: a fact whose verb another word governs, so that the act is
wanted, tried, refused, expected, possible or planned but not done. A class of words rather
than a list of phrases, so that unseen phrasings behave like the seen ones:

* before "to": "Lima is reluctant to cap zinc sales", "X has the capacity to mine Y", "X is
  on track to supply Y", "Harare was expected to impose duties" (``unrealised_governors``);
* before an "-ing" verb: "X is looking into mining Y", "X held off on selling Y to Z"
  (``unrealised_gerund_governors``).

The verbs by which the act is done ("began to", "moved to", "decided to", "continues
supplying") are not in these sets, and a governor that holds a mention, or a comma between it
and the verb, governs something else.
"""

from __future__ import annotations

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label

_SPAN = 4  # words from the subject's verb group to the "to" of a longer governor
# between "to" and the measure: "to impose sweeping new export duties on"
_MEASURE_GLUE = frozenset({"the", "a", "an", "its", "their", "new", "fresh", "further",
                           "additional", "strict", "stricter", "tough", "tougher", "tight",
                           "tighter", "broad", "sweeping", "outright", "total", "full", "export",
                           "import", "impose", "introduce", "place", "put", "slap", "levy",
                           "adopt", "set", "reimpose", "apply", "enact"})
_MEASURE_REACH = 4


def governing_to(view: SentenceView, k: int, limit: int) -> int | None:
    """The position of the "to" that a governor opened at word ``k`` ends in, before
    ``limit``: "reluctant to" (one word), "has the capacity to", "is on track to", "is seeking
    approval to" (a governor word right before "to", no comma or mention on the way)."""
    sets = word_sets()
    governors = sets["unrealised_governors"]
    if _in_mention(view, k) or view.words[k] in sets["claim_done_verbs"]:
        return None
    for j in range(k + 1, min(k + _SPAN + 1, limit)):
        if "," in view.gaps[j] or _in_mention(view, j):
            return None
        if view.words[j] == "to":
            return j if view.words[j - 1] in governors else None
    return None


def _in_mention(view: SentenceView, k: int) -> bool:
    return any(m.start <= k < m.end for m in view.mentions)


def governed_measure(view: SentenceView, fact: Fact) -> bool:
    """The fact's measure is the verb of a governed "to": "Lima is reluctant to cap zinc
    sales", "Harare had been expected to impose duties on chrome", "Seoul has the power ... "
    is left to the cue list (a power used is a measure taken)."""
    governors = word_sets()["unrealised_governors"]
    done = word_sets()["claim_done_verbs"]
    for m in (fact.source, fact.target):
        if m.label is not Label.RESTRICTION or not 0 < m.start < len(view.words):
            continue
        j = m.start - 1
        while j > 0 and m.start - j <= _MEASURE_REACH and view.words[j] in _MEASURE_GLUE \
                and not any(c in view.gaps[j + 1] for c in ",;:"):
            j -= 1
        if j < 1 or view.words[j] != "to" or any(c in view.gaps[j + 1] for c in ",;:"):
            continue
        gov = view.words[j - 1]
        if gov in governors and gov not in done and "," not in view.gaps[j] \
                and not _in_mention(view, j - 1):
            return True
    return False


def gerund_governed(view: SentenceView, first: Mention, second: Mention) -> bool:
    """Between the subject and the fact's second mention, an "-ing" verb that a governor
    word or phrase stands right before: "X is looking into mining Y", "X held off on selling
    Y to Z", "X is targeting supplying Y"."""
    sets = word_sets()
    gerunds = sets["unrealised_gerund_governors"]
    for g in range(first.end + 1, second.start):
        if any(c in view.gaps[g] for c in ",;:"):
            return False
        word = view.tokens[g].text.lower()
        if not word.endswith("ing") or len(word) < 5 or _in_mention(view, g):
            continue
        if view.words[g - 1] in gerunds:
            return True
        for offset, phrase in gerunds.holding(view.words[g - 1]):
            at = g - 1 - offset
            if offset == len(phrase) - 1 and at >= 0 \
                    and tuple(view.words[at:g]) == phrase:
                return True
    return False
