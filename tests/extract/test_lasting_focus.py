"""A measure with no imposer named belongs to the article's main imposer, not to a foreign
measure that the sentence before only names in passing by its owner."""

from __future__ import annotations

from tests.extract.fact_triples import measure_chains

_MAIN = ("China imposed export controls on tungsten in February. "
         "Beijing then imposed export controls on indium. "
         "In May China imposed export controls on bismuth. ")
_PASSING = "Analysts compared the step with US export controls. "
_UNOWNED = "Separate notices add controls on cobalt alloys."


def test_unowned_measure_stays_with_main_imposer_after_passing_mention() -> None:
    chains = measure_chains(_MAIN + _PASSING + _UNOWNED)
    assert ("RESTRICTS", "china", "cobalt alloy") in chains, chains
    assert ("RESTRICTS", "united states", "cobalt alloy") not in chains, chains


def test_passing_mention_keeps_focus_without_a_main_imposer() -> None:
    chains = measure_chains(_PASSING + _UNOWNED)
    assert ("RESTRICTS", "united states", "cobalt alloy") in chains, chains
