"""The `make demo` path in the library: example articles, then reference data, then the
products-at-risk question. Reference data enters only through its own loader."""

from __future__ import annotations

from pathlib import Path

from rekg.graph.store import Store
from rekg.loaders.ingest import ingest
from rekg.loaders.reference import load_reference_files
from rekg.queries.catalog import get_query

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
REFERENCE_SOURCE = "reference:dependencies.csv"


def reference_relationships(store: Store) -> int:
    result = store.read(
        "MATCH ()-[r]->() WHERE $source IN r.sources RETURN count(r)",
        {"source": REFERENCE_SOURCE},
    )
    return int(result.rows[0][0])


def test_ingest_alone_loads_no_reference_data(store: Store) -> None:
    ingest(store, [str(EXAMPLES / "articles")])

    assert reference_relationships(store) == 0
    assert store.read(
        "MATCH (:Product {name: 'voice coil motor'}) RETURN count(*)"
    ).rows[0][0] == 0


def test_reference_nodes_meet_extracted_nodes(store: Store) -> None:
    ingest(store, [str(EXAMPLES / "articles")])
    extracted_magnets = store.read(
        "MATCH (m:Material {id: 'material:ndfeb-magnet'}) RETURN count(m)"
    ).rows[0][0]

    load_reference_files(store, [EXAMPLES / "reference" / "dependencies.csv"])

    assert extracted_magnets == 1
    by_name = store.read(
        "MATCH (n) WHERE n.name IN ['electric vehicle', 'NdFeB magnet', 'dysprosium'] "
        "RETURN n.name, count(n)"
    )
    assert sorted(by_name.rows) == [["NdFeB magnet", 1], ["dysprosium", 1],
                                    ["electric vehicle", 1]]
    assert reference_relationships(store) > 0


def test_products_at_risk_names_electric_vehicles_and_china(store: Store) -> None:
    ingest(store, [str(EXAMPLES / "articles")])
    load_reference_files(store, [EXAMPLES / "reference" / "dependencies.csv"])

    records = get_query("products-at-risk").run(store, {}).records()

    china_ev = [
        r for r in records if r["product"] == "electric vehicle" and "China" in r["countries"]
    ]
    assert china_ev
    # dependencies (reference and extracted) lead to a metal the articles say China restricts
    reached = {m for r in china_ev for m in (r.get("materials") or [r.get("material")])}
    assert "dysprosium" in reached
