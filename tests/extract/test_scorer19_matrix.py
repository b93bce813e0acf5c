"""Guards that let the retrained scorer ship (round 19), over invented names: a country that
speaks is no seat of the bodies its report names, and the person a company buys from ("from
its founder, Y") holds no title in the buyer. Each phrasing has twins that keep the fact."""

from __future__ import annotations

import pytest

from .fragments import states

_COUNTRIES = ["China", "Japan", "Vietnam", "Canada"]
_BODIES = ["Norvik Metals Ltd", "Tarrow Minerals Corp", "the Halvard Administration"]
SPOKEN = [
    "{c} said {o} had raised tariffs on gallium from {c}.",
    "{c} warned that {o} would cut exports of cobalt to {c}.",
    "{c} also said {o} had stopped buying nickel.",
    "On Monday {c} said {o} had blocked sales of graphite.",
]
SEATED = [
    "{o}, based in {c}, said it would raise output of cobalt.",
    "{o}, a company based in {c}, said it would cut exports of gallium.",
]


def _named(body: str) -> str:
    return body.removeprefix("the ")


@pytest.mark.parametrize(("text", "body", "country"),
                         [(t.format(c=c, o=o), o, c) for t in SPOKEN for c in _COUNTRIES
                          for o in _BODIES], ids=lambda v: str(v)[:60])
def test_a_country_that_speaks_is_no_seat_of_what_it_names(text: str, body: str,
                                                          country: str) -> None:
    assert not states(text, "LOCATED_IN", _named(body), country)


@pytest.mark.parametrize(("text", "body", "country"),
                         [(t.format(c=c, o=o), o, c) for t in SEATED for c in _COUNTRIES
                          for o in _BODIES], ids=lambda v: str(v)[:60])
def test_a_body_based_in_a_country_is_still_seated_there(text: str, body: str,
                                                         country: str) -> None:
    assert states(text, "LOCATED_IN", _named(body), country)


_PEOPLE = ["Maria Ostrova", "Jonas Weller"]
_BUYERS = ["Baltic Magnetics Ltd", "Kestrel Rare Metals Inc"]
SOLD_BY = [
    "{o} agreed to buy the mine from its founder, {p}, last year.",
    "{o} bought the smelter from its former owner, {p}, in 2021.",
    "{o} acquired the plant from its chairman, {p}, in March.",
    "{o} will purchase the deposit from their founder, {p}.",
]
HELD_BY = [
    "{o}'s chief executive, {p}, said it agreed to buy the mine from a rival.",
    "{p}, chief executive of {o}, said the company bought the mine last year.",
    "{o} said its chief executive, {p}, would buy the mine from a rival.",
]


@pytest.mark.parametrize(("text", "person", "buyer"),
                         [(t.format(o=o, p=p), p, o) for t in SOLD_BY for p in _PEOPLE
                          for o in _BUYERS], ids=lambda v: str(v)[:60])
def test_whom_a_company_buys_from_holds_no_title_in_it(text: str, person: str,
                                                       buyer: str) -> None:
    assert not states(text, "REPRESENTS", person, buyer)


@pytest.mark.parametrize(("text", "person", "buyer"),
                         [(t.format(o=o, p=p), p, o) for t in HELD_BY for p in _PEOPLE
                          for o in _BUYERS], ids=lambda v: str(v)[:60])
def test_a_buyers_own_officer_still_represents_it(text: str, person: str, buyer: str) -> None:
    assert states(text, "REPRESENTS", person, buyer)
