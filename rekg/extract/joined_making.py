"""A production told in a predicate that "and" joins to the sentence's first one: "China
refines about 90% of the world's rare earths and makes an even larger share of the magnets".
The joined verb's subject is the sentence's subject, however far back it stands, so the goods
after the verb are that subject's output. The subject and the checks on the way to the verb
are those of the joined supplies (``supply_subject``)."""

from __future__ import annotations

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.extract.supply_subject import _agrees, _clear_path, _joined_verbs, _subject
from rekg.schema import Label, RelType

_GOODS_REACH = 8  # words from the verb to its goods: "makes more than 90% of sintered magnets"
_ORIGIN = "produces.joined-predicate"
_STOPS = frozenset({"and", "but", "while", "which", "that", "to", "for", "from", "with"})


def _goods(view: SentenceView, verb: int) -> list[Mention]:
    """The goods the verb at ``verb`` takes: the first material within reach, and its list,
    before any punctuation or a word that leads to another clause or role."""
    words, gaps = view.words, view.gaps
    for k in range(verb + 1, min(verb + 1 + _GOODS_REACH, len(words))):
        if gaps[k] not in ("", "-", "'", "’") or words[k] in _STOPS:
            return []
        here = [m for m in view.mentions if m.start == k and m.label is Label.MATERIAL]
        if here:
            m = here[0]
            if m.group < 0:
                return [m]
            return [x for x in view.mentions if x.group == m.group and x.label is Label.MATERIAL]
    return []


def joined_makes(view: SentenceView) -> list[Fact]:
    subject = _subject(view)
    if not subject:
        return []
    end = max(m.end for m in subject)
    facts: list[Fact] = []
    for verb, joined in _joined_verbs(view, end, word_sets()["make_verbs"]):
        if not joined or not _agrees(view, subject, verb) \
                or not _clear_path(view, subject, end, verb):
            continue
        inputs = word_sets()["input_heads"]
        for goods in _goods(view, verb):
            if view.words[goods.end - 1] in inputs:
                continue
            facts.extend(Fact(RelType.PRODUCES, own, goods, view.index, _ORIGIN, 0.7, view.text)
                         for own in subject)
    return facts
