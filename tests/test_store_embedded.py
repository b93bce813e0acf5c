from rekg.graph.store import Store
from rekg.schema import GraphFragment, Label, make_node, relate


def _fragment(source: str, alias: str) -> GraphFragment:
    fragment = GraphFragment()
    china = fragment.add_node(make_node(Label.COUNTRY, "China", key="cn", iso2="CN",
                                        aliases=[alias]))
    ev = fragment.add_node(make_node(Label.PRODUCT, "electric vehicle"))
    dy = fragment.add_node(make_node(Label.MATERIAL, "dysprosium", kind="element", symbol="Dy"))
    fragment.add_relationship(relate("DEPENDS_ON", ev, dy, sources=[source], evidence=[source]))
    fragment.add_relationship(relate("PRODUCES", china, dy, sources=[source], evidence=[source]))
    return fragment


def test_merge_is_idempotent(embedded_store: Store) -> None:
    first = embedded_store.merge(_fragment("article:a", "Beijing"))
    assert (first.nodes_created, first.relationships_created) == (3, 2)
    again = embedded_store.merge(_fragment("article:a", "Beijing"))
    assert (again.nodes_created, again.relationships_created) == (0, 0)
    assert embedded_store.counts() == (3, 2)


def test_second_source_joins_the_same_relationship(embedded_store: Store) -> None:
    embedded_store.merge(_fragment("article:a", "Beijing"))
    embedded_store.merge(_fragment("article:b", "PRC"))
    rels = {(r["source"], r["type"]): r for r in embedded_store.iter_relationships()}
    assert rels[("country:cn", "PRODUCES")]["sources"] == ["article:a", "article:b"]
    nodes = {n["id"]: n for n in embedded_store.iter_nodes()}
    assert nodes["country:cn"]["aliases"] == ["Beijing", "PRC"]
    assert embedded_store.counts() == (3, 2)


def test_reads_refuse_writes(embedded_store: Store) -> None:
    import pytest

    from rekg.errors import CypherError

    with pytest.raises(CypherError):
        embedded_store.read("CREATE (n:Country {id: 'country:xx'})")
