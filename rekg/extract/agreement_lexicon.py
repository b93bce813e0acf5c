"""Part of the agreements stage: what the lexicon knows of the entities an article names (a
ministry's country, an official's country, a known agreement's parties and subjects), added when
the article names them too."""

from __future__ import annotations

from rekg.extract import dateline_seats
from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.schema import Label, RelType


def represented_country(ctx: ArticleContext, person: Mention) -> Mention | None:
    """The country a lexicon official represents, as a mention at the person's place."""
    entry = person.entry
    if entry is None or not entry.represents:
        return None
    target = ctx.lexicon.resolve_ref(entry.represents)
    if target is None:
        return None
    return Mention(target.label, target.id, target.name, person.start, person.start, "",
                   "lexicon", entry=target)


def lexicon_facts(ctx: ArticleContext) -> None:
    """A ministry's country and an official's country, when the article names that country."""
    named = {m.node_id for v in ctx.sentences for m in v.mentions}
    for view in ctx.sentences:
        for m in view.mentions:
            if m.label is Label.ORGANIZATION:
                iso2 = m.entry.country if m.entry is not None else None
                country = ctx.lexicon.countries_by_iso2.get(iso2 or "")
                if country is not None and country.id in named:
                    target = Mention(Label.COUNTRY, country.id, country.name, m.start, m.start,
                                     "", "lexicon", entry=country)
                    ctx.facts.append(Fact(RelType.LOCATED_IN, m, target, view.index,
                                          "frame:lexicon-country", 0.7, view.text))
                inner = m.props.get("country")
                if inner:
                    entry = ctx.lexicon.entries.get(str(inner))
                    if entry is not None:
                        target = Mention(Label.COUNTRY, entry.id, entry.name, m.start, m.start,
                                         "", "lexicon", entry=entry)
                        ctx.facts.append(Fact(RelType.LOCATED_IN, m, target, view.index,
                                              "frame:country-in-name", 0.7, view.text))
            elif m.label is Label.AGREEMENT and m.entry is not None:
                _agreement_knowledge(ctx, m, view, named)
            elif m.label is Label.PERSON:
                official_of = represented_country(ctx, m)
                if official_of is not None and official_of.node_id in named:
                    ctx.facts.append(Fact(RelType.REPRESENTS, m, official_of, view.index,
                                          "frame:lexicon-official", 0.7, view.text))
    dateline_seats.seat_bodies(ctx, named)


def _agreement_knowledge(ctx: ArticleContext, m: Mention, view: SentenceView,
                         named: set[str]) -> None:
    """A lexicon agreement's parties and subjects, when the article names them too."""
    assert m.entry is not None
    for ref in m.entry.parties:
        party = ctx.lexicon.resolve_ref(ref)
        if party is not None and party.id in named:
            source = Mention(party.label, party.id, party.name, m.start, m.start, "", "lexicon",
                             entry=party)
            ctx.facts.append(Fact(RelType.PARTY_TO, source, m, view.index,
                                  "frame:lexicon-party", 0.7, view.text))
    for ref in m.entry.addresses:
        item = ctx.lexicon.find(Label.MATERIAL, ref) or ctx.lexicon.find(Label.PRODUCT, ref)
        if item is not None and item.id in named:
            target = Mention(item.label, item.id, item.name, m.start, m.start, "", "lexicon",
                             entry=item)
            ctx.facts.append(Fact(RelType.ADDRESSES, m, target, view.index,
                                  "frame:lexicon-subject", 0.7, view.text))
