"""A generic agreement noun linked to the lexicon agreement whose parties its sentence names:
"Apple's deal with MP Materials" is the Apple-MP Materials agreement."""

from __future__ import annotations

from rekg.extract.agreement_summit import kind_fits
from rekg.extract.context import ArticleContext, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.loaders.lexicon import Entry
from rekg.loaders.text import norm_phrase
from rekg.schema import Label

_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)


def linked_by_parties(ctx: ArticleContext, m: Mention, view: SentenceView,
                      modifier_start: int) -> Entry | None:
    """The one lexicon agreement whose parties the sentence all names, of a kind the noun
    fits. With several (the United States and China reached many), the one whose parties
    all stand before the noun, as signatories do ("the US and Australia signed a minerals
    agreement ... to blunt China's leverage"), else the one whose parties stand next to it
    ("the Pentagon's price floor deal with MP Materials, the US-Japan framework ..."; not the
    two of a pact "between Australia, the United States and Britain"), else the modifiers
    choose ("trade", "minerals"), else none."""
    named = named_parties(view)
    if not named or view.tokens[m.start].text.lower() != view.words[m.start]:
        return None  # "two deals" are not the one agreement of those parties
    noun = view.words[m.start]
    fits = [e for e in _party_agreements(ctx) if party_ids(ctx, e) <= named
            and kind_fits(noun, str(e.properties.get("kind", "")))] if len(named) >= 2 else []
    if not fits and view.index > 0 and any(w in word_sets()["agree_verbs"] for w in view.words):
        return _with_lead_company(ctx, named, noun)
    if len(fits) > 1:
        before = {x.node_id for x in view.mentions if x.label in _PARTIES
                  and x.form != "place" and x.end <= m.start}
        first = [e for e in fits if party_ids(ctx, e) <= before]
        if len(first) == 1:
            return first[0]
        near = {x.node_id for x in view.mentions if x.label in _PARTIES and x.form != "place"
                and (modifier_start - 6 <= x.start < modifier_start
                     or m.end < x.start <= m.end + 3)}
        close = [e for e in fits if party_ids(ctx, e) <= near
                 and not any(party_ids(ctx, e) < party_ids(ctx, o) for o in fits)]
        if len(close) == 1:
            return close[0]
        modifiers = set(view.words[modifier_start:m.start]) - {"critical", "strategic", "new"}
        fits = [e for e in fits if modifiers & set(norm_phrase(e.name))] if modifiers else []
    return fits[0] if len(fits) == 1 else None


def _with_lead_company(ctx: ArticleContext, named: set[str], noun: str) -> Entry | None:
    """"Apple signed a $500 million agreement" in an article whose first sentence is about MP
    Materials: the one lexicon deal of the parties the sentence names (and no others: not
    "Apple signed an agreement with Samsung") with the company the article opened on."""
    lead = {x.node_id for x in ctx.sentences[0].of(Label.ORGANIZATION) if x.form != "place"}
    fits = [e for e in _party_agreements(ctx) if (ids := party_ids(ctx, e)) <= named | lead
            and named <= ids and ids - named
            and kind_fits(noun, str(e.properties.get("kind", "")))]
    return fits[0] if len(fits) == 1 else None


def signers(ctx: ArticleContext, view: SentenceView, officials: bool = True) -> set[str]:
    """The parties named right before a signing verb ("which Ma'aden and MP Materials
    signed") or right after it and "by" ("signed by Peru and Chile"), and with ``officials``
    the countries whose leaders or officials the sentence names (when they sign near the
    agreement in question)."""
    agree = word_sets()["agree_verbs"]
    verbs = [k for k, w in enumerate(view.words) if w in agree]
    if not verbs:
        return set()
    found = set()
    for person in view.of(Label.PERSON) if officials else []:
        ref = person.entry.represents if person.entry is not None else None
        country = ctx.lexicon.resolve_ref(ref) if ref else None
        if country is not None and country.label is Label.COUNTRY:
            found.add(country.id)
    for m in view.mentions:
        if m.label in _PARTIES and m.form not in ("place", "anaphor", "demonym") \
                and any(0 <= k - m.end <= 1 or (m.start == k + 2 and view.words[k + 1] == "by")
                        for k in verbs):
            group = [x for x in view.mentions if m.in_list and x.group == m.group
                     and x.label in _PARTIES]
            found.update(x.node_id for x in group or [m])
    return found


def named_parties(view: SentenceView) -> set[str]:
    return {x.node_id for x in view.mentions if x.label in _PARTIES and x.form != "place"}


def party_ids(ctx: ArticleContext, entry: Entry) -> set[str]:
    return {p.id for ref in entry.parties if (p := ctx.lexicon.resolve_ref(ref)) is not None}


# kept with the entries dict it was built from: a later lexicon may reuse a freed one's id
_WITH_PARTIES: dict[int, tuple[dict[str, Entry], list[Entry]]] = {}


def _party_agreements(ctx: ArticleContext) -> list[Entry]:
    entries = ctx.lexicon.entries
    known = _WITH_PARTIES.get(id(ctx.lexicon))
    if known is not None and known[0] is entries:
        return known[1]
    found = [e for e in entries.values() if e.label is Label.AGREEMENT and len(e.parties) >= 2]
    _WITH_PARTIES[id(ctx.lexicon)] = (entries, found)
    return found


__all__ = ["linked_by_parties", "named_parties", "party_ids", "signers"]
