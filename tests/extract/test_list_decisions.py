"""The scorer reads a coordinated list as one unit: an item gets the decision of the list's
best-scored item with the same partner ("parts such as gearboxes, alternators and cameras need
magnets"), when its own score reaches three quarters of the threshold. Names are invented."""

from __future__ import annotations

from rekg.extract.candidates import _accepted, _list_best
from rekg.extract.context import Mention
from rekg.extract.scorer.features import FEATURE_VERSION
from rekg.extract.scorer.model import NONE, RelationScorer
from rekg.schema import Label

SCORER = RelationScorer.from_dict({
    "feature_version": FEATURE_VERSION,
    "relations": {"DEPENDS_ON": {"intercept": 0.0, "weights": {}, "threshold": 0.6},
                  "PRODUCES": {"intercept": 0.0, "weights": {}, "threshold": 0.4}},
}, origin="test")


def _product(name: str, start: int, group: int = -1) -> Mention:
    return Mention(Label.PRODUCT, f"product:{name}", name, start, start + 1, name, "open",
                   group=group)


MAGNET = Mention(Label.MATERIAL, "material:magnet", "magnet", 9, 10, "magnets", "open")
GEARBOX, ALTERNATOR, CAMERA = (_product(n, i, group=0)
                               for i, n in enumerate(("gearbox", "alternator", "camera")))
LAMP = _product("lamp", 5)  # not in the list


def _decide(own: list[tuple[Mention, float]]) -> dict[str, list[str]]:
    pairs = [(item, MAGNET) for item, _ in own]
    scores = [{"DEPENDS_ON": p, NONE: 1 - p} for _, p in own]
    best = _list_best(pairs, scores)
    return {a.name: _accepted(SCORER, a, b, s, best)
            for (a, b), s in zip(pairs, scores, strict=True)}


def test_an_item_near_the_threshold_takes_the_lists_decision() -> None:
    decided = _decide([(GEARBOX, 0.9), (ALTERNATOR, 0.5), (CAMERA, 0.46)])
    assert decided == {"gearbox": ["DEPENDS_ON"], "alternator": ["DEPENDS_ON"],
                       "camera": ["DEPENDS_ON"]}


def test_an_item_far_below_keeps_its_own() -> None:
    # three quarters of 0.6 is 0.45
    assert _decide([(GEARBOX, 0.9), (CAMERA, 0.44)])["camera"] == []


def test_no_item_over_the_threshold_lifts_none() -> None:
    assert _decide([(GEARBOX, 0.59), (ALTERNATOR, 0.58), (CAMERA, 0.5)]) == {
        "gearbox": [], "alternator": [], "camera": []}


def test_a_mention_outside_the_list_is_not_lifted() -> None:
    decided = _decide([(GEARBOX, 0.9), (LAMP, 0.5)])
    assert decided["lamp"] == []


def test_the_list_on_the_other_side() -> None:
    # "Kestrel Metals makes gallium, indium and germanium": the producer is the partner
    maker = Mention(Label.ORGANIZATION, "organization:kestrel", "Kestrel Metals", 0, 2,
                    "Kestrel Metals", "rule")
    metals = [Mention(Label.MATERIAL, f"material:{n}", n, 3 + i, 4 + i, n, "name", group=1)
              for i, n in enumerate(("gallium", "indium", "germanium"))]
    pairs = [(maker, m) for m in metals]
    scores = [{"PRODUCES": p, NONE: 1 - p} for p in (0.7, 0.35, 0.2)]
    best = _list_best(pairs, scores)
    decided = [_accepted(SCORER, a, b, s, best) for (a, b), s in zip(pairs, scores, strict=True)]
    assert decided == [["PRODUCES"], ["PRODUCES"], []]
