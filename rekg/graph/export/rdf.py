"""RDF exports through rdflib: Turtle, JSON-LD and N-Triples.

Vocabulary: ``rekg/schema/ontology.ttl`` (OWL), checked by ``rekg/schema/shapes.ttl``
(SHACL). Every node gets a stable IRI from its id (``country:cn`` ->
``https://rekg.dev/id/country/cn``), its class, ``rdfs:label`` and one triple per property
(one per item for lists such as aliases: RDF keeps no order). Each relationship is a direct
triple (``rekg:imposes``) plus an ``rdf:Statement`` reification carrying its provenance
(``rekg:sources``, ``rekg:evidence``, ``rekg:confidence``, ``prov:wasDerivedFrom`` the
article) and any other property; the statement IRI hashes source, type and target.
Reification rather than RDF-star because every RDF 1.1 tool, SPARQL 1.1 and SHACL read it.

All three are written as streamed text, element by element, with their own escaping (no
rdflib graph in memory, no rdflib term per value: issue 14 measured 7 GB for Turtle at 655k
relationships). Reading back goes through rdflib.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from hashlib import sha256
from importlib import resources
from json.encoder import encode_basestring as _json_string
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.term import Node as RdfNode

from rekg.errors import ExportError
from rekg.graph.export.properties import (
    NODE_META,
    RELATIONSHIP_META,
    TextSink,
    open_output,
)
from rekg.schema import Label, RelType, short_hash

ID_BASE = "https://rekg.dev/id/"
REKG = Namespace("https://rekg.dev/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
LIST_PROPERTIES = frozenset({"aliases", "hs_codes", "sources", "evidence", "status_events",
                             "merged_ids"})
# Dates are typed literals: a full day is xsd:date, a month xsd:gYearMonth, a year xsd:gYear.
DATE_PROPERTIES = frozenset({"announced", "effective", "date", "published"})
_DATE_TYPES = ((re.compile(r"^\d{4}-\d{2}-\d{2}$"), "date"),
               (re.compile(r"^\d{4}-\d{2}$"), "gYearMonth"), (re.compile(r"^\d{4}$"), "gYear"))
_DATE_DATATYPES = frozenset(str(XSD) + name for _, name in _DATE_TYPES)


def date_type(value: Any) -> str | None:
    """The XSD type name of a date value ('date', 'gYearMonth', 'gYear'), or None."""
    if isinstance(value, str):
        for pattern, name in _DATE_TYPES:
            if pattern.match(value):
                return name
    return None


def predicate_name(rel_type: str) -> str:
    """``DEPENDS_ON`` -> ``dependsOn``."""
    head, *rest = rel_type.lower().split("_")
    return head + "".join(word.title() for word in rest)


_TYPE_BY_PREDICATE = {predicate_name(t.value): t.value for t in RelType}


def node_iri(node_id: str) -> URIRef:
    """The stable IRI of a node id: ``country:cn`` -> ``https://rekg.dev/id/country/cn``."""
    return URIRef(_iri_text(node_id))


_UNRESERVED = re.compile(r"[A-Za-z0-9\-._~]*")
# An id whose key (after its first colon) needs no percent-quoting.
_PLAIN_ID = re.compile(r"[^:]*:[A-Za-z0-9\-._~]*")


def _iri_text(node_id: str) -> str:
    if _PLAIN_ID.fullmatch(node_id) is not None:
        return ID_BASE + node_id.replace(":", "/", 1)
    prefix, _, key = node_id.partition(":")
    if _UNRESERVED.fullmatch(key) is None:
        key = quote(key, safe="-._~")
    return f"{ID_BASE}{prefix}/{key}"


def id_of_iri(iri: str) -> str:
    prefix, _, key = iri.removeprefix(ID_BASE).partition("/")
    return f"{prefix}:{unquote(key)}"


def statement_iri(source: str, rel_type: str, target: str) -> URIRef:
    return URIRef(f"{ID_BASE}statement/{short_hash(source, rel_type, target, length=16)}")


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


def _read_properties(graph: Graph, subject: RdfNode) -> dict[str, Any]:
    values: dict[str, list[Any]] = {}
    for predicate, obj in graph.predicate_objects(subject):
        if not str(predicate).startswith(str(REKG)) or not isinstance(obj, Literal):
            continue
        value = str(obj) if str(obj.datatype) in _DATE_DATATYPES else obj.toPython()
        values.setdefault(str(predicate).removeprefix(str(REKG)), []).append(value)
    return {key: sorted(items) if key in LIST_PROPERTIES or len(items) > 1 else items[0]
            for key, items in values.items()}


_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r",
            ord("\t"): "\\t", ord("\b"): "\\b", ord("\f"): "\\f"}
