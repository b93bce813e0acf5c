"""A report's measure shares the report's sets until absorbing changes it (issue 14)."""

from __future__ import annotations

from rekg.graph.measures import absorb
from rekg.graph.reports import Report, ReportRel
from rekg.schema import Label


def _report(node_id: str, actor: str, material: str, article: str) -> Report:
    rels = [ReportRel("IMPOSES", False, actor, "Country", "", {"evidence": [f"{actor} acts"]}),
            ReportRel("MENTIONS", False, article, "Article", "2025-03-01", {}),
            ReportRel("RESTRICTS", True, material, "Material", "element", {})]
    return Report(node_id, Label.RESTRICTION, {"id": node_id, "kind": "export_licensing"},
                  rels)


def test_absorbing_leaves_the_reports_measures_as_they_were() -> None:
    first = _report("restriction:a", "country:cn", "material:ga", "article:1")
    second = _report("restriction:b", "country:us", "material:ge", "article:2")
    survivor, duplicate = first.measure(), second.measure()
    absorb(survivor, duplicate)
    survivor.finish()
    assert survivor.actors == {"country:cn", "country:us"}
    assert set(survivor.articles) == {"article:1", "article:2"}
    again = first.measure()
    assert again.actors == {"country:cn"} and again.covers == {"material:ga"}
    assert set(again.articles) == {"article:1"} and again.evidence == ["country:cn acts"]
    assert "merged_ids" not in again.props
    assert second.measure().id == "restriction:b"
