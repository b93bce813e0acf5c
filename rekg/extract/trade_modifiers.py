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
