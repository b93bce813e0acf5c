"""More guards on the scorer's same-sentence facts, by what an end is to the sentence.

A place after "outside" is left out ("the first producer outside China" names no Chinese
producer). A country that imposes a measure on a good ("China's export controls on gallium",
"Beijing curbed exports of antimony") states control, not production. A buyer or importer of a
good ("China imports concentrates", "a large importer of ore") does not make it. So does one
whose supplies, stockpile or imports of it are named ("Japan's supplies of gallium"). A country
before an owned site ("its own US factories") is where the site is, no other end, and one a
measure is aimed at ("a tariff on China") is no trade partner of the sentence. A unit named
after its parent ("Lynas Malaysia") is of one group with it, not its buyer or seller. A
country a good goes, is shipped or sold to ("most Peruvian tungsten goes to China") is its
destination, not its maker; importers named in a list ("Peru, Bolivia and Vietnam import ...")
are all buyers, and a good named by its origin ("a buyer of Peruvian gallium") is still bought.
Two goods named side by side ("forklifts and tantalum were discussed") or in a clause of a
place ("made in Chile, where tantalum is mined") need nothing of each other. A country that
names a person's office ("U.S. President Donald Trump") neither sells nor makes there. A
country in the possessive before a company ("A and Chile's B") is the seat of B, not of A.
"""

from __future__ import annotations

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.extract.pattern_roles import denied_making, destination, parallel_demand
from rekg.extract.patterns import word_sets
from rekg.extract.scorer_roles import role_refusal
from rekg.extract.site_places import site_place
from rekg.schema import Label, RelType

_IMPOSER_GAP = 3  # words between a country and its measure verb: "China has now curbed"
_BUYER_GAP = 6  # "China remains a large importer of", "is one of the largest buyers of"
_AIM_GAP = 4  # words between a measure and "on": "a tariff of 100% on China"
_AGENTS = frozenset({Label.COUNTRY, Label.ORGANIZATION})
_PREDICATE_LEADS = frozenset({"is", "are", "was", "were", "have", "has", "had", "both", "will",
                              "would", "can", "could", "may", "might", "also", "each"})


def _excluded(view: SentenceView, m: Mention) -> bool:
    return m.label is Label.COUNTRY and m.start > 0 \
        and view.words[m.start - 1] in word_sets()["excluding_words"]


def _imposes_on(view: SentenceView, country: Mention, good: Mention) -> bool:
    """``country`` imposes a measure that stands between it and ``good``: "China's export
    controls on gallium", "Beijing has curbed exports of antimony"."""
    if country.label is not Label.COUNTRY or good.start < country.end:
        return False
    words, making = view.words, word_sets()["make_verbs"]
    for m in view.mentions:
        if m.label is not Label.RESTRICTION or not country.end <= m.start < good.start \
                or any(w in making for w in words[m.end:good.start]):
            continue
        if m.props.get("verb"):
            if m.start - country.end <= _IMPOSER_GAP and not any(
                    o.start >= country.end and o.end <= m.start for o in view.mentions):
                return True
        elif words[country.end:country.end + 1] == ["'s"] and m.start - country.end <= 3:
            return True
    return False


def _bought(view: SentenceView, fact: Fact) -> bool:
    """The producer buys, imports or uses up the good: "China imports concentrates", "Japan
    remains a large importer of ore", "consumes 40% of the world's gallium", "the top cobalt
    importer" (a buying word just after the producer or the good, no making verb between), or
    is listed among the good's buyers ("buyers of tungsten include X")."""
    sets = word_sets()
    buying, buyers, making = sets["strong_buy_verbs"], sets["buyer_words"], sets["make_verbs"]
    source, target, words = fact.source, fact.target, view.words
    if source.start >= target.end:  # "buyers of tungsten include X", "tungsten buyers such as X"
        lead = words[target.start - 2:target.start] if target.start >= 2 else []
        named = {k for o in view.mentions if o.label in _AGENTS for k in range(o.start, o.end)}
        between = [words[k] for k in range(target.end, source.start) if k not in named]
        return ((len(lead) == 2 and lead[1] == "of" and lead[0] in buyers) or (
            words[target.end:target.end + 1] in ([b] for b in buyers)
            and not view.gaps[target.end].strip())) and not any(
            w in making or w == "from" for w in between) and any(
            w in sets["buyer_list_leads"] for w in between)
    if source.end > target.start:
        return False
    end = max((o.end for o in view.mentions if source.group >= 0 and o.group == source.group
               and o.end <= target.start), default=source.end)  # the end of the subject list
    near = view.words[end:min(end + _BUYER_GAP, target.start)]
    after = view.words[target.end:target.end + 1]  # "the top cobalt importer"
    return any((w in buying and w != "source") or w in buyers or w in sets["consume_verbs"]
               for w in near + after) and not any(
        w in making for w in view.words[source.end:target.start]) and not any(
        source.end <= o.start and o.end <= target.start and o.label in _AGENTS
        and o.node_id != source.node_id and not (source.group >= 0 and o.group == source.group)
        and not (o.form == "demonym" and o.end == target.start and "and" not in near)
        for o in view.mentions)


def _held(view: SentenceView, fact: Fact) -> bool:
    """"Japan's supplies of gallium", "Korea's tungsten stockpile": the possessor holds, buys or
    uses the good."""
    source, target, words = fact.source, fact.target, view.words
    if words[source.end:source.end + 1] != ["'s"] or not 0 < target.start - source.end <= 4:
        return False
    holding = word_sets()["holding_nouns"]
    return any(w in holding for w in words[source.end + 1:target.start]) or (
        target.end < len(words) and words[target.end] in holding)


