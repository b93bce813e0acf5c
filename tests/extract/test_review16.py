"""Round-16 review: bugs of the merged extraction lanes, each with invented sentences."""

from __future__ import annotations

import pytest

from .fragments import states


@pytest.mark.parametrize("owner", ["its", "Vessen Motors'", "Japan's"])
def test_hyphenated_rank_of_a_customers_supplier_is_no_producer_of_focus(owner: str) -> None:
    """"X is its second-largest supplier": the supplier of a customer, as "its largest
    supplier" is (the possessive check looked at "largest", not at the whole rank)."""
    text = f"Cobalt prices fell last year. Brennick Resources is {owner} second-largest supplier."
    assert not states(text, "PRODUCES", "Brennick", "cobalt")


def test_hyphenated_rank_supplier_still_produces_focus() -> None:
    text = "Cobalt prices fell last year. Brennick Resources is the second-largest supplier."
    assert states(text, "PRODUCES", "Brennick", "cobalt")
