"""The staged pipeline: stage order, open-vocabulary mentions, names, frames across sentences,
refusals kept with reasons, and `rekg extract --explain`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rekg.cli import cli
from rekg.extract import explain, extract
from rekg.extract.pipeline import mentions_for, stages
from rekg.loaders.document import Document
from rekg.schema import GraphFragment, Label, RelType

from .fragments import restricted_pairs

EXTRACT_DIR = Path(__file__).resolve().parents[2] / "rekg" / "extract"
pytestmark = pytest.mark.usefixtures("patterns_only")


def _graph(text: str) -> GraphFragment:
    return extract(Document(text=text, title="Test", published="2025-06-01"))


def _edges(fragment: GraphFragment) -> set[tuple[str, str, str]]:
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], r.type.value, names[r.target])
            for r in fragment.relationships.values() if r.type is not RelType.MENTIONS}


def test_the_stage_order_is_written_once() -> None:
    assert [s.__module__.rsplit(".", 1)[1] for s in stages()] == [
        "tokens", "list_leads", "mentions", "name_memory", "bare_kinds", "coreference",
        "bare_concentrate", "bare_forms", "focus_subject", "candidates", "compound_inputs",
        "host_ores", "use_nouns", "colon_members", "frames", "agreements", "owner_appositions",
        "modality",
        "refused_elsewhere",
        "quota_goods", "agreement_sought", "stance_holders",
        "shared_subject", "site_countries", "dependency_cycles", "made_with", "fragment"]


def test_every_pipeline_module_stays_small() -> None:
    for path in EXTRACT_DIR.rglob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) < 400, path.name


def test_products_and_materials_the_lexicon_lacks_get_canonical_ids() -> None:
    views = mentions_for(Document(text="Guidance sensors and fin actuators contain "
                                       "samarium-cobalt alloys.", title="T"))
    found = {(m.label, m.node_id) for m in views[0].mentions}
    assert (Label.PRODUCT, "product:guidance-sensor") in found
    assert (Label.PRODUCT, "product:fin-actuator") in found
    assert (Label.MATERIAL, "material:samarium-cobalt-alloy") in found
    one = _graph("Guidance sensors need dysprosium. Each guidance sensor uses a magnet.")
    assert sum(n.id == "product:guidance-sensor" for n in one.nodes.values()) == 1
    assert ("guidance sensor", "DEPENDS_ON", "dysprosium") in _edges(one)


def test_organisations_from_suffixes_and_people_from_titles_naming_their_organisation() -> None:
    edges = _edges(_graph("Kestrel Magnetics Ltd chief executive Mara Lindqvist said the "
                          "plant was on track."))
    assert ("Mara Lindqvist", "REPRESENTS", "Kestrel Magnetics Ltd") in edges


def test_items_enumerated_in_the_next_sentence_belong_to_the_measure() -> None:
    fragment = _graph("China announced new export controls on Friday. The list covers "
                      "samarium, gadolinium and terbium.")
    expected = {("China", m) for m in ("samarium", "gadolinium", "terbium")}
    assert expected <= restricted_pairs(fragment)


def test_items_in_a_bullet_list_belong_to_the_measure() -> None:
    fragment = _graph("Beijing imposed export controls on:\n- gallium\n- germanium\n- antimony\n"
                      "\nTraders expect delays.")
    expected = {("China", m) for m in ("gallium", "germanium", "antimony")}
    assert expected <= restricted_pairs(fragment)


def test_items_on_plain_lines_and_after_a_numbered_items_aside_belong_to_the_measure() -> None:
    plain = _graph("Beijing imposed export controls on:\ngallium\ngermanium\nantimony\n"
                   "\nTraders expect delays.")
    numbered = _graph("Beijing imposed export controls on:\n1. gallium\n2. germanium. Traders "
                      "expect delays.\n3. antimony\n4. tungsten")
    assert {("China", m) for m in ("gallium", "germanium", "antimony")} <= restricted_pairs(plain)
    assert {("China", m) for m in ("gallium", "germanium", "antimony", "tungsten")} \
        <= restricted_pairs(numbered)


def test_signatories_come_through_their_leaders_and_the_place_names_the_agreement() -> None:
    edges = _edges(_graph("Xi Jinping and Donald Trump agreed a truce in Busan on Thursday."))
    assert {("China", "PARTY_TO", "Busan truce"), ("United States", "PARTY_TO", "Busan truce"),
            ("Xi Jinping", "REPRESENTS", "China")} <= edges


def test_a_fact_stated_twice_is_one_relationship_with_both_sentences() -> None:
    fragment = _graph("Wind turbines use dysprosium. Offshore, wind turbines also use dysprosium.")
    (rel,) = [r for r in fragment.relationships.values() if r.type is RelType.DEPENDS_ON]
    assert len(rel.evidence) == 2


def test_refused_candidates_keep_their_reason() -> None:
    report = explain(Document(text="Myanmar does not restrict exports of rare earths.",
                              title="T"))
    assert report.facts == [] or all(f.relation != "RESTRICTS" for f in report.facts)
    reasons = {(r.relation, r.reason.split(":")[0]) for r in report.refused}
    assert ("RESTRICTS", "negation") in reasons


ARTICLE = ("China bans gallium exports\n2025-06-01\n\n"
           "China on Tuesday banned exports of gallium to the United States. "
           "Neodymium was not included in the ban, officials said.\n")


def test_extract_explain_shows_the_pattern_the_evidence_and_the_refusals(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path), "--explain"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "-[RESTRICTS]-> gallium   by restricts.verb-item" in result.output
    assert '"China on Tuesday banned exports of gallium to the United States."' in result.output
    assert "refused (" in result.output


def test_extract_json_lists_facts_with_their_origin(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path), "--format", "json"],
                                catch_exceptions=False)
    data = json.loads(result.output)
    assert {"relation": "RESTRICTS", "target": "gallium"}.items() <= next(
        f for f in data["facts"] if f["relation"] == "RESTRICTS").items()
    assert data["refused"] == []  # refusals only with --explain


def test_extract_of_a_missing_file_is_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "none.txt")])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and result.output.startswith("Error: ")


def test_no_element_depends_on_another_element() -> None:
    report = explain(Document(
        text="Licences are now needed for samarium, terbium and dysprosium and for the magnets "
             "made from them.", title="T", published="2025-06-01"))
    depends = {(f.source, f.target) for f in report.facts if f.relation == "DEPENDS_ON"}
    assert ("rare earth magnet", "terbium") in depends
    assert not {s for s, _ in depends} & {"samarium", "terbium", "dysprosium"}
    assert any(r.relation == "DEPENDS_ON" and r.source == "terbium"
               and "element" in r.reason for r in report.refused)


def test_no_magnet_depends_on_another_magnet() -> None:
    report = explain(Document(
        text="Buyers fear the curbs leave magnet makers short of the additives that keep "
             "neodymium magnets stable in hot motors.", title="T", published="2025-06-01"))
    assert not [f for f in report.facts if f.relation == "DEPENDS_ON"
                and "magnet" in f.source and "magnet" in f.target]
    assert any(r.relation == "DEPENDS_ON" and "of its kind" in r.reason for r in report.refused)
