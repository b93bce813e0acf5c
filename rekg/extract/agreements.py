"""Stage 6: agreement frames and lexicon knowledge.

A generic "deal" or "truce" is the lexicon agreement reached at a place the sentence names,
else the agreement in focus, else a new one; people who agree on it bring their countries as
parties. Lexicon knowledge about mentioned entities (a ministry's country, an official's
country, a known agreement's parties and subjects) is added here too (`agreement_lexicon.py`).
"""

from __future__ import annotations

from rekg.extract import (
    agreement_apposition,
    agreement_compound,
    agreement_described,
    agreement_elided,
    agreement_heads,
    agreement_implicit,
    agreement_join,
    agreement_lineage,
    agreement_members,
    agreement_name_parties,
    agreement_naming,
    agreement_plural,
    agreement_priorities,
    agreement_scope,
    agreement_surface,
    agreement_terms,
    agreement_topic_goods,
    agreement_under,
    agreement_verbs,
    agreement_with,
    represents_titles,
)
from rekg.extract.agreement_complement import complement_alias
from rekg.extract.agreement_late_mentions import defined_terms, ventures
from rekg.extract.agreement_lexicon import lexicon_facts, represented_country
from rekg.extract.agreement_links import linked_by_parties, named_parties, party_ids, signers
from rekg.extract.agreement_reference import References
from rekg.extract.agreement_summit import agreements_at, headline_entry, meetings
from rekg.extract.candidates import pattern_facts
from rekg.extract.context import AgreementFrame, ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.extract.qualified_parties import qualified_parties
from rekg.loaders.lexicon import Entry
from rekg.schema import Label, RelType, node_id


def _agreement_name(ctx: ArticleContext, m: Mention, view: SentenceView) -> tuple[str, str]:
    """(node id, name) of a generic agreement mention ("the deal", "a truce"): the lexicon
    agreement reached at a place the sentence names, unless the sentence names all the parties
    of another and not those of that one ("a trade agreement signed by Malaysia and the US at
    the summit in Kuala Lumpur"); else the agreement of the parties named."""
    best: tuple[int, Entry] | None = None
    places = [(place, place.start) for place in view.places]
    if view.index - 1 in ctx.datelines:  # "LONDON, June 11": where the story's talks were
        dateline = ctx.sentences[view.index - 1]
        places += [(place, place.start - len(dateline.tokens)) for place in dateline.places]
    for place, start in places:
        for entry in agreements_at(ctx).get(place.name.lower(), ()):
            distance = abs(start - m.start) + (0 if entry.properties.get("kind") == m.kind
                                               else 50)
            if best is None or distance < best[0]:
                best = (distance, entry)
    linked = linked_by_parties(ctx, m, view, _modifier_start(view, m))
    agree = word_sets()["agree_verbs"]
    signed = any(w in agree for w in view.words[max(0, m.start - 12):m.end + 12])
    if (best is not None and not signers(ctx, view, signed) <= party_ids(ctx, best[1])) \
            or agreement_plural.several(ctx, view, m):
        best = None  # "Trump and Anwar signed a trade agreement in Kuala Lumpur", "frameworks
        # with Japan and Malaysia in Kuala Lumpur": several deals (agreement_plural.py)
    if best is not None and (linked is None or party_ids(ctx, best[1]) <= named_parties(view)):
        return best[1].id, best[1].name
    if linked is not None:
        m.surface = view.span_text(_modifier_start(view, m), m.end)
        return linked.id, linked.name
    modifier = next((x for x in view.mentions if x.end == m.start and x.label in (
        Label.COUNTRY, Label.ORGANIZATION) and x.form not in ("anaphor",)), None)
    if modifier is None:
        inner = next((x for x in view.mentions if x.end == m.start
                      and x.label in (Label.MATERIAL, Label.PRODUCT)), None)
        if inner is not None:
            modifier = next((x for x in view.mentions if x.end == inner.start and x.label in (
                Label.COUNTRY, Label.ORGANIZATION)), None)
    if modifier is not None:
        name = view.span_text(_pair_start(view, modifier), m.end)
        m.surface = name
        return node_id(Label.AGREEMENT, name), name
    m.props["generic"] = True  # a bare "deal": a node only if a fact needs it
    return node_id(Label.AGREEMENT, m.name), m.name


_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)


