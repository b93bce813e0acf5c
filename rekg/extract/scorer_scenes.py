"""Guards on the scorer's facts by the scene an end stands in rather than the relation.

A speaker ("Japan's minister said that Korea had signed ...", "Vessen said gallium prices
rose") reports what others did or how a market moved: it is no party, buyer or maker of what
the report names. A user that tests or samples a good ("Toyota tested samples of NdPr oxide")
or takes it from a named maker ("oxide from Brennick") does not make it. A good whose market
moves in a clause of its own ("the memorandum was postponed, and gallium prices fell") is not
what the agreement addresses. A buyer of goods that are under a measure ("India buys Iranian
oil, which is under US sanctions") is not the measure's target. A use a ranking puts beside
another ("magnets are the biggest use, followed by catalysts") needs nothing of it.
"""

from __future__ import annotations

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_AGENTS = frozenset({Label.COUNTRY, Label.ORGANIZATION, Label.PERSON})
_GOODS = frozenset({Label.MATERIAL, Label.PRODUCT})
_TITLE_REACH = 3  # words from a speaker to its verb: "Japan's trade minister said"
_SUBJECT_REACH = 3  # words from the verb to the reported subject: "said on Monday that Korea"
_TRIAL_REACH = 4  # words from a trial word to the good: "tested samples of NdPr oxide"
_MAKER_REACH = 2  # words from the good to its maker: "oxide supplied from Brennick"


def _said_at(view: SentenceView, m: Mention) -> int:
    """The index of the reporting verb whose speaker is ``m`` ("Japan said", "Japan's trade
    minister said", "Vessen Magnetics, the magnet maker, said" is left out), else -1."""
    sets = word_sets()
    words, reports = view.words, sets["reporting_verbs"]
    # the last of a list of speakers stands before the verb: "Chile and Peru noted"
    k = max((o.end for o in view.mentions if m.group >= 0 and o.group == m.group), default=m.end)
    if words[k:k + 1] == ["'s"]:
        k += 1
        stop = min(len(words), k + _TITLE_REACH)
        while k < stop and words[k] not in reports and not view.gaps[k].strip() \
                and not any(o.start == k for o in view.mentions):
            k += 1
    return k if k < len(words) and words[k] in reports and not view.gaps[k].strip() else -1


def _reported(view: SentenceView, fact: Fact) -> Mention | None:
    """The end after a reporting verb whose speaker is the other end, else None."""
    for speaker, other in ((fact.source, fact.target), (fact.target, fact.source)):
        verb = _said_at(view, speaker)
        if verb >= 0 and other.start > verb and not any(
                o.node_id == speaker.node_id and o.start > verb for o in view.mentions):
            return other
    return None


def _others_subject(view: SentenceView, fact: Fact, heard: Mention) -> bool:
    """The reported clause opens with an agent other than the speaker, named: "said that Korea
    had" ("said it had" may be the speaker itself, whatever coreference makes of "it")."""
    speaker = fact.source if heard is fact.target else fact.target
    verb = _said_at(view, speaker)
    return any(o.label in _AGENTS and verb < o.start <= verb + 1 + _SUBJECT_REACH
               and o.form != "anaphor" and o.node_id != speaker.node_id and o.start <= heard.start
               for o in view.mentions)


def _market_figure(view: SentenceView, m: Mention) -> bool:
    """``m`` leads a figure of its market: "gallium prices", "the price of gallium"."""
    words, sets = view.words, word_sets()
    if m.end < len(words) and words[m.end] in sets["market_figures"]:
        return True
    i = m.start - 1
    return i >= 1 and words[i] in sets["price_links"] and words[i - 1] in sets["price_nouns"]


def _market_clause(view: SentenceView, fact: Fact) -> bool:
    """The good leads a market figure in a clause that opens after the agreement: "..., and
    gallium prices fell"."""
    deal, good = fact.source, fact.target
    if good.label not in _GOODS or good.start < deal.end or not _market_figure(view, good):
        return False
    joins = word_sets()["clause_joins"]
    return any(("," in view.gaps[k] or ";" in view.gaps[k]) and view.words[k] in joins
               for k in range(deal.end, good.start))


