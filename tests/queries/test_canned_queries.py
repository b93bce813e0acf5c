"""Every canned query against every store kind, with asserted answers on the fixture graph."""

from __future__ import annotations

from typing import Any

import pytest

from rekg.errors import ParameterError
from rekg.graph.store import Store
from rekg.queries.catalog import get_query, list_queries

EV_DY = "electric vehicle > traction motor > NdFeB magnet > dysprosium"


def run(store: Store, name: str, /, **params: Any) -> list[dict[str, Any]]:
    return get_query(name).run(store, params).records()


def column(rows: list[dict[str, Any]], *keys: str) -> list[Any]:
    if len(keys) == 1:
        return [row[keys[0]] for row in rows]
    return [tuple(row[key] for key in keys) for row in rows]


def test_products_at_risk(fixture_store: Store) -> None:
    rows = run(fixture_store, "products-at-risk")
    # one row per product, whatever the number of countries and statuses reaching it
    assert column(rows, "product", "countries", "materials") == [
        ("electric vehicle", ["China"], ["dysprosium", "terbium"]),
        ("smartphone", ["China", "United States"], ["rare earth elements", "semiconductor"]),
        ("wind turbine", ["China"], ["dysprosium", "terbium"]),
    ]
    assert rows[0]["chain"] == EV_DY
    assert rows[2]["chain"] == "wind turbine > NdFeB magnet > dysprosium"
    # the suspended magnet licensing does not count as restricting
    assert all("NdFeB magnet" not in row["materials"] for row in rows)
    with_components = run(fixture_store, "products-at-risk", components=True)
    assert column(with_components, "product") == [
        "electric vehicle", "smartphone", "traction motor", "wind turbine"]


def test_products_at_risk_filters(fixture_store: Store) -> None:
    through_magnets = run(fixture_store, "products-at-risk", material="Magnets")
    assert column(through_magnets, "product", "materials") == [
        ("electric vehicle", ["dysprosium", "terbium"]),
        ("wind turbine", ["dysprosium", "terbium"])]
    by_symbol = run(fixture_store, "products-at-risk", material="Dy", components="yes")
    assert column(by_symbol, "product", "materials") == [
        ("electric vehicle", ["dysprosium"]), ("traction motor", ["dysprosium"]),
        ("wind turbine", ["dysprosium"])]
    american = run(fixture_store, "products-at-risk", country="Washington")
    assert column(american, "product", "materials") == [("smartphone", ["semiconductor"])]
    assert len(run(fixture_store, "products-at-risk", country="CN")) == 3
    # aliases the lexicon knows but the graph never saw resolve as in extraction
    assert column(run(fixture_store, "products-at-risk", country="PRC"), "product") == column(
        run(fixture_store, "products-at-risk", country="China"), "product")
    assert run(fixture_store, "products-at-risk", country="Japan") == []


def test_dependency_chain(fixture_store: Store) -> None:
    rows = run(fixture_store, "dependency-chain", product="EVs")
    assert column(rows, "depth", "depends_on", "label", "restricted_by") == [
        (1, "traction motor", "Product", []),
        (2, "NdFeB magnet", "Material", []),
        (3, "dysprosium", "Material", ["China (in_force)"]),
        (3, "neodymium", "Material", []),
        (3, "terbium", "Material", ["China (in_force)"]),
    ]
    assert rows[2]["chain"] == EV_DY
    assert {row["product"] for row in rows} == {"electric vehicle"}


def test_country_restrictions(fixture_store: Store) -> None:
    rows = run(fixture_store, "country-restrictions", country="chinese")
    assert column(rows, "kind", "status", "announced", "covers", "targets") == [
        ("other", "alleged", None, ["rare earth elements"], ["Ford"]),
        ("export_licensing", "in_force", "2025-04-04", ["dysprosium", "terbium"], []),
        ("export_licensing", "suspended", "2025-10-09", ["NdFeB magnet"], []),
    ]
    active = run(fixture_store, "country-restrictions", country="China", active_only="true")
    assert column(active, "status") == ["alleged", "in_force"]
    us = run(fixture_store, "country-restrictions", country="us")
    assert column(us, "kind", "covers", "targets") == [
        ("technology_export_ban", ["semiconductor"], ["China"])]


def test_products_hit(fixture_store: Store) -> None:
    rows = run(fixture_store, "products-hit", country="United States", imposer="China")
    assert column(rows, "product", "material", "applies_to", "domestic_supply") == [
        ("electric vehicle", "dysprosium", "all destinations", False),
        ("electric vehicle", "terbium", "all destinations", False),
        ("smartphone", "rare earth elements", "Ford", True),
        ("traction motor", "dysprosium", "all destinations", False),
        ("traction motor", "terbium", "all destinations", False),
        ("wind turbine", "dysprosium", "all destinations", False),
        ("wind turbine", "terbium", "all destinations", False),
    ]
    reverse = run(fixture_store, "products-hit", country="China", imposer="US")
    assert column(reverse, "product", "material", "applies_to", "status") == [
        ("smartphone", "semiconductor", "China", "in_force")]
    # a restriction aimed at China does not hit Japan
    assert run(fixture_store, "products-hit", country="Japan", imposer="US") == []


