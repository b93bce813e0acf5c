"""Part of the mentions stage: modifiers coordinated before one head each name a thing of that
head ("hybrid and electric vehicles" names hybrid vehicles too, "light and heavy rare earth
oxides" light rare earth oxides)."""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.loaders.lexicon import Lexicon
from rekg.loaders.text import singular
from rekg.schema import Label, node_id

# Words before "and"/"or" that never modify the head after it ("7nm or below and memory chips").
_NOT_MODIFIERS = frozenset({"below", "above", "more", "less", "fewer", "other", "others", "both",
                            "either", "neither", "too", "also", "then", "now", "so", "not"})
# What may stand before a modifier that opens a noun phrase: "for hybrid and electric cars".
_BOUNDARIES = frozenset({"for", "in", "of", "on", "to", "with", "by", "from", "into", "the", "a",
                         "an", "both", "such", "as", "including", "like", "and", "or", "its",
                         "their", "use", "uses", "used", "need", "needs", "make", "makes"})


def _modifier_start(view: SentenceView, end: int, taken: dict[int, Mention]) -> int:
    """The start of the one word, or hyphenated compound, that ends at ``end``, or -1."""
    start = end - 1
    while start > 0 and view.gaps[start] == "-":
        start -= 1
    if start < 0 or any(not view.tokens[k].text.isalpha() or not view.tokens[k].text.islower()
                        for k in range(start, end)):
        return -1
    return start


def shared_heads(view: SentenceView, lexicon: Lexicon, stops: frozenset[str],
                 heads: frozenset[str]) -> None:
    """Modifiers coordinated before one head each name a thing of that head: "hybrid and
    electric vehicles" names hybrid vehicles too, "seat and window motors" seat motors, "light
    and heavy rare earth oxides" light rare earth oxides."""
    low, tokens = view.words, view.tokens
    taken = {k: m for m in view.mentions for k in range(m.start, m.end)}
    added: list[Mention] = []
    for m in view.of(Label.PRODUCT, Label.MATERIAL):
        rest = m.start + 1  # the words the modifier before "and" shares: all but m's first
        while rest < m.end and view.gaps[rest] == "-":
            rest += 1
        end = m.start - 1
        if rest >= m.end or end < 1 or low[end] not in ("and", "or") or view.gaps[end] \
                or view.gaps[m.start] or not tokens[m.end - 1].text.islower():
            continue
        start = _modifier_start(view, end, taken)
        word = low[end - 1]
        if start < 0 or word in stops or word in _NOT_MODIFIERS or word in heads:
            continue
        key = (*low[start:end], *low[rest:m.end])
        surface = lexicon.surfaces.get(key)
        inside = [taken[k] for k in range(start, end) if k in taken]
        # a modifier that is a lexicon name of the head's own label, joined with the head into
        # another lexicon name, shares it after any word: "refines dysprosium and terbium
        # oxides" names dysprosium oxide too
        named = surface is not None and surface.entry.label is m.label and bool(inside) \
            and all(o.label is m.label and (o.start, o.end) == (start, end) for o in inside)
        if not (named or start == 0 or view.gaps[start] == "," or low[start - 1] in _BOUNDARIES):
            continue
        if surface is not None and surface.entry.label is m.label:
            entry = surface.entry
            added.append(Mention(m.label, entry.id, entry.name, start, end,
                                 view.span_text(start, end), "open", kind=m.kind, entry=entry))
        # a product word that is the whole modifier ("seat" in "seat and window motors")
        elif all(o.label is Label.PRODUCT and (o.start, o.end) == (start, end) for o in inside) \
                and low[m.end - 1] in heads and tokens[end - 1].text.lower() == word:
            last = tokens[m.end - 1].text.lower()
            name = " ".join([view.span_text(start, end).lower(),
                             *(t.text.lower() for t in tokens[rest:m.end - 1]),
                             last if last.endswith(("ics", "ss")) else singular(last)])
            added.append(Mention(m.label, node_id(m.label, name), name, start, end,
                                 view.span_text(start, end), "open", kind=m.kind))
        else:
            continue
        for old in inside:
            if old in view.mentions:
                view.mentions.remove(old)
    view.mentions.extend(added)
