"""Fixtures for the canned query tests: a small hand-built graph with known answers."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from rekg.graph.store import Store
from rekg.schema import GraphFragment, NodeBase, RelType, make_node, relate

ARTICLE_ID = "article:fixture-0001"
EVIDENCE_R1 = "Beijing put dysprosium and terbium exports under licence in April."


def build_fixture() -> GraphFragment:
    fragment = GraphFragment()

    def node(label: str, name: str, **fields: object) -> NodeBase:
        return fragment.add_node(make_node(label, name, **fields))

    def link(rel: str, source: NodeBase, target: NodeBase, *, sources: Sequence[str] = (),
             evidence: Sequence[str] = (), confidence: float = 1.0) -> None:
        fragment.add_relationship(relate(RelType(rel), source, target, sources=sources,
                                         evidence=evidence, confidence=confidence))

    china = node("Country", "China", key="CN", iso2="CN", iso3="CHN",
                 aliases=["Beijing", "Chinese"])
    usa = node("Country", "United States", key="US", iso2="US", iso3="USA",
               aliases=["US", "Washington", "American"])
    node("Country", "Japan", key="JP", iso2="JP", iso3="JPN")
    mp = node("Organization", "MP Materials", kind="company")
    ford = node("Organization", "Ford", kind="company", aliases=["Ford Motor"])
    lutnick = node("Person", "Howard Lutnick", role="Commerce Secretary", aliases=["Lutnick"])

    dysprosium = node("Material", "dysprosium", kind="element", symbol="Dy")
    terbium = node("Material", "terbium", kind="element", symbol="Tb")
    neodymium = node("Material", "neodymium", kind="element", symbol="Nd")
    magnet = node("Material", "NdFeB magnet", kind="magnet", aliases=["neodymium magnets"])
    rare_earths = node("Material", "rare earth elements", kind="group", aliases=["rare earths"])

    ev = node("Product", "electric vehicle", sector="automotive", aliases=["EVs", "EV"])
    motor = node("Product", "traction motor", sector="automotive")
    turbine = node("Product", "wind turbine", sector="energy")
    phone = node("Product", "smartphone", sector="electronics", aliases=["smartphones"])
    chip = node("Product", "semiconductor", sector="electronics", aliases=["chips"])

    r1 = node("Restriction", "China export licensing of dysprosium and terbium",
              id="restriction:cn-export-licensing-r1", kind="export_licensing",
              status="in_force", announced="2025-04-04", effective="2025-04-04")
    r2 = node("Restriction", "China export licensing of magnets",
              id="restriction:cn-export-licensing-r2", kind="export_licensing",
              status="suspended", announced="2025-10-09")
    r3 = node("Restriction", "US export ban on advanced chips",
              id="restriction:us-technology-export-ban-r3", kind="technology_export_ban",
              status="in_force", announced="2024-12-02")
    r4 = node("Restriction", "China delays rare earth shipments to Ford",
              id="restriction:cn-other-r4", kind="other", status="alleged")

    geneva = node("Agreement", "Geneva consensus", kind="consensus", status="agreed",
                  date="2025-05-12", place="Geneva")
    london = node("Agreement", "London framework", kind="framework", status="preliminary",
                  date="2025-06-10", place="London", aliases=["London agreement"])
    article = node("Article", "China tightens rare earth licensing", id=ARTICLE_ID,
                   title="China tightens rare earth licensing", published="2025-04-05",
                   path="fixture/china.txt")

    for product, dependency in [(ev, motor), (motor, magnet), (turbine, magnet),
                                (magnet, dysprosium), (magnet, neodymium), (magnet, terbium),
                                (phone, rare_earths), (phone, chip)]:
        link("DEPENDS_ON", product, dependency)
    link("IMPOSES", china, r1, sources=[ARTICLE_ID], evidence=[EVIDENCE_R1], confidence=0.9)
    link("RESTRICTS", r1, dysprosium, sources=[ARTICLE_ID], evidence=[EVIDENCE_R1],
         confidence=0.9)
    link("RESTRICTS", r1, terbium, sources=[ARTICLE_ID], evidence=[EVIDENCE_R1], confidence=0.9)
    link("IMPOSES", china, r2)
    link("RESTRICTS", r2, magnet)
    link("IMPOSES", usa, r3)
    link("RESTRICTS", r3, chip)
    link("TARGETS", r3, china)
    link("IMPOSES", china, r4)
    link("RESTRICTS", r4, rare_earths)
    link("TARGETS", r4, ford)
    link("LOCATED_IN", ford, usa)
    link("LOCATED_IN", mp, usa)
    link("PRODUCES", china, dysprosium)
    link("PRODUCES", china, rare_earths)
    link("PRODUCES", china, neodymium)
    link("PRODUCES", mp, neodymium)
    link("PRODUCES", mp, rare_earths)
    link("PARTY_TO", china, geneva)
    link("PARTY_TO", usa, geneva)
    link("PARTY_TO", china, london)
    link("PARTY_TO", usa, london)
    link("IMPLEMENTS", london, geneva)
    link("ADDRESSES", london, rare_earths)
    link("ADDRESSES", london, r1)
    link("REPRESENTS", lutnick, usa)
    for mentioned in (china, dysprosium, terbium, r1):
        link("MENTIONS", article, mentioned, sources=[ARTICLE_ID])
    return fragment


@pytest.fixture
def fixture_store(store: Store) -> Store:
    """The hand-built graph in a fresh store of each kind (parity)."""
    store.merge(build_fixture())
    return store
