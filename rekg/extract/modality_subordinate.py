"""Part of the modality stage: a cue after the fact, inside a clause that a subordinating word
opens with its own named subject, speaks of that clause only. In "Zambia banned cobalt exports
after Hanoi threatened tariffs" the threat is Hanoi's; the ban stands. A cue that is the
subordinating word itself ("if Hanoi ...") is not this case."""

from __future__ import annotations

from rekg.extract.context import Cue, Fact, SentenceView
from rekg.schema import Label

# words that open an adverbial clause of time or reason
_OPENERS = frozenset({"after", "before", "because", "since", "when", "following", "whereas"})
_SUBJECTS = (Label.COUNTRY, Label.ORGANIZATION, Label.PERSON)
_DETERMINERS = frozenset({"the", "its", "their", "a", "an"})


def in_subordinate(view: SentenceView, cue: Cue, fact: Fact) -> bool:
    """The cue stands after the fact's span, beyond a subordinating word followed at once by
    a named subject (a country, organisation or person, maybe after a determiner)."""
    end = max(fact.source.end, fact.target.end)
    if cue.start <= end:
        return False
    starts = {m.start for m in view.of(*_SUBJECTS)}
    words = view.words
    for k in range(end, cue.start):
        if words[k] not in _OPENERS:
            continue
        j = k + 1
        if j < cue.start and words[j] in _DETERMINERS:
            j += 1
        if j < cue.start and j in starts:
            return True
    return False
