"""The links between measures come from indexes, not scans of every measure: the one a cued
restriction widens or replaces is found by bisection in its imposers' started measures, and
an agreement meets only the restrictions some article reports suspended or lifted. Both give
what a scan of every pair gives (issue 14)."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

from rekg.graph import resolve
from rekg.graph.measures import Measure, kind_family
from rekg.schema import Label, RelType
from rekg.schema.events import StatusEvent

_CUES = ["Beijing widened the rules to two more metals.",
         "The new list replaces the one issued last spring.",
         "Officials said the rules were unchanged.",
         "The licences were paused under the truce.",
         "Under the Busan deal the ban is on hold."]
_ACTORS = ["china", "usa", "mofcom", "japan"]
_KINDS = ["export_prohibition", "export_licensing", "tariff", "investment_screening"]


def _measures(count: int, seed: int) -> list[Measure]:
    pick = random.Random(seed)
    found = []
    for n in range(count):
        day = date(2023, 1, 1) + timedelta(days=pick.randrange(0, 60) * 7)
        events = [StatusEvent(day.isoformat(), "announced", f"a{n}").encode()] \
            if pick.random() < 0.8 else []
        if pick.random() < 0.3:
            events.append(StatusEvent(day.isoformat(), pick.choice(["suspended", "lifted"]),
                                      f"a{pick.randrange(count)}").encode())
        found.append(Measure(
            f"restriction:r{n:03d}", Label.RESTRICTION,
            {"kind": pick.choice(_KINDS), "status_events": events},
            actors=set(pick.sample(_ACTORS, pick.randint(1, 2))),
            covers={"gallium"}, articles={f"a{n}": "2022-12-01"},
            evidence=[pick.choice(_CUES)]))
    return found


def _agreements(count: int, seed: int, articles: int) -> list[Measure]:
    pick = random.Random(seed)
    return [Measure(f"agreement:g{n:02d}", Label.AGREEMENT,
                    {"kind": pick.choice(["truce", "framework"]),
                     "name": pick.choice(["Busan truce", "Geneva framework", "London deal"])},
                    actors=set(pick.sample(_ACTORS, 2)),
                    articles={f"a{pick.randrange(articles)}": "2023-06-01" for _ in range(30)})
            for n in range(count)]


def _scanned(restrictions: list[Measure], agreements: list[Measure],
             ) -> list[tuple[str, str, str]]:
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
    for agreement in agreements:
        names = resolve.name_words(agreement) | {agreement.props["kind"]}
        for restriction in restrictions:
            stopped = {e.split("|")[2] for e in restriction.props["status_events"]
                       if e.split("|")[1] in ("suspended", "lifted")}
            if not (restriction.actors & agreement.actors and stopped & set(agreement.articles)):
                continue
            if any(resolve._SUSPENDS.search(e) and names & resolve._words(e)
                   for e in restriction.evidence):
                links.append((RelType.SUSPENDS.value, agreement.id, restriction.id))
    return links


def test_the_links_are_those_a_scan_of_every_pair_finds() -> None:
    kinds: Counter[str] = Counter()
    for seed in range(5):
        restrictions = _measures(120, seed)
        agreements = _agreements(8, seed, 120)
        wanted, _ = resolve._links(restrictions, agreements)
        found = [(rel.value, source.id, target.id) for rel, source, target, _, _ in wanted]
        assert found == _scanned(restrictions, agreements)
        kinds.update(link[0] for link in found)
    # enough links of each kind that a wrong pick would have shown
    assert min(kinds.values()) > 10 and len(kinds) == 3, kinds
