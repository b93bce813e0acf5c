"""Guards on the scorer's PRODUCES pairs by the role the sentence gives the producer.

A possessive belongs to the subject its clause opens with ("Porsgrunn produced its first
cobalt" says nothing of a company named before). A buyer, user or trader of a good does not
make it: "a buyer of rutile", "cobalt traders, led by X", "the gallium that X buys", the
country of "buyers in Peru" or of "is used in Vietnam". A good that names the trade of other
companies ("helped by magnet makers such as X") is not the subject's output, nor is one that a
modal only supposes ("which would hand the firm a terbium stream"). A verb of making whose
object is "none" ("holds reserves but mines none") denies the output; what one lacks or a
country stocks ("lacks tin mines", "which stockpiled cobalt"), a stake in a site and the goods
added to one's imports are no output either. A country before its company's name ("Chile's
Orsa Mining ... at its zinc refinery") is the company's home, no producer of its site's goods.
A pronoun that owns a measure on the good ("tightened its controls on antimony exports")
states control, not output, and a speaker who closes a report on a market's prices ("gallium
prices rose, X said") makes nothing by that.
"""

from __future__ import annotations

from itertools import pairwise

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_POSSESSIVES = frozenset({"its", "their"})
_RELATIVES = frozenset({"that", "which"})
_NONE = frozenset({"none", "nothing"})
_LEADERS = frozenset({"led", "headed"})
_LACKING = frozenset({"lack", "lacks", "lacked", "lacking"})
_STOCKING = frozenset({"stockpile", "stockpiles", "stockpiled", "stockpiling", "hoard", "hoards",
                       "hoarded", "hoarding"})
# holdings got by buying ("its list of imports"); "use" or "demand" may be of one's own output
_BOUGHT_HOLDINGS = frozenset({"import", "purchase", "stockpile", "inventory"})
_STAKE = ("stake", "in")
_USED = frozenset({"used", "consumed"})
_RECOVER = frozenset({"recover", "recovers", "recovered"})  # "recovers none" (no make verb)
_EXAMPLE_LEADS = frozenset({"like", "including"})
_MODAL_REACH = 6  # words from a modal to the good of its verb: "would hand the firm its own"
_FROM_OWN_REACH = 4  # words after a stocked good to "from its": "X at Y from its mines"
_HOLDING_REACH = 3  # words from a possessive to what it holds: "its list of imports"
_DETERMINERS = frozenset({"the", "a", "an"})
# what makes a company noun the producer's own description: "is the largest maker of"
_DESCRIBING = frozenset({"is", "are", "was", "were", "be", "been", "being", "remain", "remains",
                         "remained", "become", "becomes", "became", "as", "among", "one"})
_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had"})
_JOINS = frozenset({"and", "but", "while"})
_ROLE_REACH = 2  # modifiers between a buyer noun and "of": "buyer of", "trader of refined"


def _pronoun(m: Mention) -> bool:
    return m.form == "anaphor" and m.surface.lower() in _POSSESSIVES


def _subjects_possessive(view: SentenceView, fact: Fact) -> bool:
    """The producer is a possessive in a clause that opens with another named subject:
    "Porsgrunn produced its first cobalt", the pronoun being Porsgrunn's."""
    source = fact.source
    if not _pronoun(source) or any(o.node_id == source.node_id and o is not source
                                   for o in view.mentions):
        return False
    first = min(view.mentions, key=lambda m: m.start)
    opens = first.start == 0 or (first.start == 1 and view.words[0] in _DETERMINERS)
    return opens and first is not source and first.form != "anaphor" \
        and not any(c in view.gaps[k] for k in range(first.end, source.start + 1) for c in ",;:")


