"""Part of the modality stage: an output the article denies in so many words is not guessed back
elsewhere in it.

English denies an output with the producer as the subject of a negated verb of making: "It does
not make tin metal or solder", "Orvane does not refine the ore itself", "Kestrel itself will not
make alloys or magnets", "the island has never mined cobalt". The scorer's guess of the same
producer making the same goods in another sentence ("... leaves Orvane waiting on how fast
smelters abroad are built") says no more than the denial, and is refused; an output a pattern
reads in so many words ("In 2010 the firm made magnets at Kell") stands.
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_PRODUCERS = frozenset({Label.ORGANIZATION, Label.COUNTRY})
_GOODS = frozenset({Label.MATERIAL, Label.PRODUCT})
# ("does" is read as the singular "doe")
_AUX = frozenset({"does", "doe", "do", "did", "will", "would", "has", "have", "had", "can",
                  "could"})
_NOT = frozenset({"not", "never"})
_FUSED = frozenset({"doesn't", "don't", "didn't", "won't", "hasn't", "haven't", "hadn't",
                    "can't", "cannot", "never"})
_ASIDE = frozenset({"itself", "themselves", "yet", "currently", "actually", "even", "still",
                    "today", "now", "directly"})
_BREAKS = (",", ";", ":", "—", "(", ")", "–")


def _skip(words: list[str], k: int) -> int:
    while k < len(words) and words[k] in _ASIDE:
        k += 1
    return k


def negated_verb(view: SentenceView, k: int) -> int:
    """Where the verb of making stands after a negation that opens at word ``k`` ("does not
    make", "will never produce", "doesn't mine"), -1 if none."""
    words = view.words
    k = _skip(words, k)
    if k < len(words) and words[k] in _AUX and k + 1 < len(words) and words[k + 1] in _NOT:
        k += 2
    elif k < len(words) and words[k] in _FUSED:
        k += 1
    else:
        return -1
    k = _skip(words, k)
    verbs = word_sets()["planned_produce_verbs"]
    return k if k < len(words) and verbs.longest_at(words, k) else -1


def _denied_pairs(view: SentenceView) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for m in view.mentions:
        if m.label not in _PRODUCERS or not m.node_id:
            continue
        verb = negated_verb(view, m.end)
        if verb < 0:
            continue
        stop = next((k for k in range(verb + 1, len(view.words))
                     if any(c in view.gaps[k] for c in _BREAKS)), len(view.words))
        pairs |= {(m.node_id, g.node_id) for g in view.mentions
                  if g.label in _GOODS and g.node_id and verb < g.start < stop}
    return pairs


def denied_output(ctx: ArticleContext, dropped: set[int]) -> None:
    """Refuse the scorer's PRODUCES facts whose producer and goods (as nodes) some sentence of
    the article denies as the subject and object of a negated verb of making."""
    pairs: set[tuple[str, str]] = set()
    for view in ctx.sentences:
        if any(w in _NOT or w in _FUSED for w in view.words):
            pairs |= _denied_pairs(view)
    if not pairs:
        return
    for fact in ctx.facts:
        if fact.rel is RelType.PRODUCES and fact.origin.startswith("scorer") \
                and (fact.source.node_id, fact.target.node_id) in pairs \
                and id(fact) not in dropped:
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "the article denies this output elsewhere", fact.origin)
