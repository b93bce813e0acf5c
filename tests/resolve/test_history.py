"""Status events, links between measures, agreement resolution, time in the exports, and the
command line (issue 12)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from pyshacl import validate
from rdflib import Graph, Literal

from rekg.cli import cli
from rekg.graph.export.pipeline import export_store
from rekg.graph.export.rdf import REKG, load_vocabulary, node_iri
from rekg.graph.resolve import merge_resolved
from rekg.graph.store import Store
from rekg.loaders.ingest import ingest
from rekg.schema import GraphFragment, Label, NodeBase, RelType, make_node, relate
from rekg.schema.events import (
    AGREEMENT_EVENT_STATUSES,
    BASES,
    RESTRICTION_EVENT_STATUSES,
    StatusEvent,
    active_spells,
    node_status,
    status_on,
)

DATA = Path(__file__).parent / "data"

def event(day: str, status: str, article: str = "article:a", basis: str = "stated") -> str:
    return StatusEvent(day, status, article, basis).encode()


def test_the_latest_dated_event_gives_the_status_and_a_mention_never_overrides() -> None:
    events = sorted([event("2025-04-04", "announced"), event("2025-05-01", "in_force"),
                     event("2025-11-10", "suspended", "article:b", "reported"),
                     event("2025-12-01", "announced", "article:c", "mentioned")])
    assert status_on(events, "2025-04-03") is None
    assert status_on(events, "2025-04") == "announced"
    assert status_on(events, "2025-05") == "in_force"  # a month means its last day
    assert status_on(events, "2025-11-09") == "in_force"
    assert status_on(events, "2025-11-10") == "suspended"
    assert status_on(events) == "suspended"
    assert active_spells(events) == [("2025-04-04", "2025-11-10")]
    assert node_status([event("2025-01-01", "expanded")]) == "in_force"
    with pytest.raises(ValueError, match="DATE"):
        StatusEvent.decode("2025-01-01|announced")


def test_conflicting_reports_are_both_kept_with_their_sources() -> None:
    lifted = event("2025-06-01", "lifted", "article:x", "reported")
    in_force = event("2025-06-01", "in_force", "article:y", "reported")
    events = sorted([event("2025-01-01", "announced"), lifted, in_force])
    assert lifted in events and in_force in events
    # one day, two reports: the status that sorts last wins, as in the Cypher
    assert status_on(events, "2025-06-01") == "lifted"


def _node(fragment: GraphFragment, label: str, name: str, **fields: object) -> NodeBase:
    return fragment.add_node(make_node(label, name, **fields))


def _report(article: str, published: str, restriction_id: str, announced: str,
            material: str, sentence: str, status: str = "announced") -> GraphFragment:
    fragment = GraphFragment()
    paper = _node(fragment, "Article", article, id=f"article:{article}", published=published)
    china = _node(fragment, "Country", "China", key="cn")
    rule = _node(fragment, "Restriction", "China export licensing", id=restriction_id,
                 kind="export_licensing", announced=announced, status=status)
    covered = _node(fragment, "Material", material)
    for rel, a, b in (("IMPOSES", china, rule), ("RESTRICTS", rule, covered),
                      ("MENTIONS", paper, rule), ("MENTIONS", paper, china)):
        fragment.add_relationship(relate(rel, a, b, sources=[paper.id], evidence=[sentence]))
    return fragment


def test_a_later_measure_that_says_it_expands_an_earlier_one_is_linked(store: Store) -> None:
    merge_resolved(store, _report("one", "2025-04-10", "restriction:cn-a", "2025-04-04",
                                  "dysprosium", "China put dysprosium under licence."))
    merge_resolved(store, _report("two", "2025-10-10", "restriction:cn-b", "2025-10-09",
                                  "holmium", "China expanded its licensing to holmium."))
    merge_resolved(store, _report("three", "2025-10-12", "restriction:cn-c", "2025-10-09",
                                  "holmium", "Holmium now needs a licence."))
    ids = sorted(n["id"] for n in store.iter_nodes() if n["label"] == "Restriction")
    assert ids == ["restriction:cn-a", "restriction:cn-b"]
    links = [(r["source"], r["type"], r["target"], r["evidence"])
             for r in store.iter_relationships() if r["type"] == "EXPANDS"]
    assert links == [("restriction:cn-b", "EXPANDS", "restriction:cn-a",
                      ["China expanded its licensing to holmium."])]
    earlier = next(n for n in store.iter_nodes() if n["id"] == "restriction:cn-a")
    assert "2025-10-09|expanded|article:two|stated" in earlier["status_events"]
    assert earlier["status"] == "in_force"


def test_agreements_resolve_by_name_words_and_parties(store: Store) -> None:
    def agreement(article: str, name: str, parties: tuple[str, ...]) -> GraphFragment:
        fragment = GraphFragment()
        paper = _node(fragment, "Article", article, id=f"article:{article}",
                      published="2025-06-12")
        deal = _node(fragment, "Agreement", name, kind="consensus")
        fragment.add_relationship(relate("MENTIONS", paper, deal, sources=[paper.id]))
        for party in parties:
            country = _node(fragment, "Country", party, key=party[:2].lower())
            fragment.add_relationship(relate("PARTY_TO", country, deal, sources=[paper.id],
                                             evidence=[f"{party} agreed in {name}."]))
        return fragment

    merge_resolved(store, agreement("a", "Geneva consensus", ("China", "United States")))
    merge_resolved(store, agreement("b", "Geneva agreement", ("China",)))
    merge_resolved(store, agreement("c", "London framework", ("China", "United States")))
    agreements = {n["name"]: n for n in store.iter_nodes() if n["label"] == "Agreement"}
    assert sorted(agreements) == ["Geneva agreement", "London framework"]
    geneva = agreements["Geneva agreement"]
    assert geneva["merged_ids"] == ["agreement:geneva-consensus"]
    parties = sorted(r["source"] for r in store.iter_relationships()
                     if r["type"] == "PARTY_TO" and r["target"] == geneva["id"])
    assert parties == ["country:ch", "country:un"]
    assert "merged_ids" not in agreements["London framework"]


def test_an_agreement_named_with_a_suspension_suspends_the_restriction(store: Store) -> None:
    ingest(store, [str(Path(__file__).parents[2] / "examples" / "articles")])
    links = {(r["source"], r["type"]) for r in store.iter_relationships()
             if r["type"] == "SUSPENDS"}
    assert ("agreement:busan-truce", "SUSPENDS") in links


def test_exports_carry_the_history(store: Store, tmp_path: Path) -> None:
    ingest(store, [str(DATA)])
    gexf = tmp_path / "graph.gexf"
    export_store(store, "gexf", gexf)
    ns = {"g": "http://www.gexf.net/1.2draft"}
    spells = {}
    for node in ET.parse(gexf).getroot().iter(f"{{{ns['g']}}}node"):
        found = [(s.get("start"), s.get("end")) for s in node.iter(f"{{{ns['g']}}}spell")]
        if found:
            spells[node.get("id")] = found
    assert sorted(spells.values()) == [[("2025-03-03", "2025-12-02")], [("2025-07-07", None)]]
    ttl = tmp_path / "graph.ttl"
    export_store(store, "ttl", ttl)
    graph = Graph().parse(ttl, format="turtle")
    march = next(n["id"] for n in store.iter_nodes() if n.get("announced") == "2025-03-03")
    assert graph.value(node_iri(march), REKG.announced) == Literal("2025-03-03",
                                                                   datatype=rdflib.XSD.date)
    ok, _, report = validate(graph, shacl_graph=load_vocabulary("shapes"),
                             ont_graph=load_vocabulary("ontology"), inference="rdfs")
    assert ok, report


def test_cli_resolve_and_as_of(tmp_path: Path) -> None:
    db = str(tmp_path / "graph.db")

    def rekg(*args: str) -> str:
        result = CliRunner().invoke(cli, ["--store", db, *args], catch_exceptions=False)
        assert result.exit_code == 0, result.stderr
        return result.stdout

    rekg("ingest", str(DATA))
    assert rekg("resolve") == ("Restrictions: 2 -> 2; agreements: 0 -> 0; 0 nodes merged, "
                               "0 links between measures.\n")
    spring = json.loads(rekg("query", "restrictions", "--as-of", "2025-06", "--format", "json"))
    winter = json.loads(rekg("query", "restrictions", "-p", "as_of=2025-12-24",
                             "--format", "json"))
    assert [r["status"] for r in spring] == ["in_force"]  # July's titanium licence is not yet
    assert [r["status"] for r in winter] == ["suspended", "announced"]
    refused = CliRunner().invoke(cli, ["--store", db, "query", "lookup", "-p", "name=India",
                                       "--as-of", "2025"])
    assert refused.exit_code == 1
    assert "unknown parameter as_of for query lookup" in refused.stderr
    changes = json.loads(rekg("query", "changes", "-p", "since=2025-12", "--format", "json"))
    assert [(c["label"], c["before"], c["status"]) for c in changes] == [
        (Label.RESTRICTION.value, "in_force", "suspended")]


def test_the_shapes_accept_exactly_each_labels_status_events() -> None:
    shapes, ontology = load_vocabulary("shapes"), load_vocabulary("ontology")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    shape_ns = rdflib.Namespace("https://rekg.dev/shapes#")
    known = {"Restriction": RESTRICTION_EVENT_STATUSES, "Agreement": AGREEMENT_EVENT_STATUSES}
    for label, statuses in known.items():
        patterns = [str(shapes.value(prop, sh.pattern))
                    for prop in shapes.objects(shape_ns[label], sh.property)
                    if shapes.value(prop, sh.path) == REKG.status_events]
        assert len(patterns) == 1, label
        for status in {*RESTRICTION_EVENT_STATUSES, *AGREEMENT_EVENT_STATUSES}:
            for basis in BASES:
                text = event("2025-04-04", status, "article:a", basis)
                assert bool(re.search(patterns[0], text)) == (status in statuses), text
        assert not re.search(patterns[0], "2025-04-04|announced|article:a")
    for rel in (RelType.EXPANDS, RelType.SUSPENDS, RelType.REPLACES):
        prop = REKG[rel.value.lower()]
        assert ontology.value(prop, rdflib.RDFS.label) == Literal(rel.value)
        assert (prop, None, None) in ontology and ontology.value(prop, rdflib.RDFS.comment)
        assert list(shapes.subjects(sh.targetSubjectsOf, prop)), rel
