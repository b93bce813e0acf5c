"""Goods named as what someone else makes or sells: "sells NdPr oxide to makers of magnets",
"supplies makers of permanent magnets", "Toyota's main supplier of magnets". The maker or
supplier in such a phrase is another party than the actor before it (a customer industry, or
the possessor's supplier), so it gives no PRODUCES of that actor; nor does a buyer the goods
are sold to ("sells gallium to carmaker Renault"), nor a possessor whose customers or rivals
make them ("Tarrow's customers make magnets"), nor an actor whose demand or sourcing the goods
are named in ("a third of global tungsten demand", "Peru sources most of its cobalt")."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.loaders.text import singular
from rekg.schema import Label, RelType

_REACH = 3  # words between the possessive and the supplier noun: "Toyota's main foreign"
_VERB_REACH = 4  # words from the sale verb to the goods: "ships 300 tonnes of gallium"


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


def _past_possessive(view: SentenceView, end: int) -> int:
    """Where the possessed phrase after a mention ending at ``end`` starts: "Toyota's main
    supplier", "Siemens' suppliers"; -1 when no possessive follows."""
    if end < len(view.words) and view.words[end] in ("'s", "’s"):
        return end + 1
    return end if 0 < end < len(view.words) and view.gaps[end] in ("'", "’") else -1


def _other_party(view: SentenceView, source: Mention, noun: int) -> bool:
    words = view.words
    if source.end > noun:
        return False
    k = _past_possessive(view, source.end)
    if k < 0 and words[source.start:source.end] in (["its"], ["their"]):
        k = source.end  # "chosen by Toyota as its main supplier": "its" names the buyer
    if k >= 0 and noun - k <= _REACH and singular(words[noun]) in word_sets()["supplier_nouns"]:
        return True  # "Toyota's main supplier of magnets": Toyota buys them
    # from the nearest name before the noun: "X, which sells to Japan, is a producer of ..."
    last = max((m.end for m in view.mentions if m.end <= noun), default=source.end)
    handing = word_sets()["handing_words"]
    # "rose to become the top supplier", "according to analysts, the largest source", "grew
    # into the top supplier": a handing word inside an idle phrase hands to no party
    idle = {j for i, end in word_sets()["idle_handing"].spans(words, max(0, last - 1))
            for j in range(i, end)}
    return any(w in handing and k not in idle for k, w in enumerate(words[last:noun], last))


def _recipient(view: SentenceView, source: Mention, target: Mention) -> bool:
    """"sells gallium to carmaker Renault": the goods go to ``source``, not out of it."""
    words, sets = view.words, word_sets()
    between = words[target.end:source.start]
    country = {k for m in view.mentions if m.label is Label.COUNTRY
               and target.end <= m.start and m.end <= source.start
               for k in range(m.start, m.end)}
    # "to carmaker Renault", "to Germany's Siemens", "to French group Renault"
    if "to" not in between or not all(
            w in ("to", "'s", "’s") or k in country or w in sets["filler"]
            or w in sets["company_nouns"] or w in sets["qualifier_heads"]
            or w in sets["qualifier_words"] for k, w in enumerate(between, target.end)):
        return False
    return not sets["supply_verbs"].isdisjoint(words[max(0, target.start - _VERB_REACH):
                                                     target.start])


def _possessed_party(view: SentenceView, source: Mention) -> bool:
    """"Tarrow's customers make magnets": the possessor's customers or rivals act, not it."""
    words, sets = view.words, word_sets()
    k = _past_possessive(view, source.end)
    if k < 0:
        return False
    heads = [j for j in range(k, min(k + 3, len(words))) if words[j] not in sets["filler"]][:2]
    head = next((j for j in heads if singular(words[j]) in sets["other_party_nouns"]), -1)
    # the party is the making verb's subject: "customers in Ohio refine", not "MP's largest
    # shareholder ... its oxide"
    return head >= 0 and not sets["make_verbs"].isdisjoint(words[head + 1:head + 1 + _VERB_REACH])


def _wanted_by(view: SentenceView, source: Mention, target: Mention) -> bool:
    """"demand for gallium from Orsa Motors", "orders for magnets from Toyota": a buyer."""
    words = view.words
    return target.start >= 2 and words[target.start - 1] == "for" \
        and words[target.start - 2] in word_sets()["wanting_nouns"] \
        and words[target.end:source.start] == ["from"]


def _buyers_of(view: SentenceView, source: Mention, target: Mention) -> bool:
    """"Japanese antimony buyers", "Korea's gallium users": the country's buyers of goods."""
    words = view.words
    return source.end <= target.start <= source.end + 1 and target.end < len(words) \
        and words[target.end] in word_sets()["goods_buyer_nouns"]


def _demanded(view: SentenceView, source: Mention, target: Mention) -> bool:
    """"accounts for a third of global tungsten demand", "Peru sources most of its cobalt":
    the goods are named as what the actor's side uses or buys, not what it makes (the demand
    noun right after the goods, or "sources" as the actor's verb). A country relied on for
    those imports is their origin: "relies on China for its magnet imports"."""
    words, sets = view.words, word_sets()
    k = source.end
    while k < target.start and words[k] in sets["verb_leads"]:
        k += 1
    relied_on = source.start > 0 and words[source.start - 1] in ("on", "upon", "from")
    return (target.end < len(words) and words[target.end] in sets["goods_demand_nouns"]
            and not relied_on) or (
        k < target.start and view.span_text(k, k + 1).lower() in ("sources", "sourced")
        and view.gaps[k] != ",")


def customer_goods(view: SentenceView, fact: Fact) -> bool:
    """Does ``fact`` read a producer out of goods that another party makes or supplies, or
    out of goods sold to it?"""
    if fact.rel is not RelType.PRODUCES or fact.sentence != view.index:
        return False
    if fact.target.end <= fact.source.start and (_recipient(view, fact.source, fact.target)
                                                 or _wanted_by(view, fact.source, fact.target)):
        return True
    if fact.source.end <= fact.target.start and (_possessed_party(view, fact.source)
                                                 or _buyers_of(view, fact.source, fact.target)
                                                 or _demanded(view, fact.source, fact.target)):
        return True
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
