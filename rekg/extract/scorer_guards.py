"""Guards on the scorer's same-sentence facts: phrasings whose two ends co-occur without the
relation the scorer's words suggest.

A price quoted in a market ("prices for dysprosium oxide in China") names that market's trade:
the good may be made there, but not by someone else of the sentence ("imports from Myanmar
fell, and prices for dysprosium oxide in China rose"), and no company of the sentence is said
to sell to that market ("recent prices for NdPr in China ... MP's earnings"). A country that
qualifies buyers or traders ("a US distributor said prices for germanium doubled") makes nothing,
and one whose ministry acts ("China's foreign ministry listed the drone maker") neither buys nor
sells. What a company's deposit "contains" is no output of it. A clause of another speaker
(", and Beijing said ...") parts the two ends, and what is passed over ("ore from Australia
rather than clays from Myanmar") is no end. A country where suppliers are ("parts from
suppliers, many of them in China") is no buyer. An investigation ("an anti-dumping probe into
memory chips") restricts nothing yet. A ministry or agency whose country is known sits in that
country, not in another one the sentence names ("the ministry will seek cooperation with
Australia"). A material that opens a clause of its own ("..., and antimony into ammunition") is
no input of the products of another clause. Two goods whose market figures move in clauses side
by side ("dysprosium prices rose as turbine sales slowed") are co-mentioned, not one an input of
the other. A country named inside a company's apposition ("Harlow Metals, a leading US producer
of cobalt") describes the company: it neither makes nor sells. A measure on know-how
("bars the export of technology for making magnets") does not restrict the goods it serves, and
a line that links to another story ("Related: ...") states nothing of this one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rekg.extract.apposed_seller import apposition_head
from rekg.extract.clause_heads import acted_on, in_output_clause
from rekg.extract.conjunct_chains import across_conjuncts
from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.gapped_uses import gapped_at
from rekg.extract.modality import find_cues
from rekg.extract.modality_paused import PAUSING_CUES
from rekg.extract.need_subjects import need_refusal
from rekg.extract.patterns import word_sets
from rekg.extract.scorer_asides import kept_apart
from rekg.extract.scorer_ends import end_refusal
from rekg.extract.scorer_produces import produces_refusal
from rekg.extract.scorer_scenes import ranked_uses, scene_refusal
from rekg.extract.sibling_uses import sibling_uses
from rekg.extract.split_clauses import split_clauses
from rekg.extract.unnamed_imposers import by_others
from rekg.schema import Label, RelType

_GOVERNMENT = frozenset({"ministry", "agency"})


def _priced(view: SentenceView, m: Mention) -> bool:
    """``m`` is what a price is quoted for: "prices for X", "the price of X", "X prices"."""
    sets = word_sets()
    price, link = sets["price_nouns"], sets["price_links"]
    words, i = view.words, m.start - 1
    return (i >= 1 and words[i] in link and words[i - 1] in price) or (
        m.end < len(words) and words[m.end] in price)


def _market(view: SentenceView, m: Mention) -> Mention | None:
    """The country a price of ``m`` is quoted in: "prices for X in China", "X prices in China"."""
    if not _priced(view, m):
        return None
    words, j = view.words, m.end
    if j < len(words) and words[j] in word_sets()["price_nouns"]:
        j += 1
    if j >= len(words) or words[j] != "in":
        return None
    return next((o for o in view.mentions if o.start == j + 1 and o.label is Label.COUNTRY),
                None)


def _market_of_price(view: SentenceView, country: Mention) -> bool:
    return any(_market(view, m) is country for m in view.mentions if m.end < country.start)


def _buyers(view: SentenceView, m: Mention) -> bool:
    """``m`` is a country naming where buyers or traders are: "a US distributor said ..."."""
    return m.label is Label.COUNTRY and m.end < len(view.words) \
        and view.words[m.end] in word_sets()["buyer_nouns"]


def _owner(view: SentenceView, m: Mention) -> bool:
    """``m`` is a country in the possessive before an organisation: "China's commerce ministry"."""
    return m.label is Label.COUNTRY and view.words[m.end:m.end + 1] == ["'s"] and any(
        o.start == m.end + 1 and o.label is Label.ORGANIZATION and o.entry is not None
        and o.entry.properties.get("kind") in _GOVERNMENT for o in view.mentions)


def _other_speaker(view: SentenceView, fact: Fact) -> bool:
    """A clause of another speaker opens between the two ends: "X has supplied drones to
    Taiwan, and Beijing said the sales hurt China" (not the same subject's ", and says ...")."""
    sets = word_sets()
    joins, reports = sets["clause_joins"], sets["reporting_verbs"]
    first, second = sorted((fact.source, fact.target), key=lambda m: m.start)
    words = view.words
    return any("," in view.gaps[k] and words[k] in joins
               and any(w in reports for w in words[k + 2:min(k + 6, second.start)])
               for k in range(first.end, second.start))