def _tried(view: SentenceView, fact: Fact) -> bool:
    """The maker tries the good out: "Toyota tested samples of NdPr oxide"."""
    source, good, words = fact.source, fact.target, view.words
    if source.end > good.start:
        return False
    sets = word_sets()
    trial, making = sets["trial_words"], sets["make_verbs"]
    # "has tested gallium recovery", "made trial magnets": a process or output tried is made
    if (good.end < len(words) and words[good.end] in sets["process_nouns"]) or any(
            w in making for w in words[source.end:good.start]):
        return False
    # a bare trial word just before the good qualifies it: "made trial magnets"
    return any(words[k] in trial and not (k == good.start - 1 and view.tokens[k].text.lower()
                                          in ("trial", "test", "sample", "pilot"))
               for k in range(max(source.end, good.start - _TRIAL_REACH), good.start))


def _made_elsewhere(view: SentenceView, fact: Fact) -> bool:
    """The good is named with its maker, another company: "oxide from Brennick Resources"
    ("ships oxide from Malaysia" names where the seller makes it)."""
    source, good, words = fact.source, fact.target, view.words
    sets = word_sets()
    if source.end > good.start or any(
            w in sets["make_verbs"] for w in words[source.end:good.start]):
        return False
    links = sets["maker_links"]
    return any(o.label is Label.ORGANIZATION and o.form != "anaphor"
               and o.node_id != source.node_id
               and good.end < o.start <= good.end + _MAKER_REACH + 1
               and words[o.start - 1] in links
               and not any(c in view.gaps[k] for k in range(good.end, o.start) for c in ",;")
               for o in view.mentions)


def _buys_goods_under(view: SentenceView, fact: Fact) -> bool:
    """The target buys goods that a relative clause puts under the measure: "India buys
    Iranian oil, which is under US sanctions" (the clause opens after the goods)."""
    measure, buyer, words = fact.source, fact.target, view.words
    if buyer.end >= measure.start or buyer.end >= len(words) \
            or words[buyer.end] not in word_sets()["strong_buy_verbs"]:
        return False
    return any(words[k] in ("which", "that") and "," in view.gaps[k]
               for k in range(buyer.end + 2, measure.start))


def ranked_uses(view: SentenceView, fact: Fact, stated: list[Fact]) -> bool:
    """The two ends stand either side of a ranking link, the first a use the sentence's
    patterns give: "magnets are the biggest use of neodymium, followed by catalysts" ranks
    catalysts beside magnets, and keeps catalysts' need of neodymium."""
    if fact.rel is not RelType.DEPENDS_ON:
        return False
    first, second = sorted((fact.source, fact.target), key=lambda m: m.start)
    if not any(f.rel is RelType.DEPENDS_ON and f.source.node_id == first.node_id
               and f.target.node_id != second.node_id for f in stated):
        return False
    links = word_sets()["ranking_links"]
    return any(links.longest_at(view.words, k) for k in range(first.end, second.start))


def scene_refusal(view: SentenceView, fact: Fact) -> str | None:
    rel = fact.rel
    heard = _reported(view, fact)
    if heard is not None and rel in (RelType.PARTY_TO, RelType.SUPPLIES, RelType.PRODUCES,
                                     RelType.TARGETS, RelType.IMPOSES) \
            and _others_subject(view, fact, heard):
        return "a speaker reports what others did"
    if heard is fact.target and rel is RelType.PRODUCES and _market_figure(view, heard):
        return "a speaker on a market makes nothing by that"
    if rel is RelType.PRODUCES and (_tried(view, fact) or _made_elsewhere(view, fact)):
        return "a good tried out or made by another is no output"
    if rel is RelType.ADDRESSES and _market_clause(view, fact):
        return "a market moving in a clause of its own is not what a deal covers"
    if rel is RelType.TARGETS and _buys_goods_under(view, fact):
        return "a buyer of goods under a measure is not its target"
    return None
