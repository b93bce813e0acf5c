"""Edges read from the thirty-third round's train and dev misses: an item the lexicon does not
know inside a list of goods."""

from __future__ import annotations

import pytest

from rekg.schema import RelType

from .fact_triples import named_pairs


@pytest.mark.parametrize("users", [
    "engine control units, signage, window motors and airbag systems",
    "engine control units, signage, roof lighting, window motors and airbags",
    "engine control units, roof signage and window motors",
    "engine control units, roof signage, and window motors",
])
def test_an_unnamed_item_does_not_break_a_list_of_users(users: str) -> None:
    text = f"Kestrel Devices makes logic chips used in {users}."
    pairs = named_pairs(text, RelType.DEPENDS_ON)
    assert ("window motor", "logic chip") in pairs


@pytest.mark.parametrize("aside", [
    "the company said",
    "analysts say",
    "Tarrow",
])
def test_a_clause_or_a_name_between_goods_is_no_item(aside: str) -> None:
    text = (f"Kestrel Devices makes logic chips used in engine control units, {aside}, "
            "and window motors.")
    pairs = named_pairs(text, RelType.DEPENDS_ON)
    assert ("window motor", "logic chip") not in pairs
