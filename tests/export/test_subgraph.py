"""Subgraph exports: a neighbourhood, or what a canned query returns."""

from __future__ import annotations

from pathlib import Path

import pytest

from export.export_graphs import sample_fragment
from rekg.errors import InputError
from rekg.graph.export import get_format
from rekg.graph.export.pipeline import export_store
from rekg.graph.export.subgraph import around, ids_in
from rekg.graph.store import Store
from rekg.queries.selection import from_query


def test_ids_are_found_in_strings_nodes_paths_and_lists() -> None:
    value = ["country:cn", {"_labels": ["Material"], "id": "material:dysprosium"},
             {"nodes": [{"_labels": ["Product"], "id": "product:electric-vehicle"}],
              "relationships": [{"_type": "DEPENDS_ON", "id": "not-a-node"}]},
             "China", 3, None]
    assert sorted(ids_in(value)) == ["country:cn", "material:dysprosium",
                                     "product:electric-vehicle"]


def test_depth_zero_is_the_node_alone(sample_store: Store) -> None:
    assert around(sample_store, "country:jp", 0).node_ids == {"country:jp"}


def test_neighbourhood_grows_with_depth(sample_store: Store) -> None:
    one = around(sample_store, "country:jp", 1).node_ids
    assert one == {"country:jp", "organization:lynas-rare-earths", "article:0123456789abcdef"}
    two = around(sample_store, "country:jp", 2).node_ids
    assert one < two
    assert "material:dysprosium" in two  # Lynas PRODUCES dysprosium


def test_unknown_start_node_is_a_one_line_input_error(sample_store: Store) -> None:
    with pytest.raises(InputError, match="no node has id 'country:zz'"):
        around(sample_store, "country:zz", 1)


def test_neighbourhood_export_holds_only_relationships_among_the_selection(
    sample_store: Store, tmp_path: Path
) -> None:
    selection = around(sample_store, "organization:lynas-rare-earths", 1)
    out = tmp_path / "around.json"
    summary = export_store(sample_store, "json", out, selection)
    nodes, links = get_format("json").read(out)  # type: ignore[attr-defined]
    assert {node["id"] for node in nodes} == selection.node_ids
    assert summary.nodes == len(selection.node_ids)
    assert links and all(link["source"] in selection.node_ids and
                         link["target"] in selection.node_ids for link in links)
    keys = {(link["source"], link["type"], link["target"]) for link in links}
    assert ("organization:lynas-rare-earths", "SUPPLIES", "country:jp") in keys
    assert ("organization:lynas-rare-earths", "PRODUCES", "material:dysprosium") in keys


def test_query_export_holds_the_nodes_the_query_returns(store: Store, tmp_path: Path) -> None:
    store.merge(sample_fragment())
    by_id = from_query(store, "lookup", {"name": "dysprosium"}).node_ids
    assert by_id == {"material:dysprosium"}
    by_name = from_query(store, "neighbourhood", {"name": "Japan"}).node_ids
    assert by_name == {"country:jp", "organization:lynas-rare-earths"}
    out = tmp_path / "query.graphml"
    summary = export_store(store, "graphml", out, from_query(store, "neighbourhood",
                                                             {"name": "Japan"}))
    assert (summary.nodes, summary.relationships) == (2, 1)
