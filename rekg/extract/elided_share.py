"""Shares and ranks that leave their goods unsaid, for the coreference stage: "Russia and the
Philippines produce smaller amounts", "Canada makes up most of the rest", "Australia ranks
second". In a clause that names no material, the share a producer's production verb takes,
or the place a ranking verb gives it, is a claim about the goods in focus.
"""

from __future__ import annotations

from rekg.extract.context import SentenceView
from rekg.extract.focus import Goods, covered, refer_all
from rekg.extract.patterns import STRONG_BREAKS, word_sets
from rekg.schema import Label

_PRODUCERS = (Label.COUNTRY, Label.ORGANIZATION)


def elided_share(view: SentenceView, goods: Goods, group: int) -> None:
    sets = word_sets()
    heads, places = sets["elided_share_heads"], sets["elided_rank_places"]
    makes, shares, ranks = (sets["produce_verbs"], sets["elided_share_verbs"],
                            sets["elided_rank_verbs"])
    low = view.words
    for k, word in enumerate(low):
        if (word not in heads and word not in places) or covered(view, k) \
                or _goods_in_clause(view, k):
            continue
        if word in heads and _source_follows(view, k):
            refer_all(goods.focus(view, k), view, k, k + 1, group, elided=True)
            continue
        if not _ends(view, k):
            continue
        if word in places and k > 1 and low[k - 1] in ranks and not view.gaps[k]:
            verb = k - 1
        elif word in heads:
            verb = next((j for j in range(k - 1, max(0, k - 7), -1)
                         if low[j] in makes or low[j] in shares), -1)
            if verb < 1 or not _joined(view, verb + 1, k + 1) or any(
                    verb < m.end and m.start <= k for m in view.mentions):
                continue  # "supplies Japan with half": a buyer, not a share of output
        else:
            continue
        if _producer_before(view, verb):
            refer_all(goods.focus(view, verb), view, k, k + 1, group, elided=True)


def _joined(view: SentenceView, start: int, end: int) -> bool:
    """No punctuation stands before tokens ``start`` to ``end`` but thousands separators
    ("mined 4,000 tonnes")."""
    low = view.words
    return not any(gap and not (gap == "," and low[j - 1].isdigit() and low[j].isdigit())
                   for j, gap in enumerate(view.gaps[start:end], start))


def _goods_in_clause(view: SentenceView, k: int) -> bool:
    """The clause of token ``k`` names a material: goods named only beyond a semicolon or a
    dash leave this clause's share unsaid ("the US has no rare earth output; China mines
    85%")."""
    start = next((j for j in range(k, 0, -1) if STRONG_BREAKS & set(view.gaps[j])), 0)
    end = next((j for j in range(k + 1, len(view.words)) if STRONG_BREAKS & set(view.gaps[j])),
               len(view.words))
    return any(m.label is Label.MATERIAL and m.form != "anaphor" and start <= m.start < end
               for m in view.mentions)


_SUCH = (("such", "as"), ("including",), ("like",), ("include",), ("included",))
# Producers, miners and refiners win or refine materials; magnets in focus are made by makers
# ("Magnet demand rose. Producers such as Lynas ..." names no magnet maker).
_MADE_BY_MAKERS = frozenset({"magnet"})


def elided_makers(view: SentenceView, goods: Goods, group: int) -> None:
    """"Producers such as Lynas and MP Materials": a bare plural producer noun that names no
    goods, followed by examples, is of the goods in focus; the noun stands for them."""
    sets = word_sets()
    nouns, before = sets["bare_producer_nouns"], sets["bare_producer_modifiers"]
    low, tokens = view.words, view.tokens
    for k, word in enumerate(low):
        if word not in nouns or covered(view, k) or not tokens[k].text.lower().endswith("s") \
                or (k > 0 and not view.gaps[k] and low[k - 1] not in before and not any(
                    m.end == k and m.form == "demonym" for m in view.mentions)) or any(
                    m.label is Label.MATERIAL and m.start > k for m in view.mentions):
            continue
        j = k + 1
        if not any(tuple(low[j:j + len(p)]) == p and not any(view.gaps[j + 1:j + len(p)])
                   for p in _SUCH):
            continue
        upstream = [m for m in goods.focus(view, k) if m.kind not in _MADE_BY_MAKERS]
        if upstream:
            refer_all(upstream, view, k, k + 1, group, elided=True)


def _source_follows(view: SentenceView, k: int) -> bool:
    """"Small volumes come from Japan", "the rest is mined in Australia": a share that comes
    from a place or is made there is of the goods in focus."""
    low, gaps, sets = view.words, view.gaps, word_sets()
    come, be, made = sets["elided_share_come"], sets["elided_share_be"], sets["elided_share_made"]
    j = k + 1
    if j < len(low) and (low[j].endswith("ly") or low[j] in ("also", "still", "now")):
        j += 1
    if any(gaps[k + 1:min(j + 3, len(low))]):
        return False
    if low[j:j + 1] and low[j] in come:
        return low[j + 1:j + 2] == ["from"]
    return low[j:j + 1] != [] and low[j] in be and low[j + 1:j + 2] != [] \
        and low[j + 1] in made and low[j + 2:j + 3] in (["in"], ["by"])


def _ends(view: SentenceView, k: int) -> bool:
    """The share at ``k`` names no goods after it: the clause ends, goes on with a place, time
    or comparison, or only says whose total it is ("of the world total")."""
    low, gaps, sets = view.words, view.gaps, word_sets()
    totals, after = sets["elided_share_totals"], sets["elided_share_after"]
    j = k + 1
    if j < len(low) and low[j] == "of" and not gaps[j]:
        j += 1
        while j < len(low) and low[j] in totals and not gaps[j]:
            j += 1
        if j == k + 2:
            return False  # "a third of China's imports"
    if j >= len(low) or gaps[j] not in ("", "-") or low[j] in after:
        return True
    # "second in 2024", "a third in the world", not "second in the survey"
    return low[j] == "in" and j + 1 < len(low) and (
        low[j + 1][:1].isdigit() or low[j + 1:j + 3] == ["the", "world"])


def _producer_before(view: SentenceView, verb: int) -> bool:
    """A country or company is the subject of the verb at ``verb``: it ends at most three words
    before it ("Australia alone ranks", "Myanmar now supplies"), with no punctuation between."""
    return any(m.label in _PRODUCERS and m.form not in ("place", "demonym")
               and verb - 3 <= m.end <= verb and not any(view.gaps[m.end:verb + 1])
               for m in view.mentions)