def _contained(view: SentenceView, fact: Fact) -> bool:
    """The good is what a company's ground holds, "contains" standing just before it, or
    before the list that names it: "the deposit, which the company says contains rare earths",
    "rhyolite that contains heavy rare earths such as terbium as well as gallium" (a country's
    "products that contain Chinese rare earths" does say where they come from)."""
    target = fact.target
    if fact.source.label is not Label.ORGANIZATION or fact.source.end > target.start:
        return False
    contain = word_sets()["contain_verbs"]
    reach = view.words[max(fact.source.end, target.start - 5):target.start]
    if any(w in contain for w in reach):
        return True
    named = {k for m in view.mentions for k in range(m.start, m.end)}
    for k in range(target.start - 1, max(fact.source.end, target.start - _LISTED) - 1, -1):
        if view.words[k] in contain:
            return True
        if k not in named and view.words[k] not in _LIST_GLUE:
            return False
    return False


_LISTED = 16  # words from "contains" to the last good of the list it holds
_LIST_GLUE = frozenset({"and", "or", "such", "as", "well", "other", "including", "also",
                        "some", "smaller", "small", "amount", "quantity", "of", "the", "a"})


def _deal_partner(view: SentenceView, m: Mention) -> bool:
    """``m`` is the other party of a deal: "signing a trade agreement with the United States"
    makes it a partner, not what a measure of the sentence is aimed at."""
    words = view.words
    k = m.start - 1
    if k >= 0 and words[k] == "the":
        k -= 1
    return k >= 1 and words[k] == "with" and any(
        w in word_sets()["agreement_nouns"] for w in words[max(0, k - 3):k])


def _others_make(view: SentenceView, fact: Fact) -> bool:
    """The good is what a relative clause of another company makes: "with ReElement, an
    Indiana company that refines rare earths" says nothing of the partner that speaks."""
    target, words = fact.target, view.words
    make = word_sets()["make_verbs"].phrases
    verb = next((k for k in range(target.start - 1, max(fact.source.end, target.start - 3) - 1,
                                  -1) if (words[k],) in make), None)
    if verb is None or verb < 2 or words[verb - 1] not in ("that", "which", "who") \
            or words[verb - 2] not in word_sets()["producer_heads"]:
        return False  # "an Indiana company that refines": an apposition's noun of a maker
    heads = [m for m in view.mentions if m.label is Label.ORGANIZATION
             and fact.source.end <= m.start and m.end <= verb - 2 and verb - 2 - m.end <= 5]
    return bool(heads) and heads[-1].node_id != fact.source.node_id


def _preferred(view: SentenceView, fact: Fact) -> bool:
    """The later end is what the earlier is chosen over: "uses ore from its own mine in Australia
    rather than clays from Myanmar". A plain comparison ("contains more graphite than lithium")
    keeps both ends."""
    first, second = sorted((fact.source, fact.target), key=lambda m: m.start)
    words = view.words
    return any(words[k] == "rather" and words[k + 1] == "than"
               for k in range(max(first.end, second.start - 5), second.start - 1))