def test_agreements(fixture_store: Store) -> None:
    rows = run(fixture_store, "agreements")
    assert column(rows, "agreement", "status", "date", "parties", "implements",
                  "implemented_by") == [
        ("Geneva consensus", "agreed", "2025-05-12", ["China", "United States"], [],
         ["London framework"]),
        ("London framework", "preliminary", "2025-06-10", ["China", "United States"],
         ["Geneva consensus"], []),
    ]
    assert rows[1]["addresses"] == [
        "China export licensing of dysprosium and terbium", "rare earth elements"]
    assert column(run(fixture_store, "agreements", name="london agreement"), "agreement") == [
        "London framework"]
    assert run(fixture_store, "agreements", party="Japan") == []
    assert len(run(fixture_store, "agreements", party="American")) == 2


def test_material_exposure(fixture_store: Store) -> None:
    (row,) = run(fixture_store, "material-exposure", material="Dy")
    assert row == {
        "material": "dysprosium", "kind": "element", "producers": ["China"],
        "restrictions": ["China: export_licensing (in_force)"],
        "dependent_products": ["electric vehicle", "traction motor", "wind turbine"],
    }
    (magnet,) = run(fixture_store, "material-exposure", material="neodymium magnet")
    assert magnet["restrictions"] == ["China: export_licensing (suspended)"]
    (group,) = run(fixture_store, "material-exposure", material="rare earths")
    assert group["producers"] == ["China", "MP Materials"]


def test_chokepoints(fixture_store: Store) -> None:
    rows = run(fixture_store, "chokepoints")
    assert column(rows, "material", "dependent_products", "active_restrictions",
                  "producers") == [
        ("dysprosium", 3, 1, 1),
        ("terbium", 3, 1, 0),
        ("NdFeB magnet", 3, 0, 0),
        ("neodymium", 3, 0, 2),
        ("rare earth elements", 1, 1, 2),
    ]
    assert column(run(fixture_store, "chokepoints", limit=2), "material") == [
        "dysprosium", "terbium"]


def test_tit_for_tat(fixture_store: Store) -> None:
    rows = run(fixture_store, "tit-for-tat", a="US", b="China")
    assert column(rows, "imposer", "against", "targets", "status", "date") == [
        ("China", "United States", ["Ford"], "alleged", None),
        ("United States", "China", ["China"], "in_force", "2024-12-02"),
        ("China", "United States", ["all destinations"], "in_force", "2025-04-04"),
        ("China", "United States", ["all destinations"], "suspended", "2025-10-09"),
    ]
    targeted = run(fixture_store, "tit-for-tat", a="China", b="US", targeted_only=True)
    assert column(targeted, "imposer", "covers") == [
        ("China", ["rare earth elements"]), ("United States", ["semiconductor"])]


def test_evidence(fixture_store: Store) -> None:
    rows = run(fixture_store, "evidence", subject="China", type="imposes",
               object="restriction:cn-export-licensing-r1")
    assert rows == [{
        "subject": "China", "relationship": "IMPOSES",
        "object": "China export licensing of dysprosium and terbium", "confidence": 0.9,
        "articles": ["2025-04-05 China tightens rare earth licensing"],
        "evidence": ["Beijing put dysprosium and terbium exports under licence in April."],
    }]
    produced = run(fixture_store, "evidence", subject="Beijing", type="PRODUCES")
    assert column(produced, "object", "articles") == [
        ("dysprosium", []), ("neodymium", []), ("rare earth elements", [])]
    everything = run(fixture_store, "evidence", subject="China")
    assert "MENTIONS" not in column(everything, "relationship")
    assert len(everything) == 8


def test_timeline(fixture_store: Store) -> None:
    rows = run(fixture_store, "timeline")
    assert column(rows, "date", "happened", "what", "status") == [
        ("2024-12-02", "announced", "technology_export_ban", "in_force"),
        ("2025-04-04", "announced", "export_licensing", "in_force"),
        ("2025-04-04", "effective", "export_licensing", "in_force"),
        ("2025-05-12", "dated", "Geneva consensus", "agreed"),
        ("2025-06-10", "dated", "London framework", "preliminary"),
        ("2025-10-09", "announced", "export_licensing", "suspended"),
    ]
    spring = run(fixture_store, "timeline", since="2025", until="2025-05")
    assert column(spring, "date", "what") == [
        ("2025-04-04", "export_licensing"), ("2025-04-04", "export_licensing"),
        ("2025-05-12", "Geneva consensus")]
    # China is the target of the US ban, so that event involves China too
    assert column(run(fixture_store, "timeline", country="CN"), "date")[0] == "2024-12-02"
    assert run(fixture_store, "timeline", country="Japan") == []