_ESCAPES.update({code: f"\\u{code:04X}" for code in range(0x20) if code not in _ESCAPES})
_ESCAPES[0x7F] = "\\u007F"
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_XSD = str(XSD)
_RDF_TYPE = f"<{RDF.type}>"
_STATEMENT_PAIRS = (f"<{RDF.Statement}>", f"<{RDF.subject}>", f"<{RDF.predicate}>",
                    f"<{RDF.object}>", f"<{PROV.wasDerivedFrom}>")
# Text that starts a (predicate, object) pair: "<predicate> ", per property name and type.
_TYPE_PAIR = _RDF_TYPE + " "
_LABEL_PAIR = f"<{RDFS.label}> "
_STATEMENT_HEAD = f"{_RDF_TYPE} {_STATEMENT_PAIRS[0]}"
_SUBJECT_PAIR, _PREDICATE_PAIR, _OBJECT_PAIR, _DERIVED_PAIR = (
    pair + " " for pair in _STATEMENT_PAIRS[1:])
_STATEMENT_PREFIX = f"<{ID_BASE}statement/"
_CLASS_OBJECTS: dict[str, str] = {}
_PREDICATE_PAIRS: dict[str, str] = {}
_REL_PREDICATES: dict[str, str] = {}
_XSD_BOOLEAN, _XSD_INTEGER, _XSD_DOUBLE = (f'"^^<{_XSD}{name}>'
                                           for name in ("boolean", "integer", "double"))


