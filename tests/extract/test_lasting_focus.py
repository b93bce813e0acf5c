"""Who imposes a measure when its sentence names no subject for it: the article's main
imposer rather than a foreign measure named in passing; the owner of "China's decision"."""

from __future__ import annotations

from .fact_triples import measure_chains

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


_OWNED_AFTER_TO = ("Magnet makers in Estonia have struggled. The delay was due to China's "
                   "decision last spring to require export licences for terbium and dysprosium.")


def test_possessive_after_to_owns_the_decision_it_names() -> None:
    chains = measure_chains(_OWNED_AFTER_TO)
    assert ("RESTRICTS", "china", "terbium") in chains, chains
    assert ("TARGETS", "estonia", "china") not in chains, chains
    assert not any(c[1] == "estonia" for c in chains), chains
