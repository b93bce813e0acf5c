"""GraphML, GEXF, node-link JSON and Cytoscape JSON read by networkx's own readers."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from export.export_graphs import store_graph
from rekg.graph.export.gexf import LABEL_COLOURS
from rekg.graph.export.pipeline import export_store
from rekg.graph.store import Store
from rekg.schema import GraphFragment, RelType, make_node, relate


def test_graphml_keeps_every_property_with_typed_keys(sample_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "graph.graphml"
    export_store(sample_store, "graphml", out)
    graph = nx.read_graphml(out, force_multigraph=True)
    nodes, relationships = store_graph(sample_store)
    assert graph.number_of_nodes() == len(nodes)
    assert graph.number_of_edges() == len(relationships)
    for node in nodes:
        data = graph.nodes[node["id"]]
        assert data["rekg_label"] == node["label"]
        assert data["label"] == node["name"]
        for key, value in node.items():
            if key == "label":
                continue
            assert (json.loads(data[key]) if isinstance(value, list) else data[key]) == value
    edges = {(a, d["rel_type"], b): d for a, b, d in graph.edges(data=True)}
    for rel in relationships:
        data = edges[(rel["source"], rel["type"], rel["target"])]
        assert data["confidence"] == rel["confidence"]
        assert json.loads(data["evidence"]) == rel["evidence"]
    depends = edges[("product:electric-vehicle", "DEPENDS_ON", "material:ndfeb-magnet")]
    assert (depends["share"], depends["critical"], depends["weight"]) == (12, True, 0.25)
    assert isinstance(depends["share"], int) and isinstance(depends["critical"], bool)


def test_gexf_has_colours_rel_type_and_date_spells(sample_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "graph.gexf"
    export_store(sample_store, "gexf", out)
    graph = nx.read_gexf(out, node_type=str)
    nodes, relationships = store_graph(sample_store)
    assert graph.number_of_nodes() == len(nodes)
    assert graph.number_of_edges() == len(relationships)
    for node in nodes:
        data = graph.nodes[node["id"]]
        red, green, blue = LABEL_COLOURS[node["label"]]
        assert data["viz"]["color"] == {"r": red, "g": green, "b": blue, "a": 1.0}
        assert data["label"] == node["name"]
        for key, value in node.items():
            if key != "label":
                assert (json.loads(data[key]) if isinstance(value, list) else data[key]) == value
    # Spells have a start and no end; networkx reads the missing end as the text 'None'.
    licensing = graph.nodes["restriction:cn-export-licensing-2025"]
    assert [start for start, _ in licensing["spells"]] == ["2025-04-04"]
    agreement = graph.nodes["agreement:london-framework"]
    assert [start for start, _ in agreement["spells"]] == ["2025-06-01"]
    assert "spells" not in graph.nodes["restriction:cn-quota"]
    assert "spells" not in graph.nodes["country:cn"]
    edge_types = {(a, d["rel_type"], b): d for a, b, d in graph.edges(data=True)}
    imposes = edge_types[("country:cn", "IMPOSES", "restriction:cn-export-licensing-2025")]
    assert [start for start, _ in imposes["spells"]] == ["2025-04-04"]
    assert imposes["label"] == "IMPOSES"
    assert "type" not in imposes or imposes["type"] == "directed"


def test_node_link_json_is_what_networkx_reads(sample_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "graph.json"
    export_store(sample_store, "json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["directed"] and data["multigraph"]
    graph = nx.node_link_graph(data, edges="links")
    nodes, relationships = store_graph(sample_store)
    assert graph.number_of_nodes() == len(nodes)
    assert graph.number_of_edges() == len(relationships)
    assert graph.nodes["country:cn"]["label"] == "Country"
    assert graph.nodes["country:cn"]["aliases"] == ["Beijing", "PRC; mainland", "People's Republic"]


def test_cytoscape_json_is_what_networkx_reads(sample_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "graph.cyjs"
    export_store(sample_store, "cytoscape", out)
    graph = nx.cytoscape_graph(json.loads(out.read_text(encoding="utf-8")))
    nodes, relationships = store_graph(sample_store)
    assert graph.number_of_nodes() == len(nodes)
    assert graph.number_of_edges() == len(relationships)
    assert graph.nodes["material:dysprosium"]["symbol"] == "Dy"
    # read back as what it is: directed, with parallel edges kept apart
    assert graph.is_directed() and graph.is_multigraph()
    assert {(a, b, d["type"]) for a, b, d in graph.edges(data=True)} == {
        (r["source"], r["target"], r["type"]) for r in relationships}


def test_cytoscape_keeps_two_relationships_of_one_pair(store: Store, tmp_path: Path) -> None:
    fragment = GraphFragment()
    china = fragment.add_node(make_node("Country", "China", key="CN"))
    japan = fragment.add_node(make_node("Country", "Japan", key="JP"))
    fragment.add_relationship(relate(RelType.SUPPLIES, china, japan, sources=["article:a"],
                                     evidence=["China ships to Japan."]))
    fragment.add_relationship(relate(RelType.SUPPLIES, japan, china, sources=["article:a"],
                                     evidence=["Japan ships to China."]))
    store.merge(fragment)
    out = tmp_path / "pair.cyjs"
    export_store(store, "cytoscape", out)
    graph = nx.cytoscape_graph(json.loads(out.read_text(encoding="utf-8")))
    assert sorted(graph.edges()) == [("country:cn", "country:jp"), ("country:jp", "country:cn")]
