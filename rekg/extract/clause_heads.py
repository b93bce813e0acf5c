"""The noun a clause hangs on: in "gallium is used in radars that track drones" (or "radars
used to track drones", "radars able to spot drones") the drones are named in the radars'
clause as what the radars act on from outside; they take nothing of the radars, nor of what the
radars need, so no fact makes them depend on either. A clause of holding or use ("chips that go
into cars", "sensors found in jets") is left alone: the whole needs what its parts need.

A producer makes the head, not the good its clause names: "Lynas produces NdPr oxide used in
magnets" (or "that goes into magnets", "oxide for magnets") says nothing of Lynas making
magnets, while "magnets made from rare earths" and "clays that yield dysprosium" pass the
source on. The matcher reads a verb in a clause on a noun as that noun's (``heads_clause``,
``clause_head_at``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label

if TYPE_CHECKING:
    from rekg.extract.sentence_index import SentenceIndex

_REACH = 8  # the most words from the head's clause word to the end it holds
_HEADS = (Label.PRODUCT, Label.MATERIAL)
_SERVED = 3  # "for" and up to two words before the good it serves: "oxide for such magnets"
_JOINS = ("", ",")  # "radars that ...", "radars, which ..."


def _acts_on(words: list[str], lo: int, start: int) -> bool:
    """A verb of acting from outside stands in ``words[lo:start]`` and what starts at ``start``
    is its object: "that track drones", not "that detect radiation in scanners"."""
    acting = word_sets()["acting_on_verbs"]
    verb = next((j for j in range(start - 1, lo - 1, -1) if words[j] in acting), -1)
    return verb >= 0 and word_sets()["placing_preps"].isdisjoint(words[verb + 1:start])


def _opens_clause(view: SentenceView, head: Mention) -> bool:
    at = head.end
    return at < len(view.words) and view.words[at] in word_sets()["clause_heads"] \
        and view.gaps[at] in _JOINS and not any(m.start <= at < m.end for m in view.mentions)


def _acted_on(view: SentenceView, end: int, inner: Mention) -> bool:
    """``inner`` is what the clause opened at ``end`` acts on: no comma or stop between, and a
    verb of acting from outside before it."""
    return _reached(view, end, inner) and _acts_on(view.words, end, inner.start)


def _stand_ins(view: SentenceView) -> list[int]:
    """Where a clause opens on a pronoun that stands for products: "radars, including those
    that track satellites"."""
    words, sets = view.words, word_sets()
    return [k + 1 for k in range(1, len(words) - 1) if words[k] in sets["stand_in_pronouns"]
            and words[k + 1] in sets["clause_heads"] and not view.gaps[k + 1]]


def acted_on(view: SentenceView, fact: Fact) -> bool:
    """The dependent is what a product's clause acts on, and the other end stands outside that
    clause: "INPUT ... HEAD that track DEPENDENT", "HEAD able to spot DEPENDENT need INPUT"."""
    dependent, good = fact.source, fact.target
    if any(h.label in _HEADS and h.node_id != dependent.node_id
           and (h.group < 0 or h.group != dependent.group)
           and not h.end <= good.start < dependent.start
           and _opens_clause(view, h) and _acted_on(view, h.end, dependent)
           for h in view.mentions):
        return True
    return any(not end <= good.start < dependent.start and _acted_on(view, end, dependent)
               for end in _stand_ins(view))


def in_output_clause(view: SentenceView, fact: Fact) -> bool:
    """What a producer makes is the head, not the good named in the head's clause: "Lynas
    produces NdPr oxide used in magnets", "..., which goes into magnets", "oxide for magnets"."""
    producer, good = fact.source, fact.target
    words, sets = view.words, word_sets()
    k = good.start - 1
    while k > 0 and words[k] in sets["filler"]:
        k -= 1
    if k >= 0 and words[k] in sets["source_preps"]:
        return False  # "magnets made from rare earths": who makes the magnets has the earths
    return any(h.label in _HEADS and h.end < good.start
               and (producer.end <= h.start or producer.start >= good.end)
               and h.node_id != good.node_id and (h.group < 0 or h.group != good.group)
               and _held(view, h, good) and (
                   (_opens_clause(view, h)
                    and sets["yield_verbs"].isdisjoint(words[h.end:good.start]))
                   or (words[h.end] in sets["use_clause_preps"] and not view.gaps[h.end]
                       and good.start - h.end <= _SERVED))
               for h in view.mentions)


def _held(view: SentenceView, head: Mention, inner: Mention) -> bool:
    """``inner`` lies within reach of the clause that opens after ``head``, no comma between."""
    return _reached(view, head.end, inner)


def _reached(view: SentenceView, end: int, inner: Mention) -> bool:
    return 0 < inner.start - end <= _REACH and all(
        view.gaps[k] in ("", "-", "'", "’") for k in range(end + 1, inner.start + 1))


def heads_clause(idx: SentenceIndex, p: int,
                 labels: frozenset[Label] | tuple[Label, ...] = _HEADS) -> bool:
    """A product or material ends at ``p`` and a clause about it opens after it ("the sensors
    that steer drones", "lenses used in cameras"): a verb to its right is that clause's, so a
    gap walking left from the verb binds that mention or nothing further left. A participle
    ("oxide shipped to Japan") stops only a gap to a slot of ``labels``: the measure on the
    oxide, or its seller, still reaches Japan through it."""
    ends = idx.by_end.get(p)
    if ends is None or p + 1 >= idx.n or p + 1 in idx.inside:
        return False
    word, sets = idx.words[p + 1], word_sets()
    return word in sets["clause_heads"] and any(
        m.label in _HEADS and (m.label in labels or word in sets["relative_words"]) for m in ends)


def relative_ahead(idx: SentenceIndex, p: int) -> bool:
    """A relative clause on a product or material opens at ``p`` and runs on with no comma to
    close it: a gap walking right from "refines oxide" stops at "that goes into magnets" (not at
    "magnets that contain them, still need ...")."""
    return heads_clause(idx, p - 1, ()) and not any(
        "," in idx.gaps[k] for k in range(p + 1, min(idx.n, p + _REACH + 1)))


def clause_head_at(idx: SentenceIndex, m: Mention) -> int:
    """Where the noun ends whose clause holds ``m``, no comma between ("drones" in "radars able
    to spot drones rely on gallium": the radars are what rely), or -1."""
    start = idx.spans[m.group][0] if m.group >= 0 else m.start
    for k in range(start - 1, max(0, start - _REACH) - 1, -1):
        if idx.gaps[k + 1] not in ("", "-", "'", "’"):
            return k if heads_clause(idx, k) and idx.gaps[k + 1] == "," else -1
        if heads_clause(idx, k):
            return k
    return -1


def acted_on_at(idx: SentenceIndex, m: Mention) -> bool:
    """``m`` is what the clause on a noun before it acts on: "radars that track drones"."""
    k = clause_head_at(idx, m)
    return k >= 0 and _acts_on(idx.words, k + 1, m.start)