def _escaped(text: str) -> str:
    """A string literal's text; str.translate with a mapping is slow, so it is kept for the
    rare strings with control characters."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    if _CONTROL.search(text) is not None:
        return text.translate(_ESCAPES)
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _term(value: Any) -> str:
    """A literal in the syntax N-Triples and Turtle share, typed as rdflib reads it back."""
    if type(value) is str:
        return '"' + _escaped(value) + '"'
    if isinstance(value, bool):
        return f'"{"true" if value else "false"}"^^<{_XSD}boolean>'
    if isinstance(value, int):
        return f'"{value}"^^<{_XSD}integer>'
    if isinstance(value, float):
        return f'"{_double(value)}"^^<{_XSD}double>'
    return '"' + _escaped(str(value)) + '"'


def _double(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "INF" if value > 0 else "-INF"
    return repr(value)


def _predicate_pair(key: str) -> str:
    found = _PREDICATE_PAIRS.get(key)
    if found is None:
        found = _PREDICATE_PAIRS[key] = f"<{REKG}{key}> "
    return found


def _add_property_pairs(pairs: list[str], key: str, value: Any) -> None:
    """Append the "predicate object" texts of one property (one per item of a list)."""
    predicate = _PREDICATE_PAIRS.get(key) or _predicate_pair(key)
    if type(value) is str:
        if key in DATE_PROPERTIES:
            xsd_date = date_type(value)
            if xsd_date is not None:
                pairs.append(f'{predicate}"{value}"^^<{_XSD}{xsd_date}>')
                return
        pairs.append(predicate + '"' + _escaped(value) + '"')
    elif type(value) is list or isinstance(value, list | tuple):
        for item in value:
            pairs.append(predicate + ('"' + _escaped(item) + '"' if type(item) is str
                                      else _term(item)))
    else:
        pairs.append(predicate + _term(value))


def _statements(
    nodes: Iterable[dict[str, Any]], relationships: Iterable[dict[str, Any]]
) -> Iterator[tuple[str, list[str]]]:
    """Each subject's IRI (as ``<...>``) with its "predicate object" texts.

    Node and relationship dicts are read in place (no property dicts built), and the common
    values (strings, lists of strings, finite floats) are written inline; the IRI of the
    previous relationship's source is reused, since the store gives a source's relationships
    together. Nothing is kept per node, so memory stays flat.
    """
    rekg = str(REKG)
    class_objects, rel_predicates, predicate_pairs = (_CLASS_OBJECTS, _REL_PREDICATES,
                                                      _PREDICATE_PAIRS)
    escaped, iri_text, needs_escape = _escaped, _iri_text, _NEEDS_ESCAPE.search
    dates, xsd_double, add_pairs = DATE_PROPERTIES, _XSD_DOUBLE, _add_property_pairs
    inf = float("inf")

    def add(pairs: list[str], key: str, value: Any) -> None:
        predicate = predicate_pairs.get(key) or _predicate_pair(key)
        kind = type(value)
        if kind is str and key not in dates:
            pairs.append(predicate + '"' + (value if needs_escape(value) is None
                                            else escaped(value)) + '"')
        elif kind is list:
            for item in value:
                if type(item) is str:
                    pairs.append(predicate + '"' + (item if needs_escape(item) is None
                                                    else escaped(item)) + '"')
                else:
                    pairs.append(predicate + _term(item))
        elif kind is float and -inf < value < inf:
            pairs.append(predicate + '"' + repr(value) + xsd_double)
        else:
            add_pairs(pairs, key, value)

    for node in nodes:
        label = node["label"]
        class_object = class_objects.get(label)
        if class_object is None:
            class_object = class_objects[label] = f"{_TYPE_PAIR}<{rekg}{label}>"
        pairs = [class_object]
        name = node.get("name")
        if name is not None:
            pairs.append(_LABEL_PAIR + ('"' + escaped(name) + '"' if type(name) is str
                                        else _term(name)))
        for key, value in node.items():
            if value is not None and key != "label":
                add(pairs, key, value)
        node_id = node.get("id")
        if node_id is None:
            raise KeyError("id")
        yield "<" + iri_text(node_id) + ">", pairs
    article_prefix = Label.ARTICLE.value.lower() + ":"
    last_source, source = None, ""
    for rel in relationships:
        rel_source, rel_type, rel_target = rel["source"], rel["type"], rel["target"]
        if rel_source != last_source:
            source = "<" + iri_text(rel_source) + ">"
            last_source = rel_source
        target = "<" + iri_text(rel_target) + ">"
        predicate = rel_predicates.get(rel_type)
        if predicate is None:
            predicate = rel_predicates[rel_type] = f"<{rekg}{predicate_name(rel_type)}>"
        yield source, [predicate + " " + target]
        pairs = [_STATEMENT_HEAD, _SUBJECT_PAIR + source, _PREDICATE_PAIR + predicate,
                 _OBJECT_PAIR + target]
        for key, value in rel.items():
            if value is not None and key not in RELATIONSHIP_META:
                add(pairs, key, value)
        origins = rel.get("sources")
        if origins:
            for origin in origins:
                origin = str(origin)
                if origin.startswith(article_prefix):
                    pairs.append(_DERIVED_PAIR + "<" + iri_text(origin) + ">")
        digest = sha256("\x1f".join((rel_source, rel_type, rel_target)).encode()).hexdigest()
        yield _STATEMENT_PREFIX + digest[:16] + ">", pairs


def _prefixes() -> dict[str, str]:
    """The prefixes a reader shows IRIs with: the vocabularies, then one per label."""
    prefixes = {"rekg": str(REKG), "prov": str(PROV), "xsd": str(XSD)}
    for label in Label:
        prefixes[label.value.lower()] = f"{ID_BASE}{label.value.lower()}/"
    prefixes["stmt"] = f"{ID_BASE}statement/"
    return prefixes


def write_ntriples(out: TextSink, nodes: Iterable[dict[str, Any]],
                   relationships: Iterable[dict[str, Any]]) -> None:
    write = out.write
    for subject, pairs in _statements(nodes, relationships):
        head = subject + " "
        write(head + (" .\n" + head).join(pairs) + " .\n")


def write_turtle(out: TextSink, nodes: Iterable[dict[str, Any]],
                 relationships: Iterable[dict[str, Any]]) -> None:
    """Turtle, one subject per block; IRIs are written in full, which every parser reads."""
    out.write("".join(f"@prefix {prefix}: <{namespace}> .\n"
                      for prefix, namespace in _prefixes().items()) + "\n")
    write = out.write
    for subject, pairs in _statements(nodes, relationships):
        write(subject + " " + " ;\n    ".join(pairs) + " .\n")


def _json_float(value: float) -> str:
    """A float as ``json.dumps`` writes it."""
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == float("-inf"):
        return "-Infinity"
    return float.__repr__(value)


def _jsonld_value(value: Any) -> str:
    """The JSON text of one value: typed ``@value`` objects for numbers, as
    ``json.dumps`` writes them."""
    if type(value) is str:
        return _json_string(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return '{"@value": ' + _json_float(value) + ', "@type": "xsd:double"}'
    if isinstance(value, int):
        return '{"@value": ' + int.__repr__(value) + ', "@type": "xsd:integer"}'
    return _json_string(str(value))


_JSONLD_KEYS: dict[str, str] = {}


def _jsonld_properties(parts: list[str], item: dict[str, Any], skip: Iterable[str]) -> None:
    """Append ``, "rekg:key": value`` texts for the properties of a node or relationship dict
    (None values and the ``skip`` keys left out), in the dict's order."""
    keys, dates, json_string = _JSONLD_KEYS, DATE_PROPERTIES, _json_string
    for key, value in item.items():
        if value is None or key in skip:
            continue
        head = keys.get(key)
        if head is None:
            head = keys[key] = ", " + _json_string(f"rekg:{key}") + ": "
        kind = type(value)
        if kind is str:
            xsd_date = date_type(value) if key in dates else None
            if xsd_date is not None:
                parts.append(f'{head}{{"@value": {json_string(value)}, "@type": "xsd:{xsd_date}"}}')
            else:
                parts.append(head + json_string(value))
        elif kind is list or isinstance(value, list | tuple):
            parts.append(head + "[" + ", ".join(
                [json_string(entry) if type(entry) is str else _jsonld_value(entry)
                 for entry in value]) + "]")
        elif kind is float and value - value == 0:
            parts.append(head + '{"@value": ' + float.__repr__(value)
                         + ', "@type": "xsd:double"}')
        else:
            parts.append(head + _jsonld_value(value))


