"""What a good is turned into depends on it, when the pattern's slot cannot reach the input:
a pronoun object ("Kestrel mines spodumene and converts it into lithium hydroxide": the
spodumene, the last good named before the verb) or an input named with its origin
("refiners turn Zambian copper concentrate into cathode", "to turn Tarrow's carbonate into
oxides"). The made good opens the phrase after "into" and ends its noun phrase ("into a
processing plant" names no made good)."""

from __future__ import annotations

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

ORIGIN = "depends_on.object-processed-into"
_GOODS = (Label.MATERIAL, Label.PRODUCT)
_FORMS = ("name", "alias", "open")
_PRONOUNS = frozenset({"it", "them"})
_OWNERS = (Label.COUNTRY, Label.ORGANIZATION)
_REACH = 6  # words from the verb to "into"
# What may follow the made good in the same phrase: "into lithium hydroxide for cathodes".
_PHRASE_ENDS = frozenset({"and", "or", "for", "at", "in", "that", "which", "used", "with", "to",
                          "from", "by", "on", "before", "after", "as", "under", "while", "where",
                          "when", "than", "of", "suitable", "ready", "sold", "destined",
                          "including", "such"})


def _goods(view: SentenceView) -> list[Mention]:
    return sorted((m for m in view.mentions if m.label in _GOODS and m.form in _FORMS
                   and m.end > m.start), key=lambda m: m.start)


def _quiet(view: SentenceView, start: int, end: int, allowed: frozenset[str]) -> bool:
    return all(not view.gaps[k] and view.words[k] in allowed for k in range(start, end)) \
        and (end >= len(view.words) or not view.gaps[end])


def _made(view: SentenceView, goods: list[Mention], into: int,
          filler: frozenset[str]) -> list[Mention]:
    first = next((m for m in goods if m.start > into), None)
    if first is None or not _quiet(view, into + 1, first.start, filler):
        return []
    if first.end < len(view.words) and not view.gaps[first.end] \
            and view.words[first.end] not in _PHRASE_ENDS:
        return []
    if first.group < 0:
        return [first]
    return [m for m in goods if m.group == first.group and m.start >= first.start]


def _input(view: SentenceView, goods: list[Mention], verb: int, into: int,
           filler: frozenset[str]) -> Mention | None:
    words = view.words
    if words[verb + 1] in _PRONOUNS and _quiet(view, verb + 2, into, frozenset({"back"})):
        earlier = [m for m in goods if m.end <= verb]
        return earlier[-1] if earlier else None
    owner = next((m for m in view.mentions if m.start == verb + 1 and m.label in _OWNERS
                  and m.end > m.start), None)
    if owner is None:
        return None
    k = owner.end
    while k < min(owner.end + 2, into) and view.tokens[k].text[:1].isupper():
        k += 1  # the rest of a place's name the mention left out: "Songwe Hill's"
    if k < into and words[k] == "'s":
        k += 1
    elif k > owner.end:
        return None
    held = next((m for m in goods if m.start >= k and m.end <= into), None)
    if held is None or not _quiet(view, k, held.start, filler) \
            or not _quiet(view, held.end, into, filler | {"back"}):
        return None
    return held


def into_facts(view: SentenceView) -> list[Fact]:
    sets = word_sets()
    verbs = sets["into_verbs"]
    words = view.words
    if "into" not in words or verbs.isdisjoint(words):
        return []
    filler = frozenset(sets["filler"]) | frozenset(sets["size_words"])
    goods = _goods(view)
    facts: list[Fact] = []
    for verb, word in enumerate(words[:-2]):
        if word not in verbs:
            continue
        into = next((k for k in range(verb + 2, min(verb + _REACH, len(words)))
                     if words[k] == "into"), -1)
        if into < 0:
            continue
        source = _input(view, goods, verb, into, filler)
        if source is None:
            continue
        facts.extend(Fact(RelType.DEPENDS_ON, made, source, view.index, ORIGIN, 0.7, view.text)
                     for made in _made(view, goods, into, filler)
                     if made.node_id != source.node_id)
    return facts