def _aimed_at(view: SentenceView, m: Mention) -> bool:
    """``m`` is a country a measure is aimed at: "a tariff of 100% on China", "export controls
    on China" ("a tariff on Chinese goods" does speak of goods China sells)."""
    if m.label is not Label.COUNTRY or m.form == "demonym" or m.start < 2 \
            or view.words[m.start - 1] not in ("on", "against"):
        return False
    on = m.start - 1
    return any(o.label is Label.RESTRICTION and on - _AIM_GAP <= o.end <= on
               for o in view.mentions)


def _one_group(fact: Fact) -> bool:
    """"Lynas Malaysia" and "Lynas", "Maruti Suzuki" and "Suzuki": a unit named after its
    parent is of one group with it; the text states no sale between them."""
    a, b = fact.source, fact.target
    if a.label is not Label.ORGANIZATION or b.label is not Label.ORGANIZATION:
        return False
    x, y = sorted((a.name.lower().split(), b.name.lower().split()), key=len)
    return len(x) < len(y) and (y[:len(x)] == x or y[-len(x):] == x)


def _side_by_side(view: SentenceView, fact: Fact) -> bool:
    """Two goods joined by "and" or "or" alone, or the input in a ", where" clause of a place."""
    first, second = sorted((fact.source, fact.target), key=lambda m: m.start)
    words = view.words
    between, after = words[first.end:second.start], words[second.end:second.end + 1]
    if between in (["and"], ["or"]) and "," not in view.gaps[first.end] and (
            not after or after[0] in _PREDICATE_LEADS or "," in view.gaps[second.end]):
        return True  # "forklifts and tantalum were discussed", not "the X and Y value chain"
    places = {o.end for o in view.mentions if o.label is Label.COUNTRY}
    return fact.target is second and any(
        w == "where" and "," in view.gaps[first.end + k] and first.end + k in places
        for k, w in enumerate(between))


def _office_of(view: SentenceView, m: Mention) -> bool:
    """A country that names a person's office ("U.S. President Donald Trump", "Chinese
    Commerce Minister Wang Wentao") speaks through the person; it is no trade party there."""
    if m.label is not Label.COUNTRY or m.end >= len(view.words) \
            or view.gaps[m.end] not in ("", "."):  # "U.S. President"
        return False
    length = word_sets()["person_titles"].longest_at(view.words, m.end)
    k = m.end + length
    return length > 0 and any(p.label is Label.PERSON and p.start == k and not view.gaps[k]
                              for p in view.mentions)


_OWNER_NOUNS = frozenset({"owner", "owners", "parent", "shareholder", "shareholders"})


def _owned_by_listed(view: SentenceView, target: Mention) -> bool:
    """"Kestrel, the Chilean parent of the Dutch chipmaker Norvik": Norvik is what the listed
    company owns."""
    words = view.words
    k = target.start - 1
    while k > 0 and (words[k] in ("the", "a", "an") or any(
            m.end == k + 1 and m.label is Label.COUNTRY and m.form == "demonym"
            for m in view.mentions) or words[k] in word_sets()["company_nouns"]):
        k -= 1
    return k > 0 and words[k] == "of" and words[k - 1] in _OWNER_NOUNS


def _seat_of_next(view: SentenceView, org: Mention, country: Mention) -> bool:
    """"Kestrel and Chile's Norvik": the possessive country is Norvik's seat, not Kestrel's."""
    k = country.end
    return org.end <= country.start and k + 1 < len(view.words) and view.words[k] == "'s" \
        and any(m.label is Label.ORGANIZATION and m.start == k + 1 and m is not org
                for m in view.mentions)


def end_refusal(view: SentenceView, fact: Fact) -> str | None:
    rel, source, target = fact.rel, fact.source, fact.target
    if rel in (RelType.SUPPLIES, RelType.PRODUCES) and (
            _office_of(view, source) or _office_of(view, target)):
        return "a country that names a person's office is no party to trade"
    if rel is not RelType.LOCATED_IN and (site_place(source) or site_place(target)):
        return "a country before an owned site says where it is"
    if rel in (RelType.SUPPLIES, RelType.LOCATED_IN) and (
            _excluded(view, source) or _excluded(view, target)):
        return "a place after 'outside' is left out"
    if rel is RelType.TARGETS and _owned_by_listed(view, target):
        return "a company named as what a listed owner owns is not listed itself"
    if rel is RelType.LOCATED_IN and _seat_of_next(view, source, target):
        return "a country in the possessive is the seat of the company it opens"
    if rel is RelType.PRODUCES and _imposes_on(view, source, target):
        return "a measure on a good states control, not output"
    if rel is RelType.SUPPLIES and (_aimed_at(view, source) or _aimed_at(view, target)):
        return "a country a measure is aimed at is no trade partner"
    if rel is RelType.SUPPLIES and _one_group(fact):
        return "a unit named after its parent is of one group with it"
    if rel is RelType.PRODUCES and _held(view, fact):
        return "a holder or buyer of a good does not make it"
    if rel is RelType.PRODUCES and _bought(view, fact):
        return "a buyer of a good does not make it"
    if rel is RelType.PRODUCES and destination(view, source, target):
        return "a country a good goes or is sold to is no maker of it"
    if rel is RelType.PRODUCES and denied_making(view, target):
        return "the good's making is denied"
    if rel is RelType.DEPENDS_ON and (_side_by_side(view, fact)
                                      or parallel_demand(view, source, target)):
        return "two goods named side by side need nothing of each other"
    return role_refusal(view, fact)