def _sellers_place(view: SentenceView, m: Mention) -> bool:
    """``m`` is where sellers are: "components from Asian suppliers, many of them in China"."""
    words = view.words
    if m.label is not Label.COUNTRY or m.start < 2 or words[m.start - 1] != "in":
        return False
    return any(w in word_sets()["vendor_nouns"] for w in words[max(0, m.start - 6):m.start - 1])


def _seated_elsewhere(fact: Fact) -> bool:
    """The text seats the body ("the US Commerce Department", "Korea's trade ministry", or
    "the ministry" after it) in one country: the scorer's other countries are not its seat."""
    body, place = fact.source, fact.target
    if body.label is not Label.ORGANIZATION or place.label is not Label.COUNTRY \
            or body.kind not in _GOVERNMENT:
        return False
    seat = body.props.get("country")
    if isinstance(seat, str):
        return seat != place.node_id
    if body.form == "anaphor" and body.entry is not None and body.entry.country \
            and place.entry is not None:
        return place.entry.properties.get("iso2") != body.entry.country
    return False


def _opens_clause(view: SentenceView, lo: int, at: int) -> bool:
    """A clause opens at token ``at``: ", and X", "; X" (not a list after a colon)."""
    words, gaps = view.words, view.gaps
    if ";" in gaps[at]:  # not a list after a colon: "three chemicals: X, for A; Y, for B"
        return not any(":" in gaps[k] for k in range(lo, at))
    if gapped_at(view, at):
        return True
    joins = word_sets()["clause_joins"]
    return any(("," in gaps[k] or ";" in gaps[k]) and words[k] in joins
               for k in range(max(lo, at - 3), at))


def _input_opens_clause(view: SentenceView, fact: Fact) -> bool:
    """A material opens a clause of its own between or at the two ends: "germanium goes into
    optics and cables, and antimony into ammunition and flame retardants" says nothing of cables
    needing antimony, nor of flame retardants needing germanium. A definite or pronoun input
    ("..., and the metal hardens lead") names one already in play."""
    dependent, good = fact.source, fact.target
    if good.form == "anaphor":
        return False
    if good.start >= dependent.end:
        return view.words[good.start - 1] not in ("the", "this", "these", "that", "those") \
            and _opens_clause(view, dependent.end, good.start)
    return any(m.label is Label.MATERIAL and good.end < m.start < dependent.start
               and m.node_id != good.node_id and (good.group < 0 or m.group != good.group)
               and _opens_clause(view, good.end, m.start) for m in view.mentions)


def _market_figure(view: SentenceView, m: Mention) -> bool:
    """``m`` leads a figure of its market: "dysprosium prices", "the price of gallium"."""
    words, sets = view.words, word_sets()
    if m.end < len(words) and words[m.end] in sets["market_figures"]:
        return words[m.end] in sets["market_figure_nouns"] \
            or view.tokens[m.end].text.lower().endswith("s")
    return _priced(view, m)


def _market_moves(view: SentenceView, fact: Fact) -> bool:
    """Each end leads a market figure of its own clause: "neodymium prices rose as turbine
    sales slowed", "gallium exports fell while radar orders climbed"."""
    first, second = sorted((fact.source, fact.target), key=lambda m: m.start)
    if not (_market_figure(view, first) and _market_figure(view, second)):
        return False
    joins = word_sets()["market_clause_joins"]
    return any(w in joins for w in view.words[first.end + 1:second.start])


def _list_items(view: SentenceView, fact: Fact) -> bool:
    """Each end opens an item of one folded list ("offtakes with: Hyundai, ...; Orsa, ...")."""
    first, second = sorted((fact.source, fact.target), key=lambda m: m.start)
    return bool({":", ";"} & set(view.gaps[first.start])) and ";" in view.gaps[second.start]


