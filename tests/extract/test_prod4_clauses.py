"""A negation in the first of two joined clauses leaves the second clause's sale or output."""

from __future__ import annotations

import pytest

from .fact_triples import has_fact

STANDING = [
    ("Kestrel Minerals does not own a cracking plant in Peru, and nearly all of its ore has "
     "been trucked and shipped to Japan.", "Kestrel Minerals", "Japan"),
    ("Kestrel Minerals has no smelter of its own, so its tin concentrate is sold to Malaysia.",
     "Kestrel Minerals", "Malaysia"),
]

DENIED = [
    ("Kestrel Minerals does not sell tin concentrate to Japan, and it never has.",
     "Kestrel Minerals", "Japan"),
    ("Lynas does not ship oxides to Japan, and neither does MP Materials.", "Lynas", "Japan"),
]


@pytest.mark.parametrize(("text", "seller", "buyer"), STANDING)
def test_sale_in_second_clause_stands(text: str, seller: str, buyer: str) -> None:
    assert has_fact(text, "SUPPLIES", seller, buyer)


@pytest.mark.parametrize(("text", "seller", "buyer"), DENIED)
def test_denied_sale_stays_refused(text: str, seller: str, buyer: str) -> None:
    assert not has_fact(text, "SUPPLIES", seller, buyer)
