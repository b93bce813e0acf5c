"""RDF exports through rdflib: Turtle, JSON-LD and N-Triples.

Vocabulary: ``rekg/schema/ontology.ttl`` (OWL), checked by ``rekg/schema/shapes.ttl``
(SHACL). Every node gets a stable IRI from its id (``country:cn`` ->
``https://rekg.dev/id/country/cn``), its class, ``rdfs:label`` and one triple per property
(one per item for lists such as aliases: RDF keeps no order). Each relationship is a direct
triple (``rekg:imposes``) plus an ``rdf:Statement`` reification carrying its provenance
(``rekg:sources``, ``rekg:evidence``, ``rekg:confidence``, ``prov:wasDerivedFrom`` the
article) and any other property; the statement IRI hashes source, type and target.
Reification rather than RDF-star because every RDF 1.1 tool, SPARQL 1.1 and SHACL read it.

N-Triples is streamed; Turtle and JSON-LD build the whole graph in memory to serialize it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.plugins.serializers.nt import _nt_row  # the serializer's own line escaping
from rdflib.term import Node as RdfNode

from rekg.errors import ExportError
from rekg.graph.export.properties import (
    node_properties,
    open_output,
    relationship_properties,
)
from rekg.schema import Label, RelType, short_hash

ID_BASE = "https://rekg.dev/id/"
REKG = Namespace("https://rekg.dev/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
LIST_PROPERTIES = frozenset({"aliases", "hs_codes", "sources", "evidence", "status_events",
                             "merged_ids"})
# Dates are typed literals: a full day is xsd:date, a month xsd:gYearMonth, a year xsd:gYear.
DATE_PROPERTIES = frozenset({"announced", "effective", "date", "published"})
_DATE_TYPES = ((re.compile(r"^\d{4}-\d{2}-\d{2}$"), XSD.date),
               (re.compile(r"^\d{4}-\d{2}$"), XSD.gYearMonth), (re.compile(r"^\d{4}$"), XSD.gYear))
Triple = tuple[RdfNode, RdfNode, RdfNode]


def predicate_name(rel_type: str) -> str:
    """``DEPENDS_ON`` -> ``dependsOn``."""
    head, *rest = rel_type.lower().split("_")
    return head + "".join(word.title() for word in rest)


_TYPE_BY_PREDICATE = {predicate_name(t.value): t.value for t in RelType}


def node_iri(node_id: str) -> URIRef:
    """The stable IRI of a node id: ``country:cn`` -> ``https://rekg.dev/id/country/cn``."""
    prefix, _, key = node_id.partition(":")
    return URIRef(f"{ID_BASE}{prefix}/{quote(key, safe='-._~')}")


def id_of_iri(iri: str) -> str:
    prefix, _, key = iri.removeprefix(ID_BASE).partition("/")
    return f"{prefix}:{unquote(key)}"


def statement_iri(source: str, rel_type: str, target: str) -> URIRef:
    return URIRef(f"{ID_BASE}statement/{short_hash(source, rel_type, target, length=16)}")


def _literal(value: Any) -> Literal:
    if isinstance(value, bool):
        return Literal(value, datatype=XSD.boolean)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    if isinstance(value, float):
        return Literal(value, datatype=XSD.double)
    return Literal(str(value))


def _date_literal(value: Any) -> Literal:
    for pattern, datatype in _DATE_TYPES:
        if isinstance(value, str) and pattern.match(value):
            return Literal(value, datatype=datatype)
    return _literal(value)


def _property_triples(subject: URIRef, props: dict[str, Any]) -> Iterator[Triple]:
    for key, value in props.items():
        predicate = REKG[key]
        if key in DATE_PROPERTIES:
            yield subject, predicate, _date_literal(value)
            continue
        if isinstance(value, list | tuple):
            for item in value:
                yield subject, predicate, _literal(item)
        else:
            yield subject, predicate, _literal(value)


def triples(
    nodes: Iterable[dict[str, Any]], relationships: Iterable[dict[str, Any]]
) -> Iterator[Triple]:
    """The RDF triples of a graph, streamed."""
    for node in nodes:
        props = node_properties(node)
        subject = node_iri(props["id"])
        yield subject, RDF.type, REKG[node["label"]]
        if "name" in props:
            yield subject, RDFS.label, Literal(str(props["name"]))
        yield from _property_triples(subject, props)
    for rel in relationships:
        source, target = node_iri(rel["source"]), node_iri(rel["target"])
        predicate = REKG[predicate_name(rel["type"])]
        yield source, predicate, target
        statement = statement_iri(rel["source"], rel["type"], rel["target"])
        yield statement, RDF.type, RDF.Statement
        yield statement, RDF.subject, source
        yield statement, RDF.predicate, predicate
        yield statement, RDF.object, target
        props = relationship_properties(rel)
        yield from _property_triples(statement, props)
        for origin in props.get("sources") or []:
            if str(origin).startswith(Label.ARTICLE.value.lower() + ":"):
                yield statement, PROV.wasDerivedFrom, node_iri(str(origin))