def _know_how(view: SentenceView, fact: Fact) -> bool:
    """The measure bars know-how that the good is the aim of: "bans the export of technology
    used to separate rare earths", "bars know-how for making magnets" (the goods still sell)."""
    measure, item = fact.source, fact.target
    if item.start < measure.end:
        return False
    nouns, words = word_sets()["know_how_nouns"], view.words
    for k in range(measure.start, item.start):  # "an export of technology used to ..."
        n = nouns.longest_at(words, k)
        if n and k + n < item.start and words[k + n] in _AIMS:
            # "... on technologies for smelting, and on production equipment": a conjunct
            # of the measure's own
            return not any(words[j] in ("and", "or") and words[j + 1] in _MEASURE_LINKS
                           for j in range(k + n, item.start - 1))
    return False


_MEASURE_LINKS = frozenset({"on", "of", "to", "against"})


def _holds_measure(view: SentenceView, fact: Fact, measure: Mention) -> bool:
    """``fact`` names ``measure`` and is no know-how pair of its own."""
    return (fact.source is measure or fact.target is measure) and not (
        fact.rel is RelType.RESTRICTS and _know_how(view, fact))


# what joins know-how to what it serves: "technology for", "used to", "behind", "that makes"
_AIMS = frozenset({"for", "to", "used", "needed", "behind", "that", "which", "of", "in"})


def _link_line(view: SentenceView) -> bool:
    """The sentence is page furniture: a link to another story ("Related: Lynas output slips as
    prices fall"), tickers or contacts ("Market data: Lynas (ASX: LYC); MP (NYSE: MP)")."""
    n = word_sets()["link_leads"].longest_at(view.words, 0)
    return bool(n) and n < len(view.words) and ":" in view.gaps[n]


def _home_of_target(view: SentenceView, fact: Fact, stated: Sequence[Fact]) -> bool:
    """"sanctions on two units of Norway's Norvik Systems": Norway is the company's home."""
    m = fact.target
    return m.label is Label.COUNTRY and view.words[m.end:m.end + 1] == ["'s"] and any(
        o.rel is RelType.TARGETS and o.source.start == fact.source.start
        and o.target.start == m.end + 1
        for o in stated)


def _nearer_measure(view: SentenceView, fact: Fact, stated: Sequence[Fact]) -> bool:
    """"kept its tariff on X and dropped a levy on Peruvian goods": Peru is the target of the
    levy, which a lifting or pause names; the tariff in force does not take it over."""
    lo, hi = sorted((fact.source.end, fact.target.start))
    nearer = [o.source.start for o in stated if o.rel is RelType.TARGETS
              and o.target.start == fact.target.start and o.source.start != fact.source.start
              and lo <= o.source.start < hi]
    if not nearer:
        return False
    return any(c.name in PAUSING_CUES and 0 <= start - c.end <= 4
               for c in find_cues(view) for start in nearer)