def test_timeline_falls_back_to_the_reporting_article(fixture_store: Store) -> None:
    fixture_store.write("MATCH (r:Restriction {id: 'restriction:cn-export-licensing-r1'}) "
                        "REMOVE r.announced, r.effective")
    rows = run(fixture_store, "timeline", country="China", until="2025-04")
    assert column(rows, "date", "happened", "about") == [
        ("2024-12-02", "announced", ["semiconductor"]),
        ("2025-04-05", "reported", ["dysprosium", "terbium"]),
    ]


def test_lookup(fixture_store: Store) -> None:
    rows = run(fixture_store, "lookup", name="EV")
    assert column(rows, "label", "id", "matched")[0] == (
        "Product", "product:electric-vehicle", "exact")
    magnets = run(fixture_store, "lookup", name="magnets")
    assert column(magnets, "name", "matched") == [
        ("NdFeB magnet", "partial"), ("China export licensing of magnets", "partial")]
    by_iso3 = run(fixture_store, "lookup", name="chn", label="country")
    assert column(by_iso3, "name", "matched") == [("China", "exact")]
    assert run(fixture_store, "lookup", name="licensing", label="Article")[0]["id"] == (
        "article:fixture-0001")
    assert run(fixture_store, "lookup", name="zirconium") == []


def test_neighbourhood(fixture_store: Store) -> None:
    rows = run(fixture_store, "neighbourhood", name="Ford")
    assert column(rows, "distance", "label", "neighbour", "path") == [
        (1, "Country", "United States", "Ford -LOCATED_IN-> United States"),
        (1, "Restriction", "China delays rare earth shipments to Ford",
         "Ford <-TARGETS- China delays rare earth shipments to Ford"),
    ]
    two = run(fixture_store, "neighbourhood", name="Ford", hops=2)
    assert len(two) > len(rows)
    assert ("China", "Ford <-TARGETS- China delays rare earth shipments to Ford <-IMPOSES- "
            "China") in column(two, "neighbour", "path")
    assert max(column(two, "distance")) == 2


def test_restrictions(fixture_store: Store) -> None:
    rows = run(fixture_store, "restrictions")
    assert column(rows, "imposer", "status", "date") == [
        (["China"], "alleged", None),
        (["United States"], "in_force", "2024-12-02"),
        (["China"], "in_force", "2025-04-04"),
        (["China"], "suspended", "2025-10-09"),
    ]
    active = run(fixture_store, "restrictions", status="in_force,alleged", covers="terbium")
    assert column(active, "restriction") == ["restriction:cn-export-licensing-r1"]
    assert len(run(fixture_store, "restrictions", kind="EXPORT_LICENSING")) == 2
    on_magnets = run(fixture_store, "restrictions", covers="magnet")
    assert column(on_magnets, "covers") == [["NdFeB magnet"]]


def test_articles(fixture_store: Store) -> None:
    rows = run(fixture_store, "articles")
    assert rows == [{"published": "2025-04-05", "title": "China tightens rare earth licensing",
                     "entities": 4, "source": "fixture/china.txt",
                     "article": "article:fixture-0001"}]
    assert run(fixture_store, "articles", mentions="Japan") == []
    assert len(run(fixture_store, "articles", mentions="terbium")) == 1
    # a chemical symbol resolves through the lexicon, as extraction resolves it
    assert len(run(fixture_store, "articles", mentions="Tb")) == 1
    assert len(run(fixture_store, "articles", mentions="Tbx")) == 0


def test_summary(fixture_store: Store) -> None:
    counts = {(row["kind"], row["name"]): row["count"] for row in run(fixture_store, "summary")}
    assert counts[("node", "Restriction")] == 4
    assert counts[("node", "Material")] == 5
    assert counts[("relationship", "DEPENDS_ON")] == 8
    assert sum(v for (kind, _), v in counts.items() if kind == "node") == (
        fixture_store.counts()[0])


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_every_query_runs_on_an_empty_store(store: Store, query: Any) -> None:
    params = {p.name: "x" for p in query.parameters if p.required}
    assert query.run(store, params).rows == []


def test_canned_queries_are_read_only(fixture_store: Store) -> None:
    from rekg.errors import CypherError
    from rekg.queries.catalog import parse_query

    sneaky = parse_query("// name: sneaky\n// description: tries to write\n"
                         "CREATE (:Country {id: 'country:xx', name: 'X'})", "sneaky.cypher")
    with pytest.raises(CypherError):
        sneaky.run(fixture_store, {})
    assert run(fixture_store, "lookup", name="country:xx") == []


def test_bad_parameter_is_refused_before_the_store_is_asked(fixture_store: Store) -> None:
    with pytest.raises(ParameterError):
        run(fixture_store, "neighbourhood", name="China", hops="two")
