"""A negation in the first of two joined clauses leaves the second clause's sale or output;
a country goods go to, where they are worked into other goods, makes what comes out."""

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


WORKED_AT = [
    ("Most Bolivian ore is trucked to Peru, where it is smelted into tin metal.", "Peru",
     "tin metal"),
    ("The hydroxide is sent on to China, where refiners there turn it into cobalt sulphate.",
     "China", "cobalt sulphate"),
]

NOT_WORKED_AT = [
    ("The ore is trucked to Peru, where officials put the royalties into roads.", "Peru", "road"),
    ("The ore goes to Peru, where tin metal prices climbed.", "Peru", "tin metal"),
]


@pytest.mark.parametrize(("text", "country", "good"), WORKED_AT)
def test_country_where_goods_are_worked_makes_the_result(text: str, country: str,
                                                         good: str) -> None:
    assert has_fact(text, "PRODUCES", country, good)


@pytest.mark.parametrize(("text", "country", "good"), NOT_WORKED_AT)
def test_country_where_nothing_is_worked_makes_nothing(text: str, country: str,
                                                       good: str) -> None:
    assert not has_fact(text, "PRODUCES", country, good)


def test_seller_named_after_a_buyers_good_makes_it() -> None:
    text = "Korea is a large importer of tungsten concentrate, mostly from Bolivia."
    assert has_fact(text, "PRODUCES", "Bolivia", "tungsten")


def test_buyer_of_a_good_still_makes_none() -> None:
    text = "Korea is a large importer of tungsten concentrate, and Bolivia grows quinoa."
    assert not has_fact(text, "PRODUCES", "Bolivia", "tungsten")
