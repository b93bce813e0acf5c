"""Words of a cue that do not reach the fact: an "if" that names where the goods came from
is the scope of a sourcing rule, not a condition on it ("contractors will be barred from using
magnets if the rare earths in them were mined or refined in Iran" states a measure in force),
a plan word does not reach a time clause set off after it ("a fixture of Washington debates
since April, when Beijing began requiring licences"), and a condition does not reach back
across ", and" to the clause before it."""

from __future__ import annotations

from rekg.extract.context import Cue, SentenceView
from rekg.extract.patterns import word_sets

_REACH = 8  # words after "if" in which the step of making must stand
_PASSIVE = frozenset({"if", "was", "were", "is", "are", "been", "be", "being"})
_PLACE = frozenset({"in", "from"})
_ENDS = (";", ":", "—")
_TIME_OPENERS = frozenset({"when", "after", "since", "because"})


def out_of_scope(view: SentenceView, rule: str, cue: Cue, start: int, end: int) -> bool:
    """The cue of ``rule`` does not reach a fact whose span is ``start:end``."""
    if rule == "conditional":
        return origin_clause(view, cue.start, cue.end) or later_clause(view, cue.start, end)
    if rule == "plan":
        return in_time_clause(view, cue.end, start)
    return False


def origin_clause(view: SentenceView, start: int, end: int) -> bool:
    """The cue at ``start:end`` is "if" opening a clause on the goods' origin: a step of making
    in the passive ("were mined", "if made") whose place follows ("in Iran", "from Russia")."""
    if view.words[start:end] != ["if"]:
        return False
    steps = word_sets()["origin_steps"]
    words, n = view.words, len(view.words)
    for k in range(end, min(end + _REACH, n)):
        if k > end and any(c in view.gaps[k] for c in _ENDS):
            return False
        if words[k] in steps and words[k - 1] in _PASSIVE:
            # "mined, refined or made into magnets in": the steps and their joins, then the place
            j = k + 1
            while j < n and j < k + 8 and not any(c in view.gaps[j] for c in _ENDS):
                if words[j] in _PLACE:
                    return True
                j += 1
            return False
    return False


def in_time_clause(view: SentenceView, cue_end: int, start: int) -> bool:
    """The fact stands in a time or reason clause set off by a comma after the cue."""
    return any(view.words[k] in _TIME_OPENERS and "," in view.gaps[k]
               for k in range(cue_end, min(start, len(view.words))))


def later_clause(view: SentenceView, cue_start: int, end: int) -> bool:
    """The cue stands in a clause joined by ", and" or ", but" after the fact's: in "oil, which
    is under US sanctions, and warned that Beijing could face penalties" the sanctions stand.
    A cue set off by a comma of its own (", if the talks fail") is said of the whole sentence."""
    if cue_start < len(view.gaps) and "," in view.gaps[cue_start]:
        return False
    return any(view.words[k] in ("and", "but") and "," in view.gaps[k]
               for k in range(end, min(cue_start, len(view.words))))
