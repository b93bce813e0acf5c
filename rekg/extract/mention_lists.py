"""Coordinated mentions: "samarium, gadolinium and terbium" form one list, and so do items that
repeat their preposition ("found in chips, in LEDs and in radar")."""

from __future__ import annotations

import itertools

from rekg.extract.context import Mention, SentenceView
from rekg.schema import Label

_LIST_WORDS = frozenset({"and", "or", "as", "well", "plus", "nor", "the", "also", "including",
                         "among", "them", "such", "notably", "especially", "like"})
# Prepositions that each item of a list may repeat: "used in chips, in LEDs and in radars".
_PARALLEL = frozenset({"in", "for", "into", "inside", "by", "across"})
_CLAUSE_BREAKS = frozenset({"while", "whereas", "but", "which", "that", "where", "when"})
_FAMILIES = {Label.MATERIAL: 1, Label.PRODUCT: 1, Label.COUNTRY: 2, Label.ORGANIZATION: 2}


def _preposition_at(view: SentenceView, start: int) -> int:
    """Where the preposition that opens the noun phrase at ``start`` stands ("in the radar
    systems", "in the submarine's electric drive"), or -1."""
    k = start - 1
    if k > 0 and view.words[k] == "'s":
        k -= 1
        while k > start - 6 and k >= 0 and view.words[k] not in _PARALLEL:
            k -= 1
    while k >= 0 and view.words[k] in ("the", "a", "an"):
        k -= 1
    return k if k >= 0 and view.words[k] in _PARALLEL else -1


def _preposition_before(view: SentenceView, start: int) -> str:
    k = _preposition_at(view, start)
    return view.words[k] if k >= 0 else ""


def list_groups(view: SentenceView) -> None:
    """Mark coordinated mentions ("samarium, gadolinium and terbium") as one group."""
    ordered = sorted((m for m in view.mentions if m.label is not Label.RESTRICTION),
                     key=lambda m: m.start)
    group = -1
    for a, b in itertools.pairwise(ordered):
        between = view.words[a.end:b.start]
        seps = [view.gaps[k] for k in range(a.end, b.start + 1)]
        same = a.label == b.label or (
            _FAMILIES.get(a.label, 0) == _FAMILIES.get(b.label, -1)
            and ("and" in between or "or" in between))
        joined = same and len(between) <= 3 and all(w in _LIST_WORDS for w in between) \
            and all(s in ("", ",", ":", "(", ")", ",(", "),") for s in seps) \
            and (between or any(s in (",", ":", "(", ")", ",(", "),") for s in seps))
        if not joined:
            continue
        if a.group < 0:
            group += 1
            a.group = group
        b.group = a.group
    _parallel_groups(view, ordered, group + 1)


def _possessor(view: SentenceView, m: Mention) -> bool:
    """"submarine" in "the submarine's electric drive": the drive is the item, not its owner."""
    return m.end < len(view.words) and view.words[m.end] == "'s"


def _parallel_groups(view: SentenceView, ordered: list[Mention], group: int) -> None:
    """Items that repeat their preposition join the list it opened: "found in radio chips for
    phones, in LEDs and in military radar" lists chips, LEDs and radar."""
    low = view.words
    for i, b in enumerate(ordered):
        prep = _preposition_before(view, b.start)
        k = _preposition_at(view, b.start)
        if b.label not in (Label.PRODUCT, Label.MATERIAL) or not prep \
                or _possessor(view, b) or not (
                    view.gaps[k] == "," or (k > 0 and low[k - 1] in ("and", "or"))):
            continue
        head = next((c for c in reversed(ordered[:i]) if c.label is b.label
                     and not _possessor(view, c)
                     and not (b.group >= 0 and c.group == b.group)
                     and _preposition_before(view, c.start) == prep
                     and b.start - c.end <= 12), None)
        if head is None or any(view.gaps[j] in (";", ":") or low[j] in _CLAUSE_BREAKS
                               for j in range(head.end, k + 1)):
            continue
        if head.group < 0:
            head.group = group
            group += 1
        old = b.group
        for m in ordered:
            if m is b or (old >= 0 and m.group == old):
                m.group = head.group