def _pair_start(view: SentenceView, party: Mention) -> int:
    """"Japan-US agreement": the name begins with the first of two hyphen-joined parties."""
    if party.start > 0 and view.gaps[party.start] == "-":
        first = next((x for x in view.mentions if x.end == party.start and x.label in _PARTIES),
                     None)
        if first is not None:
            return first.start
    return party.start


def _modifier_start(view: SentenceView, m: Mention) -> int:
    """Where the name of a generic agreement begins: "binding offtake agreement",
    "2023 deal", "critical minerals framework", "exploration and development agreement" (up
    to four words before the noun)."""
    modifiers = word_sets()["agreement_modifiers"].phrases
    words, gaps = view.words, view.gaps
    start = m.start
    while start > 0 and m.start - start < 4 and not any(c in gaps[start] for c in ",;:"):
        k = start - 1
        unit = k
        while unit > 0 and gaps[unit] == "-":
            unit -= 1
        joined = "-".join(words[unit:k + 1])
        inner = next((x for x in view.mentions if x.end == start and x.label in (
            Label.MATERIAL, Label.PRODUCT) and x.form != "anaphor"), None)
        if inner is not None:
            start = inner.start
        elif (joined,) in modifiers or (words[k],) in modifiers or (
                len(joined) == 4 and joined.isdigit() and joined[:2] in ("19", "20")):
            start = unit
        elif words[k] == "and" and start < m.start and k > 0 and (words[k - 1],) in modifiers \
                and not any(c in gaps[j] for j in (k, k + 1) for c in ",;:"):
            start = k  # "an exploration and development agreement"
        else:
            break
    return start


def _full_surface(view: SentenceView, m: Mention) -> str:
    """The generic agreement noun with its modifiers and "of understanding"."""
    start, end = _modifier_start(view, m), m.end
    if view.words[end:end + 2] == ["of", "understanding"]:
        end += 2
        for other in view.of(Label.AGREEMENT):
            if other.start == m.end + 1:
                other.props["generic"] = True  # "understanding" is part of this memorandum
                other.props["absorbed"] = True
    return view.span_text(start, end)


def _singular_head(view: SentenceView, m: Mention, surface: str) -> str:
    head = view.tokens[m.start].text
    if surface.endswith(head) and head.lower() != view.words[m.start]:
        return surface[:len(surface) - len(head)] + view.words[m.start]
    return surface


def _agreements(ctx: ArticleContext) -> None:
    agree = word_sets()["agree_verbs"]
    focus: tuple[str, str] | None = None
    refs = References(ctx)
    represented = {f.source.node_id: f.target for f in ctx.facts
                   if f.rel is RelType.REPRESENTS and f.target.label is Label.COUNTRY}
    named = list(dict.fromkeys((m.node_id, m.name) for v in ctx.sentences
                               for m in v.of(Label.AGREEMENT) if m.form != "trigger"
                               and not m.props.get("described")))
    for view in ctx.sentences:
        for m in view.of(Label.AGREEMENT):
            if m.props.get("absorbed"):
                continue
            if m.form == "trigger":
                surface = _full_surface(view, m)
                start = _modifier_start(view, m)
                definite = start > 0 and view.words[start - 1] in (
                    "the", "this", "that", "its", "their")
                resolved = _agreement_name(ctx, m, view)
                head = view.words[m.start]
                earlier = refs.recent.get(head) or refs.synonym(head)
                sole = refs.sole(head) if definite and m.props.get("generic") else None
                if m.props.get("generic") and definite and (focus or len(named) == 1):
                    resolved = focus or named[0]  # "the deal": the agreement in focus
                    m.props.pop("generic")
                    m.surface = surface
                elif m.props.get("generic") and definite and view.index - earlier[0] <= 2:
                    resolved = earlier[1]  # "a minerals accord ... The accord covers nickel"
                    m.surface = surface
                elif sole is not None:
                    resolved = sole  # "an exclusive partnership ... The agreement covers"
                    m.surface = surface
                elif m.props.get("generic") and (summit := headline_entry(ctx, m, view)):
                    m.props.pop("generic")
                    m.surface = surface
                    resolved = (summit.id, summit.name)
                elif m.props.get("generic"):
                    m.surface = surface
                    name = _singular_head(view, m, surface)  # "the deals" is the node "deal"
                    resolved = (node_id(Label.AGREEMENT, name), name)
                m.node_id, m.name = resolved
                refs.note(m, view.index, head, resolved, definite, m.start > start)
                if m.entry is None and not m.props.get("generic"):
                    m.entry = ctx.lexicon.entries.get(m.node_id)  # its parties are known
                complement_alias(view, m, _modifier_start(view, m))
            if not m.props.get("generic"):
                focus = (m.node_id, m.name)
                refs.named.add(m.node_id)
            frame = ctx.agreements.setdefault(m.node_id, AgreementFrame(m.node_id, m.name))
            if not any(w in agree for w in view.words):
                continue
            for person in view.of(Label.PERSON):
                country = represented_country(ctx, person) or represented.get(person.node_id)
                if country is None:
                    continue
                ctx.facts.append(Fact(RelType.REPRESENTS, person, country, view.index,
                                      "frame:official-of-country", 0.7, view.text))
                ctx.facts.append(Fact(RelType.PARTY_TO, country, m, view.index,
                                      "frame:signatory-via-official", 0.7, view.text))
                frame.parties.add(country.node_id)