def _buyer_of(view: SentenceView, good: Mention) -> bool:
    """The good is what a buyer noun takes: "a buyer of rutile", "the trader of cobalt" (not
    "a producer and buyer of cobalt")."""
    words, buyers = view.words, word_sets()["buyer_words"]
    k = good.start - 1
    while k > 0 and good.start - k <= _ROLE_REACH and words[k] != "of":
        k -= 1
    if k < 1 or words[k] != "of" or words[k - 1] not in buyers:
        return False
    return not (k >= 3 and words[k - 2] in ("and", "or")
                and words[k - 3] in word_sets()["producer_nouns"])


def _named_seller(view: SentenceView, fact: Fact) -> bool:
    """After the buyer's good the producer is named as whom it comes from: "a big importer of
    tin concentrate, above all from Peru", "buyers of erbium said Chinese suppliers had ..."."""
    source, good, words = fact.source, fact.target, view.words
    if source.start < good.end:
        return False
    if source.start > 0 and words[source.start - 1] == "from":
        return True
    return source.end < len(words) and words[source.end] in word_sets()["supplier_nouns"]


def _led_buyers(view: SentenceView, fact: Fact) -> bool:
    """The producer leads a group that buys the good: "cobalt traders, led by X and Y"."""
    source, good, words = fact.source, fact.target, view.words
    if good.end >= source.start or good.end >= len(words) \
            or words[good.end] not in word_sets()["buyer_words"]:
        return False
    lead = min((o for o in view.mentions if source.group >= 0 and o.group == source.group),
               key=lambda o: o.start, default=source)  # "led by X and Y": Y leads with X
    between = words[good.end + 1:lead.start]
    return len(between) == 2 and between[0] in _LEADERS and between[1] == "by"


def _bought_in_relative(view: SentenceView, fact: Fact) -> bool:
    """"the gallium that X buys": the relative's subject buys the good."""
    source, good, words = fact.source, fact.target, view.words
    if good.end + 1 != source.start or words[good.end] not in _RELATIVES:
        return False
    return source.end < len(words) and words[source.end] in word_sets()["buy_verbs"]


def _buyers_place(view: SentenceView, m: Mention) -> bool:
    """``m`` is a country where buyers are or a good is used: "buyers in Peru", "is used in
    Vietnam"."""
    if m.label is not Label.COUNTRY or m.start < 2:
        return False
    words, sets = view.words, word_sets()
    if words[m.start - 1] == "in" and words[m.start - 2] in sets["buyer_words"]:
        return True
    return words[m.start - 1] in ("in", "by") and words[m.start - 2] in _USED


def _makes_none(view: SentenceView, fact: Fact) -> bool:
    """A verb of making after the good takes "none": "holds tungsten reserves but mines
    none", "Australia recovers none"."""
    make, words = word_sets()["make_verbs"].phrases, view.words
    return any(((words[k],) in make or words[k] in _RECOVER) and words[k + 1] in _NONE
               for k in range(max(fact.source.end, fact.target.end), len(words) - 1))


def _others_trade(view: SentenceView, fact: Fact) -> bool:
    """The good names the trade of companies named right after it: "helped by magnet makers
    such as X", "whose shareholder is the rare earth group Y"; the company the sentence is
    about does not make it by that."""
    source, good, words = fact.source, fact.target, view.words
    if source.label is not Label.ORGANIZATION or source.end > good.start \
            or good.end >= len(words) or words[good.end] not in word_sets()["company_nouns"]:
        return False
    k = good.end + 1
    if words[k:k + 2] == ["such", "as"]:
        k += 2
    elif k < len(words) and words[k] in _EXAMPLE_LEADS:
        k += 1
    if any(view.gaps[j].strip() for j in range(good.end, min(k + 1, len(words)))):
        return False  # "... are the largest producers; X also makes some"
    return any(o.start == k and o.label is Label.ORGANIZATION and o.node_id != source.node_id
               for o in view.mentions)


