"""Part of the modality stage: a headline that puts "to" and a verb right after its subject
("Norvale to refine gallium in Ohio", "Peru to join minerals pact") tells output or membership
planned, not had. A sentence that opens with a named actor followed at once by "to" and a verb has
no other reading in news English."""

from __future__ import annotations

from rekg.extract.context import Fact, SentenceView
from rekg.schema import Label, RelType

# a headline sale ("X to supply Y to Z") is told as a deal struck, and stands
_RELATIONS = frozenset({RelType.PRODUCES, RelType.PARTY_TO})
_ACTORS = frozenset({Label.COUNTRY, Label.ORGANIZATION})
_NOT_VERBS = frozenset({"the", "a", "an", "its", "their", "be", "and", "or"})


def headline_plan(view: SentenceView, fact: Fact) -> str | None:
    """The reason to refuse ``fact`` when its first end opens a headline of intent."""
    if fact.rel not in _RELATIONS:
        return None
    first = min((fact.source, fact.target), key=lambda m: m.start)
    if first.start != 0 or first.label not in _ACTORS or first.form == "anaphor":
        return None
    k = first.end
    if k + 1 >= len(view.words) or view.words[k] != "to" or view.gaps[k].strip():
        return None
    verb = view.tokens[k + 1].text
    if not verb.isalpha() or not verb.islower() or verb in _NOT_VERBS:
        return None
    return "a headline of intent ('X to <verb> ...')"


# a sentence labelled as a claim to be checked: "Claim: X banned Y", "Myth: X needs Y"
_LABELS = frozenset({"claim", "myth", "rumour", "rumor", "allegation"})


def labelled_claim(view: SentenceView, fact: Fact) -> str | None:
    """The reason to refuse ``fact`` when its sentence opens with a claim label and a colon."""
    if len(view.words) < 3 or view.words[0] not in _LABELS or ":" not in view.gaps[1]:
        return None
    return f"a claim labelled '{view.words[0]}:'"
