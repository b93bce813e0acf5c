"""RDF exports: parsed by rdflib, validated by pyshacl against the schema's SHACL shapes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import OWL, RDF, Graph, Literal, URIRef

from export.export_graphs import store_graph
from rekg.graph.export.pipeline import export_store
from rekg.graph.export.rdf import REKG, load_vocabulary, node_iri, predicate_name
from rekg.graph.store import Store
from rekg.schema import NODE_MODELS, Label, RelType

RDF_FORMATS = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt"}


def conforms(data: Graph) -> tuple[bool, str]:
    ok, _, text = validate(data, shacl_graph=load_vocabulary("shapes"),
                           ont_graph=load_vocabulary("ontology"), inference="rdfs")
    return bool(ok), str(text)


@pytest.mark.parametrize("format_name", sorted(RDF_FORMATS))
def test_export_parses_and_conforms_to_the_shapes(
    sample_store: Store, tmp_path: Path, format_name: str
) -> None:
    out = tmp_path / f"graph.{format_name}"
    export_store(sample_store, format_name, out)
    graph = Graph().parse(out, format=RDF_FORMATS[format_name])
    nodes, relationships = store_graph(sample_store)
    for node in nodes:
        assert (node_iri(node["id"]), RDF.type, REKG[node["label"]]) in graph
    for rel in relationships:
        triple = (node_iri(rel["source"]), REKG[predicate_name(rel["type"])],
                  node_iri(rel["target"]))
        assert triple in graph
    assert len(set(graph.subjects(RDF.type, RDF.Statement))) == len(relationships)
    ok, report = conforms(graph)
    assert ok, report


def test_node_iris_are_stable_and_readable() -> None:
    assert node_iri("country:cn") == URIRef("https://rekg.dev/id/country/cn")
    assert node_iri("material:ndfeb-magnet") == URIRef("https://rekg.dev/id/material/ndfeb-magnet")


def test_shapes_reject_a_relationship_between_the_wrong_labels(
    sample_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "graph.ttl"
    export_store(sample_store, "ttl", out)
    graph = Graph().parse(out, format="turtle")
    graph.add((node_iri("material:dysprosium"), REKG.imposes, node_iri("country:cn")))
    ok, report = conforms(graph)
    assert not ok
    assert "imposes" in report


def test_shapes_reject_a_bad_status_and_a_missing_name(sample_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    export_store(sample_store, "ttl", out)
    graph = Graph().parse(out, format="turtle")
    restriction = node_iri("restriction:cn-quota")
    graph.set((restriction, REKG.status, Literal("rumoured")))
    graph.remove((node_iri("country:jp"), REKG.name, None))
    ok, report = conforms(graph)
    assert not ok
    assert "InConstraintComponent" in report and "rumoured" in report
    assert "Less than 1 values on country:jp->rekg:name" in report


def test_ontology_covers_the_schema() -> None:
    ontology = load_vocabulary("ontology")
    shapes = load_vocabulary("shapes")
    for label in Label:
        assert (REKG[label.value], RDF.type, OWL.Class) in ontology
        assert any(True for _ in shapes.subjects(URIRef("http://www.w3.org/ns/shacl#targetClass"),
                                                REKG[label.value]))
    for rel_type in RelType:
        assert (REKG[predicate_name(rel_type.value)], RDF.type, OWL.ObjectProperty) in ontology
    for model in NODE_MODELS.values():
        for field in model.model_fields:
            if field != "label":
                assert (REKG[field], RDF.type, OWL.DatatypeProperty) in ontology, field
    for provenance in ("sources", "evidence", "confidence"):
        assert (REKG[provenance], RDF.type, OWL.DatatypeProperty) in ontology
