"""Reading extracted fragments in tests: which imposer restricts which item."""

from rekg.schema import GraphFragment, RelType


def restricted_pairs(fragment: GraphFragment) -> set[tuple[str, str]]:
    """(imposer name, item name) for every IMPOSES -> RESTRICTS chain of the fragment."""
    names = {n.id: n.name for n in fragment.nodes.values()}
    rels = list(fragment.relationships.values())
    return {(names[i.source], names[r.target]) for i in rels if i.type is RelType.IMPOSES
            for r in rels if r.type is RelType.RESTRICTS and r.source == i.target}
