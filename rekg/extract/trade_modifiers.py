"""Goods words that name a trade or describe something else: "the car industry", "magnet
makers", "battery-electric cars", "cobalt-free cathodes"."""

from __future__ import annotations

from functools import cache

from rekg.extract.context import SentenceView
from rekg.extract.patterns import WordSet, word_sets
from rekg.schema import Label


@cache
def _heads(a: WordSet, b: WordSet) -> frozenset[str]:
    return frozenset(w[0] for w in a.phrases | b.phrases if len(w) == 1)


def drop_trade_modifiers(view: SentenceView) -> None:
    """"The car industry" and "chip firms" name a trade, not a car or a chip."""
    nouns = word_sets()["industry_nouns"]
    low = view.words
    ends = {m.end for m in view.mentions if m.label is Label.PRODUCT}
    view.mentions[:] = [
        m for m in view.mentions
        if not (m.label is Label.PRODUCT and m.end < len(low) and low[m.end] in nouns
                and view.gaps[m.end] in ("", "-") and view.tokens[m.end].text.islower()
                # "the EV and wind turbine industries" still name both products
                and not (m.start > 0 and low[m.start - 1] in ("and", "or")
                         and m.start - 1 in ends))]


def mark_trade_modifiers(view: SentenceView) -> None:
    """"Magnet makers" and "graphite buyers" name a trade, and "battery-electric" or
    "cobalt-free" describe something else: the word is a node only if a fact needs it."""
    sets = word_sets()
    agents, topics = sets["trade_agents"], sets["material_topic_nouns"]
    heads = _heads(sets["product_heads"], sets["material_heads"])
    low = view.words
    starts = {m.start for m in view.mentions if m.label is Label.PRODUCT}
    for m in view.mentions:
        if m.label in (Label.MATERIAL, Label.PRODUCT) and m.end < len(low) \
                and low[m.end] in agents and view.gaps[m.end] in ("", "-") \
                and view.tokens[m.end].text.islower():
            m.props["generic"] = True
        elif m.label in (Label.MATERIAL, Label.PRODUCT) and m.end < len(low) \
                and view.gaps[m.end] == "-" and view.tokens[m.end].text.islower() \
                and low[m.end] not in heads:
            m.props["generic"] = True  # "battery-electric cars", "cobalt-free cathodes"
        elif m.label is Label.MATERIAL and m.end < len(low) and low[m.end] in topics \
                and view.gaps[m.end] in ("", "-") and view.tokens[m.end].text.islower():
            m.props["generic"] = True
        elif m.label is Label.PRODUCT and m.end in starts and view.gaps[m.end] in ("", "-") \
                and view.tokens[m.end].text.islower():
            m.props["generic"] = True  # "data-centre chips": the chips are the product


def mark_listed_trades(view: SentenceView) -> None:
    """"the aerospace, automotive and energy sectors", "the electronics and defence industries":
    every goods word of a list that ends in a sector noun names a sector too (a node only if a
    fact needs it). Makers and buyers are left alone: "magnet and phosphor makers" still name
    the goods they make."""
    sets = word_sets()
    nouns = sets["sector_nouns"].singles
    skip = _skip_words(sets["np_skip"].singles)
    low, tokens = view.words, view.tokens
    for k in range(2, len(low)):
        if low[k] not in nouns or not tokens[k].text.islower() or view.gaps[k] not in ("", "-"):
            continue
        j = k - 1
        while j > 0 and tokens[j].text.islower() and low[j] not in skip \
                and view.gaps[j + 1] in ("", "-", ","):
            j -= 1
        if not any(w in _JOINS for w in low[j + 1:k]):
            continue  # one trade word alone: drop_trade_modifiers and the marks above
        for m in view.mentions:
            if m.label in (Label.PRODUCT, Label.MATERIAL) and j < m.start and m.end <= k:
                m.props["generic"] = True


_JOINS = frozenset({"and", "or"})


@cache  # once per word set, not once per sentence
def _skip_words(np_skip: frozenset[str]) -> frozenset[str]:
    return np_skip - _JOINS
