"""A deal named only by what it is: "Arafura signed a binding offtake with Hyundai", "Lynas
secured a $150 million loan from Export Finance Australia", "the AFC approved a funding package".

Nouns such as "offtake", "loan" or "grant" name a deal only when a verb of agreeing governs
them and a company or country is there to be its party: before the verb, or after a "with",
"from" or "by" just after the noun ("to" after a verb of giving: "extended a loan to").
Alone ("offtake volumes", "loans are expensive") they name none. The deal is named by its
parties and kind ("Arafura Rare Earths-Hyundai offtake", its words as alias) and stays
generic, as "a supply deal" does: a node only when a fact needs it, and not the agreement in
focus for a later "the framework"; a later "the loan" is that deal.
"""

from __future__ import annotations

from functools import cache

from rekg.extract import agreement_funding
from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.modality import cue_rules, find_cues
from rekg.extract.patterns import WordSet, word_sets
from rekg.schema import Label, RelType, node_id

_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)
_GOODS = (Label.MATERIAL, Label.PRODUCT)
DEFINITE = frozenset({"the", "this", "that"})  # "the deal", "this agreement"
_REACH = 7  # words between the verb and the deal noun ("signed its first binding offtake")


# cues that speak only of making or using goods (PRODUCES, DEPENDS_ON): their nouns ("the
# project", "exploration", "the development") leave a deal made; their verbs ("expects to",
# "plans to", "will be") still say it is not made yet
_GOODS_ONLY = frozenset({RelType.PRODUCES, RelType.DEPENDS_ON})
_VERBAL_LEADS = frozenset({"will", "would", "could", "might", "may", "once", "yet", "not"})


@cache
def _blocking() -> tuple[frozenset[str], frozenset[str]]:
    """Modality cues that drop a fact (the deal their verb governs was not made), and those
    of them that block only in their verbal forms."""
    drop = [rule for rule in cue_rules() if rule.spec.effect == "drop"]
    return (frozenset(rule.name for rule in drop),
            frozenset(rule.name for rule in drop
                      if rule.spec.relations and set(rule.spec.relations) <= _GOODS_ONLY))


def _denied(view: SentenceView) -> list[int]:
    """Where each cue that blocks a deal starts: "The project received a grant" is a deal
    made, "Tarrow expects to announce an offtake" is none."""
    every, goods_only = _blocking()
    words = view.words
    return [c.start for c in find_cues(view) if c.name in every and (
        c.name not in goods_only or words[c.end - 1] == "to" or words[c.start] in _VERBAL_LEADS)]


def _party_before(view: SentenceView, verb: int, breaks: WordSet) -> Mention | None:
    """The company or country close before the verb, in its clause: "Lynas said it had
    secured", not "Pensana's project stalled until lenders approved". When a comma closes
    an apposition or relative clause before the verb, the party before its opening comma:
    "Lynas, the largest producer outside China, signed"."""
    words, gaps = view.words, view.gaps
    set_off = "," in gaps[verb]
    found = None
    for m in view.mentions:
        if m.label not in _PARTIES or not m.node_id or m.end > verb \
                or m.end < verb - (2 * _REACH if set_off else _REACH) \
                or any(c in gaps[k] for k in range(m.end, verb + 1) for c in ";:()"):
            continue
        if set_off:
            if m.end < verb and "," in gaps[m.end]:
                return m
            continue
        if not any(w in breaks for w in words[m.end:verb]):
            found = m
    return found


def _party_after(view: SentenceView, end: int, links: WordSet, giving: bool) -> Mention | None:
    """"a loan from Export Finance Australia", "an offtake in 2022 with Hyundai Motor"; after
    a verb of giving, "a grant to Vulcan Elements"; past its sum, "a grant of EUR 9 million
    from the fund"."""
    if end < len(view.words) and view.words[end] in ("of", "for") \
            and not any(c in view.gaps[end] for c in ",;:()"):
        end = agreement_funding.sum_end(view, end + 1, word_sets()) or end
    for k in range(end, min(end + 4, len(view.words))):
        if k > end and any(c in view.gaps[k] for c in ",;:()"):
            return None
        if view.words[k] in links or (giving and view.words[k] == "to"):
            reach = 2 if view.words[k] == "to" else 3  # "to build a plant in China"
            party = next((m for m in view.mentions if m.label in _PARTIES and m.node_id
                          and m.form not in ("demonym", "place")  # "with Japanese carmaker"
                          and (k < m.start <= k + reach or _described(view, k, m.start))),
                         None)
            return _owned(view, party) if party is not None else None
    return None


