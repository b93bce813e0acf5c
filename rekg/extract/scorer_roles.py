"""Guards on the scorer's facts by the role an end plays in the phrase it opens.

A country in the possessive before an organisation ("Japan's Sojitz", "China's CMOC") says whose
the organisation is: it is no buyer or seller of the sentence's other goods or companies ("Alcoa
will build the refinery with Japan's Sojitz", "China's CMOC overtook Glencore"), nor is a
country in a company's own apposition ("Nidec, the Japanese motor maker, supplies ...", its
seat) or in the words before its name ("Korean battery maker LG Energy Solution"). One before
a measure or list ("X was added to China's unreliable entity list") is its owner, no buyer of
what the measure names. A company whose deposit is described as "rich in" a good does not
thereby make it ("controls a deposit rich in heavy rare earths, though no mining has begun");
one that mines or works that ground does. A good that a measure allows or exempts
("banned raw ore but allows concentrate to leave") is not restricted by it. One who pays for a
project ("Sojitz financed Lynas", "Australia will provide concessional finance") is no maker of
its goods by that. What a maker drops or goes without ("replace the magnets with copper
windings", "do away with the gearbox") neither needs nor is needed in the sentence. A country
that speaks ("China said the Trump Administration had raised tariffs") is no seat of the bodies
its report names. The person a company buys from, named by a title of "its" ("agreed to buy the
mine from its founder, Y"), holds that title in what is sold, not in the company."""

from __future__ import annotations

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_ORG = frozenset({Label.ORGANIZATION})
_MEASURE = frozenset({Label.RESTRICTION})
_DROP_REACH = 3  # words from a dropping word to what is dropped: "replace the old magnets"
_RICH_REACH = 4  # words before a good for "rich in": "which it describes as rich in"
_FINANCE_REACH = 4  # words after a backer: "Australia will provide concessional finance"
_SPEAKER_GAP = 2  # words between a country and its speech verb: "China also said"
_TRADE_REACH = 8  # words from a buy verb to "from": "agreed to buy the Kestrel mine from"
_TITLE_REACH = 4  # words from "from" to the person: "from its former chief executive,"
_SEAT_REACH = 3  # words from an apposition's article to its country: "the big Japanese"
_APPOSITION_OPENERS = frozenset({"the", "a", "an"})


def _owned(view: SentenceView, m: Mention, labels: frozenset[Label]) -> Mention | None:
    """What ``m``, a country in the possessive, owns: "Japan's Fanuc", "China's unreliable
    entity list"."""
    if m.label is not Label.COUNTRY or view.words[m.end:m.end + 1] != ["'s"]:
        return None
    return next((o for o in view.mentions if o.label in labels and o.start == m.end + 1), None)


def _home_of_another(view: SentenceView, country: Mention, other: Mention) -> bool:
    """``country`` names the home of an organisation other than the fact's other end:
    "China's CMOC overtook Glencore" says nothing of China and Glencore trading."""
    owned = _owned(view, country, _ORG)
    return owned is not None and owned.node_id != other.node_id


def _seat_in_apposition(view: SentenceView, company: Mention, country: Mention) -> bool:
    """``country`` stands in the apposition that describes ``company``: "Nidec, the Japanese
    motor maker, supplies ..." names Nidec's seat, no buyer or seller of it."""
    words, gaps = view.words, view.gaps
    k = company.end
    if company.label is not Label.ORGANIZATION or k >= len(words) or gaps[k] != "," \
            or words[k] not in _APPOSITION_OPENERS or not k < country.start <= k + _SEAT_REACH:
        return False
    return not any(gaps[j].strip() for j in range(k + 1, country.end))


def _qualifies_company(view: SentenceView, country: Mention) -> bool:
    """``country`` is a demonym in the words that describe a company before its name: "Korean
    anode producer POSCO Future M" names its seat, no company's buyer or seller (the
    country may still trade with another country: "buys Chinese graphite")."""
    if country.label is not Label.COUNTRY or country.form != "demonym":
        return False
    words, gaps, tokens = view.words, view.gaps, view.tokens
    company = next((m for m in view.mentions if m.label is Label.ORGANIZATION
                    and country.end < m.start <= country.end + _SEAT_REACH), None)
    if company is None or words[company.start - 1] not in word_sets()["customer_nouns"]:
        return False
    named = {j for m in view.mentions for j in range(m.start, m.end)}
    return all(gaps[j] in ("", "-") for j in range(country.end, company.start + 1)) \
        and all(tokens[j].text.islower() and (j in named or words[j] in word_sets()[
            "customer_nouns"]) for j in range(country.end, company.start))


def _owner_of_measure(view: SentenceView, country: Mention) -> bool:
    """``country`` owns a measure or list: "X was added to China's unreliable entity list"
    makes China no buyer of X."""
    return _owned(view, country, _MEASURE) is not None


def _rich_in(view: SentenceView, fact: Fact) -> bool:
    """"a deposit the company describes as rich in heavy rare earths": held, not made."""
    words, at = view.words, fact.target.start
    if fact.source.label is not Label.ORGANIZATION or any(
            w in word_sets()["working_verbs"] for w in words[fact.source.end:at]):
        return False
    return fact.source.end <= at and any(
        words[k] in word_sets()["richness_words"] and words[k + 1] == "in"
        for k in range(max(fact.source.end, at - _RICH_REACH), at - 1))


