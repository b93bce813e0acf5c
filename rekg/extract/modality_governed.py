"""Part of the modality stage: a negation denies the verb it governs. When that verb restricts
or rivals ("has not restricted trade in Myanmar-origin rare earths", "neither can replace
China's output of dysprosium"), the output or sale in its object still stands; and a party
the negation sets apart ("no region outside China can separate them") is the one that does."""

from __future__ import annotations

from rekg.extract.context import Cue, Fact, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import RelType

_RELATIONS = frozenset({RelType.PRODUCES, RelType.SUPPLIES})
_NEGATIONS = frozenset({"negation", "neither-nor", "none-sent"})
_REACH = 6
_APART = frozenset({"outside", "beyond", "except", "besides", "excluding"})
_APART_PAIRS = frozenset({("apart", "from"), ("other", "than"), ("aside", "from")})


def governs_other(view: SentenceView, cue: Cue, fact: Fact) -> bool:
    """The negation's verb, right after it, is one whose denial leaves the fact standing."""
    if fact.rel not in _RELATIONS or cue.name not in _NEGATIONS:
        return False
    sets = word_sets()
    leads, verbs = sets["negation_verb_leads"].singles, sets["unnegating_verbs"]
    words = view.words
    k = cue.end
    while k < min(len(words), cue.end + _REACH) and words[k] in leads \
            and not verbs.longest_at(words, k):
        k += 1
    last = max(m.start for m in (fact.source, fact.target))
    return k < last and verbs.longest_at(words, k) > 0


def set_apart(view: SentenceView, cue: Cue, fact: Fact) -> bool:
    """The fact's party is the one a negation excepts: "no region outside China", "apart from
    China, no country"."""
    if fact.rel not in _RELATIONS or cue.name not in _NEGATIONS:
        return False
    words, k = view.words, fact.source.start
    return k > 0 and (words[k - 1] in _APART or (k > 1 and (words[k - 2], words[k - 1]) in
                      _APART_PAIRS)) and abs(cue.start - k) <= _REACH
