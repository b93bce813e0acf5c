""""Agreed in Geneva" names the agreement reached there, though no noun names it, when one of its
parties is named; a place where no known agreement was reached, other parties, or "agreed" in
another sense name none."""

from __future__ import annotations

import pytest

from rekg.schema import RelType

from .fact_triples import named_pairs


@pytest.mark.parametrize(("text", "agreement", "parties"), [
    ("Chile and Peru noted that Washington and Beijing agreed in Geneva last May to "
     "cut their tariffs.", "Geneva consensus", {"China", "United States"}),
    ("The step carries out what the two leaders, Donald Trump and Xi Jinping, settled and "
     "agreed in Busan last month.", "Busan truce", {"China", "United States"}),
    ("Although Beijing agreed at Busan to pause the rules for a year, the older licences "
     "stay.", "Busan truce", {"China"}),
])
def test_agreed_at_a_known_place_names_its_agreement(
        text: str, agreement: str, parties: set[str]) -> None:
    assert {p for p, a in named_pairs(text, RelType.PARTY_TO) if a == agreement} == parties


@pytest.mark.parametrize("text", [
    "Analysts in Geneva agreed that tin prices would rise.",
    "Washington and Beijing agreed in principle to cut their tariffs.",
    "China and Peru agreed in Lima on May 12 to cut their tariffs.",
    "Chile and Peru agreed in London on May 12 to cut their tariffs.",  # not its parties
])
def test_no_known_agreement_without_its_place(text: str) -> None:
    assert not {a for _, a in named_pairs(text, RelType.PARTY_TO)} & {
        "Geneva consensus", "Busan truce", "London framework"}
