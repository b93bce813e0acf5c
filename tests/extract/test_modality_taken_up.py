"""A measure its own sentence takes up again, after a join, as suspended or lifted restricts
nothing there, nor do the measures of a sentence that the next one pauses with a plural pronoun
("All are suspended"); a measure named otherwise ("the ban on tungsten"), a pause still to come,
and a measure said to remain keep their facts."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType

_IN_FORCE = "Since April, China has required an export licence for dysprosium. "


def _restricted(text: str) -> set[str]:
    """Names of the items some restriction of the article restricts, when a measure of the
    same imposer and kind, in force, opens the article."""
    fragment = run(Document(text=_IN_FORCE + text, title="Trade notes",
                            published="2026-02-01")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {names[r.target] for r in fragment.relationships.values()
            if r.type is RelType.RESTRICTS}


@pytest.mark.parametrize("text", [
    "Ostland imposed licences on gallium exports in March, but the measure was suspended in "
    "October.",
    "Ostland announced licences on gallium exports in 2024, though that step was later "
    "suspended.",
    "Ostland imposed licences on gallium exports in March, and the rule has since been lifted.",
    "Ostland imposed licences on gallium exports in March, but Ostland suspended the measure in "
    "October.",
    "Ostland imposed licences on gallium exports in March, a measure it lifted in October.",
    "Ostland imposed licences on gallium exports in March, but it was suspended in October.",
])
def test_a_measure_taken_up_as_paused_restricts_nothing(text: str) -> None:
    restricted = _restricted(text.replace("Ostland", "China"))
    assert "gallium" not in restricted
    assert "dysprosium" in restricted


@pytest.mark.parametrize("text", [
    # another measure, named by what it covers, is the one lifted
    "China imposed licences on gallium exports in March, but the ban on tungsten was lifted.",
    # a pause still to come leaves the measure in force today
    "China imposed licences on gallium exports in March, but the measure will be reviewed "
    "next year.",
    # the measure is said to remain, so the paused one is another
    "China's licences on gallium exports remain, while the ban was lifted in October.",
    # no pause at all
    "China imposed licences on gallium exports in March, and the measure was widely reported.",
])
def test_a_measure_not_taken_up_as_paused_keeps_its_item(text: str) -> None:
    assert {"gallium", "dysprosium"} <= _restricted(text)


_ADDED = "In October China added holmium and erbium to its control list. "


@pytest.mark.parametrize("paused", [
    "All are suspended until November 2026.",
    "Both were suspended in November.",
    "They have since been lifted.",
    "All of them were later suspended.",
])
def test_a_plural_pronoun_pausing_the_sentence_before_takes_its_measures(paused: str) -> None:
    restricted = _restricted(_ADDED + paused)
    assert {"holmium", "erbium"}.isdisjoint(restricted)
    assert "dysprosium" in restricted


@pytest.mark.parametrize("other", [
    "They will be suspended next year.",  # not yet
    "Both were suspended from trading for a week.",  # people or firms, not a measure
    "They were widely reported.",
])
def test_a_pronoun_that_pauses_nothing_leaves_the_measures(other: str) -> None:
    assert {"holmium", "erbium", "dysprosium"} <= _restricted(_ADDED + other)


def test_a_measure_that_did_not_last_restricts_nothing() -> None:
    restricted = _restricted("In March China banned shipments of antimony to Japan. "
                             "That ban did not last.")
    assert "antimony" not in restricted
    assert "dysprosium" in restricted
    assert "antimony" in _restricted("In March China banned shipments of antimony to Japan. "
                                     "That ban is still in force.")
