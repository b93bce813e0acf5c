"""A small graph that touches every label and relationship type, with awkward values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rekg.graph.store import Store
from rekg.schema import GraphFragment, RelType, make_node, relate

REPO = Path(__file__).resolve().parents[2]
REKG_BIN = REPO / ".venv" / "bin" / "rekg"
ARTIFACTS = REPO / "test-artifacts"

AWKWARD = 'He said "no"; it\'s <b>final</b> | \\ back\nslash — 稀土 </script><!--'


def sample_fragment() -> GraphFragment:
    fragment = GraphFragment()
    add = fragment.add_node
    china = add(make_node("Country", "China", key="CN", iso2="CN", iso3="CHN",
                          aliases=["Beijing", "PRC; mainland", "People's Republic"]))
    usa = add(make_node("Country", "United States", key="US", iso2="US", iso3="USA",
                        aliases=["Washington", "U.S."]))
    japan = add(make_node("Country", "Japan", key="JP", iso2="JP"))
    dysprosium = add(make_node("Material", "dysprosium", kind="element", symbol="Dy",
                               aliases=["Dy"]))
    magnet = add(make_node("Material", "NdFeB magnet", kind="magnet",
                           aliases=["neodymium magnets", "rare-earth | magnets"]))
    vehicle = add(make_node("Product", "electric vehicle", sector="automotive",
                            aliases=["EVs"]))
    licensing = add(make_node("Restriction", "China export licensing on seven rare earths",
                              key="cn-export-licensing-2025", kind="export_licensing",
                              status="in_force", announced="2025-04-04",
                              effective="2025-04-04", hs_codes=["2805.30", "2846.90"]))
    undated = add(make_node("Restriction", "alleged quota", key="cn-quota", kind="export_quota",
                            status="alleged"))
    truce = add(make_node("Agreement", "London framework", kind="framework", status="agreed",
                          date="2025-06", place="London"))
    follow_up = add(make_node("Agreement", "Kuala Lumpur consensus", status="preliminary"))
    lynas = add(make_node("Organization", "Lynas Rare Earths", kind="company",
                          aliases=["Lynas"]))
    commerce = add(make_node("Organization", "MOFCOM", kind="agency"))
    person = add(make_node("Person", "Howard Lutnick", role="Commerce Secretary"))
    article = add(make_node("Article", "Headline with " + AWKWARD, key="0123456789abcdef",
                            title="Headline", published="2025-04-05", url="https://example.org/a"))
    source = [article.id]

    def link(rel_type: RelType, a: Any, b: Any, **extra: Any) -> None:
        fragment.add_relationship(relate(rel_type, a, b, sources=source,
                                         evidence=[f"{a.name} {rel_type.value} {b.name}.",
                                                   AWKWARD],
                                         confidence=0.85, **extra))

    link(RelType.IMPOSES, china, licensing)
    link(RelType.IMPOSES, commerce, undated)
    link(RelType.RESTRICTS, licensing, dysprosium)
    link(RelType.RESTRICTS, undated, magnet)
    link(RelType.TARGETS, licensing, usa)
    link(RelType.TARGETS, undated, lynas)
    link(RelType.PARTY_TO, china, truce)
    link(RelType.PARTY_TO, usa, truce)
    link(RelType.ADDRESSES, truce, licensing)
    link(RelType.ADDRESSES, follow_up, magnet)
    link(RelType.IMPLEMENTS, follow_up, truce)
    link(RelType.PRODUCES, china, dysprosium)
    link(RelType.PRODUCES, lynas, dysprosium)
    link(RelType.LOCATED_IN, commerce, china)
    link(RelType.REPRESENTS, person, usa)
    link(RelType.SUPPLIES, lynas, japan)
    fragment.add_relationship(relate(RelType.DEPENDS_ON, vehicle, magnet, confidence=1.0,
                                     sources=["reference:dependencies.csv"], share=12,
                                     critical=True, weight=0.25))
    fragment.add_relationship(relate(RelType.DEPENDS_ON, magnet, dysprosium, confidence=1.0))
    for node in list(fragment.nodes.values()):
        if node.id != article.id:
            fragment.add_relationship(relate(RelType.MENTIONS, article, node, sources=source,
                                             confidence=1.0))
    return fragment



def normalise(
    nodes: list[dict[str, Any]], relationships: list[dict[str, Any]], ordered_lists: bool = True
) -> tuple[dict[str, dict[str, Any]], dict[tuple[str, str, str], dict[str, Any]]]:
    """Graphs keyed by node id and relationship key, empty lists dropped (absent = empty)."""

    def clean(item: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for key, value in item.items():
            if isinstance(value, list):
                if not value:
                    continue
                value = list(value) if ordered_lists else sorted(value)
            out[key] = value
        return out

    by_id = {node["id"]: clean(node) for node in nodes}
    by_key = {(rel["source"], rel["type"], rel["target"]): clean(rel) for rel in relationships}
    assert len(by_id) == len(nodes), "duplicate node ids"
    assert len(by_key) == len(relationships), "duplicate relationships"
    return by_id, by_key


def store_graph(store: Store) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    return list(store.iter_nodes()), list(store.iter_relationships())
