import pytest

from rekg.errors import SchemaError
from rekg.schema import ENDPOINTS, GraphFragment, Label, RelType, make_node, relate


def test_depends_on_from_a_country_is_refused() -> None:
    china = make_node(Label.COUNTRY, "China", key="cn", iso2="CN")
    dysprosium = make_node(Label.MATERIAL, "dysprosium", kind="element")
    with pytest.raises(SchemaError, match="DEPENDS_ON cannot go from Country to Material"):
        relate(RelType.DEPENDS_ON, china, dysprosium)


def test_every_relationship_type_has_endpoint_rules() -> None:
    assert set(ENDPOINTS) == set(RelType)


def test_ids_are_label_and_slug() -> None:
    node = make_node(Label.PERSON, "Stéphane Séjourné")
    assert node.id == "person:stephane-sejourne"
    with pytest.raises(ValueError, match="must look like"):
        make_node(Label.PERSON, "X", id="country:x")


def test_fragment_merges_aliases_and_provenance() -> None:
    fragment = GraphFragment()
    ev = fragment.add_node(make_node(Label.PRODUCT, "electric vehicle", aliases=["EV"]))
    fragment.add_node(make_node(Label.PRODUCT, "electric vehicle", aliases=["EVs"]))
    magnet = fragment.add_node(make_node(Label.MATERIAL, "NdFeB magnet", kind="magnet"))
    fragment.add_relationship(relate("DEPENDS_ON", ev, magnet, sources=["article:a"],
                                     evidence=["one"], confidence=0.6))
    fragment.add_relationship(relate("DEPENDS_ON", ev, magnet, sources=["article:b"],
                                     evidence=["two"], confidence=0.8))
    assert fragment.nodes["product:electric-vehicle"].aliases == ["EV", "EVs"]
    (rel,) = fragment.relationships.values()
    assert rel.sources == ["article:a", "article:b"]
    assert rel.evidence == ["one", "two"]
    assert rel.confidence == 0.8


def test_relationship_to_unknown_node_is_refused() -> None:
    fragment = GraphFragment()
    ev = make_node(Label.PRODUCT, "electric vehicle")
    magnet = fragment.add_node(make_node(Label.MATERIAL, "NdFeB magnet", kind="magnet"))
    with pytest.raises(SchemaError, match="unknown node product:electric-vehicle"):
        fragment.add_relationship(relate("DEPENDS_ON", ev, magnet))
