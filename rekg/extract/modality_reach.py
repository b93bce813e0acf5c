"""Where a modality cue stops speaking: inside a quotation, inside a relative clause, or in a
negated lifting ("Nor has Tokyo lifted its duties": the measure stands). And the cue-free
inverted conditional: "Were Beijing to halt exports, ...", "Should Ottawa extend the ban, ..."."""

from __future__ import annotations

from rekg.extract.context import Cue, Fact, SentenceView
from rekg.extract.measure_nouns import MEASURE_RELATIONS
from rekg.extract.modality_clause import own_measure_after
from rekg.extract.modality_target import left_before
from rekg.extract.patterns import word_sets

_QUOTES = frozenset('"“”')
_SCARE = 3  # words of a quotation a sentence takes up inside itself
_RELATIVE = frozenset({"which", "who", "whose", "where"})
_STOPS = ",;:—"
_DETERMINERS = frozenset({"the", "a", "its", "their", "this", "that", "his", "her", "our"})
_PAUSES = frozenset({"suspended", "delayed", "lifted", "suspended-object"})
_AUX = frozenset({"is", "are", "was", "were", "has", "have", "had", "did", "does", "do", "will",
                  "would", "can", "could"})


def _quoted(view: SentenceView) -> list[bool]:
    """For each token, whether it stands between a pair of double quotes of this sentence."""
    marks = [i for i, ch in enumerate(view.text) if ch in _QUOTES]
    if not marks or len(marks) % 2:
        return [False] * len(view.words)
    spans = list(zip(marks[::2], marks[1::2], strict=True))
    return [any(a < t.start < b for a, b in spans) for t in view.tokens]


def _scare_quote(inside: list[bool], k: int) -> bool:
    """The quotation holding word k is a few words the sentence itself takes up (called the
    reports "baseless", said X "has never" sold Y): it speaks of the sentence's fact."""
    lo = next((j for j in range(k, -1, -1) if not inside[j]), -1)
    hi = next((j for j in range(k, len(inside)) if not inside[j]), len(inside))
    return hi - lo - 1 <= _SCARE


def _insertion(view: SentenceView, cue: Cue) -> tuple[int, int] | None:
    """The comma-bounded relative clause holding the cue (", a company which plans to ...,")."""
    a = next((k for k in range(cue.start, 0, -1) if "," in view.gaps[k]), None)
    b = next((k for k in range(cue.end, len(view.words)) if "," in view.gaps[k]), None)
    if a is None or b is None or not any(w in _RELATIVE for w in view.words[a:min(a + 3,
                                                                                    cue.start)]):
        return None
    return a, b


def _negated_lift(view: SentenceView, at: int) -> bool:
    """ "Neither are the controls lifted", "nor has Tokyo eased its duties": an inverted
    negation whose verb lifts a measure, within one clause."""
    words = view.words
    if at + 1 >= len(words) or words[at] not in ("neither", "nor") \
            or words[at + 1] not in _AUX:
        return False
    lifts = word_sets()["lift_verbs"]
    for k in range(at + 2, min(at + 12, len(words))):
        if any(c in view.gaps[k] for c in _STOPS):
            return False
        if words[k] in lifts:
            return True
    return False


def _plan_noun_apart(view: SentenceView, cue: Cue, start: int) -> bool:
    """ "Published alongside the plan, the report cites the curbs": the noun "plan" in a phrase
    set off by a comma names a document, not the status of what the clause after it states;
    "under the plan, ..." still frames that clause."""
    words = view.words
    if cue.end - cue.start != 1 or words[cue.start] != "plan" or cue.start == 0 \
            or words[cue.start - 1] not in _DETERMINERS \
            or (cue.start > 1 and words[cue.start - 2] in ("under", "per", "in")):
        return False
    return cue.end <= start and any("," in view.gaps[k] for k in range(cue.end, start + 1))


def pause_blocked(view: SentenceView, cue: Cue, start: int) -> bool:
    """A pause or lifting does not reach the measure at ``start``: an inverted negation denies
    it ("Neither are the controls lifted"), or "and" with a verb that keeps a measure stands
    between ("keeps the rise on hold and retains the levy")."""
    if cue.name == "lifted" and any(
            _negated_lift(view, k) for k in range(max(0, cue.start - 10), cue.start)
            if not any(c in view.gaps[j] for j in range(k + 1, cue.start + 1) for c in _STOPS)):
        return True
    if cue.name == "lifted" and own_measure_after(view, cue.start, cue.end, start + 1):
        return True  # "halved its tariff on X, dropped the levy": the tariff stands
    if cue.name not in _PAUSES or not cue.end <= start:
        return False
    kept = word_sets()["measure_keep_verbs"]
    return any(view.words[k] == "and" and kept.longest_at(view.words, k + 1)
               for k in range(cue.end, start - 1))


