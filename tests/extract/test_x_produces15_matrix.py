"""A generated inventory of production and supply phrasings (invented companies, countries as
producers, several goods) with the twins that must give nothing: shares and ranks of output,
producer descriptions and lists, output growth verbs, the customers named as the object of a
supply verb; and, as twins, the goods named as what the actor uses, buys or sources ("a third
of global tungsten demand", "sources most of its cobalt", "one of the largest buyers of")
(scorer on, as in evaluation)."""

from __future__ import annotations

import pytest

from .fragments import states

SELLERS = ["Brennick Resources", "Vessen Magnetics", "Orvane Metals"]
COUNTRIES = ["Kazakhstan", "Peru", "Vietnam"]
BUYERS = ["Toyota", "Renault", "Siemens"]
MARKETS = ["Japan", "Germany", "India"]
GOODS = ["gallium", "tungsten", "antimony", "cobalt", "graphite"]


def _cases(templates: list[str]) -> list[tuple[str, str, str]]:
    """Each template with three producers (a company for ``{S}``, else a country ``{C}``)
    and goods; the fact looked for is producer -> goods."""
    cases = []
    for n, template in enumerate(templates):
        for k in range(3):
            seller, country = SELLERS[(n + k) % 3], COUNTRIES[(n + k) % 3]
            goods = GOODS[(n + k) % len(GOODS)]
            text = template.format(S=seller, C=country, G=goods)
            cases.append((text, seller.split()[0] if "{S}" in template else country, goods))
    return cases


OUTPUT = [
    "{C} mines about a fifth of the world's {G}.",
    "{C} is the second-largest producer of {G}.",
    "{C} refines nine tenths of the world's {G}.",
    "{C} is home to most of the world's {G} output.",
    "{C} accounts for a third of global {G} output.",
    "{C} dominates the processing of {G}.",
    "{C} ranks second among {G} producers.",
    "{C} holds a near-monopoly on {G} refining.",
    "{G} is also mined in {C} and Chile.",
    "{S}, a maker of {G}, raised prices.",
    "{G} producer {S} raised prices.",
    "{S}, which mines {G} in Chile, raised prices.",
    "{S}'s plant in Ohio turns out 5,000 tonnes of {G} a year.",
    "{S} runs the only {G} smelter in Europe.",
    "{S} raised prices. The company mines {G} in Chile.",
    "{S} is ramping up {G} production.",
    "{S} restarted {G} production at its Tarvik mine.",
    "{S} is stepping up {G} output.",
    "{S} tripled {G} output last year.",
    "{S} converts concentrate into {G}.",
    "Other {G} producers include {S} and Tarrow Mining.",
    "Other {G} producers include Tarrow Mining and {S}.",
    "{G} refiners outside China, among them {S}, raised output.",
    "{G} makers in Japan such as {S} cut output.",
    "Japan relies on {C} for most of its {G} imports.",
]
NOT_OUTPUT = [
    "{C} accounts for a third of global {G} demand.",
    "{C} accounts for half of the world's {G} consumption.",
    "{C} sources most of its {G} from Chile.",
    "{S} sources its {G} from Chile.",
    "{C} imports most of its {G} from Chile.",
    "{S} is one of the largest buyers of {G}.",
    "{S} is a trader of {G}.",
    "{S} is one of the largest consumers of {G}.",
    "{C} plans to produce {G} by 2030.",
    "{C} does not produce {G}.",
    "Buyers of {G} in {C} waited.",
    "{S} hopes to mine {G} from 2028.",
    "{C} holds large reserves of {G}.",
    "{S} is ramping up {G} purchases.",
    "{S} plans to restart {G} production in 2028.",
    "{G} buyers include {S} and Tarrow Mining.",
    "{G} buyers outside China, among them {S}, waited.",
    "{G} makers in Japan sell to carmakers such as {S}.",
]


@pytest.mark.parametrize(("text", "producer", "goods"), _cases(OUTPUT), ids=lambda v: str(v)[:50])
def test_output_shares_ranks_and_growth_are_read(text: str, producer: str, goods: str) -> None:
    assert states(text, "PRODUCES", producer, goods)


@pytest.mark.parametrize(("text", "producer", "goods"), _cases(NOT_OUTPUT),
                         ids=lambda v: str(v)[:50])
def test_demand_sourcing_buying_and_plans_are_no_output(text: str, producer: str,
                                                         goods: str) -> None:
    assert not states(text, "PRODUCES", producer, goods)


def _sales(templates: list[str]) -> list[tuple[str, str, str]]:
    """Each template with three sellers, buyer companies (``{B}``), buyer countries (``{M}``)
    and goods; the fact looked for is seller -> buyer (a country after 'Chile' sells)."""
    cases = []
    for n, template in enumerate(templates):
        for k in range(3):
            seller, buyer = SELLERS[(n + k) % 3], BUYERS[(n + 2 * k) % 3]
            market, goods = MARKETS[(n + k) % 3], GOODS[(n + k) % len(GOODS)]
            text = template.format(S=seller, B=buyer, M=market, G=goods)
            cases.append((text, seller.split()[0] if "{S}" in template else "Chile",
                          buyer if "{B}" in template else market))
    return cases


SALE = [
    "{S} supplies customers in {M}.",
    "{S} supplies customers in {M} and South Korea.",
    "{S} serves carmakers in {M}.",
    "{S}, which supplies clients in {M}, raised prices.",
    "{S} supplies {G} to customers in {M}.",
    "{S} ships {G} to {B}.",
    "{B} sources {G} from {S}.",
    "{S} signed an offtake agreement with {B}.",
    "{S} counts {B} among its customers.",
    "{M} imports most of its {G} from Chile.",
    "{M} sources most of its {G} from Chile.",
    "{B} relies on {S} for {G}.",
]
NOT_SALE = [
    "{S} hopes to win customers in {M}.",
    "{S} has no customers in {M}.",
    "{S} opened an office for customers in {M}.",
    "{S} plans to supply customers in {M}.",
    "{S} stopped supplying customers in {M} in 2019.",
    "{S} competes with {B}.",
    "{S} plans to sell {G} to {B}.",
    "{S} does not sell {G} to {B}.",
    "{S} met {B} to discuss {G}.",
]


@pytest.mark.parametrize(("text", "seller", "buyer"), _sales(SALE), ids=lambda v: str(v)[:50])
def test_sales_and_customers_in_a_country_are_read(text: str, seller: str, buyer: str) -> None:
    assert states(text, "SUPPLIES", seller, buyer)
    assert not states(text, "SUPPLIES", buyer, seller)


@pytest.mark.parametrize(("text", "seller", "buyer"), _sales(NOT_SALE),
                         ids=lambda v: str(v)[:50])
def test_hopes_halts_and_plans_are_no_sale(text: str, seller: str, buyer: str) -> None:
    assert not states(text, "SUPPLIES", seller, buyer)
