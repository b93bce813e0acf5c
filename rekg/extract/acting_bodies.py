"""Part of the frames stage: the ministry or agency that imposes a country's measure beside
it, named in the measure's sentence ("..., the trade ministry said") or as the one body of that
country the article has imposing its export controls."""

from __future__ import annotations

from rekg.extract import imposers
from rekg.extract.context import ArticleContext, Fact, Mention
from rekg.extract.patterns import word_sets
from rekg.loaders.text import singular
from rekg.schema import Label, RelType


def acting_bodies(ctx: ArticleContext, used: set[int]) -> None:
    """A ministry or agency of the imposing country named beside the measure acts for it:
    "Japan will require licences ..., the trade ministry said" is the ministry's measure too."""
    stated = {(id(f.source), id(f.target)) for f in ctx.facts if f.rel is RelType.IMPOSES}
    for view in ctx.sentences:
        bodies = [x for x in view.of(Label.ORGANIZATION) if x.form != "place"]
        for m in view.of(Label.RESTRICTION):
            frame = ctx.restrictions.get(m.node_id)
            if id(m) not in used or frame is None or frame.imposer is None:
                continue
            for body in bodies:
                if (id(body), id(m)) not in stated and body.node_id != frame.imposer \
                        and imposers.authority(ctx, body).node_id == frame.imposer:
                    stated.add((id(body), id(m)))
                    ctx.facts.append(Fact(RelType.IMPOSES, body, m, view.index,
                                          "frame:acting-body", 0.6, view.text))


def sole_body(ctx: ArticleContext) -> None:
    """The one ministry or agency of a country that the article names imposing an export
    control of it issues that country's other export controls there too ("MOFCOM requires
    licences for graphite ... China also bans exports of the technology"). Tariffs and
    sanctions come from other bodies, and two bodies of one country leave it open; a
    legislature or a defence or industry ministry is never that body (MIIT sets mining quotas)."""
    kinds, others = word_sets()["export_control_kinds"], word_sets()["non_export_bodies"]
    bodies: dict[str, dict[str, Mention]] = {}
    for f in ctx.facts:
        frame = ctx.restrictions.get(f.target.node_id)
        if f.rel is RelType.IMPOSES and f.source.label is Label.ORGANIZATION and frame \
                and frame.kind in kinds and frame.imposer and not frame.paused \
                and imposers.authority(ctx, f.source).node_id == frame.imposer:
            bodies.setdefault(frame.imposer, {})[f.source.node_id] = f.source
    stated = {(f.source.node_id, f.target.node_id) for f in ctx.facts
              if f.rel is RelType.IMPOSES}
    for view in ctx.sentences:
        for m in view.of(Label.RESTRICTION):
            frame = ctx.restrictions.get(m.node_id)
            if frame is None or frame.imposer not in bodies or len(bodies[frame.imposer]) != 1 \
                    or frame.kind not in kinds or frame.paused:
                continue
            body = next(iter(bodies[frame.imposer].values()))
            if (body.node_id, m.node_id) not in stated and next(others.spans(
                    [singular(w) for w in body.name.lower().split()]), None) is None:
                stated.add((body.node_id, m.node_id))
                ctx.facts.append(Fact(RelType.IMPOSES, body, m, view.index,
                                      "frame:sole-body", 0.6, view.text))
