"""Material anaphors for the coreference stage: what "the elements" or "these metals" can
mean, counted ones ("the two metals", "those four rare earths") that mean the list of
exactly that many materials named lately, and a bare "both" ("Both are mined in Myanmar",
"exports of both") that means the pair of materials named last.
"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.focus import Goods, refer_all
from rekg.extract.patterns import word_sets
from rekg.schema import Label

_NOT_KINDS = {"element": frozenset({"magnet", "alloy", "oxide", "other"}),
              "metal": frozenset({"magnet", "alloy", "oxide", "other"}),
              "mineral": frozenset({"magnet", "alloy"})}
_NUMBERS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
_DETERMINERS = frozenset({"the", "these", "those", "all"})
_REACH = 3  # sentences back that the counted list may be in
# What a bare "Both" that opens a sentence is followed by: a verb, never a noun.
_BOTH_VERBS = frozenset({"are", "were", "is", "was", "have", "has", "had", "can", "could",
                         "will", "would", "may", "might", "must", "remain", "also", "now",
                         "go", "come", "appear", "feature", "fall", "sit", "figure", "need",
                         "require", "contain", "serve", "end", "still"})
_BOTH_NEXT = frozenset({"in", "since", "from", "at", "on", "until", "after", "before", "last",
                        "this", "by", "under", "because", "while", "but", "as", "through"})
_BOTH_AFTER = frozenset({"of", "for", "on", "to", "in", "from", "with", "into", "about"})


def fitting(noun: str, antecedents: list[Mention]) -> list[Mention]:
    """The antecedents that "the elements" or "these metals" can mean: not the magnets or
    alloys of the same sentence."""
    kinds = _NOT_KINDS.get(noun)
    if kinds is None:
        return antecedents
    return [m for m in antecedents if m.kind not in kinds]


def earlier_materials(view: SentenceView, i: int, noun: str = "") -> list[Mention]:
    """The last material list before token ``i`` of this sentence that ``noun`` can mean, if
    any, leaving out the subject of the clause of ``i`` ("magnets that contain them")."""
    # "neodymium and praseodymium, the elements that ...": a list the phrase stands beside
    apposed = i >= 2 and "," in view.gaps[i - 1] and view.words[i - 1] in ("the", "these",
                                                                              "those")
    before = fitting(noun, [m for m in view.mentions if m.label is Label.MATERIAL and (
        m.end <= i - 3 or (apposed and m.end == i - 1))])
    if not before:
        return []
    last = before[-1]
    if last.group < 0:
        return [last]
    return [m for m in before if m.group == last.group]


def _counted_span(view: SentenceView, i: int) -> int:
    """The end of "the two metals", "those four heavy rare earths" when token ``i`` is the
    number, else -1: a determiner before it, then up to three modifiers and a class head,
    with no punctuation between."""
    low = view.words
    if low[i] != "both" and (i == 0 or low[i - 1] not in _DETERMINERS or view.gaps[i]):
        return -1
    sets = word_sets()
    heads = sets["counted_class_heads"]
    for k in range(i + 1, min(i + 6, len(low))):
        if view.gaps[k] not in ("", "-") or not view.tokens[k].text.islower():
            return -1
        if low[k] in heads and (k + 1 >= len(low) or view.gaps[k + 1] or low[k + 1] not in heads):
            return k + 1
        if low[i] == "both" and low[k] == "and":
            return -1  # "both light and heavy rare earths" names two classes
        hyphened = view.gaps[k] == "-" or (k + 1 < len(low) and view.gaps[k + 1] == "-")
        if not (hyphened or low[k] in heads or low[k] in sets["count_modifiers"]
                or low[k] in sets["counted_class_modifiers"]):
            return -1
    return -1


def _list_of(goods: Goods, view: SentenceView, before: int, size: int,
             noun: str) -> list[Mention]:
    """The latest coordinated list of exactly ``size`` materials that ``noun`` can mean
    ("elements" are no oxides), named before token ``before`` of this sentence or in the
    ``_REACH`` sentences before it."""
    here = [(view.index, m, [x for x in view.mentions if x.group == m.group])
            for m in view.mentions if m.end <= before and m.group >= 0
            and m.label is Label.MATERIAL and m.form != "anaphor"]
    for sentence, m, group in reversed(goods.recent + here):
        if view.index - sentence > _REACH:
            break
        members = fitting(noun, [x for x in group
                                 if x.label is Label.MATERIAL and x.form != "anaphor"])
        if m.group >= 0 and len({x.node_id for x in members}) == size \
                and len(members) == size:
            return members
    return []


def _bare_both(view: SentenceView, i: int) -> bool:
    """"Both were placed under licence", "China makes most of both.": a "both" that stands
    alone for a pair, not one before a noun ("both elements", "both the magnets and ...")."""
    low, gaps = view.words, view.gaps
    if low[i] != "both":
        return False
    if i == 0:
        return len(low) > 1 and low[1] in _BOTH_VERBS and not gaps[1]
    closed = i + 1 >= len(low) or any(p in gaps[i + 1] for p in ",.;:)") or (
        low[i + 1] in _BOTH_NEXT and not gaps[i + 1])  # "exports of both in April"
    return low[i - 1] in _BOTH_AFTER and closed


def _pair_of_parties(view: SentenceView, previous: SentenceView | None, i: int) -> bool:
    """Whether the last pair named before a bare "both" at ``i`` is one of parties or goods
    other than materials ("Chile and Peru mine copper. Both ...")."""
    for sentence, before in ((view, i), (previous, None)):
        if sentence is None:
            continue
        pairs = [m for m in sentence.mentions if m.group >= 0 and m.form != "anaphor"
                 and (before is None or m.end <= before)]
        if pairs:
            last = max(pairs, key=lambda m: m.end)
            return last.label is not Label.MATERIAL
    return False


def counted_goods(view: SentenceView, goods: Goods, group: int,
                  sentences: list[SentenceView] | None = None) -> None:
    """"Dysprosium and terbium are added to magnets. The two metals are mined in Myanmar.":
    a counted class stands for the list of exactly that many materials named lately, in place
    of a list of another size, a class the lexicon does not name ("the two magnet metals") or,
    after "these" or "those", one it names."""
    previous = sentences[view.index - 1] if sentences and view.index else None
    for i, word in enumerate(view.words):
        size = _NUMBERS.get(word, 0)
        end = _counted_span(view, i) if size else -1
        if end < 0 and _bare_both(view, i) and not _pair_of_parties(view, previous, i) \
                and not any(m.start <= i < m.end for m in view.mentions):
            members = _list_of(goods, view, i, 2, "")
            if members:
                refer_all(members, view, i, i + 1, group)
                view.mentions.sort(key=lambda m: (m.start, -m.end))
            continue
        if end < 0:
            continue
        start = i if word == "both" else i - 1
        inside = [m for m in view.mentions if m.start < end and m.end > start]
        # "the five heavy rare earths" may speak of the class the lexicon names; "those two
        # heavy rare earths" points back
        if any(m.label is not Label.MATERIAL or (m.form in ("name", "alias") and view.words[
                start] not in ("these", "those", "both")) for m in inside):
            continue
        members = _list_of(goods, view, start, size, view.words[end - 1])
        if not members:
            continue
        for m in inside:
            view.mentions.remove(m)
        refer_all(members, view, start, end, group)
        view.mentions.sort(key=lambda m: (m.start, -m.end))