def _refusal(view: SentenceView, fact: Fact) -> str | None:
    if (needs := need_refusal(view, fact)) is not None:
        return needs
    if _link_line(view):
        return "a line linking to another story states nothing of this one"
    if fact.rel is RelType.LOCATED_IN and _seated_elsewhere(fact):
        return "a government body sits in its own country"
    if fact.rel is RelType.DEPENDS_ON and _input_opens_clause(view, fact):
        return "the input opens a clause of its own"
    if fact.rel is RelType.DEPENDS_ON and split_clauses(view, fact):
        return "the two ends stand in clauses of their own"
    if fact.rel is RelType.DEPENDS_ON and (apart := kept_apart(view, fact)) is not None:
        return apart
    if fact.rel is RelType.DEPENDS_ON and across_conjuncts(view, fact):
        return "goods listed with a modifier each need nothing of another item's"
    if fact.rel is RelType.DEPENDS_ON and acted_on(view, fact):
        return "the dependent is what a product's clause acts on"
    if fact.rel is RelType.DEPENDS_ON and _market_moves(view, fact):
        return "two markets that move side by side need nothing of each other"
    if fact.rel is RelType.IMPOSES and by_others(view, fact.target):
        return "the text says others imposed the measure"
    if fact.rel is RelType.RESTRICTS and view.words[fact.source.end - 1] in word_sets()[
            "inquiry_nouns"]:
        return "an investigation restricts nothing yet"
    if fact.rel is RelType.TARGETS and _deal_partner(view, fact.target):
        return "the other party of a deal is no target of a measure"
    if fact.rel is RelType.SUPPLIES and _list_items(view, fact):
        return "items of one list neither buy from nor sell to each other"
    if fact.rel is RelType.SUPPLIES and _sellers_place(view, fact.target):
        return "the buyer named is where sellers are"
    if fact.rel in (RelType.PRODUCES, RelType.SUPPLIES, RelType.DEPENDS_ON) and _preferred(
            view, fact):
        return "the other end is what was passed over"
    if _other_speaker(view, fact):
        return "another speaker's clause lies between"
    if fact.rel is RelType.SUPPLIES and (_market_of_price(view, fact.target)
                                         or _market_of_price(view, fact.source)):
        return "a price in a market says no one sells there"
    if fact.rel is RelType.SUPPLIES and (_owner(view, fact.source) or _owner(view, fact.target)):
        return "a country whose organisation acts neither buys nor sells"
    if fact.rel in (RelType.PRODUCES, RelType.SUPPLIES) and apposition_head(
            view, fact.source) is not None:
        return "a country named in a company's apposition describes the company"
    if fact.rel is RelType.PRODUCES and in_output_clause(view, fact):
        return "the good is named in a clause on what is made"
    if fact.rel is RelType.PRODUCES and _contained(view, fact):
        return "ground that holds a good is no output of it"
    if fact.rel is RelType.PRODUCES and _others_make(view, fact):
        return "the good is what another company's clause makes"
    if fact.rel is RelType.PRODUCES and _buyers(view, fact.source):
        return "a country of buyers or traders makes nothing"
    if fact.rel is RelType.PRODUCES:
        market = _market(view, fact.target)
        if market is not None and market.node_id != fact.source.node_id:
            return "a price in one market says no one else makes the good"
    return end_refusal(view, fact) or scene_refusal(view, fact) or produces_refusal(view, fact)


def _antecedent_refusal(view: SentenceView, fact: Fact) -> str | None:
    """A pronoun's output falls with that of its antecedent named in the same sentence."""
    if fact.rel is not RelType.PRODUCES or fact.source.form != "anaphor":
        return None
    return next((why for o in view.mentions if o.node_id == fact.source.node_id
                 and o.form != "anaphor" and (why := _refusal(view, replace(fact, source=o)))),
                None)


def guarded(ctx: ArticleContext, view: SentenceView, facts: list[Fact],
            refused: list[Fact] | None = None, stated: list[Fact] | None = None) -> list[Fact]:
    """The scorer's ``facts`` that no guard refuses; ``stated``: the sentence's pattern facts."""
    kept: list[Fact] = []
    for fact in facts:
        reason = _refusal(view, fact) or _antecedent_refusal(view, fact)
        if reason is None and stated and sibling_uses(fact, stated):
            reason = "two uses of one input need nothing of each other"
        if reason is None and ranked_uses(view, fact, [*(stated or ()), *facts]):
            reason = "two uses in a ranking need nothing of each other"
        if reason is None and fact.rel is RelType.RESTRICTS and _know_how(view, fact) and any(
                _holds_measure(view, o, fact.source) for o in [*(stated or ()), *facts]):
            # a measure no other fact holds would vanish, and its anaphors with it
            reason = "the measure bars the know-how the good is made with, not the good"
        if reason is None and fact.rel is RelType.TARGETS and _home_of_target(
                view, fact, stated or ()):
            reason = "the home of a company a measure targets is not its target"
        if reason is None and fact.rel is RelType.TARGETS and _nearer_measure(
                view, fact, stated or ()):
            reason = "a pattern names it the target of a nearer measure, lifted or paused"
        if reason is None:
            kept.append(fact)
        else:
            if refused is not None:
                refused.append(fact)
            ctx.refuse(fact.rel.value, fact.source, fact.target, view.index, reason, fact.origin)
    return kept
