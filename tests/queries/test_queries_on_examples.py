"""The canned queries on the graph built like ``make demo``: the example articles ingested,
then the reference data loaded. Assertions are limited to what the articles clearly state."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rekg.graph.store import Store
from rekg.loaders.ingest import ingest
from rekg.loaders.reference import load_reference_files
from rekg.queries.catalog import get_query, list_queries

REPO = Path(__file__).resolve().parents[2]
ARTICLES = REPO / "examples" / "articles"
REFERENCE = REPO / "examples" / "reference" / "dependencies.csv"

# one sensible set of parameters per query, used by the parity test
SAMPLE_PARAMS: dict[str, dict[str, str]] = {
    "products-at-risk": {"material": "magnets"},
    "dependency-chain": {"product": "electric vehicles"},
    "country-restrictions": {"country": "China"},
    "products-hit": {"country": "United States", "imposer": "China"},
    "agreements": {},
    "material-exposure": {"material": "gallium"},
    "chokepoints": {},
    "tit-for-tat": {"a": "US", "b": "China"},
    "evidence": {"subject": "China", "type": "IMPOSES"},
    "timeline": {"country": "China"},
    "lookup": {"name": "magnet"},
    "neighbourhood": {"name": "London framework", "hops": "2"},
    "restrictions": {"covers": "gallium"},
    "articles": {"mentions": "Lynas"},
    "summary": {},
    "changes": {"since": "2025"},
}


def build_example_graph(store: Store) -> None:
    ingest(store, [str(ARTICLES)])
    load_reference_files(store, [REFERENCE])


@pytest.fixture
def example_store(store: Store) -> Store:
    build_example_graph(store)
    return store


def run(store: Store, name: str, /, **params: Any) -> list[dict[str, Any]]:
    return get_query(name).run(store, params).records()


def test_sample_parameters_cover_every_query() -> None:
    assert set(SAMPLE_PARAMS) == {query.name for query in list_queries()}


def test_restricted_magnets_hit_electric_vehicles(example_store: Store) -> None:
    rows = run(example_store, "products-at-risk", material="magnets")
    countries = {row["product"]: row["countries"] for row in rows}
    assert "China" in countries["electric vehicle"]
    assert "China" in countries["wind turbine"]
    assert len(countries) == len(rows), "one row per product"
    for row in rows:
        assert row["chain"].startswith(row["product"] + " > ")
    chain = run(example_store, "dependency-chain", product="Electric Car")
    assert {"traction motor", "NdFeB magnet"} <= {row["depends_on"] for row in chain}


def test_chinas_restrictions(example_store: Store) -> None:
    rows = run(example_store, "country-restrictions", country="Beijing")
    covered = {item for row in rows for item in row["covers"]}
    # April 2025 licensing (ex_01) and the December 2024 ban (ex_03)
    assert {"dysprosium", "terbium", "gallium", "germanium", "antimony"} <= covered
    assert any("United States" in row["targets"] and "gallium" in row["covers"]
               for row in rows)
    # ex_02 reports the December 2024 ban suspended on 2025-11-10: ask about the summer
    hit = run(example_store, "products-hit", country="US", imposer="China", as_of="2025-06")
    assert any(row["product"] == "radar" and row["material"] == "gallium"
               and row["applies_to"] == "United States" for row in hit)
    both_ways = run(example_store, "tit-for-tat", a="United States", b="China")
    assert {row["imposer"] for row in both_ways} == {"China", "United States"}


def test_agreements_and_their_parties(example_store: Store) -> None:
    rows = {row["agreement"]: row for row in run(example_store, "agreements")}
    assert {"London framework", "Geneva consensus", "Critical Raw Materials Act"} <= set(rows)
    assert {"China", "United States"} <= set(rows["London framework"]["parties"])
    assert "European Union" in rows["Critical Raw Materials Act"]["parties"]
    around = run(example_store, "neighbourhood", name="London framework")
    assert {"China", "United States"} <= {row["neighbour"] for row in around}


def test_gallium_exposure(example_store: Store) -> None:
    (row,) = run(example_store, "material-exposure", material="Gallium")
    assert "China" in row["producers"]
    assert any(text.startswith("China: ") for text in row["restrictions"])
    assert "radar" in row["dependent_products"]
    imposers = {name for r in run(example_store, "restrictions", covers="gallium")
                for name in r["imposer"]}
    assert "China" in imposers


def test_evidence_sentences_come_from_the_articles(example_store: Store) -> None:
    texts = [" ".join(path.read_text(encoding="utf-8").split())
             for path in ARTICLES.glob("*.txt")]
    rows = run(example_store, "evidence", subject="China", type="IMPOSES")
    assert rows
    for row in rows:
        assert row["articles"], row
        for sentence in row["evidence"]:
            assert any(" ".join(sentence.split()) in text for text in texts), sentence


def test_timeline_lookup_and_articles(example_store: Store) -> None:
    timeline = run(example_store, "timeline", country="China")
    april = [row for row in timeline if row["date"] == "2025-04-04"]
    assert any("China" in row["who"] and "dysprosium" in row["about"] for row in april)
    dates = [row["date"] for row in timeline]
    assert dates == sorted(dates)
    found = run(example_store, "lookup", name="beijing")
    assert (found[0]["label"], found[0]["name"], found[0]["matched"]) == (
        "Country", "China", "exact")
    articles = run(example_store, "articles")
    titles = {path.read_text(encoding="utf-8").splitlines()[0]
              for path in ARTICLES.glob("*.txt")}
    assert {row["title"] for row in articles} == titles
    counts = {row["name"]: row["count"] for row in run(example_store, "summary")
              if row["kind"] == "node"}
    assert counts["Article"] == len(titles)
    top = [row["material"] for row in run(example_store, "chokepoints", limit=5)]
    assert "NdFeB magnet" in top


@pytest.mark.neo4j
def test_every_query_gives_the_same_answer_on_both_stores(
    embedded_store: Store, neo4j_store: Store
) -> None:
    build_example_graph(embedded_store)
    build_example_graph(neo4j_store)
    assert embedded_store.counts() == neo4j_store.counts()
    for query in list_queries():
        params = SAMPLE_PARAMS[query.name]
        on_embedded = query.run(embedded_store, params)
        on_neo4j = query.run(neo4j_store, params)
        assert on_embedded.columns == on_neo4j.columns, query.name
        assert on_embedded.rows == on_neo4j.rows, query.name
        assert on_embedded.rows, f"{query.name} found nothing on the example graph"


# Parameters of the queries that read their first page (or their items) from a table cached
# per generation (rekg/queries/pages.py), with what a store without a generation gets.
CACHED_PAGES: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "restrictions": ("restriction_page", [
        {}, {"limit": 2, "offset": 1}, {"covers": "gallium"}, {"covers": "magnet"},
        {"status": "in_force,announced"}, {"kind": "EXPORT_BAN"}, {"as_of": "2025-06"},
        {"as_of": "2024", "status": "announced", "limit": 1}]),
    "tit-for-tat": ("tit_for_tat_page", [
        {"a": "US", "b": "China"}, {"a": "China", "b": "Japan"},
        {"a": "US", "b": "China", "targeted_only": "true"},
        {"a": "US", "b": "China", "as_of": "2025-06", "limit": 2, "offset": 1}]),
    "country-restrictions": ("country_restriction_page", [
        {"country": "China"}, {"country": "China", "active_only": "true", "limit": 2},
        {"country": "Beijing", "as_of": "2025-06", "offset": 1}]),
    "agreements": ("agreement_page", [
        {}, {"party": "US"}, {"party": "Japan", "limit": 1, "offset": 1},
        {"name": "London framework"}]),
    "lookup": ("lookup_nodes", [
        {"name": "magnet"}, {"name": "china"}, {"name": "a", "limit": 5, "offset": 3},
        {"name": "magnet", "label": "Material"}, {"name": "rare", "label": "article"}]),
    "articles": ("article_page", [{}, {"limit": 2, "offset": 1}, {"mentions": "Lynas"}]),
    "products-hit": ("hit_items", [
        {"country": "United States", "imposer": "China"},
        {"country": "US", "imposer": "China", "as_of": "2025-06"},
        {"country": "Japan", "imposer": "China"}]),
}


def test_cached_pages_give_the_answers_of_the_whole_read(embedded_store: Store) -> None:
    build_example_graph(embedded_store)
    example_store = embedded_store
    assert example_store.generation() is not None
    found = 0
    for name, (derived_name, cases) in CACHED_PAGES.items():
        query = get_query(name)
        assert derived_name in query.derived
        for params in cases:
            cached = query.run(example_store, params)
            bound = {**query.bind(params), derived_name: None}
            assert example_store.read(query.cypher, bound).rows == cached.rows, (name, params)
            found += len(cached.rows)
    assert found > 50
