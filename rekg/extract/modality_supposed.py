"""Part of the modality stage: sentences and phrases that assert no fact. A question, open
("Whether X joins ...") or not, and a measure only supposed ("a ban could cost ...")."""

from __future__ import annotations

from rekg.extract.context import Fact, SentenceView
from rekg.schema import Label, RelType

_MEASURE_RELS = frozenset({RelType.IMPOSES, RelType.RESTRICTS, RelType.TARGETS})
_INDEFINITE, _MODALS = frozenset({"a", "an", "any"}), frozenset({"could", "would", "might"})
OPEN = "an open question"
# what an entity named inside an open question is and does holds whatever the answer
ATTRIBUTES = frozenset({RelType.LOCATED_IN, RelType.REPRESENTS, RelType.PRODUCES})


def question(view: SentenceView) -> str | None:
    """A question, or an open question stated as one: "Whether Lynas can supply Japan is
    unclear." (what to watch, what is not known)."""
    if view.text.rstrip().endswith("?"):
        return "a question"
    if view.words and view.words[0] == "whether":
        return OPEN
    return None


_ASKED = frozenset({"whether", "if"})
_ASKING = frozenset({"asked", "asks", "ask", "asking"})
_ASIDES = frozenset({"including", "such", "notably", "especially", "like"})
# how far into the sentence the asking verb may stand: "When reporters asked whether",
# "A reader asks whether"
_ASKER_WORDS = 5


def _question_end(view: SentenceView, start: int) -> int | None:
    """The word where the asked clause from ``start`` ends: its first comma that does not open
    or close an aside ("whether other metals, including tin, will ..."). None when no comma
    ends it: "asked whether the accord covered the licensing X introduced" asks about the
    accord, and the licensing stands."""
    words, k, aside = view.words, start, False
    while k < len(words):
        if "," in view.gaps[k]:
            if aside:
                aside = False
            elif words[k] in _ASIDES:
                aside = True
            else:
                return k
        k += 1
    return None


def _asked(view: SentenceView, fact: Fact) -> bool:
    """"(When) asked whether China will use rare earths as a countermeasure against the US,
    the official ...", "When reporters asked whether tin is controlled, he ...": what the
    opening clause asks is not told (its attributes aside); what "Asked about the ban on
    gallium, ..." names is."""
    words = view.words
    if fact.rel in ATTRIBUTES:
        return False
    at = next((k for k in range(min(_ASKER_WORDS + 1, len(words) - 2))
               if words[k] in _ASKING and words[k + 1] in _ASKED), None)
    if at is None or any("," in view.gaps[k] for k in range(1, at + 1)):
        return False
    end = _question_end(view, at + 2)
    return end is not None and min(fact.source.start, fact.target.start) > at \
        and max(fact.source.end, fact.target.end) <= end


def supposed(view: SentenceView, fact: Fact) -> bool:
    """"A total ban on gallium could cost ...": a measure named with "a" or "any" and followed,
    in the same clause, by "could", "would" or "might" is supposed, not taken; so is what an
    opening "Asked whether ..." asks about."""
    if _asked(view, fact):
        return True
    for m in (fact.source, fact.target):
        if m.label is Label.RESTRICTION and fact.rel in _MEASURE_RELS and any(
                w in _INDEFINITE for w in view.words[max(0, m.start - 4):m.end]):
            for k in range(m.end, min(m.end + 6, len(view.words))):
                if any(c in view.gaps[k] for c in ",;:—"):
                    break
                if view.words[k] in _MODALS:
                    return True
    return False
