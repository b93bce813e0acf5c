"""Part of the agreements stage: a deal named by its verb.

"Kestrel Motors, which in 2022 agreed to buy 500 tonnes of cobalt oxide from Tarrow Mining",
"Harlow signed to buy spodumene from Brill Lithium": no noun names the deal, the verb does. A
past "agreed" or "signed" (not "agree", "sign": "urged Harlow to sign" is no deal), followed,
after at most a time phrase or "with" and a party, by "to" and a verb of buying or supplying
whose object names goods, is a supply deal: the company before the verb (also the list before
", which") and the company the goods come from, go to or are agreed with are its parties, the
goods of the object what it addresses. A second seller joined by "and" ("from Brill in 2020
and from Orrin Lithium in 2022", "and nickel from Orrin") is a second deal of the same buyer.
The deal's node is named by its parties; the verb phrase as written ("agreed in 2022", "agreed
to buy 500 tonnes", "signed to buy spodumene"), the goods with their seller ("spodumene from
Brill Lithium") and the seller's phrase ("from Orrin Lithium in 2022") are its aliases. A
sentence that names an agreement of its own is left to it ("agreed to buy the output under an
offtake deal"), and the facts pass modality after this stage ("has not agreed", "talks on
whether Harlow would agree").
"""

from __future__ import annotations

from rekg.extract.context import AgreementFrame, ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType, node_id

_NOT_BEFORE = frozenset({"not", "never", "n't", "to", "would", "could", "might", "may", "will",
                         "should", "if", "whether", "unless", "nearly", "almost", "reportedly"})
_SELLER_WORDS = frozenset({"from", "to", "with"})
_PARTIES = (Label.ORGANIZATION,)
_REACH_TO = 8  # words from the verb to "to"
_REACH_SUBJECT = 4  # words between the subject and the verb


def _party_at(view: SentenceView, start: int, end: int) -> Mention | None:
    return next((m for m in view.of(*_PARTIES) if start <= m.start < end
                 and m.form != "place"), None)


def _subjects(view: SentenceView, verb: int) -> list[Mention]:
    """The company before the verb ("Kestrel agreed", "Kestrel, which in 2022 agreed") and the
    ones listed with it ("Hyundai and Kia, which agreed")."""
    words, gaps = view.words, view.gaps
    before = [m for m in view.of(*_PARTIES) if m.end <= verb and verb - m.end <= _REACH_SUBJECT]
    if not before:
        return []
    subject = max(before, key=lambda m: m.end)
    between = range(subject.end, verb)
    gap_words = word_sets()["deal_subject_gap_words"]
    if any(words[k] not in gap_words and not words[k].isdigit() for k in between) \
            or any(c in gaps[k] for k in range(subject.end + 1, verb + 1) for c in ",;:()—"):
        return []
    if "," in gaps[subject.end] and words[subject.end:subject.end + 1] not in (["which"], ["who"]):
        return []
    found = [subject]
    while True:
        head = found[-1]
        k = head.start
        joined = (k >= 2 and words[k - 1] == "and") or (k >= 1 and gaps[k].strip() == ",")
        if not joined:
            break
        prev = next((m for m in view.of(*_PARTIES)
                     if m.end in (k - 1, k) and m.end < head.start), None)
        if prev is None or (prev.end == k and gaps[k].strip() != ","):
            break
        found.append(prev)
    return found


def _to_trade(view: SentenceView, verb: int) -> tuple[int, Mention | None] | None:
    """Where "to" + a verb of trade stands after ``verb`` and a party agreed "with" before it."""
    words, gaps = view.words, view.gaps
    k, partner = verb + 1, None
    while k < len(words) - 1 and k - verb <= _REACH_TO:
        if k > verb + 1 and any(c in gaps[k] for c in ";:()—"):
            return None
        if words[k] == "to" and words[k + 1] in word_sets()["deal_trade_verbs"]:
            return k, partner
        if words[k] == "with" and partner is None and (p := _party_at(view, k + 1, k + 2)):
            partner, k = p, p.end
            if k < len(gaps) and "," in gaps[k]:  # "with Tarrow, a Perth-based miner, to buy"
                k = next((j for j in range(k + 1, min(len(words), k + 8)) if "," in gaps[j]), -1)
                if k < 0:
                    return None
            continue
        if words[k] in ("a", "an", "the", "that", "on", "deal", "agreement", "contract") \
                or ("," in gaps[k] and k > verb + 1):
            return None
        k += 1
    return None