def write_jsonld(out: TextSink, nodes: Iterable[dict[str, Any]],
                 relationships: Iterable[dict[str, Any]]) -> None:
    """JSON-LD: a compact context and a flat @graph, one object per node and per statement.

    Each object's JSON text is put together here, in the order and spacing ``json.dumps``
    gives the same dict, with the C string encoder for every string.
    """
    context = {"rdf": str(RDF), "rdfs": str(RDFS), **_prefixes()}
    out.write('{"@context": ' + json.dumps(context) + ',\n"@graph": [')
    json_string, iri_text = _json_string, _iri_text
    types: dict[str, str] = {}
    predicates: dict[str, tuple[str, str]] = {}
    write = out.write
    separator = "\n"
    for node in nodes:
        node_id = node.get("id")
        if node_id is None:
            raise KeyError("id")
        label = node["label"]
        node_type = types.get(label)
        if node_type is None:
            node_type = types[label] = ', "@type": ' + json_string(f"rekg:{label}")
        parts = [separator, '{"@id": ', json_string(iri_text(node_id)), node_type]
        name = node.get("name")
        if name is not None:
            parts.append(', "rdfs:label": ' + json_string(str(name)))
        _jsonld_properties(parts, node, NODE_META)
        parts.append("}")
        write("".join(parts))
        separator = ",\n"
    article_prefix = Label.ARTICLE.value.lower() + ":"
    for rel in relationships:
        rel_source, rel_type, rel_target = rel["source"], rel["type"], rel["target"]
        source, target = json_string(iri_text(rel_source)), json_string(iri_text(rel_target))
        known = predicates.get(rel_type)
        if known is None:
            predicate = json_string(f"rekg:{predicate_name(rel_type)}")
            known = predicates[rel_type] = (", " + predicate + ': {"@id": ',
                                            '}, "rdf:predicate": {"@id": ' + predicate
                                            + '}, "rdf:object": {"@id": ')
        direct, statement_predicate = known
        digest = sha256("\x1f".join((rel_source, rel_type, rel_target)).encode()).hexdigest()
        parts = [separator, '{"@id": ', source, direct, target, "}},\n",
                 '{"@id": "', ID_BASE, "statement/", digest[:16],
                 '", "@type": "rdf:Statement", "rdf:subject": {"@id": ', source,
                 statement_predicate, target, "}"]
        _jsonld_properties(parts, rel, RELATIONSHIP_META)
        origins = rel.get("sources")
        if origins:
            derived = ['{"@id": ' + json_string(iri_text(origin)) + "}" for origin in
                       (str(origin) for origin in origins) if origin.startswith(article_prefix)]
            if derived:
                parts.append(', "prov:wasDerivedFrom": [' + ", ".join(derived) + "]")
        parts.append("}")
        write("".join(parts))
        separator = ",\n"
    write("\n]}\n")


_WRITERS: dict[str, Callable[[TextSink, Iterable[dict[str, Any]], Iterable[dict[str, Any]]],
                             None]] = {
    "nt": write_ntriples, "turtle": write_turtle, "json-ld": write_jsonld}


class RdfFormat:
    opens_in = "rdflib, Apache Jena, GraphDB, Protégé, any SPARQL store"
    streaming = True

    def __init__(self, name: str, rdflib_format: str, suffix: str, description: str) -> None:
        self.name = name
        self.rdflib_format = rdflib_format
        self.suffix = suffix
        self.description = description

    def write(
        self,
        nodes: Iterable[dict[str, Any]],
        relationships: Iterable[dict[str, Any]],
        out_path: str | Path,
    ) -> None:
        with open_output(out_path) as out:
            _WRITERS[self.rdflib_format](out, nodes, relationships)

    def read(self, path: str | Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        try:
            graph = Graph().parse(str(path), format=self.rdflib_format)
        except Exception as exc:  # rdflib raises parser-specific errors
            raise ExportError(f"cannot parse {path} as {self.name}: {exc}") from exc
        return read_graph(graph)


TURTLE = RdfFormat("ttl", "turtle", ".ttl",
                   "RDF Turtle with the rekg OWL ontology's terms, streamed")
JSON_LD = RdfFormat("jsonld", "json-ld", ".jsonld",
                    "RDF as JSON-LD with a compact context, streamed")
N_TRIPLES = RdfFormat("nt", "nt", ".nt", "RDF N-Triples, streamed line by line")
