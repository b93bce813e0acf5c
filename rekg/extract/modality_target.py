"""Reach of a modality cue measured from one mention of the fact rather than its span: the
item ("excluding neodymium") or the measure ("aims to ban")."""

from __future__ import annotations

from rekg.extract.context import Cue, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label

# a verb of standing that the cue ends: "hafnium falls outside the ban"
_STAND = frozenset({"fall", "falls", "fell", "lie", "lies", "lay", "sit", "sits", "sat", "stay",
                    "stays", "stayed"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "remain", "remains",
                 "remained"}) | _STAND
_MODALS = frozenset({"can", "could", "may", "might", "will", "would"})
_LEAVE = frozenset({"leave", "left", "leaving"})
# cues that speak of goods named after them, not of a pronoun: the goods "the equipment to
# make them" refers to are named, and restricted or made, in their own right
_NAMED_ONLY = frozenset({"made-by-technology"})
# cues whose own verb has the item as subject ("gallium escaped the controls"): no "be" needed
_ACTIVE = frozenset({"item-untouched"})
# cues told after "leave ..." that may reach over a list: "left X, ores and Y out of the measure"
_LEFT = frozenset({"left-alone", "item-untouched"})
# words of a description of the goods a technology makes, between the cue and the item:
# "technology for making three kinds of magnets: sintered, bonded and cobalt magnets"
_OWN = frozenset({"its", "their", "his", "her", "which", "that", "whose", "while"})
_MADE_KINDS = frozenset({"kinds", "kind", "types", "type", "sorts", "sort", "forms", "form",
                         "grades", "grade", "two", "three", "four", "five", "several",
                         "high-end", "advanced", "permanent", "sintered", "bonded"})
_GLUE = frozenset({"which", "that", "is", "are", "was", "were", "be", "been", "being", "has",
                   "have", "had", "also", "still", "not", "explicitly", "specifically", "the",
                   "a", "an", "all", "any", "and", "or", "of", "its", "their", "for", "from",
                   "now", "both", "remain", "remains", "remained", "however", "though", "by",
                   "contrast", "meanwhile", "too", "import", "export", "shipment",
                   "those"}) | _STAND


def left_before(view: SentenceView, m: Mention) -> bool:
    """"leave indium untouched": a verb of leaving stands right before the item, or before
    the list that ends with it ("left cathodes, ores and concentrates untouched")."""
    if 0 < m.start < len(view.words) and view.words[m.start - 1] in _LEAVE:
        return True
    lead = next((k for k in range(m.start - 1, max(m.start - _LISTED, 0) - 1, -1)
                 if view.words[k] in _LEAVE), None)
    return lead is not None and not any(
        view.words[k] in _BE for k in range(lead + 1, m.start)) and not any(
        o.label is Label.RESTRICTION and lead < o.start < m.start for o in view.mentions)


_LISTED = 8  # words from a verb of leaving to the last item of the list it leaves


_APPOSITION = 10  # words of an apposition after the item: "cerium, a light rare earth, is"


def _past_apposition(view: SentenceView, fact: Fact, limit: int) -> int:
    """Where the words between the item (with the items listed with it) and a cue after it
    begin, past an apposition set off by commas ("Cerium and lanthanum, two light rare
    earths, remain outside the ban")."""
    target = fact.target
    end = max([m.end for m in view.mentions if target.group >= 0 and m.group == target.group]
              + [target.end])
    if end >= limit or "," not in view.gaps[end]:
        return target.end
    close = next((k for k in range(end + 1, min(limit, end + _APPOSITION) + 1)
                  if "," in view.gaps[k]), None)
    if close is None or any(m.label is Label.RESTRICTION or m is fact.source
                            for m in view.mentions if end <= m.start < close):
        return target.end
    return close


def next_to_target(view: SentenceView, cue: Cue, fact: Fact, before: int, window: int) -> bool:
    """The cue speaks of the item itself: "excluding neodymium", "neodymium was exempted"."""
    target = fact.target
    if cue.end <= target.start and target.form == "anaphor" and cue.name in _NAMED_ONLY:
        return False  # "batteries, and the equipment to make them, are controlled"
    if cue.end <= target.start:
        between = range(cue.end, target.start)
        reach = before
    elif cue.start >= target.end:
        between = range(_past_apposition(view, fact, cue.start), cue.start)
        reach = window
        own_be = any(w in _BE for w in view.words[cue.start:cue.end])
        if own_be and between and view.words[between[-1]] in _MODALS:
            between = between[:-1]  # "cobalt can still be shipped": the cue holds the verb
        if not own_be and cue.name not in _ACTIVE and not any(
                view.words[k] in _BE for k in between) and not (
                cue.name == "left-alone" and left_before(view, target)):
            return False  # "samarium exempt ...": only "samarium was exempted" speaks of it
        if cue.name in _ACTIVE and not left_before(view, target) and any(
                any(c in view.gaps[k] for c in ",;:") for k in range(target.end, cue.start + 1)):
            return False  # "tariffs on steel; aluminium may follow": another item's clause
    else:
        return False
    group = {k for m in view.mentions if target.group >= 0 and m.group == target.group
             for k in range(m.start, m.end)}
    if cue.name in _NAMED_ONLY and cue.end <= target.start:
        if any(view.words[k] in _OWN for k in between):
            return False  # "technology for turbines, and its magnets": another clause's goods
        group |= _made_words(view, cue.end, target.start)
    elif cue.start >= target.end and any(w in _BE for w in view.words[cue.start:cue.end]):
        group |= _goods_words(view, target.end, cue.start)  # "oxides and magnets can still be"
    if cue.name in _LEFT and cue.start >= target.end and left_before(view, target):
        return _left_list(view, target.end, cue.start)  # "leaves X, ores and Y untouched"
    return len(between) <= reach and all(view.words[k] in _GLUE or k in group
                                         for k in between)