def _breaks(view: SentenceView, k: int) -> bool:
    """Punctuation before token ``k`` that ends a phrase (not the comma of "1,500")."""
    gap = view.gaps[k]
    if gap == "," and view.words[k].isdigit() and view.words[k - 1].isdigit():
        return False
    return any(c in gap for c in ",;:()—")


def _object_end(view: SentenceView, start: int) -> int:
    words = view.words
    k = start
    ends = word_sets()["deal_object_end_words"]
    while k < len(words) and (k == start or not _breaks(view, k)) and (
            words[k] not in ends or (words[k] == "to" and words[k - 1] == "up")
            or k == start):
        k += 1
    return min(k, len(words))


def _seller(view: SentenceView, end: int) -> Mention | None:
    """The company after "from", "to" or "with" where the object ends."""
    k = end
    while k < min(len(view.words), end + 4) and (k == end or not _breaks(view, k)):
        if view.words[k] in _SELLER_WORDS:
            return _party_at(view, k + 1, k + 3)  # "a year from Tarrow"
        k += 1
    return None


def _owner_of_buyers(view: SentenceView, subject: Mention) -> Mention | None:
    """"Its customers include Kestrel, which agreed to buy ...", "Its biggest client is
    Kestrel, which ...": the company whose customers the sentence lists sells to them."""
    buyers = word_sets()["goods_buyer_nouns"]
    owner = next((m for m in view.of(*_PARTIES) if m.start == 0 and m.end == 1
                  and view.words[0] in ("its", "their")), None)
    if owner is None or not any(w in buyers for w in view.words[1:min(4, subject.start)]):
        return None
    return owner


def _clause_end(view: SentenceView, start: int) -> int:
    k = start + 1
    while k < len(view.words) and not any(c in view.gaps[k] for c in ",;:()—"):
        if view.words[k] == "and" and k > start + 1:
            break
        k += 1
    return k


def _known(ctx: ArticleContext, view: SentenceView, parties: list[Mention]) -> str | None:
    """The one agreement of the article the buyer (and the seller named) is already party to,
    when the sentence names no earlier time of its own: "Tesla has agreed to purchase 75,000
    tonnes of nickel" in the release of the Tesla offtake is a term of that deal; "In 2021
    Tesla agreed to buy ..." is a deal of its own."""
    earlier = word_sets()["deal_earlier_words"]
    if any(w in earlier or (len(w) == 4 and w.isdigit() and w[:2] in ("19", "20"))
           for w in view.words):
        return None
    ids = {p.node_id for p in parties}
    held: dict[str, set[str]] = {}
    for fact in ctx.facts:
        if fact.rel is RelType.PARTY_TO and fact.target.label is Label.AGREEMENT \
                and fact.target.node_id in ctx.agreements:
            held.setdefault(fact.target.node_id, set()).add(fact.source.node_id)
    fits = [deal for deal, holders in held.items() if ids <= holders]
    return fits[0] if len(fits) == 1 else None


def _deal(ctx: ArticleContext, view: SentenceView, verb: int, parties: list[Mention],
          goods: list[Mention], aliases: list[str]) -> None:
    names = list(dict.fromkeys(p.name for p in sorted(parties, key=lambda p: p.start)))
    name = "-".join(names) + " supply agreement"
    known = _known(ctx, view, parties)
    if known is not None:
        name, aliases = ctx.agreements[known].name, []
    m = Mention(Label.AGREEMENT, known or node_id(Label.AGREEMENT, name), name, verb, verb + 1,
                view.tokens[verb].text, "rule", kind="supply", props={"verb_deal": True})
    view.mentions.append(m)
    view.mentions.sort(key=lambda x: (x.start, -x.end))
    frame = ctx.agreements.setdefault(m.node_id, AgreementFrame(m.node_id, name))
    frame.aliases.extend(a for a in dict.fromkeys(aliases) if a not in frame.aliases)
    for party in {p.node_id: p for p in parties}.values():
        frame.parties.add(party.node_id)
        ctx.facts.append(Fact(RelType.PARTY_TO, party, m, view.index, "frame:verb-deal-party",
                              0.7, view.text))
    for item in goods:
        ctx.facts.append(Fact(RelType.ADDRESSES, m, item, view.index, "frame:verb-deal-goods",
                              0.7, view.text))


