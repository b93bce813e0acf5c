"""The example corpus, ingested for real, exports to RDF that conforms to the SHACL shapes."""

from __future__ import annotations

from pathlib import Path

from pyshacl import validate
from rdflib import Graph

from export.export_graphs import REPO, normalise, store_graph
from rekg.graph.export import get_format
from rekg.graph.export.pipeline import export_store
from rekg.graph.export.rdf import load_vocabulary
from rekg.graph.store import Store
from rekg.loaders.ingest import ingest


def test_ingested_examples_export_to_conforming_rdf_and_back(
    embedded_store: Store, tmp_path: Path
) -> None:
    ingest(embedded_store, [str(REPO / "examples" / "articles")])
    nodes, relationships = store_graph(embedded_store)
    assert nodes and relationships
    out = tmp_path / "examples.ttl"
    export_store(embedded_store, "ttl", out)
    ok, _, report = validate(Graph().parse(out, format="turtle"),
                             shacl_graph=load_vocabulary("shapes"),
                             ont_graph=load_vocabulary("ontology"), inference="rdfs")
    assert ok, report
    read_back = get_format("ttl").read(out)  # type: ignore[attr-defined]
    assert normalise(*read_back, ordered_lists=False) == normalise(
        nodes, relationships, ordered_lists=False)
