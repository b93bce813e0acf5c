"""Part of stage 5: a measure's items listed with the preposition said again before each: "permits
for sodium batteries, for anode powders including silicon carbon, and for graphite foil"; "curbs
on three minor metals, on smelting know-how, and on some alloys". When a pattern ties the
measure to goods after "on" or "for", the goods after each later ", on" / ", and for" of the
same sentence are its items too.

The repeated preposition must follow a comma (", for", ", and for") within a short reach, with
no strong stop and no word that opens another clause between ("..., but for magnets the rules
differ" is another clause).
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_ITEMS = (Label.MATERIAL, Label.PRODUCT)
_PREPS = frozenset({"on", "for"})
_STOPS = (";", ":", ".", "?", "!", "(", ")")
_CLAUSE = frozenset({"but", "while", "whereas", "although", "though", "yet", "which", "who",
                     "when", "if", "unless", "because", "except", "excluding", "not", "exempt",
                     "said", "says", "say", "than", "instead"})
_REACH = 12


def _prep_before(view: SentenceView, item: Mention, skip: frozenset[str]) -> str:
    k = item.start - 1
    while k >= 0 and view.words[k] in skip:
        k -= 1
    return view.words[k] if k >= 0 else ""


def _next_items(view: SentenceView, start: int, prep: str, skip: frozenset[str]) -> list[Mention]:
    """The goods after each later ", (and) <prep>" from word ``start``."""
    words, found = view.words, list[Mention]()
    items = {m.start: m for m in view.of(*_ITEMS)}
    k, walked = start, 0
    while k < len(words) and walked <= _REACH:
        if any(c in view.gaps[k] for c in _STOPS) or words[k] in _CLAUSE:
            break
        j = k + 1 if words[k] == "and" and view.gaps[k] == "," else k
        if words[j] == prep and "," in view.gaps[k] and j + 1 < len(words):
            j += 1
            while j < len(words) and words[j] in skip and j not in items:
                j += 1
            if j in items:
                group = items[j]
                found.extend(m for m in view.of(*_ITEMS) if m is group or (
                    0 <= group.group == m.group))
                k, walked = max(m.end for m in found), 0
                continue
        k, walked = k + 1, walked + 1
    return found


def run(ctx: ArticleContext) -> None:
    skip = word_sets()["filler"].singles
    have = {(id(f.source), id(f.target)) for f in ctx.facts if f.rel is RelType.RESTRICTS}
    for f in [f for f in ctx.facts if f.rel is RelType.RESTRICTS and f.source.end <= f.target.start
              and not f.origin.startswith("scorer")]:
        view = ctx.sentences[f.sentence]
        prep = _prep_before(view, f.target, skip)
        if prep not in _PREPS:
            continue
        for item in _next_items(view, f.target.end, prep, skip):
            if (id(f.source), id(item)) not in have:
                have.add((id(f.source), id(item)))
                ctx.facts.append(Fact(RelType.RESTRICTS, f.source, item, f.sentence,
                                      "frame:repeated-preposition", 0.75, view.text))


__all__ = ["run"]
