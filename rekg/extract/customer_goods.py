"""Goods named as what someone else makes or sells: "sells NdPr oxide to makers of magnets",
"supplies makers of permanent magnets", "Toyota's main supplier of magnets". The maker or
supplier in such a phrase is another party than the actor before it (a customer industry, or
the possessor's supplier), so it gives no PRODUCES of that actor."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.loaders.text import singular
from rekg.schema import RelType

_REACH = 3  # words between the possessive and the supplier noun: "Toyota's main foreign"


def _role_noun(view: SentenceView, target: Mention) -> int:
    """The position of the noun in "<noun> of|for <goods>" before ``target``, or -1."""
    filler = word_sets()["filler"]
    words = view.words
    k = min((m.start for m in view.mentions if target.group >= 0 and m.group == target.group),
            default=target.start) - 1
    while k >= 0 and words[k] in filler:
        k -= 1
    if k < 1 or words[k] not in ("of", "for"):
        return -1
    k -= 1
    while k >= 0 and words[k] in filler:
        k -= 1
    return k if k >= 0 and singular(words[k]) in word_sets()["producer_nouns"] else -1


def _other_party(view: SentenceView, source: Mention, noun: int) -> bool:
    words = view.words
    if source.end >= noun:
        return False
    between = words[source.end:noun]
    if between[:1] == ["'s"] and len(between) <= _REACH + 1 \
            and singular(words[noun]) in word_sets()["supplier_nouns"]:
        return True  # "Toyota's main supplier of magnets": Toyota buys them
    # from the nearest name before the noun: "X, which sells to Japan, is a producer of ..."
    last = max((m.end for m in view.mentions if m.end <= noun), default=source.end)
    handing, idle = word_sets()["handing_words"], word_sets()["idle_handing"].phrases
    # "rose to become the top supplier", "by far the largest source": no party handed to
    return any(w in handing and tuple(words[k:k + 2]) not in idle
               for k, w in enumerate(words[last:noun], last))


def customer_goods(view: SentenceView, fact: Fact) -> bool:
    """Does ``fact`` read a producer out of goods that another party makes or supplies?"""
    if fact.rel is not RelType.PRODUCES or fact.sentence != view.index:
        return False
    noun = _role_noun(view, fact.target)
    return noun >= 0 and _other_party(view, fact.source, noun)


def without_customer_goods(ctx: ArticleContext, view: SentenceView, facts: list[Fact]
                           ) -> list[Fact]:
    kept = []
    for f in facts:
        if customer_goods(view, f):
            ctx.refuse(f.rel.value, f.source, f.target, view.index,
                       "the goods are another party's make or supply", f.origin)
        else:
            kept.append(f)
    return kept
