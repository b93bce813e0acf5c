"""Round 25's inventory of how English states a need (DEPENDS_ON) and an output (PRODUCES), in
invented sentences (phr25_inventory.yaml): active and passive uses, nominal uses, relative
clauses, demand and makers, shares, ranks, sites and a country opening the sentence. Each case
names a fact the sentence must give (holds: true) or must not give (holds: false: negations,
free-of and ended uses, plans, buyers, reserves, another clause's maker). Names match as parts
of the extracted names ("batter" is any battery)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from .fact_triples import has_fact

_CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).with_name("phr25_inventory.yaml")).read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", _CASES, ids=lambda c: f"{c['fact'][0]}:{c['text'][:60]}")
def test_inventory_case(case: dict[str, Any]) -> None:
    rel, source, target = case["fact"]
    assert has_fact(case["text"], rel, source, target) is case["holds"], case["text"]


def test_fronted_country_reads_the_company_fact_after_modality() -> None:
    text = ("Tarrow Mining has run an antimony smelter at Hillvale for years. "
            "In Australia, Tarrow Mining is building a second antimony smelter.")
    assert not has_fact(text.split(". ")[1], "PRODUCES", "australia", "antimony")