def _exempted(view: SentenceView, fact: Fact) -> bool:
    """The measure lets the good through: "banned raw ore but still allows concentrate to
    leave", "restricted gallium but exempted wafers" ("no longer allows" still restricts)."""
    measure, good, words = fact.source, fact.target, view.words
    if measure.end > good.start:
        return False
    sets = word_sets()
    return any(words[k] in sets["exemption_words"] and not any(
        w in sets["allowance_negators"] for w in words[max(measure.end, k - 3):k])
        for k in range(measure.end, good.start))


def _dropped(view: SentenceView, m: Mention) -> bool:
    """``m`` is what a maker drops: "replace the magnets with copper windings", "do away with
    the gearbox", "motors free of rare earths" (a few words may stand between, no mention)."""
    sets = word_sets()
    words, dropping = view.words, sets["dropping_words"]
    for k in range(m.start - 1, max(-1, m.start - 1 - _DROP_REACH), -1):
        if any(o.start <= k < o.end for o in view.mentions) or words[k] in sets["dropping_breaks"]:
            return False
        if words[k] in dropping or (k > 0 and (words[k - 1], words[k]) in dropping.phrases):
            # "hard to replace dysprosium", "cannot do without magnets": needed, not dropped
            return not any(w in sets["dropping_negators"] for w in words[max(0, k - 4):k])
    return False


def _financier(view: SentenceView, m: Mention) -> bool:
    """``m`` pays for another's work: "Sojitz financed Lynas", "Australia will provide
    concessional finance" (not one funded: "committed A$200 million to Lynas to fund ...")."""
    words = view.words
    if words[m.end:m.end + 1] == ["'s"] or (m.start > 0 and words[m.start - 1] == "to"):
        return False
    stop = min([o.start for o in view.mentions if o.start >= m.end] + [m.end + _FINANCE_REACH])
    return any(w in word_sets()["finance_words"] for w in words[m.end:stop])


def _speaker(view: SentenceView, place: Mention, body: Mention) -> bool:
    """``place``, a country, is the subject of a speech verb whose report names ``body``:
    "China said the Trump Administration had raised tariffs" (not "China's ministry said")."""
    if place.label is not Label.COUNTRY or body.start < place.end:
        return False
    words, reports = view.words, word_sets()["reporting_verbs"]
    stop = min([o.start for o in view.mentions if o.start >= place.end]
               + [place.end + _SPEAKER_GAP + 1, len(words)])
    return words[place.end:place.end + 1] != ["'s"] and any(
        words[k] in reports for k in range(place.end, stop))


def _seller(view: SentenceView, company: Mention, person: Mention) -> bool:
    """``person`` is whom ``company`` buys from: "agreed to buy the mine from its founder, Maria
    Ostrova" (and so is the "its", which names what is bought)."""
    if company.start > person.start:
        return False
    sets, words = word_sets(), view.words
    for k in range(person.start - 1, max(-1, person.start - 1 - _TITLE_REACH), -1):
        if any(o.start <= k < o.end and o.form != "anaphor" for o in view.mentions):
            return False  # another name between: "from Kestrel's founder" ("its" may stand)
        if words[k] == "from":
            lo = company.end if company.end <= k else 0
            return any(w in sets["buy_verbs"] for w in words[max(lo, k - _TRADE_REACH):k])
    return False


def role_refusal(view: SentenceView, fact: Fact) -> str | None:
    if fact.rel is RelType.LOCATED_IN and _speaker(view, fact.target, fact.source):
        return "a country that speaks is no seat of the bodies it names"
    if fact.rel is RelType.REPRESENTS and _seller(view, fact.target, fact.source):
        return "whom a company buys from holds no title of the company"
    if fact.rel is RelType.SUPPLIES and (_home_of_another(view, fact.source, fact.target)
                                         or _home_of_another(view, fact.target, fact.source)):
        return "a country that is another organisation's home is no trade partner"
    if fact.rel is RelType.SUPPLIES and (_seat_in_apposition(view, fact.source, fact.target)
                                         or _seat_in_apposition(view, fact.target, fact.source)):
        return "a country in a company's apposition is its seat, no trade partner"
    if fact.rel is RelType.SUPPLIES and Label.ORGANIZATION in (
            fact.source.label, fact.target.label) and (
            _qualifies_company(view, fact.source) or _qualifies_company(view, fact.target)):
        return "a country that describes a company before its name is its seat"
    if fact.rel is RelType.SUPPLIES and _owner_of_measure(view, fact.target):
        return "the owner of a measure or list is no buyer"
    if fact.rel is RelType.PRODUCES and _rich_in(view, fact):
        return "ground rich in a good is no output of it"
    if fact.rel is RelType.PRODUCES and _financier(view, fact.source):
        return "a backer of a project makes nothing by paying for it"
    if fact.rel is RelType.RESTRICTS and _exempted(view, fact):
        return "a good the measure allows or exempts is not restricted"
    if fact.rel is RelType.DEPENDS_ON and (_dropped(view, fact.source)
                                           or _dropped(view, fact.target)):
        return "what a maker drops or goes without is no end of a need"
    return None