def _other_company(view: SentenceView, fact: Fact) -> bool:
    """A company noun that is not the producer's own description stands between it and the
    good, heading the good's phrase: "hired a firm focused on vanadium", "sells equipment to
    companies that mine gallium", "counts makers of magnets among its customers" (not "is the
    largest maker of", nor an apposition: "X, a firm focused on vanadium", nor a noun the
    producer qualifies: "Chinese refiners, which make")."""
    source, good, words = fact.source, fact.target, view.words
    if source.end > good.start:
        return False
    named = {k for o in view.mentions for k in range(o.start, o.end)}
    nouns, make = word_sets()["company_nouns"], word_sets()["make_verbs"].phrases
    for k in range(source.end, good.start):
        if k in named or words[k] not in nouns:
            continue
        if k == source.end:
            return False  # the producer qualifies the noun: "Chinese refiners, which make"
        between = words[source.end:k]
        return not any(w in _DESCRIBING or (w,) in make for w in between) and not any(
            c in view.gaps[j] for j in range(source.end, k + 1) for c in ",;:(")
    return False


def _sold_to(view: SentenceView, fact: Fact) -> bool:
    """The good names the trade of makers who sell to the producer: "antimony makers in Japan
    sell to carmakers such as X"."""
    source, good, words = fact.source, fact.target, view.words
    if good.end >= source.start or words[good.end] not in word_sets()["company_nouns"]:
        return False
    supply = word_sets()["supply_verbs"].phrases
    return any((w,) in supply for w in words[good.end + 1:source.start])


def _own_subject(view: SentenceView, fact: Fact) -> bool:
    """The good opens a clause of its own as the subject of a verb that is not one of making:
    "X produced gallium in May and germanium was added to the control list"."""
    source, good, words = fact.source, fact.target, view.words
    if good.start < source.end or good.start < 1 or words[good.start - 1] not in _JOINS \
            or good.end + 1 >= len(words) or words[good.end] not in _AUXILIARIES:
        return False
    return (words[good.end + 1],) not in word_sets()["make_verbs"].phrases


def _supposed(view: SentenceView, fact: Fact) -> bool:
    """A modal of supposition opens the good's clause after the producer: "a new line, which
    would hand the firm a terbium stream of its own" (the month "May" is no modal)."""
    source, good, words = fact.source, fact.target, view.words
    if source.start > good.start:
        return False
    modals = word_sets()["future_modals"]
    first = min((o.start for o in view.mentions if good.group >= 0 and o.group == good.group),
                default=good.start)  # the list's first item: "its own dysprosium and terbium"
    for k in range(max(0, first - _MODAL_REACH), first):
        if words[k] in modals and view.tokens[k].text.islower() and not any(
                c in view.gaps[j] for j in range(k + 1, first + 1) for c in ",;:"):
            return True
    return False


def _lacked(view: SentenceView, fact: Fact) -> bool:
    """"Rwanda lacks tin mines", "Japan, which stockpiled cobalt": what one lacks, or what a
    country stocks, one does not make by that (a verb of making between, or a stock "from
    its" own sites, keeps the pair)."""
    source, good, words = fact.source, fact.target, view.words
    if source.end >= good.start:
        return False
    if words[source.end] in _LACKING:
        return True
    if source.label is not Label.COUNTRY:
        return False  # a company's stock is most often its own ore: "Iluka stockpiles monazite"
    between, after = words[source.end:good.start], words[good.end:good.end + _FROM_OWN_REACH]
    if any(w == "from" and v in _POSSESSIVES for w, v in pairwise(after)):
        return False  # "stockpiled the ore from its own mines" stocks its own output
    make = word_sets()["make_verbs"].phrases
    return any(w in _STOCKING for w in between) and not any((w,) in make for w in between)


