"""Part of stage 5: measures two countries impose on each other.

"The tariffs the United States and China imposed on each other" names two measures: the US
tariff aimed at China and the Chinese tariff aimed at the United States. The frames stage gives
the trigger one node, with the first of the pair as imposer; this adds the other's node.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from rekg.extract import imposers
from rekg.extract.context import ArticleContext, Fact, Mention, RestrictionFrame, SentenceView
from rekg.schema import Label, RelType


def _mutual(view: SentenceView) -> list[int]:
    """Where "on each other", "against each other's goods", "on one another's ships" start."""
    words = view.words
    if "other" not in words and "another" not in words:
        return []  # most sentences: no scan
    return [k - 1 for k in range(1, len(words) - 1)
            if words[k:k + 2] in (["each", "other"], ["one", "another"])
            and words[k - 1] in ("on", "against", "at", "targeting")]


_REACH = 10  # words from the measure to "on each other"; twice that back to the pair


def _pair(ctx: ArticleContext, view: SentenceView, start: int, end: int) -> list[Mention] | None:
    """The two countries coordinated near the measure ("the United States and China")."""
    groups: dict[int, list[Mention]] = {}
    for m in view.of(Label.COUNTRY):
        if m.group >= 0 and m.form != "place" and start <= m.start < end:
            groups.setdefault(m.group, []).append(m)
    pairs = [ms for ms in groups.values() if len({imposers.authority(ctx, m).node_id
                                                  for m in ms}) == 2]
    return pairs[0] if len(pairs) == 1 else None


def run(ctx: ArticleContext, restriction_id: Callable[[str | None, str, str], str]) -> None:
    for view in ctx.sentences:
        for k in _mutual(view):
            m = next((x for x in reversed(view.of(Label.RESTRICTION))
                      if x.end <= k and k - x.end <= _REACH), None)
            pair = _pair(ctx, view, m.start - 2 * _REACH, k) if m is not None else None
            if m is None or pair is None:
                continue
            frame = ctx.restrictions.get(m.node_id)
            sides = {imposers.authority(ctx, c).node_id: c for c in pair}
            if frame is None or frame.paused or frame.imposer not in sides:
                continue
            own = sides[frame.imposer]
            other = next(c for node, c in sides.items() if node != frame.imposer)
            rid = restriction_id(other.node_id, frame.kind, ctx.article_id)
            twin = ctx.restrictions.setdefault(rid, RestrictionFrame(rid, other.node_id,
                                                                     frame.kind))
            twin.surfaces.append(m.surface)
            twin.evidence.append(view.text)
            mirror = replace(m, node_id=rid, props=dict(m.props))
            ctx.facts = [f for f in ctx.facts if not (
                f.rel is RelType.IMPOSES and f.target is m and f.source.node_id == other.node_id)
                and not (f.rel is RelType.TARGETS and f.source is m
                         and f.target.node_id == own.node_id)]
            stated = {(f.source.node_id, f.target.node_id) for f in ctx.facts
                      if f.source is m or f.target is m}
            if (m.node_id, other.node_id) not in stated:
                ctx.facts.append(Fact(RelType.TARGETS, m, other, view.index,
                                      "frame:mutual-measure", 0.7, view.text))
            ctx.facts.append(Fact(RelType.IMPOSES, other, mirror, view.index,
                                  "frame:mutual-measure", 0.7, view.text))
            ctx.facts.append(Fact(RelType.TARGETS, mirror, own, view.index,
                                  "frame:mutual-measure", 0.7, view.text))


__all__ = ["run"]
