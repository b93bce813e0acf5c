"""Round 23's inventory of how English states production and supply, in invented sentences
(prod23_inventory.yaml): each case names a PRODUCES or SUPPLIES fact the sentence must give
(holds: true) or must not give (holds: false: negations, plans, halts, buyers, other roles)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from .fact_triples import facts_of

_CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).with_name("prod23_inventory.yaml")).read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", _CASES, ids=lambda c: f"{c['fact'][0]}:{c['text'][:60]}")
def test_inventory_case(case: dict[str, Any]) -> None:
    rel, source, target = case["fact"]
    found = (rel, source.lower(), target.lower()) in facts_of(case["text"])
    assert found is case["holds"], case["text"]
