"""A generated inventory of goods named as another party's make or supply: a customer industry
("sells to makers of magnets"), the possessor's supplier ("Toyota's main supplier of
magnets"); with the twins where the producer noun is the actor's own ("is by far the largest
producer of"), and capacity, output, contract and purchase phrasings with their twins (scorer
on, as in evaluation)."""

from __future__ import annotations

import pytest

from .fragments import states

SELLERS = ["Brennick Resources", "Vessen Magnetics", "Orvane Metals"]
BUYERS = ["Toyota", "Renault", "Siemens"]
GOODS = [("NdPr oxide", "NdPr"), ("gallium", "gallium"), ("tungsten concentrate", "tungsten"),
         ("dysprosium oxide", "dysprosium"), ("antimony", "antimony")]
MADE = [("permanent magnets", "magnet"), ("chips", "chip"), ("wind turbines", "turbine")]


def _cases(templates: list[str], rel: str) -> list[tuple[str, str, str]]:
    """Each template with three sellers, buyers, goods and made products; the fact looked for is
    seller -> goods (``{G}``) or seller -> buyer (SUPPLIES) or seller -> made product."""
    cases = []
    for n, template in enumerate(templates):
        for k in range(3):
            seller, buyer = SELLERS[(n + k) % 3], BUYERS[(n + 2 * k) % 3]
            goods, stem = GOODS[(n + k) % len(GOODS)]
            made, made_stem = MADE[(n + k) % len(MADE)]
            text = template.format(S=seller, B=buyer, G=goods, M=made)
            target = buyer if rel == "SUPPLIES" else made_stem if "{M}" in template else stem
            cases.append((text, seller.split()[0] if "{B}'s" not in template else buyer,
                          target))
    return cases


# The made product (``{M}``) is a customer's: no PRODUCES of the seller (nor of the possessor).
CUSTOMER_GOODS = [
    "{S} sells {G} to makers of {M}.",
    "{S} produces {G} sold to makers of {M}.",
    "{S} supplies makers of {M}.",
    "{S} supplies manufacturers of {M} in Europe.",
    "{S} ships its {G} to producers of {M}.",
    "{S} has signed a deal with the biggest maker of {M}.",
    "{S} buys {G} from the largest producer of {M}.",
    "{S} is owned by the largest maker of {M}.",
    "{S} delivers {G} to a maker of {M} in Ohio.",
    "{S} counts makers of {M} among its customers.",
]
POSSESSED_SUPPLIER = [
    "{B}'s main supplier of {M} raised prices.",
    "{B}'s largest source of {M} is in Ohio.",
    "{S} is {B}'s biggest supplier of {M}.",
]
OWN_PRODUCER_NOUN = [
    "{S} is by far the largest producer of {G}.",
    "{S} has grown to become the top producer of {G}.",
    "{S}, which sells to Japan, is the largest producer of {G}.",
    "{S}, the largest producer of {G}, sells to {B}.",
    "{S} rose to become the top supplier of {G}.",
    "{S} counts among the largest producers of {G}.",
]
OUTPUT = [
    "{S} has capacity for 5,000 tonnes of {G} a year.",
    "{S} has annual capacity of 5,000 tonnes of {G}.",
    "{S} boasts nameplate capacity of 12,000 tonnes of {G} a year.",
    "{S} holds refining capacity of about 3,000 tonnes of {G}.",
    "Output of {G} at {S} rose 20% in the quarter.",
    "Production of {G} by {S} doubled last year.",
    "Shipments of {G} from {S} rose 20% in May.",
    "{B} tested samples of {G} from {S}.",
]
NOT_OUTPUT = [
    "{S} has no capacity for {G}.",
    "{S} plans to have capacity for 5,000 tonnes of {G} by 2028.",
    "{S} needs capacity for 5,000 tonnes of {G} a year.",
    "{S} has orders for 5,000 tonnes of {G}.",
    "Demand for {G} at {S} rose 20% in the quarter.",
    "Stocks of {G} at {S} fell.",
    "Supplies of {G} at {S} ran low.",
    "Prices of {G} at {S} rose.",
    "Output of {G} at {S} is expected to start in 2028.",
    "Demand for {G} from {S} rose 20% in May.",
    "Orders for {G} from {S} doubled.",
]
SALE = [
    "{S} won a contract to supply {B} with {G}.",
    "{S} has won an order to supply {B} with {G}.",
    "{S} secured a deal to deliver {G} to {B}.",
    "{B} signed to buy {G} from {S}.",
    "{B} has signed to buy {G} from {S}.",
    "{B} contracted to buy {G} from {S}.",
    "{S} won an order from {B}.",
    "{S} has won orders from {B} for {G}.",
    "{S} was awarded a contract by {B} to supply {G}.",
    "{S} has been awarded a supply contract by {B}.",
    "{S} was selected by {B} to supply {G}.",
    "{G} from {S} is sold to {B}.",
]
NOT_SALE = [
    "{S} bid for a contract to supply {B} with {G}.",
    "{S} lost a contract to supply {B} with {G}.",
    "{S} hopes to win a contract to supply {B}.",
    "{B} plans to buy {G} from {S}.",
    "{B} declined to buy {G} from {S}.",
    "{B} refused to buy {G} from {S}.",
    "{B} signed to buy {G} from a rival of {S}.",
    "{S} was denied a contract by {B}.",
    "{S} was chosen by {B} as a research partner.",
    "{G} from {S} is shipped to ports near {B}.",
]


