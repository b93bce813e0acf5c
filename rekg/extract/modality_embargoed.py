"""Part of the modality stage: a seller that aims a measure at a buyer in the same sentence
does not (any longer) supply it there: "China's ban on gallium exports to the United States
ended the flow of the metal from China to America" tells of shipments halted, not made."""

from __future__ import annotations

from rekg.extract.context import ArticleContext
from rekg.schema import RelType

# A tariff or a listing is the buyer's measure on the seller: only export measures stop supply.
_EXPORT_KINDS = frozenset({"export_licensing", "export_prohibition", "export_quota", "export_tax",
                           "minimum_export_price", "technology_export_ban"})


def embargoed(ctx: ArticleContext, dropped: set[int]) -> None:
    live = [f for f in ctx.facts if id(f) not in dropped]
    frames = ctx.restrictions
    imposed = {(f.sentence, f.source.node_id, f.target.node_id) for f in live
               if f.rel is RelType.IMPOSES and f.target.node_id in frames
               and frames[f.target.node_id].kind in _EXPORT_KINDS
               and not frames[f.target.node_id].paused}
    aimed = {(f.sentence, f.source.node_id, f.target.node_id) for f in live
             if f.rel is RelType.TARGETS}
    barred = {(s, seller, buyer) for s, seller, measure in imposed
              for t, m, buyer in aimed if t == s and m == measure}
    for fact in live:
        if fact.rel is RelType.SUPPLIES and \
                (fact.sentence, fact.source.node_id, fact.target.node_id) in barred:
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "the seller aims a measure at the buyer", fact.origin)