def _owned(view: SentenceView, party: Mention) -> Mention:
    """"from Australia's National Reconstruction Fund": the organisation, not its country."""
    if party.label is not Label.COUNTRY:
        return party
    return next((m for m in view.mentions if m.label is Label.ORGANIZATION and m.node_id
                 and party.end <= m.start <= party.end + 1
                 and not any(c in view.gaps[j] for j in range(party.end, m.start + 1)
                             for c in ",;:()")), party)


def _described(view: SentenceView, link: int, start: int) -> bool:
    """"a merger with the blank-cheque company Crown Holdings": the party after a short
    description of it (plain words, no preposition or clause between)."""
    ends = word_sets()["described_deal_ends"]
    places = {j for m in view.mentions if m.form in ("demonym", "place")
              for j in range(m.start, m.end)}  # "the Texas-based shell company"
    return link + 3 < start <= link + 6 and view.words[link + 1] == "the" and all(
        (view.tokens[j].text.islower() or j in places) and view.words[j] not in ends
        and not any(c in view.gaps[j] for c in ",;:()") for j in range(link + 2, start)) \
        and not any(c in view.gaps[start] for c in ",;:()")


def _with_list(view: SentenceView, party: Mention | None) -> list[Mention]:
    """The party and the parties listed with it ("Hyundai Motor and Kia")."""
    if party is None:
        return []
    if party.group < 0:
        return [party]
    return [m for m in view.mentions if m.group == party.group and m.label in _PARTIES
            and m.node_id]


def _modifiers_start(view: SentenceView, start: int, modifiers: WordSet) -> int:
    """"binding offtake", "equity investment": the modifiers belong to the deal's surface."""
    while start > 0 and view.words[start - 1] in modifiers \
            and view.tokens[start - 1].text.islower() \
            and not any(c in view.gaps[start] for c in ",;:"):
        start -= 1
    return start


def _name(parties: list[Mention], kind: str) -> str:
    """"Arafura Rare Earths-Hyundai offtake": the deal named by its parties and kind."""
    return "-".join(dict.fromkeys(p.name for p in parties)) + " " + kind


def _object_start(words: list[str], verb: int, determiners: WordSet) -> int:
    """Where the verb's object begins, past a particle before its determiner: "agreed on a
    joint statement", "agreed to a loan", "entered into an offtake"."""
    if words[verb + 1:verb + 2] in (["on"], ["upon"], ["to"], ["into"]) \
            and words[verb + 2:verb + 3] and words[verb + 2] in determiners:
        return verb + 2
    return verb + 1