def _between_agreements(ctx: ArticleContext) -> None:
    """Agreement-to-agreement patterns (IMPLEMENTS) once generic agreements have their nodes:
    before naming, "a framework to implement the consensus" joined two unnamed nodes."""
    have = {(f.rel, f.source.node_id, f.target.node_id) for f in ctx.facts}
    for view in ctx.sentences:
        found = view.of(Label.AGREEMENT)
        if len({m.node_id for m in found}) < 2 or not any(m.form == "trigger" for m in found):
            continue
        for fact in pattern_facts(ctx, view):
            key = (fact.rel, fact.source.node_id, fact.target.node_id)
            if fact.source.label is fact.target.label is Label.AGREEMENT and key not in have:
                have.add(key)
                ctx.facts.append(fact)


def _late_facts(ctx: ArticleContext, late: list[Mention]) -> None:
    """Pattern facts of the agreement mentions this stage added, once they are named (a party
    read at a country that qualifies a company is the company, as in ``candidates``)."""
    ids = {id(m) for m in late}
    for index in sorted(_views_of(ctx, late)):
        view = ctx.sentences[index]
        ctx.facts.extend(qualified_parties(view, [
            fact for fact in pattern_facts(ctx, view)
            if id(fact.source) in ids or id(fact.target) in ids]))


def _views_of(ctx: ArticleContext, mentions: list[Mention]) -> set[int]:
    ids = {id(m) for m in mentions}
    return {v.index for v in ctx.sentences if any(id(m) in ids for m in v.mentions)}


def _named_goods(ctx: ArticleContext) -> None:
    """"a critical minerals investment partnership", "a rare earth supply contract": the goods
    named among an agreement's modifiers are what it deals with."""
    for view in ctx.sentences:
        for m in view.of(Label.AGREEMENT):
            if m.form != "trigger" or m.props.get("absorbed") or not m.node_id:
                continue
            start = _modifier_start(view, m)
            for item in view.of(Label.MATERIAL, Label.PRODUCT):
                if start <= item.start and item.end < m.start and item.form != "anaphor":
                    ctx.facts.append(Fact(RelType.ADDRESSES, m, item, view.index,
                                          "frame:goods-in-agreement-name", 0.7, view.text))


def run(ctx: ArticleContext) -> None:
    late = ventures(ctx) + defined_terms(ctx) + agreement_described.run(ctx) + meetings(ctx)
    agreement_implicit.run(ctx)
    agreement_elided.run(ctx)
    pairs = agreement_compound.absorb(ctx)
    _agreements(ctx)
    agreement_compound.join(pairs, ctx)
    late += agreement_heads.run(ctx)
    agreement_name_parties.run(ctx, _modifier_start)
    _named_goods(ctx)
    agreement_topic_goods.run(ctx)
    _late_facts(ctx, late)
    agreement_with.run(ctx)
    agreement_plural.run(ctx)
    agreement_under.run(ctx)
    agreement_terms.run(ctx)
    _between_agreements(ctx)
    agreement_scope.run(ctx)
    agreement_priorities.run(ctx)
    agreement_members.run(ctx)
    lexicon_facts(ctx)
    agreement_lineage.run(ctx)
    represents_titles.run(ctx)
    agreement_apposition.run(ctx)
    agreement_surface.run(ctx)
    agreement_join.run(ctx)
    agreement_naming.run(ctx)
    agreement_verbs.run(ctx)


__all__ = ["run"]
