"""Part of the agreements stage: the parties of a deal that a clause says goods move "under".

"General Motors is the plant's anchor customer under a long-term supply agreement", "Baotou
Steel, which sells it to China Northern under a pricing agreement", "Under the contract, USAC
will deliver antimony to the stockpile", "Lynas, under a contract with the Pentagon, plans a
plant": the company whose trade the clause states, and the one it sells to, are parties of the
deal, as in "a deal under which Lynas sells oxide to Sojitz". The goods the clause trades are
what the deal ADDRESSES. Only deal nouns count ("under the Act, companies must ..." binds no
party).
"""

from __future__ import annotations

from rekg.extract.agreement_scope import clause_stop
from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)
_HARD = (";", ":", "—", "(", ")")
_OPENING = frozenset({"the", "a", "an", "its", "their", "this", "that"})
_RELATIVE = frozenset({"which", "who", "that"})
_OBJECTS = frozenset({"it", "them", "the", "its", "their"})
_REACH = 40


def _named(view: SentenceView, m: Mention) -> bool:
    """A party named outright, not a demonym, nor the first word of a longer unknown name
    ("China Northern")."""
    return m.label in _PARTIES and m.form not in ("place", "anaphor", "demonym") \
        and bool(m.node_id) and not (
            m.end < len(view.words) and not view.gaps[m.end].strip()
            and view.tokens[m.end].text[:1].isupper()
            and not any(x.start == m.end for x in view.mentions))


def _party_at(view: SentenceView, k: int) -> Mention | None:
    """The party named at ``k``; "German supplier Bosch", "Japan's Sojitz": the company."""
    first = next((m for m in view.mentions if m.start == k and m.label in _PARTIES), None)
    if first is not None and first.label is Label.COUNTRY:
        org = next((m for m in view.mentions if m.label is Label.ORGANIZATION
                    and first.end <= m.start <= first.end + 3 and _named(view, m)
                    and not any(c in view.gaps[j] for j in range(first.end, m.start + 1)
                                for c in ",;:(")), None)
        first = org or first
    if first is not None and first.label is Label.COUNTRY and k > 0 \
            and view.words[k - 1] in ("a", "an"):
        return None  # "a US investment firm": the country only describes the firm
    return first if first is not None and _named(view, first) else None


def _party_ending(view: SentenceView, k: int) -> Mention | None:
    return next((m for m in view.mentions if m.end == k and _named(view, m)), None)


def _under(view: SentenceView, m: Mention) -> int | None:
    """Where "under" stands before the deal noun: "under a 2012 agreement", "under the
    long-term supply agreement" (up to five words of modifiers between)."""
    words = view.words
    for k in range(m.start - 1, max(-1, m.start - 7), -1):
        if any(c in view.gaps[k + 1] for c in (*_HARD, ",")):
            return None
        if words[k] == "under" or (words[k] == "in" and words[k + 1] in ("a", "an")
                                   and words[m.end - 1] in ("deal", "transaction")):
            return k  # "agreed to acquire LCM in a deal worth $100 million"
    return None


def _trades(view: SentenceView, start: int, stop: int) -> bool:
    return _trade_at(view, start, stop) is not None


def _trade_at(view: SentenceView, start: int, stop: int) -> int | None:
    """Where the clause first names a trade: a supply, buy or deal verb or a customer noun."""
    sets = word_sets()
    verbs = sets["supply_verbs"].phrases | sets["buy_verbs"].phrases \
        | sets["deal_action_verbs"].phrases
    return next((k for k in range(start, stop) if (view.words[k],) in verbs
                 or (view.words[k],) in sets["customer_nouns"].phrases), None)


def _recipients(view: SentenceView, start: int, stop: int) -> list[Mention]:
    """Who the goods go to or come from: "to China Northern", "supplies GM with", "buy
    magnets from MP", "acquire Less Common Metals"."""
    sets = word_sets()
    supply = sets["supply_verbs"].phrases | sets["buy_verbs"].phrases
    found = []
    for k in range(start, stop):
        if view.words[k] in ("to", "from") or (view.words[k],) in supply:
            j = k + 1
            while j < stop and view.words[j] in _OBJECTS and view.words[k] not in ("to", "from"):
                j += 1
            party = _party_at(view, j) or _party_at(view, j + 1) if j < stop else None
            if party is not None and party.end <= stop and (
                    party.start == j or view.words[j] in _OPENING):
                found.append(party)
    return found


def _counterparts(subject: Mention, recipients: list[Mention]) -> list[Mention]:
    """A company's deal binds the firms it trades with, not the country its goods go to:
    "MP shipped concentrate to China under an offtake with Shenghe"."""
    if subject.label is Label.ORGANIZATION:
        return [subject, *(r for r in recipients if r.label is not Label.COUNTRY)]
    return [subject, *recipients]


def _clause_start(view: SentenceView, before: int) -> int:
    """Where the clause before ``before`` opens; a bracket ("Less Common Metals (LCM)") does
    not end a clause."""
    return next((k for k in range(before, 0, -1) if any(c in view.gaps[k] for c in ";:—")), 0)