def _deal_at(view: SentenceView, verb: int, sets: dict[str, WordSet],
             taken: set[int], goods: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """(start, end) of the deal noun the verb governs: its object, after determiners,
    amounts and modifiers (goods among them: "a critical minerals initiative"), ending where
    a preposition, clause or sentence does."""
    words, nouns, ends = view.words, sets["described_deal_nouns"], sets["described_deal_ends"]
    first, reach = _object_start(words, verb, sets["deal_determiners"]), _REACH
    if first < len(words) and words[first] not in sets["deal_determiners"]:
        first = agreement_funding.sum_end(view, first, sets) or len(words)
        if first >= len(words) or words[first] != "in":
            return None  # "secure offtake from producers", "signed offtakes": no one deal
        first += 1
        reach = 3  # "secured $40 million in financing", "won $9 million in grants"
    for j in range(first, min(len(words), first + reach)):
        if j in goods and not any(c in view.gaps[j] for c in ",;:()"):
            continue
        if any(c in view.gaps[j] for c in ",;:()") or j in taken or words[j] in ends:
            return None  # the object is over, or is a company, a good, a place
        size = nouns.longest_at(words, j)
        if not size or not view.tokens[j].text.islower():
            continue
        end = j + size
        if end < len(words) and not any(c in view.gaps[end] for c in ",;:.()") \
                and words[end] not in ends:
            continue  # "loan guarantee", "offtake volumes": the noun is a modifier
        return j, end
    return None


def _introduce(view: SentenceView, sets: dict[str, WordSet]) -> list[Mention]:
    verbs, links = sets["deal_signing_verbs"], sets["described_deal_links"]
    giving, holding = sets["deal_giving_verbs"], sets["deal_holding_verbs"]
    denied = _denied(view)
    taken = {k for m in view.mentions if m.form != "anaphor" for k in range(m.start, m.end)}
    goods = frozenset(k for m in view.mentions if m.label in _GOODS and m.form != "anaphor"
                      for k in range(m.start, m.end))
    added: list[Mention] = []
    for i, word in enumerate(view.words):
        held = word == "under"  # "shipped ore under an offtake with Shenghe": a deal held
        held_by = word in holding and word not in verbs  # "Lynas has an offtake with Kia"
        if word not in verbs and word not in giving and not held and not held_by:
            continue
        if i > 0 and view.words[i - 1] in sets["funding_hedges"]:
            continue  # "the project could win a grant": no deal yet
        span = _deal_at(view, i, sets, taken, goods)
        if span is None or any(i - 4 <= c <= i + 2 for c in denied):
            continue  # "denied that it had signed", "failed to win": no deal
        head, end = span
        other = _party_after(view, end, links,
                             word in giving or view.words[end - 1] in sets["deal_money_nouns"])
        if other is None and view.words[_object_start(view.words, i, sets["deal_determiners"])] \
                not in sets["deal_determiners"]:
            continue  # "will each provide $1 billion in financing to projects": money only
        if (held or held_by or view.words[end - 1] in sets["prize_deal_nouns"]) \
                and other is None:
            continue  # "under a loan", "Lynas has a roadmap", "won an industry award"
        parties = ([] if held else _with_list(
            view, _party_before(view, i, sets["deal_subject_breaks"]))) + _with_list(view, other)
        if not parties:
            continue
        start = _modifiers_start(view, head, sets["agreement_modifiers"])
        deal = _deal(view, start, end, tuple(view.words[head:end]), parties)
        deal.props["goods"] = [m for m in view.mentions if m.label in _GOODS and m.node_id
                               and i < m.start and m.end <= head]  # "a graphite offtake"
        added.append(deal)
        taken.update(range(start, end))
    for verb, end, kind, to in agreement_funding.funded(view, sets, taken):
        funder = _party_before(view, verb, sets["deal_subject_breaks"])
        if funder is None or funder.node_id == to.node_id \
                or any(verb - 4 <= c <= verb + 2 for c in denied):
            continue  # "Tarrow was awarded $35 million" names no funder
        deal = _deal(view, verb, end, (kind,), [*_with_list(view, funder), to])
        bought = to.start > end + 1 and view.words[end + 1] in sets["commitment_buy_verbs"]
        after = end if bought else max(to.end, end)  # "committed $5m to buy X from Tarrow"
        deal.props["goods"] = agreement_funding.purpose_goods(view, after, sets)
        added.append(deal)
    return added + _possessed(view, sets, taken)


def _possessed(view: SentenceView, sets: dict[str, WordSet],
               taken: set[int]) -> list[Mention]:
    """"Arafura's offtake with Hyundai", "its loan from the bank": a deal noun after its
    holder's possessive, with the other party named right after it."""
    words, nouns, links = view.words, sets["possessed_deal_nouns"], sets["described_deal_links"]
    modifiers = sets["agreement_modifiers"]
    added: list[Mention] = []
    for k, word in enumerate(words):
        if word not in ("'s", "its", "their"):
            continue
        owner = next((m for m in view.mentions if m.label in _PARTIES and m.node_id
                      and (m.end == k if word == "'s" else m.start == k)), None)
        j = k + 1
        while j < len(words) and j - k <= 3 and not nouns.longest_at(words, j) \
                and words[j] in modifiers and view.tokens[j].text.islower():
            j += 1  # "Arafura's binding offtake"
        size = nouns.longest_at(words, j) if owner is not None else 0
        if not size or j in taken or not view.tokens[j].text.islower():
            continue
        end = j + size
        if end < len(words) and words[end] not in sets["described_deal_ends"] \
                and not any(c in view.gaps[end] for c in ",;:.()"):
            continue  # "Arafura's offtake volumes": the noun is a modifier
        other = _party_after(view, end, links, words[end - 1] in sets["deal_money_nouns"])
        if other is None or owner is None or other.node_id == owner.node_id:
            continue
        deal = _deal(view, k + 1, end, tuple(words[j:end]),
                     [*_with_list(view, owner), *_with_list(view, other)])
        deal.props["goods"] = []
        added.append(deal)
        taken.update(range(k + 1, end))
    return added


def _deal(view: SentenceView, start: int, end: int, head: tuple[str, ...],
          parties: list[Mention]) -> Mention:
    """The deal over its words, named by its parties and kind; its kind is an alias too."""
    name = _name(parties, " ".join(head))
    deal = Mention(Label.AGREEMENT, node_id(Label.AGREEMENT, name), name, start, end,
                   view.span_text(start, end), "rule", kind=head[-1],
                   props={"deal_head": head, "generic": True, "parties": parties})
    deal.props["named"] = [deal]
    if deal.surface.lower() != " ".join(head):
        twin = Mention(Label.AGREEMENT, deal.node_id, name, start, end, " ".join(head),
                       "trigger", kind=head[-1], props={"generic": True, "absorbed": True})
        deal.props["named"].append(twin)  # its facts, not in the sentence, give the alias
    return deal


def _again(view: SentenceView, deals: dict[tuple[str, ...], Mention],
           nouns: WordSet) -> list[Mention]:
    """"the loan", "the offtake" after the article has introduced such a deal: that deal."""
    taken = {k for m in view.mentions for k in range(m.start, m.end)}
    words, ends = view.words, word_sets()["described_deal_ends"]
    added: list[Mention] = []
    for j in range(1, len(words)):
        size = nouns.longest_at(words, j) or ((words[j],) in deals and 1)
        deal = deals.get(tuple(words[j:j + size])) if size else None
        if deal is None or words[j - 1] not in DEFINITE or taken & set(range(j, j + size)) \
                or not view.tokens[j].text.islower():
            continue
        end = j + size
        if end < len(words) and not any(c in view.gaps[end] for c in ",;:.()") \
                and words[end] not in ends:
            continue
        added.append(Mention(Label.AGREEMENT, deal.node_id, deal.name, j, end,
                             view.span_text(j, end), "rule", kind=deal.kind,
                             props={"generic": True}))
    return added


def run(ctx: ArticleContext) -> list[Mention]:
    """Add the described deals and their later mentions; return them, so that their pattern
    facts can be read."""
    sets = word_sets()
    nouns = sets["described_deal_nouns"]
    deals: dict[tuple[str, ...], Mention] = {}
    every: list[Mention] = []
    for view in ctx.sentences:
        added = _again(view, deals, nouns) if deals else []
        introduced = _introduce(view, sets)
        deals.update((m.props["deal_head"], m) for m in introduced)
        ctx.facts.extend(Fact(RelType.PARTY_TO, party, named, view.index,
                              "frame:described-deal-party", 0.75, view.text)
                         for m in introduced for party in m.props.pop("parties")
                         for named in m.props["named"])
        ctx.facts.extend(Fact(RelType.ADDRESSES, m, goods, view.index,
                              "frame:funded-purpose-goods", 0.7, view.text)
                         for m in introduced for goods in m.props.pop("goods", ()))
        if added or introduced:
            view.mentions.extend(added + introduced)
            view.mentions.sort(key=lambda m: (m.start, -m.end))
            every += added + introduced
    return every
