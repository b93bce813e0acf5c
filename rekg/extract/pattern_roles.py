"""Roles that keep a pattern's ends from the relation its words suggest.

A country a good goes, is shipped or sold to or in ("tungsten is sold in Peru", "most of it
goes to China") is the good's destination, not its maker. A verb of making in a relative
clause of another noun ("X sells equipment to companies that mine tungsten") says what those
others make, and one that is denied there ("deposits that have never been mined") says the
good is not made. Two goods each the object of "demand for" in parallel clauses ("demand for
X fell as demand for Y rose") need nothing of each other. A place names where, not who (save
in LOCATED_IN). The pattern stage records each as a refusal with its reason.
"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.extract.site_places import placed
from rekg.loaders.text import singular
from rekg.schema import RelType

_RELATIVES = frozenset({"that", "who", "which"})
_TIES = frozenset({"to", "for", "with", "from", "by"})  # "sells equipment to companies that"
_HEADS = frozenset({"country", "nation", "those", "mine", "plant", "smelter", "refinery"})
_DENIALS = frozenset({"never", "not", "yet"})
_ASIDE = 3  # words between a relative pronoun and its denial: "that have never been mined"


def destination(view: SentenceView, source: Mention, target: Mention) -> bool:
    """The country after "to" or "in" is where the good goes or is sold: "most Peruvian
    tungsten goes to China", "tungsten is sold in Peru" (not "sold on to China's makers")."""
    words = view.words
    if target.end > source.start or source.start < 2 or words[source.start - 1] not in (
            "to", "into", "in") or words[source.end:source.end + 1] == ["'s"]:
        return False
    moving = word_sets()["destination_verbs"]
    if words[source.start - 1] == "in":
        return words[source.start - 2] in moving or words[source.start - 2] == "imported"
    return any(w in moving for w in words[target.end:source.start - 1])


def _others_make(view: SentenceView, source: Mention, target: Mention) -> bool:
    """The verb of making sits in a relative clause of a noun the source deals with."""
    sets = word_sets()
    words, gaps, making = view.words, view.gaps, sets["make_verbs"]
    heads = sets["company_nouns"] | sets["appositive_company_nouns"] | _HEADS
    for k in range(source.end + 1, target.start):
        if words[k] in _RELATIVES and "," not in gaps[k]:
            lead = words[source.end:k]
            return singular(words[k - 1]) in heads and any(w in _TIES for w in lead) \
                and not any(w in making for w in lead)
    return False


def denied_making(view: SentenceView, target: Mention) -> bool:
    """"tungsten deposits that have never been mined": the good's making is denied."""
    words, sets = view.words, word_sets()
    making = sets["make_verbs"] | sets["produced_words"]
    for k in range(target.end, min(target.end + 3, len(words))):
        if words[k] in _RELATIVES:
            tail = words[k + 1:k + 2 + _ASIDE]
            return any(w in _DENIALS and any(v in making for v in tail[i + 1:i + 4])
                       for i, w in enumerate(tail))
    return False


def parallel_demand(view: SentenceView, source: Mention, target: Mention) -> bool:
    """Both ends are objects of "demand for": "demand for X fell as demand for Y rose"."""
    words = view.words
    return all(m.start >= 2 and words[m.start - 2:m.start] == ["demand", "for"]
               for m in (source, target))


def wrong_role(view: SentenceView, rel: RelType, source: Mention, target: Mention) -> str | None:
    """Why a pattern's pair does not hold the relation, or None when it may."""
    if rel is not RelType.LOCATED_IN and (placed(source, rel) or placed(target, rel)):
        return "a place names where, not who"
    if rel is RelType.PRODUCES:
        if destination(view, source, target):
            return "a country a good goes or is sold to is no maker of it"
        if source.end <= target.start and _others_make(view, source, target):
            return "the verb of making is said of others, in a relative clause"
        if denied_making(view, target):
            return "the good's making is denied"
    if rel is RelType.DEPENDS_ON and parallel_demand(view, source, target):
        return "two goods in parallel 'demand for' phrases need nothing of each other"
    return None
