"""The measures a sentence lists after the package it pauses (after a colon, ", including" or
", which had added") are paused with it, unless the sentence says they stay in force or the
pause is only hoped for."""

from __future__ import annotations

import pytest

from .fact_triples import measure_chains


@pytest.mark.parametrize("text", [
    "On Friday Chile paused the package of copper controls it had announced on March 3, "
    "including the new licence requirements on molybdenum and rhenium.",
    "Chile suspended, until May 2026, the controls it announced on March 3, including the "
    "licence requirements on molybdenum and rhenium.",
    "Chile suspended, until May 2026, the measures it announced on March 3: licensing of "
    "molybdenum and rhenium, and of smelting equipment.",
    "The suspension agreed in Lima applies to the package that Chile announced on March 3, "
    "which had added licences on molybdenum and rhenium.",
    "Chile's suspension applies to the export package it announced on March 3, which had "
    "added export licences on molybdenum and rhenium.",
])
def test_parts_of_a_paused_package_restrict_nothing(text: str) -> None:
    assert not any(rel == "RESTRICTS" for rel, _, _ in measure_chains(text))


@pytest.mark.parametrize(("text", "kept"), [
    ("On Friday Chile paused the package of copper controls it had announced on March 3, but "
     "the new licence requirements on molybdenum remain in force.", {"molybdenum"}),
    ("On Friday Chile announced a package of copper controls, including new licence "
     "requirements on molybdenum and rhenium.", {"copper", "molybdenum", "rhenium"}),
    ("Chile announced an export package on March 3, which had added export licences on "
     "molybdenum and rhenium.", {"molybdenum", "rhenium"}),
    ("Peru hoped Chile would ease the countermeasures it had taken since March, which meant "
     "the export licences Chile had imposed on molybdenum and rhenium.",
     {"molybdenum", "rhenium"}),
])
def test_parts_in_force_still_restrict(text: str, kept: set[str]) -> None:
    assert {goods for rel, _, goods in measure_chains(text) if rel == "RESTRICTS"} == kept