def _made_words(view: SentenceView, lo: int, hi: int) -> set[int]:
    """The positions between a cue of making and the item that describe the goods made: other
    goods named ("cobalt magnets") or words of kind ("three kinds of"); none if a measure
    stands between (it opens what the measure restricts)."""
    if any(m.label is Label.RESTRICTION and lo <= m.start < hi for m in view.mentions):
        return set()
    named = _goods_words(view, lo, hi)
    return {k for k in range(lo, hi) if k in named or view.words[k] in _MADE_KINDS}


def _goods_words(view: SentenceView, lo: int, hi: int) -> set[int]:
    """The positions in [lo, hi) inside mentions of goods; none if a measure stands there."""
    if any(m.label is Label.RESTRICTION and lo <= m.start < hi for m in view.mentions):
        return set()
    return {k for m in view.mentions if m.label in (Label.MATERIAL, Label.PRODUCT)
            for k in range(max(m.start, lo), min(m.end, hi))}


def _left_list(view: SentenceView, lo: int, hi: int) -> bool:
    """The words between the first item a verb of leaving leaves and the cue after them are
    the rest of its list: no verb of being or in -ing ("leaves buyers scrambling"), no measure."""
    return hi - lo <= _LISTED and not any(view.words[k] in _BE or view.words[k].endswith("ing")
                                          for k in range(lo, hi)) \
        and not any(o.label is Label.RESTRICTION and lo <= o.start < hi for o in view.mentions)


def before_measure(view: SentenceView, cue: Cue, fact: Fact, reach: int) -> bool:
    """The cue stands at most ``reach`` words before the fact's measure: "aims to ban", "vowed
    to slap tariffs". Further off, the intent usually governs another verb ("hopes to serve
    customers that must meet the sourcing rules"), and a verb in between that keeps or
    fights the measure ("wants to lift the ban") shows it already stands."""
    kept = word_sets()["measure_kept_verbs"].phrases
    return any(m.label is Label.RESTRICTION and cue.end <= m.start <= cue.end + reach
               and not any((w,) in kept for w in view.words[cue.end:m.start])
               for m in (fact.source, fact.target))


# between a cue and the measure it speaks of: the imposer, a modal, a verb of imposing and the
# measure's own words ("whether Zambia will soon impose new export duties", "outside the
# scope of Zambia's export controls"), never another verb ("whether that text covered the
# licensing")
_TO_MEASURE = frozenset({"the", "a", "an", "its", "their", "'s", "scope", "reach", "of", "will",
                         "would", "could", "might", "may", "should", "shall", "can", "also",
                         "soon", "now", "then", "still", "ever", "again", "be", "is", "are",
                         "going", "to", "impose", "introduce", "place", "put", "slap", "levy",
                         "adopt", "reimpose", "new", "fresh", "further", "additional", "any",
                         "export", "import", "tighter", "stricter", "broader", "wider"})


def measure_after(view: SentenceView, cue: Cue, fact: Fact, reach: int | None) -> bool:
    """The fact's measure follows the cue within ``reach`` words (any fact, when ``reach`` is
    None), with nothing but its imposer and the words of imposing between: "outside Zambia's
    export controls", "outside the scope of the ban", "whether Zambia will ban" (not "outside
    China", nor "whether that text covered the licensing")."""
    if reach is None:
        return True
    return any(m.label is Label.RESTRICTION and cue.end <= m.start <= cue.end + reach
               and any(m is o for o in view.mentions)  # a cross fact's end is elsewhere
               and not any("," in view.gaps[k] for k in range(cue.end, m.start + 1))
               and all(view.words[k] in _TO_MEASURE
                       or any(o.start <= k < o.end for o in view.mentions)
                       for k in range(cue.end, m.start))
               for m in (fact.source, fact.target))
