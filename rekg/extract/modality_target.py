"""Reach of a modality cue measured from one mention of the fact rather than its span: the
item ("excluding neodymium") or the measure ("aims to ban")."""

from __future__ import annotations

from rekg.extract.context import Cue, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label

_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "remain", "remains",
                 "remained"})
_LEAVE = frozenset({"leave", "left", "leaving"})
_GLUE = frozenset({"which", "that", "is", "are", "was", "were", "be", "been", "being", "has",
                   "have", "had", "also", "still", "not", "explicitly", "specifically", "the",
                   "a", "an", "all", "any", "and", "or", "of", "its", "their", "for", "from",
                   "now", "both", "remain", "remains", "remained", "however", "though", "by",
                   "contrast", "meanwhile", "too", "import", "export", "shipment",
                   "those"})


def left_before(view: SentenceView, m: Mention) -> bool:
    """"leave indium untouched": a verb of leaving stands right before the item."""
    return 0 < m.start < len(view.words) and view.words[m.start - 1] in _LEAVE


def next_to_target(view: SentenceView, cue: Cue, fact: Fact, before: int, window: int) -> bool:
    """The cue speaks of the item itself: "excluding neodymium", "neodymium was exempted"."""
    target = fact.target
    if cue.end <= target.start:
        between = range(cue.end, target.start)
        reach = before
    elif cue.start >= target.end:
        between = range(target.end, cue.start)
        reach = window
        if not any(view.words[k] in _BE for k in between) and not (
                cue.name == "left-alone" and left_before(view, target)):
            return False  # "samarium exempt ...": only "samarium was exempted" speaks of it
    else:
        return False
    group = {k for m in view.mentions if target.group >= 0 and m.group == target.group
             for k in range(m.start, m.end)}
    return len(between) <= reach and all(view.words[k] in _GLUE or k in group
                                         for k in between)


def before_measure(view: SentenceView, cue: Cue, fact: Fact, reach: int) -> bool:
    """The cue stands at most ``reach`` words before the fact's measure: "aims to ban", "vowed
    to slap tariffs". Further off, the intent usually governs another verb ("hopes to serve
    customers that must meet the sourcing rules"), and a verb in between that keeps or
    fights the measure ("wants to lift the ban") shows it already stands."""
    kept = word_sets()["measure_kept_verbs"].phrases
    return any(m.label is Label.RESTRICTION and cue.end <= m.start <= cue.end + reach
               and not any((w,) in kept for w in view.words[cue.end:m.start])
               for m in (fact.source, fact.target))
