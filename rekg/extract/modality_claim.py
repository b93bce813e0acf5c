"""Part of the modality stage: where a claim cue (``around: subject``) reaches a fact. A cue in
the verb group of the fact's subject ("X may supply Y", "X is said to make Y") or one before
the clause that subject opens ("If talks fail, X will ...", "It is possible that X ...")
speaks of the fact. Anywhere else in the span the cue belongs to another verb: "X said it had
stopped shipping Y" stops no output of Y; in "magnets, which keep their strength at heat that
would weaken others, turn up in motors" the modal is not the motors'. Also: a cue in a short
clause that closes the sentence (``around: tail``: "..., sources said"), and a claim whose verb
another verb governs through "to" ("X is trying to supply Y")."""

from __future__ import annotations

from itertools import repeat
from operator import is_

from rekg.extract.context import Cue, Fact, Mention, SentenceView
from rekg.extract.modality_governor import gerund_governed, governing_to, object_governed, verb_of
from rekg.extract.patterns import word_sets
from rekg.schema import RelType

_APPOSITION = 8  # words of an apposition between a subject and its verb
_TAIL = 9  # words of a closing attribution: ", according to people familiar with the matter"
_OBJECT = 8  # from the governing verb to the fact's second mention ("trying to supply X to Y")
_CLAIMS = frozenset({RelType.DEPENDS_ON, RelType.PRODUCES, RelType.SUPPLIES, RelType.PARTY_TO})
_MODALS = frozenset({"would", "could", "may", "might"})  # a relative clause's hedge
# Needs told by what cannot be done without the input ("impossible to build X without Y").
_WITHOUT_NEEDS = frozenset({"depends_on.cannot-without", "depends_on.without-cannot",
                            "depends_on.cannot-make-without"})


def _opens_clause(view: SentenceView, m: Mention) -> bool:
    sets = word_sets()
    k = m.start
    while k > 0:
        if view.words[k - 1] in ("'s", "’s", "'") and k > 1:
            k -= 2  # a possessor: "the company's electric motors"
        elif k > 1 and "-" in view.gaps[k - 1]:
            k -= 2  # a hyphened modifier: "Malaysia-based Lynas", "US-listed MP"
        elif view.words[k - 1] in sets["claim_subject_determiners"]:
            k -= 1
        else:
            break
    return k == 0 or any(c in view.gaps[k] for c in ",;:\"“(") \
        or view.words[k - 1] in sets["claim_subject_openers"]


def _opens_here(view: SentenceView, k: int) -> bool:
    """A clause opens at word k: a cue that frames a later clause over a comma ("If talks fail,
    X will ...") opens its sentence or follows "that" or a comma ("Output rose until 2019, and
    X ..." frames nothing of X)."""
    return k == 0 or any(c in view.gaps[k] for c in ",;:\"“(") \
        or view.words[k - 1] in word_sets()["claim_subject_openers"]


def _ends(view: SentenceView, fact: Fact) -> list[Mention]:
    """The fact's ends with a span, when each is a mention of this sentence: an end that
    coreference or the cross-sentence scorer took from another sentence has another
    sentence's word positions."""
    ends = [m for m in (fact.source, fact.target) if m.end > m.start]
    return ends if all(any(map(is_, repeat(m), view.mentions)) for m in ends) else []


def claimed(view: SentenceView, cue: Cue, fact: Fact, before: int) -> bool:
    """The fact's first mention opens its clause as subject, and the cue stands in its verb
    group (only fillers between, no comma) or up to ``before`` words before it; not when the
    claim is to grow ("more", "additional"), nor for a membership whose subject is the
    agreement ("The fund will be run by A and B" says how, not whether, they are party)."""
    ends = _ends(view, fact)
    if len(ends) < 2:
        return False  # a party the name implies ("the Quad ... Initiative") has no verb group
    first = min(ends, key=lambda m: m.start)
    fillers = word_sets()["claim_verb_fillers"]
    if first.end < cue.start and view.words[first.end] in ("which", "that") \
            and view.words[cue.start] in _MODALS and fact.rel is not RelType.PARTY_TO \
            and all(view.words[k] in fillers for k in range(first.end + 1, cue.start)) \
            and not any(m.start < cue.end or any(c in view.gaps[k] for c in ",;:")
                        for m in ends if m is not first for k in range(cue.end, m.start + 1)):
        return True  # the verb group of a relative clause that holds the fact: "a refinery
        # in Paraguay, which would recover hafnium" (not "X, which may expand, sells Y")
    if (fact.rel is RelType.PARTY_TO and first is not fact.source) \
            or not _opens_clause(view, first) \
            or not word_sets()["claim_more_words"].isdisjoint(view.words[cue.end:cue.end + 2]):
        return False  # "plans to buy more magnets from X": X already supplies them
    if cue.end <= first.start:
        return first.start - cue.end <= before and (
            not any("," in view.gaps[k] for k in range(cue.end, first.start + 1))
            or _opens_here(view, cue.start))
    if cue.start < first.end or any(m.start < cue.end for m in ends if m is not first):
        return False
    verb = _after_apposition(view, first.end, cue.start)
    return all(view.words[k] in fillers for k in range(verb, cue.start)) \
        and not any("," in view.gaps[k] for k in range(verb + 1, cue.start + 1))