def _mid_sentence(view: SentenceView, under: int) -> tuple[list[Mention], int, int]:
    """"P ... under a deal": the clause's subject (at its start, or before ", which") when
    the clause trades goods, or "P, under a contract with Q," right after its subject."""
    start = _clause_start(view, under)
    k = start + (1 if view.words[start] in _OPENING else 0)
    subject = _party_at(view, k)
    if subject is not None and subject.end == under and "," in view.gaps[under]:
        return [subject], under, under
    relative = next((j for j in range(under - 1, start, -1) if view.words[j] in _RELATIVE
                     and "," in view.gaps[j]), None)
    if relative is not None:
        subject = _party_ending(view, relative) or subject
        k = relative
    if subject is None or under - k > _REACH or not _trades(view, k, under):
        return [], under, under
    return _counterparts(subject, _recipients(view, k, under)), k, under


def _opening(view: SentenceView, m: Mention) -> tuple[list[Mention], int, int]:
    """"Under the contract, P will deliver ... to Q": the party right after the comma."""
    end = m.end
    comma = next((j for j in range(end, min(len(view.words), end + 8))
                  if "," in view.gaps[j]), None)
    if comma is None:
        return [], 0, 0
    k = comma + (1 if comma < len(view.words) and view.words[comma] in _OPENING else 0)
    subject = _party_at(view, k)
    stop = clause_stop(view, subject.end) if subject is not None else comma
    if subject is None or not _trades(view, subject.end, stop):
        return [], 0, 0
    return _counterparts(subject, _recipients(view, subject.end, stop)), subject.end, stop


_NEGATIONS = frozenset({"not", "no", "never", "n't", "nor", "without", "stopped", "halted"})
# after the goods, these open what they are for or where they come from: "magnets for the
# motors in its cars", "alloy from its plant"
_GOODS_ENDS = frozenset({"for", "in", "into", "at", "from", "to", "by", "used", "which", "that"})


def _goods(ctx: ArticleContext, view: SentenceView, m: Mention, start: int, stop: int) -> None:
    """The goods the clause trades under the deal ("MP supplies GM with magnets") are what the
    deal deals with: those after the trade verb, unless the clause denies the trade."""
    verb = _trade_at(view, start, stop)
    if verb is None or any(w in _NEGATIONS for w in view.words[start:stop]):
        return
    items = [x for x in view.of(Label.MATERIAL, Label.PRODUCT) if verb < x.start
             and x.end <= stop and x.node_id and x.form not in ("anaphor", "place")]
    if items:
        first = min(x.start for x in items)
        stop = next((k for k in range(first, stop) if view.words[k] in _GOODS_ENDS), stop)
    for item in items:
        if item.end <= stop:
            ctx.facts.append(Fact(RelType.ADDRESSES, m, item, view.index,
                                  "frame:goods-under-deal", 0.7, view.text))


_PRONOUNS = frozenset({"it", "they"})


def _under_which(view: SentenceView, m: Mention) -> tuple[list[Mention], int, int]:
    """"a deal under which Lynas sells oxide to Sojitz", "asked IREL to suspend a 2012
    agreement under which it supplies rare earths to Toyota Tsusho": the clause's subject
    (for "it", the party named last before the deal) and whom it trades with."""
    words, k = view.words, m.end
    if tuple(words[k:k + 2]) == ("under", "which"):
        k += 2
    elif words[k:k + 1] == ["whereby"]:
        k += 1
    else:
        return [], 0, 0
    if k >= len(words):
        return [], 0, 0
    if words[k] in _PRONOUNS:
        subject = next((x for x in reversed(view.mentions) if x.end <= m.start
                        and x.label in _PARTIES and _named(view, x)), None)
        begin = k + 1
    else:
        subject = _party_at(view, k + (1 if words[k] in _OPENING else 0))
        begin = subject.end if subject is not None else k
    stop = clause_stop(view, begin)
    if subject is None or not _trades(view, begin, stop):
        return [], 0, 0
    return _counterparts(subject, _recipients(view, begin, stop)), begin, stop


def run(ctx: ArticleContext) -> None:
    deals = word_sets()["deal_nouns"]
    for view in ctx.sentences:
        for m in view.of(Label.AGREEMENT):
            if not m.node_id or m.props.get("absorbed") or view.words[m.end - 1] not in deals:
                continue
            under = _under(view, m)
            states = word_sets()["state_deal_words"]
            begin = under if under is not None else max(0, m.start - 3)
            if under is not None:
                parties, start, stop = _opening(view, m) if under == 0 \
                    else _mid_sentence(view, under)
            else:
                parties, start, stop = _under_which(view, m)
            if parties:
                _goods(ctx, view, m, start, stop)  # a deal between governments too
            if (m.entry is not None and m.entry.parties) \
                    or any(w in states for w in view.words[begin:m.end + 6]):
                continue  # a known agreement's parties are the lexicon's
            for party in {id(p): p for p in parties}.values():
                ctx.facts.append(Fact(RelType.PARTY_TO, party, m, view.index,
                                      "frame:trade-under-deal", 0.7, view.text))


__all__ = ["run"]
