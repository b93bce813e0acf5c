"""Resolution's index of survivors (by imposer, kind family and stated start) only skips
pairs that could never match: matching through it gives what comparing every report with
every survivor gives (issue 14)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rekg.extract import extract
from rekg.graph import matching, measures
from rekg.graph.matching import match
from rekg.graph.measures import Measure
from rekg.graph.reports import Report, from_fragment
from rekg.loaders.families import coverage_families
from rekg.schema import Label
from rekg.schema.events import StatusEvent

from .benchmark_articles import corpus_module


def _all_pairs(self: matching._Filed, measure: Measure) -> list[Measure]:
    return [m for m in self.all.values() if m.label is measure.label]


def _reports(count: int) -> list[Report]:
    module = corpus_module()
    return [r for doc in module.generate_corpus(count, seed=5) for r in from_fragment(extract(doc))]


def _resolved(reports: list[Report]) -> tuple[list[dict[str, object]], dict[str, str]]:
    groups: dict[str, list[Measure]] = {}
    for report in reports:
        groups.setdefault(report.id, []).append(report.measure())
    found = []
    for group in groups.values():
        group.sort(key=Measure.order)
        for other in group[1:]:
            measures.absorb(group[0], other)
        found.append(group[0])
    survivors, merged = match(found, coverage_families)
    return sorted((m.props for m in survivors), key=lambda p: str(p["id"])), merged


def test_indexed_match_equals_all_pairs_on_benchmark_articles(
        monkeypatch: pytest.MonkeyPatch) -> None:
    reports = _reports(150)
    indexed = _resolved(reports)
    monkeypatch.setattr(matching._Filed, "pool", _all_pairs)
    plain = _resolved(reports)
    assert len(indexed[1]) > 50  # many reports were merged, so the comparison says something
    assert indexed == plain


def _restriction(name: str, day: date, status: str) -> Measure:
    event = StatusEvent(day.isoformat(), status, f"article-{name}").encode()
    return Measure(name, Label.RESTRICTION, {"kind": "export_prohibition",
                                             "status_events": [event]},
                   actors={"china"}, covers={"gallium"},
                   articles={f"article-{name}": "2020-01-01"})


@pytest.mark.parametrize("lag", range(measures.EFFECT_LAG_DAYS - 3, measures.EFFECT_LAG_DAYS + 3))
@pytest.mark.parametrize("first", [date(2023, 7, 3), date(2023, 8, 14), date(2023, 8, 16)])
def test_an_entry_into_force_at_the_edge_of_the_lag_is_found(first: date, lag: int) -> None:
    announced = _restriction("r-a", first, "announced")
    in_force = _restriction("r-b", first + timedelta(days=lag), "in_force")
    survivors, _ = match([announced, in_force], coverage_families)
    assert len(survivors) == (1 if lag <= measures.EFFECT_LAG_DAYS else 2)


@pytest.mark.parametrize("after", range(measures.WINDOW_DAYS - 2, measures.WINDOW_DAYS + 3))
@pytest.mark.parametrize("reported", [date(2023, 7, 3), date(2023, 7, 9), date(2023, 8, 16)])
def test_a_report_without_a_date_meets_measures_starting_up_to_the_window_after_it(
        reported: date, after: int) -> None:
    started = _restriction("r-a", reported + timedelta(days=after), "in_force")
    undated = Measure("r-b", Label.RESTRICTION, {"kind": "export_prohibition"},
                      actors={"china"}, covers={"gallium"},
                      articles={"article-r-b": reported.isoformat()})
    survivors, _ = match([started, undated], coverage_families)
    assert len(survivors) == (1 if after <= measures.WINDOW_DAYS else 2)
