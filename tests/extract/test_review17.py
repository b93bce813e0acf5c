"""Bugs of round 17 found in review, each with the twin that must keep its fact (invented
names; scorer on, as in evaluation)."""

from __future__ import annotations

import pytest

from rekg.extract.explain import explain
from rekg.loaders.document import Document

from .fragments import states

# every item of a list a measure leaves untouched is unrestricted, the middle ones too
_LISTS = [("cathodes", "nickel", "gallium"), ("tungsten", "cobalt", "antimony")]
LEFT = [
    "Veldoria imposed export curbs on copper wire, but the rule leaves {a}, {b} and {c} "
    "untouched.",
    "Korvania imposed export curbs on copper wire but left {a}, {b} and {c} untouched.",
]


@pytest.mark.parametrize(("text", "item"),
                         [(t.format(a=a, b=b, c=c), b) for t in LEFT for a, b, c in _LISTS],
                         ids=lambda v: str(v)[:60])
def test_the_middle_item_a_measure_leaves_untouched_is_unrestricted(text: str,
                                                                      item: str) -> None:
    assert not states(text, "RESTRICTS", "*", item)


@pytest.mark.parametrize(("a", "b", "c"), _LISTS)
def test_the_middle_item_a_measure_hits_is_restricted(a: str, b: str, c: str) -> None:
    assert states(f"Veldoria imposed export curbs on {a}, {b} and {c}.", "RESTRICTS", "*", b)


def _origins(text: str, rel: str, target: str) -> set[str]:
    facts = explain(Document(text=text, title="Test", published="2025-06-01")).facts
    return {f.origin for f in facts if f.relation == rel and target in f.target.lower()}


@pytest.mark.parametrize("text", [
    "Asked about the Veldorian ban on gallium, the minister said Korvania relies on gallium "
    "for radar.",
    "Asked about Korvania's ban on cobalt exports to Veldoria, the minister said the measure "
    "would stay.",
])
def test_what_an_opening_asked_about_names_is_told(text: str) -> None:
    """"Asked about the ban on X" presupposes the ban: its pattern fact is kept (before, the
    pattern fact was refused as supposed and only a weaker scorer guess stood in)."""
    target = "gallium" if "gallium" in text else "cobalt"
    assert any(not o.startswith("scorer") for o in _origins(text, "RESTRICTS", target))


@pytest.mark.parametrize("opening", ["When asked whether", "Asked whether", "When asked if"])
def test_what_an_opening_question_asks_is_not_told(opening: str) -> None:
    text = f"{opening} Veldoria will use gallium in radar, the minister declined to comment."
    assert not states(text, "DEPENDS_ON", "radar", "gallium")


def test_radar_told_after_the_question_is_kept() -> None:
    text = "When asked whether Veldoria would answer, the minister said radar uses gallium."
    assert states(text, "DEPENDS_ON", "radar", "gallium")


@pytest.mark.parametrize("leader", ["Trump", "Biden"])
def test_a_leaders_administration_is_not_seated_at_the_dateline(leader: str) -> None:
    text = (f"BEIJING, May 2 - China said the {leader} Administration had raised tariffs on "
            "gallium from China. The Ministry of Mines said it would respond.")
    assert not states(text, "LOCATED_IN", f"{leader} Administration", "China")


def test_a_ministry_is_still_seated_at_the_dateline() -> None:
    text = ("HANOI, May 2 - The Ministry of Mines said Vietnam would publish new gallium rules, "
            "and Japan welcomed them.")
    assert states(text, "LOCATED_IN", "Ministry of Mines", "Vietnam")


@pytest.mark.parametrize(("single", "plural"), [("lens", "lenses"), ("bias", "biases"),
                                                ("gas", "gases"), ("crisis", "crises")])
def test_an_irregular_plural_and_its_singular_meet(single: str, plural: str) -> None:
    from rekg.loaders.text import norm_phrase

    assert norm_phrase(f"quartz {single}") == norm_phrase(f"quartz {plural}") \
        == ("quartz", single)


def test_a_cross_sentence_measure_does_not_crash_the_reach_of_a_cue() -> None:
    """A cross-sentence fact's measure stands in the sentence before: its word positions are
    not those of the sentence whose cue ("outside China") is weighed."""
    from rekg.extract import extract

    text = ("09:15 - Buyers we met expect some relief in the autumn as more licences come "
            "through, but warn the scheme gives Veldoria a lever. Kelmar is the world's biggest "
            "maker of separated rare earths outside China.")
    extract(Document(text=text, title="Test"))
