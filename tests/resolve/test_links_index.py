"""The measure a cued restriction widens or replaces is found by bisection in its imposers'
started measures: the same one a scan of every earlier measure of the group finds (issue 14)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from rekg.graph import resolve
from rekg.graph.measures import Measure, kind_family
from rekg.schema import Label, RelType
from rekg.schema.events import StatusEvent

_CUES = ["Beijing widened the rules to two more metals.",
         "The new list replaces the one issued last spring.",
         "Officials said the rules were unchanged."]
_KINDS = ["export_prohibition", "export_licensing", "tariff", "investment_screening"]


def _measures(count: int, seed: int) -> list[Measure]:
    pick = random.Random(seed)
    found = []
    for n in range(count):
        day = date(2023, 1, 1) + timedelta(days=pick.randrange(0, 60) * 7)
        events = [StatusEvent(day.isoformat(), "announced", f"a{n}").encode()] \
            if pick.random() < 0.8 else []
        found.append(Measure(
            f"restriction:r{n:03d}", Label.RESTRICTION,
            {"kind": pick.choice(_KINDS), "status_events": events},
            actors=set(pick.sample(["china", "usa", "mofcom", "japan"], pick.randint(1, 2))),
            covers={"gallium"}, articles={f"a{n}": "2022-12-01"},
            evidence=[pick.choice(_CUES)]))
    return found


def _scanned(restrictions: list[Measure]) -> list[tuple[str, str, str]]:
    """Every earlier started measure of an imposer and family looked at, the latest kept."""
    links = []
    for measure in sorted(restrictions, key=Measure.order):
        if not measure.start():
            continue
        cued = [rel for cue, rel in ((resolve._EXPANDS, RelType.EXPANDS),
                                     (resolve._REPLACES, RelType.REPLACES))
                if any(cue.search(e) for e in measure.evidence)]
        earlier = [m for m in restrictions if m.start() and m.start() < measure.start()
                   and m.actors & measure.actors
                   and kind_family(m.kind) == kind_family(measure.kind)]
        if cued and earlier:
            latest = max(earlier, key=Measure.order)
            links += [(rel.value, measure.id, latest.id) for rel in cued]
    return links


def test_the_latest_earlier_measure_is_the_one_a_scan_finds() -> None:
    for seed in range(5):
        restrictions = _measures(120, seed)
        wanted, _ = resolve._links(restrictions, [])
        found = [(rel.value, source.id, target.id) for rel, source, target, _, _ in wanted]
        assert len(found) > 20  # enough links that a wrong pick would show
        assert found == _scanned(restrictions)