def _after_apposition(view: SentenceView, end: int, cue: int) -> int:
    """Where the subject's verb group starts: past an apposition closed by a comma before the
    cue ("Lynas, the largest producer outside China, may ..."), else right after the subject."""
    if end >= len(view.gaps) or "," not in view.gaps[end]:
        return end
    close = next((k for k in range(end + 1, min(cue + 1, end + _APPOSITION + 1,
                                                  len(view.gaps)))
                  if "," in view.gaps[k]), None)
    return end if close is None else close


def in_tail(view: SentenceView, cue: Cue, fact: Fact) -> bool:
    """The fact opens the sentence, and the cue stands after its mentions in the sentence's last
    clause, which a comma after the fact opens: "X supplies Y to Z, sources said" ("...,
    which analysts believe ..." is another clause's own, as is a tail followed by commas)."""
    ends = _ends(view, fact)
    if not ends:
        return False
    last = max(m.end for m in ends)
    n = len(view.words)
    first = min(m.start for m in ends)
    if not last <= cue.start < n or view.words[last] in ("which", "who", "whose") \
            or any("," in view.gaps[k] for k in range(1, first + 1)):
        return False  # the fact told in a later clause is background the source does not give
    opened = next((k for k in range(last, cue.start + 1) if "," in view.gaps[k]), None)
    return opened is not None and n - opened <= _TAIL \
        and view.words[opened] not in ("which", "who", "whose") \
        and not any(any(c in view.gaps[k] for c in ",;:") for k in range(opened + 1, n))


def governed(view: SentenceView, fact: Fact) -> bool:
    """The subject's verb group ends in "<verb> to" and the fact's verb follows: the claim is
    what the subject wants, tries, offers, refuses or is asked to do ("Lynas is trying to
    supply Y", "India applied to join Z"), unless that verb says it is done ("began to",
    "continues to"). "Lynas ships to Japan" has the buyer after "to", "Magnets are essential to
    the motors" a noun phrase, not a verb; "is pleased to announce that it mined Y" governs
    the telling, and the claim is the clause told."""
    ends = _ends(view, fact) if fact.rel in _CLAIMS else []
    if len(ends) < 2 or fact.rel not in _CLAIMS:
        return False
    first, second = sorted(ends, key=lambda m: m.start)
    if fact.rel is RelType.PARTY_TO and first is not fact.source:
        return False
    if fact.origin in _WITHOUT_NEEDS and "without" in view.words[first.end:second.start]:
        return False  # "X are impossible to build without Y": a need, not a wish
    if object_governed(view, first, fact.rel):
        return True  # "lawmakers want X to supply Y", "talk of X supplying Y"
    if not _opens_clause(view, first):
        return False
    if gerund_governed(view, first, second, fact.rel):
        return True  # "X is looking into mining Y", "X held off on selling Y to Z"
    sets = word_sets()
    k = _after_apposition(view, first.end, second.start)
    if fact.rel is RelType.DEPENDS_ON and k == first.end and k < len(view.words) \
            and view.words[k] in sets["clause_heads"]:
        return False  # "radars able to spot drones need gallium": a clause on the subject
    while k < second.start and (view.words[k] in sets["claim_verb_fillers"]
                                or view.words[k] in ("been", "being")):
        k += 1
    if k + 1 < second.start and view.words[k + 1] != "to":
        to = governing_to(view, k, second.start)
        if to is None or to + 1 >= second.start or not verb_of(fact.rel, view, to + 1):
            return False
        k = to - 1  # "X has the capacity to mine Y", "X is on track to supply Y"
    if k + 2 >= second.start:
        return False
    after = view.words[k + 2]
    if fact.rel is RelType.PARTY_TO and after not in sets["claim_joining_verbs"]:
        return False  # "pledged to fund a refinery under the accord": party all the same
    # "ships to customers in Japan": a verb of sending before "to", or a plural after it, makes
    # "to" a preposition, not an infinitive's mark
    if view.words[k] in sets["supply_verbs"] or view.tokens[k + 2].text.lower() != after:
        return False
    return view.words[k + 1] == "to" and after.isalpha() and second.start - k <= _OBJECT \
        and sets["claim_more_words"].isdisjoint(view.words[k + 3:k + 5]) \
        and view.words[k + 3:k + 4] != ["that"] \
        and view.words[k] not in sets["claim_done_verbs"] \
        and (view.words[k] not in sets["claim_to_adjectives"]
             or fact.rel is RelType.PARTY_TO) \
        and after not in sets["claim_subject_determiners"] \
        and not any(m.start <= k + 2 < m.end or m.start <= k < m.end for m in view.mentions) \
        and not any(c in view.gaps[j] for j in range(first.end + 1, k + 3) for c in ",;:")