@pytest.mark.parametrize(("text", "seller", "made"), _cases(CUSTOMER_GOODS, "PRODUCES"),
                         ids=lambda v: str(v)[:50])
def test_a_customer_industry_is_no_output(text: str, seller: str, made: str) -> None:
    assert not states(text, "PRODUCES", seller, made)


@pytest.mark.parametrize(("text", "buyer", "made"), _cases(POSSESSED_SUPPLIER, "PRODUCES"),
                         ids=lambda v: str(v)[:50])
def test_the_possessor_of_a_supplier_is_no_producer(text: str, buyer: str, made: str) -> None:
    assert not states(text, "PRODUCES", buyer, made)


@pytest.mark.parametrize(("text", "seller", "goods"), _cases(OWN_PRODUCER_NOUN, "PRODUCES"),
                         ids=lambda v: str(v)[:50])
def test_an_own_producer_noun_is_output(text: str, seller: str, goods: str) -> None:
    assert states(text, "PRODUCES", seller, goods)


@pytest.mark.parametrize(("text", "seller", "goods"), _cases(OUTPUT, "PRODUCES"),
                         ids=lambda v: str(v)[:50])
def test_capacity_and_output_are_read(text: str, seller: str, goods: str) -> None:
    assert states(text, "PRODUCES", seller, goods)


@pytest.mark.parametrize(("text", "seller", "goods"), _cases(NOT_OUTPUT, "PRODUCES"),
                         ids=lambda v: str(v)[:50])
def test_demand_stocks_and_plans_are_not(text: str, seller: str, goods: str) -> None:
    assert not states(text, "PRODUCES", seller, goods)


@pytest.mark.parametrize(("text", "seller", "buyer"), _cases(SALE, "SUPPLIES"),
                         ids=lambda v: str(v)[:50])
def test_contracts_and_purchases_are_read(text: str, seller: str, buyer: str) -> None:
    assert states(text, "SUPPLIES", seller, buyer)
    assert not states(text, "SUPPLIES", buyer, seller)


@pytest.mark.parametrize(("text", "seller", "buyer"), _cases(NOT_SALE, "SUPPLIES"),
                         ids=lambda v: str(v)[:50])
def test_bids_losses_and_plans_are_not(text: str, seller: str, buyer: str) -> None:
    assert not states(text, "SUPPLIES", seller, buyer)


HOMES = {"Toyota": ("Japan", "Japanese"), "Renault": ("France", "French"),
         "Siemens": ("Germany", "German")}
# {H} the buyer's country, {D} its demonym: the buyer is the company the country qualifies.
QUALIFIED_SALE = [
    "{S} sells {G} to {H}'s {B}.",
    "{S} ships {G} to {D} group {B}.",
    "{S} won an order from {D} trading house {B}.",
    "{B} buys {G} from {S}.",
    "{S} sells {G} to carmaker {B}.",
    "{B} buys {G} from miner {S}.",
]
NOT_QUALIFIED_SALE = [
    "{S} sells {G} to {H}, home of {B}.",
    "{S} halted all shipments to {H}'s {B} in May.",
    "{S} will talk to carmaker {B} about {G}.",
]


def _qualified(templates: list[str]) -> list[tuple[str, str, str]]:
    cases = []
    for n, template in enumerate(templates):
        for k in range(3):
            seller, buyer = SELLERS[(n + k) % 3], BUYERS[(n + 2 * k) % 3]
            home, demonym = HOMES[buyer]
            text = template.format(S=seller, B=buyer, G=GOODS[(n + k) % len(GOODS)][0],
                                   H=home, D=demonym)
            cases.append((text, seller.split()[0], buyer))
    return cases


