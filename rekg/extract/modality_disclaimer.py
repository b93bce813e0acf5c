"""Part of the modality stage: a disclaimer ("the measures are not aimed at any particular
country") takes the speaker's measures' targets away."""

from __future__ import annotations

from collections.abc import Callable

from rekg.extract.context import ArticleContext, Cue, SentenceView
from rekg.extract.imposers import REFERENCE
from rekg.schema import Label, RelType


def _speaker(ctx: ArticleContext, view: SentenceView, cue: Cue) -> set[str]:
    """Who disclaims: a country named before the cue, the imposer of the measures the sentence
    names, the country of a ministry or official speaking, else the article's main imposer.
    No one, when the sentence says it of an agreement ("the framework is not aimed at anyone")
    and names no measure before the cue."""
    if any(m.end <= cue.start <= m.end + 3 for m in view.of(Label.AGREEMENT)) and not any(
            m.end <= cue.start for m in view.of(Label.RESTRICTION)):
        return set()
    countries = {m.node_id for m in view.of(Label.COUNTRY) if m.end <= cue.start}
    if countries:
        return countries
    imposers = {ctx.restrictions[m.node_id].imposer for m in view.of(Label.RESTRICTION)
                if m.node_id in ctx.restrictions}
    imposers.discard(None)
    if imposers:
        return {i for i in imposers if i is not None}
    for m in view.of(Label.ORGANIZATION, Label.PERSON):
        iso2 = m.entry.country if m.entry is not None else None
        country = ctx.lexicon.countries_by_iso2.get(iso2 or "")
        if country is not None:
            return {country.id}
        for f in ctx.facts:
            if f.rel is RelType.REPRESENTS and f.source.node_id == m.node_id \
                    and f.target.label is Label.COUNTRY:
                return {f.target.node_id}
    counts: dict[str, int] = {}
    for frame in ctx.restrictions.values():
        if frame.imposer is not None:
            counts[frame.imposer] = counts.get(frame.imposer, 0) + len(frame.evidence)
    return {max(counts, key=lambda k: counts[k])} if counts else set()


def disclaimed(ctx: ArticleContext, names: frozenset[str],
               cues: Callable[[SentenceView], list[Cue]], dropped: set[int]) -> None:
    """"The measures are not aimed at any particular country": none of the speaker's measures
    in the article targets a country. A disclaimer that names its measures ("the tariffs on pork
    are not aimed at any country") speaks of measures of that kind only."""
    speakers: dict[str, str] = {}
    scopes: dict[str, set[str] | None] = {}
    for view in ctx.sentences:
        for cue in cues(view):
            if cue.name in names:
                named = {m.kind for m in view.of(Label.RESTRICTION)
                         if m.kind and m.kind not in (REFERENCE, "other")}
                for who in _speaker(ctx, view, cue):
                    speakers.setdefault(who, f"{cue.name}: '{view.span_text(cue.start, cue.end)}'")
                    scope = scopes.get(who, set())
                    scopes[who] = None if scope is None or not named else scope | named
    if not speakers:
        return
    imposed = {(f.source.node_id, f.target.node_id) for f in ctx.facts
               if f.rel is RelType.IMPOSES}
    for fact in ctx.facts:
        if fact.rel is not RelType.TARGETS or fact.target.label is not Label.COUNTRY \
                or id(fact) in dropped:
            continue
        frame = ctx.restrictions.get(fact.source.node_id)
        for who, reason in speakers.items():
            scope = scopes.get(who)
            if who != fact.target.node_id and (scope is None or (
                    frame is not None and frame.kind in scope)) and (
                    (frame is not None and frame.imposer == who)
                    or (who, fact.source.node_id) in imposed):
                dropped.add(id(fact))
                ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence, reason,
                           fact.origin)
                break
