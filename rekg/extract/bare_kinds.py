"""Bare heads as the one named kind of them: an article about "wind turbines" that later says
"turbines", or about "battery anodes" that says "anodes", means that kind each time; a second
node for the bare word would only split what the article says about one thing.

A bare head takes the node of the longer name it ends only when the article names exactly one
kind of it: beside "traction motors" and "seat motors", "motors" stays as it is.
"""

from __future__ import annotations

from dataclasses import replace

from rekg.extract.context import ArticleContext, Mention
from rekg.loaders.text import singular
from rekg.schema import Label

_LABELS = (Label.PRODUCT, Label.MATERIAL)


def _head(m: Mention) -> str:
    return m.name.lower().rsplit(" ", 1)[-1]


def _bare(m: Mention) -> bool:
    """One word that is its own name ("motors"; not "chips" for semiconductors), which the
    node keeps as an alias when it takes the kind's name."""
    return m.end - m.start == 1 and m.form != "anaphor" and not m.props.get("generic") \
        and singular(m.surface.lower()) == m.name.lower() and (
            # "graphite" beside "spherical graphite" is graphite still, and "magnets" stay
            # the lexicon's general "rare earth magnet" that annotators name
            m.entry is None or m.label is Label.PRODUCT)


def run(ctx: ArticleContext) -> None:
    kinds: dict[tuple[Label, str], dict[str, Mention]] = {}
    for view in ctx.sentences:
        for m in view.mentions:
            if m.label in _LABELS and m.node_id and m.end - m.start > 1 and m.form != "anaphor" \
                    and not m.props.get("generic"):
                kinds.setdefault((m.label, _head(m)), {}).setdefault(m.node_id, m)
    if not kinds:
        return
    for view in ctx.sentences:
        for k, m in enumerate(view.mentions):
            if m.label not in _LABELS or not _bare(m):
                continue
            named = kinds.get((m.label, _head(m)))
            if named is None or len(named) != 1:
                continue
            kind = next(iter(named.values()))
            if kind.node_id == m.node_id:
                continue
            view.mentions[k] = replace(m, node_id=kind.node_id, name=kind.name,
                                       kind=kind.kind, entry=kind.entry)