def _staked(view: SentenceView, fact: Fact) -> bool:
    """"Varda's stake in a tungsten smelter": an owner of a stake invests, it does not run the
    site (a verb of making between keeps the pair: "X, which holds a stake in Y, mines Z")."""
    source, good, words = fact.source, fact.target, view.words
    if source.end >= good.start:
        return False
    make = word_sets()["make_verbs"].phrases
    between = words[source.end:good.start]
    return any(tuple(between[k:k + 2]) == _STAKE for k in range(len(between) - 1)) \
        and not any((w,) in make for w in between)


def _own_holding(view: SentenceView, fact: Fact) -> bool:
    """The good goes into the producer's purchases, in the clause after it: "germanium was
    added to its list of imports"."""
    source, good, words = fact.source, fact.target, view.words
    if source.end > good.start:
        return False
    return any(_pronoun(o) and o.node_id == source.node_id and good.end <= o.start
               and not any(c in view.gaps[k] for k in range(good.end, o.start + 1)
                           for c in ",;:")
               and any(w in _BOUGHT_HOLDINGS for w in words[o.end:o.end + _HOLDING_REACH])
               for o in view.mentions)


def _companys_site(view: SentenceView, fact: Fact) -> bool:
    """The producer is a country before its company's name, and the good is named at the
    company's own site: "Chile's Orsa Mining will add a line at its zinc refinery" ("Brazil's
    CBMM, mining pyrochlore" keeps the country's output)."""
    country, good = fact.source, fact.target
    if country.label is not Label.COUNTRY or view.words[country.end:country.end + 1] != ["'s"]:
        return False
    company = next((o for o in view.mentions if o.start == country.end + 1
                    and o.label is Label.ORGANIZATION), None)
    return company is not None and any(
        _pronoun(o) and o.node_id == company.node_id and o.end <= good.start <= o.end + 1
        for o in view.mentions)


def _owned_measure(view: SentenceView, fact: Fact) -> bool:
    """A pronoun that owns a measure on the good: "tightened its controls on antimony"."""
    source, good = fact.source, fact.target
    return _pronoun(source) and any(
        o.label is Label.RESTRICTION and o.start == source.end and o.end <= good.start
        for o in view.mentions)


def _closing_speaker(view: SentenceView, fact: Fact) -> bool:
    """The producer closes a report on the good's market: "gallium prices rose, X said"."""
    source, good, words = fact.source, fact.target, view.words
    return good.end <= source.start and "," in view.gaps[source.start] \
        and source.end < len(words) and words[source.end] in word_sets()["reporting_verbs"] \
        and good.end < len(words) and words[good.end] in word_sets()["price_nouns"]


def produces_refusal(view: SentenceView, fact: Fact) -> str | None:
    """Why a scorer PRODUCES pair is refused on the producer's role, or None."""
    if fact.rel is not RelType.PRODUCES:
        return None
    if _subjects_possessive(view, fact):
        return "a possessive belongs to the subject its clause opens with"
    if (_buyer_of(view, fact.target) and not _named_seller(view, fact)) \
            or _led_buyers(view, fact) \
            or _bought_in_relative(view, fact):
        return "a buyer or trader of a good does not make it"
    if _buyers_place(view, fact.source):
        return "a country where a good is bought or used does not make it"
    if _makes_none(view, fact):
        return "the verb of making takes none"
    if _others_trade(view, fact):
        return "the good is the trade of other companies the sentence names"
    if _other_company(view, fact) or _sold_to(view, fact):
        return "the good is the trade of another company"
    if _own_subject(view, fact):
        return "the good is the subject of a clause of its own"
    if _supposed(view, fact):
        return "a modal makes the output only supposed"
    if _lacked(view, fact):
        return "what one lacks or stocks one does not make by that"
    if _staked(view, fact) or _own_holding(view, fact):
        return "a stake or a purchase is no output"
    if _companys_site(view, fact):
        return "a country before its company's name is the company's home"
    if _owned_measure(view, fact):
        return "a measure on a good states control, not output"
    if _closing_speaker(view, fact):
        return "a speaker on a market makes nothing by that"
    return None