def _bracketed(view: SentenceView, k: int) -> tuple[int, int] | None:
    """The first word inside the parentheses that hold word ``k`` and the first word after
    them, or None."""
    if k >= len(view.gaps) or "(" not in view.text:
        return None
    opened = next((j for j in range(k, -1, -1) if ")" in view.gaps[j] or "(" in view.gaps[j]),
                  -1)
    if opened < 0 or "(" not in view.gaps[opened] or ")" in view.gaps[opened]:
        return None
    closed = next((j for j in range(k + 1, len(view.gaps)) if ")" in view.gaps[j]
                   or "(" in view.gaps[j]), -1)
    if closed < 0 or ")" not in view.gaps[closed]:
        return None
    return opened, closed


def out_of_reach(view: SentenceView, cue: Cue, own_clause: bool, fact: Fact) -> bool:
    """The cue does not speak of the fact: it stands in a quotation the fact is outside of
    ("'... no longer theoretical,' said X, CLEPA's secretary general"), or in parentheses the
    fact is outside of ("Tarrow Metals (not rated) produces NdPr oxide"), unless the fact is a
    measure's, whose aside speaks of it ("the ban (since lifted) covers gallium"); an
    own-clause cue stands in a relative clause the fact is outside of ("X, a company which plans
    to make magnets, mines rare earths"); or the cue is a lifting an inverted negation denies."""
    mentions = [m for m in (fact.source, fact.target) if m.end > m.start]
    if cue.name == "left-alone":  # "leave indium untouched", not "the rules remain untouched"
        return not left_before(view, fact.target)
    inside = _quoted(view) if not _QUOTES.isdisjoint(view.text) else []
    if inside and cue.start < len(inside) and inside[cue.start] \
            and not any(m.start < len(inside) and inside[m.start] for m in mentions) \
            and not _scare_quote(inside, cue.start):
        return True
    brackets = _bracketed(view, cue.start) if fact.rel not in MEASURE_RELATIONS else None
    if brackets is not None and not any(brackets[0] <= m.start < brackets[1] for m in mentions):
        return True
    if cue.name == "plan" and _plan_noun_apart(view, cue, min(m.start for m in mentions)):
        return True
    if own_clause and cue.name != "negation":  # a negation keeps its reach out of a relative
        bounds = _insertion(view, cue)
        if bounds is not None and all(m.end <= bounds[0] or m.start >= bounds[1]
                                      for m in mentions):
            return True
    if fact.rel not in MEASURE_RELATIONS:
        return False
    if cue.name in ("negation", "neither-nor"):
        return _negated_lift(view, cue.start)
    return pause_blocked(view, cue, min(m.start for m in mentions)) if mentions else False


def inverted_condition(view: SentenceView, fact: Fact) -> bool:
    """The fact's measure lies in a conditional clause opened by an inverted auxiliary:
    "Were Beijing to halt exports of gallium, ...", "Should China extend the ban, ...",
    "Had Seoul imposed duties, ...", or mid-sentence ", were Hanoi to cap sales"."""
    if fact.rel not in MEASURE_RELATIONS:
        return False
    words, n = view.words, len(view.words)
    start = 1 if words and words[0] in ("but", "and", "yet") else 0
    opens = [start] if start < n and words[start] in ("were", "should", "had") else []
    opens += [k for k in range(1, n - 2) if words[k] == "were" and "," in view.gaps[k]
              and "to" in words[k + 2:k + 5] and (view.tokens[k + 1].text[:1].isupper()
                                                  or words[k + 1] in ("the", "they", "it"))]
    lo = min(fact.source.start, fact.target.start)
    hi = max(fact.source.end, fact.target.end)
    for k in opens:
        end = next((j for j in range(k + 1, n) if any(c in view.gaps[j] for c in _STOPS)), n)
        if (end < n or k > 0) and k <= lo and hi <= end:
            return True
    return False
