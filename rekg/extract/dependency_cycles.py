"""One direction per pair of dependencies: a product or material and what it needs are never
each other's input, so when an article yields both "motor needs magnet" and "magnet needs
motor" (a pattern misread, or a guess across sentences), one direction goes. Between a product
and a material the product is the one that needs; between two products the better-supported
direction stays. Two materials are left alone: a chain of processing ("alloy from oxide") and a
name inside another ("NdFeB alloy") give no safe reason to choose, unless one direction is a
share of the other's use ("magnets make up most of dysprosium use"): that names the user."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact
from rekg.schema import Label, RelType

_SHARE_OF_USE = "depends_on.share-of-demand"


def _weaker(facts: list[Fact]) -> set[tuple[str, str]]:
    best: dict[tuple[str, str], float] = {}
    labels: dict[str, Label] = {}
    for f in facts:
        key = (f.source.node_id, f.target.node_id)
        best[key] = max(best.get(key, 0.0), f.confidence)
        labels[f.source.node_id], labels[f.target.node_id] = f.source.label, f.target.label
    weaker = {(f.target.node_id, f.source.node_id) for f in facts if f.origin == _SHARE_OF_USE}
    for (a, b), conf in best.items():
        if a == b or (b, a) not in best:
            continue
        material_needs_product = labels[a] is Label.MATERIAL and labels[b] is Label.PRODUCT
        if material_needs_product or (labels[a] is labels[b] is Label.PRODUCT
                                      and best[(b, a)] > conf):
            weaker.add((a, b))
    return weaker


def run(ctx: ArticleContext) -> None:
    weaker = _weaker([f for f in ctx.facts if f.rel is RelType.DEPENDS_ON])
    if not weaker:
        return
    kept: list[Fact] = []
    for f in ctx.facts:
        if f.rel is RelType.DEPENDS_ON and (f.source.node_id, f.target.node_id) in weaker:
            ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                       "the article reads the pair the other way", f.origin)
        else:
            kept.append(f)
    ctx.facts = kept
