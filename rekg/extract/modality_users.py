"""Part of the modality stage: goods that lead a noun of use or purchase name what someone uses,
not what anyone makes: "Ruvia still has a gallium user of note", "Japan, the largest tungsten
importer in Asia"; so do goods that lead "content" ("cut the cobalt content of its cells").
The output read from them is refused, unless a word of making joins the noun ("the largest
gallium user and producer", "the cobalt content mined worldwide")."""

from __future__ import annotations

from rekg.extract.context import ArticleContext
from rekg.schema import RelType

# "content": what a thing holds ("cut the cobalt content of its cathodes"), not its maker's goods
_USERS = frozenset({"user", "consumer", "buyer", "importer", "customer", "purchaser",
                    "content"})
_MAKERS = frozenset({"producer", "maker", "miner", "refiner", "manufacturer", "supplier",
                     "exporter", "production", "output", "smelter", "mined", "produced",
                     "refined", "made", "extracted", "separated", "recovered"})


def used_goods(ctx: ArticleContext, dropped: set[int]) -> None:
    for fact in ctx.facts:
        if fact.rel is not RelType.PRODUCES or id(fact) in dropped:
            continue
        words = ctx.sentences[fact.sentence].words
        end = fact.target.end
        if end < len(words) and words[end] in _USERS \
                and _MAKERS.isdisjoint(words[max(0, fact.target.start - 3):end + 4]):
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       f"the goods name what a {words[end]} uses", fact.origin)
