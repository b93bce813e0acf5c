"""An agreement that carries out an earlier one the lexicon knows of ("implements:"), when the
article names both: the Busan truce finalised the Kuala Lumpur consensus, the London framework
put the Geneva consensus into effect."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention
from rekg.schema import Label, RelType


def run(ctx: ArticleContext) -> None:
    named: dict[str, Mention] = {}
    for view in ctx.sentences:
        for m in view.of(Label.AGREEMENT):
            if m.node_id and not m.props.get("generic") and not m.props.get("absorbed"):
                named.setdefault(m.node_id, m)
    for later in named.values():
        if later.entry is None:
            continue
        for ref in later.entry.implements:
            earlier = ctx.lexicon.find(Label.AGREEMENT, ref)
            if earlier is None or earlier.id not in named:
                continue
            target = named[earlier.id]
            sentence = next(v for v in ctx.sentences if later in v.mentions)
            ctx.facts.append(Fact(RelType.IMPLEMENTS, later, target, sentence.index,
                                  "frame:lexicon-implements", 0.7, sentence.text))


__all__ = ["run"]