def _verb_deals(ctx: ArticleContext, view: SentenceView) -> None:
    words = view.words
    past = word_sets()["deal_past_verbs"]
    for verb, word in enumerate(words):
        if word not in past or any(w in _NOT_BEFORE for w in words[max(0, verb - 2):verb]):
            continue
        found = _to_trade(view, verb)
        if found is None:
            continue
        to, partner = found
        subjects = _subjects(view, verb)
        first = min((x.start for x in subjects), default=verb)
        if not subjects or any(w in _NOT_BEFORE and w != "to"
                               for w in words[max(0, first - 2):first]):
            continue  # "whether Kestrel Holdings agreed", "not to let Kestrel agree"
        end = _object_end(view, to + 2)
        goods = [m for m in view.of(Label.MATERIAL, Label.PRODUCT)
                 if to + 2 <= m.start and m.end <= end and m.form != "anaphor"]
        if not goods:
            continue
        if any(verb - _REACH_SUBJECT - 2 <= m.start <= end + 4
               for m in view.of(Label.AGREEMENT)):
            continue  # "agreed to buy cobalt under a five-year deal": the deal has a noun
        subject_ids = {s.node_id for s in subjects}
        seller = next((c for c in (
            _seller(view, end), partner,
            next((m for m in view.of(*_PARTIES) if to + 2 <= m.start and m.end <= end), None),
            _owner_of_buyers(view, subjects[-1])) if c is not None
            and c.node_id not in subject_ids), None)
        aliases = [view.span_text(verb, to)] if to > verb + 1 else []
        if partner is not None:
            aliases.append(view.span_text(verb, partner.end))
        aliases.append(view.span_text(verb, end))
        of = next((k for k in range(to + 2, end) if words[k] == "of"), None)
        if of is not None:
            aliases.append(view.span_text(verb, of))
        if seller is not None and end < len(words) and seller.start <= end + 2:
            aliases.append(view.span_text(goods[0].start, seller.end))
            aliases.append(view.span_text(end, _clause_end(view, end)))
        _deal(ctx, view, verb, [*subjects, *([seller] if seller else [])], goods, aliases)
        if seller is not None:
            _second_seller(ctx, view, verb, subjects, goods, _clause_end(view, end))


def _second_seller(ctx: ArticleContext, view: SentenceView, verb: int, subjects: list[Mention],
                   goods: list[Mention], k: int) -> None:
    """"... from Brill in 2020 and from Orrin Lithium in 2022", "... and nickel from Orrin": a
    second seller of the same buyer joined by "and"."""
    words = view.words
    if k >= len(words) - 2 or words[k] != "and" or any(c in view.gaps[k] for c in ";:"):
        return
    if words[k + 1] == "from":
        start, items = k + 1, goods
    else:
        items = [m for m in view.of(Label.MATERIAL, Label.PRODUCT)
                 if m.start == k + 1 and m.form != "anaphor"]
        if not items or items[-1].end >= len(words) or words[items[-1].end] != "from":
            return
        start = items[-1].end
    seller = _party_at(view, start + 1, start + 3)
    if seller is None or seller.node_id in {s.node_id for s in subjects}:
        return
    end = _clause_end(view, start)
    aliases = [view.span_text(start, end), view.span_text(k + 1, seller.end)]
    _deal(ctx, view, verb, [*subjects, seller], items, aliases)


def run(ctx: ArticleContext) -> None:
    for view in ctx.sentences:
        if not any(w in word_sets()["deal_past_verbs"] for w in view.words):
            continue
        _verb_deals(ctx, view)


__all__ = ["run"]
