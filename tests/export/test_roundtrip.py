"""Every format with a reader gives back the graph it was given (rdflib's test_roundtrip idea)."""

from __future__ import annotations

from pathlib import Path

import pytest

from export.export_graphs import normalise, sample_fragment, store_graph
from rekg.graph.export import get_format
from rekg.graph.export.pipeline import export_store
from rekg.graph.store import Store

# RDF keeps no order among the values of one property.
UNORDERED = {"ttl", "jsonld", "nt"}
FILE_NAMES = {"csv": "graph.zip", "json": "graph.json", "graphml": "graph.graphml",
              "gexf": "graph.gexf", "cytoscape": "graph.cyjs", "ttl": "graph.ttl",
              "jsonld": "graph.jsonld", "nt": "graph.nt", "html": "graph.html"}


@pytest.mark.parametrize("format_name", sorted(FILE_NAMES))
def test_format_reads_back_the_exported_graph(
    sample_store: Store, tmp_path: Path, format_name: str
) -> None:
    out = tmp_path / FILE_NAMES[format_name]
    summary = export_store(sample_store, format_name, out)
    nodes, relationships = store_graph(sample_store)
    assert (summary.nodes, summary.relationships) == (len(nodes), len(relationships))

    read_nodes, read_relationships = get_format(format_name).read(out)  # type: ignore[attr-defined]

    ordered = format_name not in UNORDERED
    expected = normalise(nodes, relationships, ordered_lists=ordered)
    assert normalise(read_nodes, read_relationships, ordered_lists=ordered) == expected


def test_csv_folder_export_reads_back_like_the_zip(sample_store: Store, tmp_path: Path) -> None:
    export_store(sample_store, "csv", tmp_path / "folder")
    export_store(sample_store, "csv", tmp_path / "graph.zip")
    fmt = get_format("csv")
    assert fmt.read(tmp_path / "folder") == fmt.read(tmp_path / "graph.zip")  # type: ignore[attr-defined]
    assert normalise(*fmt.read(tmp_path / "folder")) == normalise(*store_graph(sample_store))  # type: ignore[attr-defined]


def test_an_empty_graph_exports_in_every_format(embedded_store: Store, tmp_path: Path) -> None:
    # A never-written FalkorDB graph does not exist yet and refuses reads; indexes create it.
    embedded_store.ensure_schema()
    for format_name, file_name in FILE_NAMES.items():
        out = tmp_path / file_name
        summary = export_store(embedded_store, format_name, out)
        assert (summary.nodes, summary.relationships) == (0, 0)
        assert get_format(format_name).read(out) == ([], [])  # type: ignore[attr-defined]


def test_both_stores_export_the_same_graph(
    store: Store, sample_store: Store, tmp_path: Path
) -> None:
    store.merge(sample_fragment())
    export_store(store, "json", tmp_path / "store.json")
    export_store(sample_store, "json", tmp_path / "embedded.json")
    fmt = get_format("json")
    exported = fmt.read(tmp_path / "store.json")  # type: ignore[attr-defined]
    reference = fmt.read(tmp_path / "embedded.json")  # type: ignore[attr-defined]
    assert normalise(*exported) == normalise(*reference)