def _bind(graph: Graph) -> Graph:
    graph.bind("rekg", REKG)
    graph.bind("prov", PROV)
    graph.bind("xsd", XSD)
    for label in Label:
        graph.bind(label.value.lower(), Namespace(f"{ID_BASE}{label.value.lower()}/"))
    graph.bind("stmt", Namespace(f"{ID_BASE}statement/"))
    return graph


def load_vocabulary(name: str) -> Graph:
    """``ontology`` or ``shapes``: the Turtle file shipped in ``rekg/schema``."""
    text = resources.files("rekg.schema").joinpath(f"{name}.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


def read_graph(graph: Graph) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Nodes and relationships back from RDF (lists sorted: RDF keeps no order)."""
    nodes = []
    for label in Label:
        for subject in sorted(graph.subjects(RDF.type, REKG[label.value]), key=str):
            props = _read_properties(graph, subject)
            nodes.append({"label": label.value, **props})
    relationships = []
    for statement in sorted(graph.subjects(RDF.type, RDF.Statement), key=str):
        predicate = str(graph.value(statement, RDF.predicate)).removeprefix(str(REKG))
        rel_type = _TYPE_BY_PREDICATE.get(predicate)
        if rel_type is None:
            raise ExportError(f"statement {statement} has unknown predicate {predicate!r}")
        relationships.append({
            "source": id_of_iri(str(graph.value(statement, RDF.subject))),
            "target": id_of_iri(str(graph.value(statement, RDF.object))),
            "type": rel_type,
            **_read_properties(graph, statement),
        })
    return nodes, relationships


_DATE_DATATYPES = frozenset(datatype for _, datatype in _DATE_TYPES)


def _read_properties(graph: Graph, subject: RdfNode) -> dict[str, Any]:
    values: dict[str, list[Any]] = {}
    for predicate, obj in graph.predicate_objects(subject):
        if not str(predicate).startswith(str(REKG)) or not isinstance(obj, Literal):
            continue
        value = str(obj) if obj.datatype in _DATE_DATATYPES else obj.toPython()
        values.setdefault(str(predicate).removeprefix(str(REKG)), []).append(value)
    return {key: sorted(items) if key in LIST_PROPERTIES or len(items) > 1 else items[0]
            for key, items in values.items()}


class RdfFormat:
    opens_in = "rdflib, Apache Jena, GraphDB, Protégé, any SPARQL store"

    def __init__(self, name: str, rdflib_format: str, suffix: str, description: str) -> None:
        self.name = name
        self.rdflib_format = rdflib_format
        self.suffix = suffix
        self.description = description
        self.streaming = rdflib_format == "nt"

    def write(
        self,
        nodes: Iterable[dict[str, Any]],
        relationships: Iterable[dict[str, Any]],
        out_path: str | Path,
    ) -> None:
        if self.streaming:
            with open_output(out_path) as out:
                for triple in triples(nodes, relationships):
                    out.write(_nt_row(triple))
            return
        graph = _bind(Graph())
        for triple in triples(nodes, relationships):
            graph.add(triple)
        with open_output(out_path) as out:
            if self.rdflib_format == "json-ld":
                context = {prefix: str(ns) for prefix, ns in graph.namespaces()
                           if prefix in ("rekg", "prov", "xsd", "rdf", "rdfs")}
                out.write(graph.serialize(format="json-ld", context=context, indent=1))
            else:
                out.write(graph.serialize(format=self.rdflib_format))

    def read(self, path: str | Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        try:
            graph = Graph().parse(str(path), format=self.rdflib_format)
        except Exception as exc:  # rdflib raises parser-specific errors
            raise ExportError(f"cannot parse {path} as {self.name}: {exc}") from exc
        return read_graph(graph)


TURTLE = RdfFormat("ttl", "turtle", ".ttl", "RDF Turtle with the rekg OWL ontology's terms")
JSON_LD = RdfFormat("jsonld", "json-ld", ".jsonld", "RDF as JSON-LD with a compact context")
N_TRIPLES = RdfFormat("nt", "nt", ".nt", "RDF N-Triples, streamed line by line")