@pytest.mark.parametrize(("text", "seller", "buyer"), _qualified(QUALIFIED_SALE),
                         ids=lambda v: str(v)[:50])
def test_the_company_a_country_qualifies_is_the_buyer(text: str, seller: str,
                                                        buyer: str) -> None:
    assert states(text, "SUPPLIES", seller, buyer)
    assert not states(text, "PRODUCES", buyer, "*")


@pytest.mark.parametrize(("text", "seller", "buyer"), _qualified(NOT_QUALIFIED_SALE),
                         ids=lambda v: str(v)[:50])
def test_a_country_alone_or_a_halt_names_no_buyer(text: str, seller: str, buyer: str) -> None:
    assert not states(text, "SUPPLIES", seller, buyer)


OWNERS = ["Tarrow Mining", "Harlow Group", "Kestrel Mining"]
PLACES = ["Kuantan", "Nevada", "Ohio"]
# {O} a company, {L} a place naming its site: the possessor makes what its site makes.
OWN_SITE = [
    "{O}'s {L} plant turned out 4,000 tonnes of {G} last year.",
    "{O}'s {L} mine churned out a record amount of {G}.",
    "{O}'s {L} refinery produced 300 tonnes of {G} in the quarter.",
]
NOT_OWN_SITE = [
    "{O}'s planned {L} refinery would produce 4,000 tonnes of {G}.",
    "{O}'s {L} plant will produce {G} from 2028.",
    "{O}'s former {L} plant produced {G} until 2015.",
    "{O}'s customers make {G}.",
    "{O}'s rivals in {L} refine {G}.",
]


def _sites(templates: list[str]) -> list[tuple[str, str, str]]:
    cases = []
    for n, template in enumerate(templates):
        for k in range(3):
            owner, place = OWNERS[(n + k) % 3], PLACES[(n + 2 * k) % 3]
            goods, stem = GOODS[(n + k) % len(GOODS)]
            cases.append((template.format(O=owner, L=place, G=goods), owner.split()[0], stem))
    return cases


@pytest.mark.parametrize(("text", "owner", "goods"), _sites(OWN_SITE), ids=lambda v: str(v)[:50])
def test_a_site_named_by_its_place_makes_for_its_owner(text: str, owner: str,
                                                         goods: str) -> None:
    assert states(text, "PRODUCES", owner, goods)


@pytest.mark.parametrize(("text", "owner", "goods"), _sites(NOT_OWN_SITE),
                         ids=lambda v: str(v)[:50])
def test_planned_sites_buyers_customers_and_rivals_do_not(text: str, owner: str,
                                                            goods: str) -> None:
    assert not states(text, "PRODUCES", owner, goods)


COUNTRY_MAKERS = [("Vietnam", "Vietnamese"), ("Brazil", "Brazilian"), ("Japan", "Japanese")]
# {C} a country, {D} its demonym: a country's makers named by their goods.
COUNTRY_GOODS_MAKERS = [
    "{D} {G} makers raised prices.",
    "{C}'s {G} producers cut output.",
    "Shares of {D} {G} miners fell.",
]
NOT_COUNTRY_GOODS_MAKERS = [
    "{D} {G} buyers raised prices.",
    "{D} carmakers buy {G} from Canadian makers.",
    "{C}'s {G} imports rose.",
]


def _countries(templates: list[str]) -> list[tuple[str, str, str]]:
    cases = []
    for n, template in enumerate(templates):
        for k in range(3):
            country, demonym = COUNTRY_MAKERS[(n + k) % 3]
            goods, stem = GOODS[(n + 2 * k) % len(GOODS)]
            cases.append((template.format(C=country, D=demonym, G=goods), country, stem))
    return cases


@pytest.mark.parametrize(("text", "country", "goods"), _countries(COUNTRY_GOODS_MAKERS),
                         ids=lambda v: str(v)[:50])
def test_a_countrys_makers_of_goods_make_them_there(text: str, country: str,
                                                     goods: str) -> None:
    assert states(text, "PRODUCES", country, goods)


@pytest.mark.parametrize(("text", "country", "goods"), _countries(NOT_COUNTRY_GOODS_MAKERS),
                         ids=lambda v: str(v)[:50])
def test_a_countrys_buyers_and_imports_do_not(text: str, country: str, goods: str) -> None:
    assert not states(text, "PRODUCES", country, goods)
