"""A generated inventory of supplies stated with a ranking that goes on to rivals: "A is B's
largest supplier, followed by C and D" gives C and D as suppliers of B too, and "B is the
largest buyer of A's goods, followed by C" gives C as a buyer of A. Twins that must give no
rival: a producer ranking with no supply in it, a buyer ranking with no seller, a rival with a
clause of its own, a planned or halted supply, and a link to something that is no party
(scorer on, as in evaluation). Names of companies are invented."""

from __future__ import annotations

import pytest

from .fragments import states

# (seller, buyer, first rival, second rival): countries, then invented companies
_SETS = [("Zambia", "Finland", "Chile", "Peru"),
         ("Chile", "Brazil", "Canada", "Mexico"),
         ("Varnel Resources", "Orsa Motors", "Tessik Mining", "Quorra Metals")]
_GOODS = ["cobalt", "copper"]

# the seller is ranked: the rivals {C}, {D} supply {B}
SELLER_RANKED = [
    "{A} is the largest supplier of {g} to {B}, followed by {C} and {D}.",
    "{A} is {B}'s largest supplier of {g}, followed by {C} and {D}.",
    "{B} buys most of its {g} from {A}, followed by {C} and {D}.",
    "{B} imports most of its {g} from {A}, followed by {C} and {D}.",
    "{A} is the largest supplier of {g} to {B}, followed by {C} and {D}, customs data show.",
    "{A} was the biggest supplier of {g} to {B} last year, followed by {C}.",
]
# no rival is a supplier of {B}
NO_RIVAL = [
    "{B} is the largest producer of {g}, followed by {C} and {D}.",
    "{A} sells {g} to {B}, followed by {C} selling to {D}.",
    "{A} sells {g} to {B}, followed by a visit to {C}.",
    "{B} wants to buy {g} from {A}, followed by {C} and {D}.",
    "{A} halted {g} supplies to {B}, followed by {C} and {D}.",
    "{A} will start supplying {g} to {B} next year, followed by {C}.",
]


def _filled(templates: list[str]) -> list[tuple[str, tuple[str, str, str, str]]]:
    return [(t.format(A=a, B=b, C=c, D=d, g=_GOODS[i % len(_GOODS)]), (a, b, c, d))
            for i, t in enumerate(templates) for a, b, c, d in _SETS]


@pytest.mark.parametrize(("text", "names"), _filled(SELLER_RANKED))
def test_rivals_of_a_ranked_seller_supply_the_buyer(text: str,
                                                    names: tuple[str, str, str, str]) -> None:
    a, b, c, d = names
    assert states(text, "SUPPLIES", a, b), text
    assert states(text, "SUPPLIES", c, b), text
    if " and {D}" in text or d in text:
        assert states(text, "SUPPLIES", d, b), text
    assert not states(text, "SUPPLIES", c, a), text


@pytest.mark.parametrize("text", [
    "Finland is the largest buyer of Zambian cobalt, followed by Norway and Japan.",
    "Germany is the largest destination for Chilean copper exports, followed by Brazil and Japan.",
])
def test_rivals_of_a_ranked_buyer_buy_from_the_seller(text: str) -> None:
    seller = "Zambia" if "Zambian" in text else "Chile"
    assert states(text, "SUPPLIES", seller, "Japan"), text
    assert not states(text, "SUPPLIES", "Japan", "*"), text


@pytest.mark.parametrize(("text", "names"), _filled(NO_RIVAL))
def test_no_supply_for_a_rival_without_one(text: str, names: tuple[str, str, str, str]) -> None:
    _, b, c, d = names
    assert not states(text, "SUPPLIES", c, b), text
    assert not states(text, "SUPPLIES", d, b), text
