"""Two goods of one list that a sentence names as uses of one input: "neodymium goes into
magnets and motors". Both depend on the input; neither is said to need the other, so a scorer
guess between them is refused. Goods of different phrases ("battery cathodes used in cars")
may still need each other."""

from __future__ import annotations

from rekg.extract.context import Fact
from rekg.schema import RelType


def sibling_uses(fact: Fact, stated: list[Fact]) -> bool:
    """``fact`` joins two goods of one list that facts of the same sentence give as dependents
    of one input, and no stated fact joins them."""
    if fact.rel is not RelType.DEPENDS_ON or not fact.source.group == fact.target.group >= 0:
        return False
    ends = {fact.source.node_id, fact.target.node_id}
    inputs: dict[str, set[str]] = {}
    for f in stated:
        if f.rel is not RelType.DEPENDS_ON or f.sentence != fact.sentence:
            continue
        if {f.source.node_id, f.target.node_id} == ends:
            return False
        if f.source.node_id in ends:
            inputs.setdefault(f.target.node_id, set()).add(f.source.node_id)
    return any(len(users) == 2 and key not in ends for key, users in inputs.items())
