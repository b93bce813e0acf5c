"""Part of the agreement_sought stage: goods an agreement leaves out, and goods of another
clause. "Lithium was dropped from the deal", "the pact stops short of covering graphite",
"the accord leaves nickel out": the deal does not deal with them. And the scorer, which reads
any agreement and goods of one sentence as a pair, is not followed when the goods stand in a
clause of their own ("the deal was signed even as lithium prices fell")."""

from __future__ import annotations

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets

_LEAVE = frozenset({"leave", "leaves", "left", "leaving"})


def _between(view: SentenceView, a: Mention, b: Mention) -> tuple[int, int]:
    return (a.end, b.start) if a.end <= b.start else (b.end, a.start)


def left_out(view: SentenceView, deal: Mention, goods: Mention) -> bool:
    """The words between the deal and the goods say the goods are kept out of it."""
    sets = word_sets()
    lo, hi = _between(view, deal, goods)
    words = view.words
    if any(True for _ in sets["deal_exclusion_words"].spans(words[lo:hi])):
        return True
    end = max((m.end for m in view.mentions if m.group >= 0 and m.group == goods.group),
              default=goods.end)
    return deal.end <= goods.start and any(w in _LEAVE for w in words[lo:hi]) \
        and end < len(words) and words[end] == "out"


def other_clause(view: SentenceView, fact: Fact, deal: Mention, goods: Mention) -> bool:
    """A scorer fact whose goods follow words opening another clause after the deal ("even
    as", "although", or "as" after a comma)."""
    if not fact.origin.startswith("scorer:") or goods.start < deal.end:
        return False
    words, gaps = view.words, view.gaps
    if any(True for _ in word_sets()["deal_clause_openers"].spans(words[deal.end:goods.start])):
        return True
    return any(words[k] == "as" and "," in gaps[k] for k in range(deal.end, goods.start))
