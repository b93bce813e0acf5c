"""A generated inventory of how news states output and sales: producers (companies the
lexicon knows, invented ones, countries) x goods x ways of saying it, and sellers x buyers x
ways of saying a sale; each with twins that plan, end or deny it, or name another role, and
must give nothing (scorer on, as in evaluation)."""

from __future__ import annotations

import itertools

import pytest

from .fragments import produced_pairs, states

COMPANIES = [("Brennick Resources", "Brennick"), ("Vessen Magnetics", "Vessen"),
             ("Lynas", "Lynas"), ("Iluka Resources", "Iluka"), ("Korea Zinc", "Korea Zinc")]
COUNTRIES = [("Vietnam", "Vietnam"), ("Kazakhstan", "Kazakhstan"), ("Brazil", "Brazil")]
GOODS = [("NdPr oxide", "NdPr"), ("gallium", "gallium"), ("tungsten concentrate", "tungsten"),
         ("dysprosium oxide", "dysprosium"), ("antimony", "antimony")]

# {P} producer, {G} goods; "C" companies only, "A" companies and countries, "I" invented
# companies only (the scorer knows the lexicon's producers and may guess their output).
PRODUCED = [
    ("A", "{P} shipped its first {G} in March."),
    ("A", "{P} poured its first batch of {G} on Friday."),
    ("A", "{P} reported record production of {G}."),
    ("A", "{P} posted higher {G} output in the quarter."),
    ("A", "{P} boosted {G} production by a fifth."),
    ("A", "{P}'s share of global {G} output rose to 40%."),
    ("A", "{P} turned out 5,000 tonnes of {G} last year."),
    ("A", "According to the US Geological Survey, {P} is the largest producer of {G}."),
    ("C", "A {G} plant in Ohio run by {P} has begun production."),
    ("C", "{P} runs the country's largest {G} refinery."),
    ("C", "{P} cut jobs. Its main product is {G}."),
    ("C", "{G} is the main product of {P}."),
    ("C", "{P} has a {G} plant in Ohio."),
    ("C", "{P} runs a small {G} pilot plant in Ohio."),
    ("C", "The first {G} from {P} was shipped in March."),
    ("C", "{P} has an annual {G} capacity of 5,000 tonnes."),
    ("C", "{P} doubles {G} capacity"),
    ("C", "{P}, whose {G} mine is in Nevada, reported a profit."),
]
PRODUCED_NOT = [
    ("A", "{P} expects to ship its first {G} in 2027."),
    ("A", "{P} has yet to pour its first {G}."),
    ("A", "{P} plans to boost {G} production by 2028."),
    ("A", "{P} expects to report record {G} output next year."),
    ("C", "A former {G} plant in Ohio run by {P} was sold."),
    ("C", "{P} plans to run the country's largest {G} refinery."),
    ("I", "{P} bought its first batch of {G} on Friday."),
    ("I", "{G} is the main import of {P}."),
    ("C", "{P} has no {G} plant in Ohio."),
    ("C", "{P} has a stake in a {G} plant in Ohio."),
    ("C", "{P} had a {G} plant in Ohio until 2015."),
    ("C", "{P} plans to double {G} capacity"),
    ("C", "{P} has no {G} capacity."),
    ("C", "{P}, whose planned {G} mine is in Nevada, reported a loss."),
]


def _produced(templates: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    cases = []
    for n, (kind, template) in enumerate(templates):
        producers = {"C": COMPANIES, "I": COMPANIES[:2]}.get(kind, COMPANIES + COUNTRIES)
        for k in range(3):
            (name, short), (goods, stem) = producers[(n + k) % len(producers)], \
                GOODS[(n + 2 * k) % len(GOODS)]
            text = template.format(P=name, G=goods)
            cases.append((text[0].upper() + text[1:], short, stem))
    return cases


@pytest.mark.parametrize(("text", "producer", "goods"), _produced(PRODUCED),
                         ids=lambda v: str(v)[:50])
def test_a_stated_output_is_read(text: str, producer: str, goods: str) -> None:
    assert states(text, "PRODUCES", producer, goods)


@pytest.mark.parametrize(("text", "producer", "goods"), _produced(PRODUCED_NOT),
                         ids=lambda v: str(v)[:50])
def test_a_planned_ended_or_other_output_is_not(text: str, producer: str, goods: str) -> None:
    assert not states(text, "PRODUCES", producer, goods)


SELLERS = [("Harlow Metals", "Harlow"), ("Vessen Magnetics", "Vessen"), ("Umicore", "Umicore")]
BUYERS = [("Nidec", "Nidec"), ("Toyota", "Toyota"), ("Bosch", "Bosch")]

# {S} seller, {B} buyer.
SOLD = [
    "{S}, a supplier to {B}, raised prices.",
    "{S}, a key supplier of cobalt to {B}, raised prices.",
    "{S} is {B}'s main supplier.",
    "{S} provides {B} with cobalt.",
    "{B}, which takes most of {S}'s output, cut orders.",
    "{S} cut prices. Its customers include {B} and Valeo.",
    "{S} opened a plant in Ohio. Its anchor customer is {B}.",
    "{S} opened a plant in Ohio. {B} is its anchor customer.",
    "{S} opened a plant in Ohio. {B} is the plant's first customer.",
    "{B} is supplied by {S}.",
    "{B}'s magnets are made by {S}.",
    "{S} won an order from {B}.",
    "{B} placed an order with {S} for magnets.",
    "{B} turned to {S} for magnets.",
    "{S} began deliveries to {B} in May.",
    "Among {B}'s suppliers is {S}.",
    "{B} awarded a contract to {S} to supply cobalt.",
    "{B} awarded {S} a contract worth up to $245 million to supply cobalt.",
    "{B} accounts for half of {S}'s sales.",
    "Sales to {B} make up a third of {S}'s revenue.",
    "{S} wins {B} magnet order",
    "{B} picks {S} as magnet supplier",
    "{B} taps {S} for magnets",
]
SOLD_NOT = [
    "{S}, a former supplier to {B}, raised prices.",
    "{S}, a potential supplier to {B}, raised prices.",
    "{S} hopes to become {B}'s main supplier.",
    "{S} is no longer {B}'s main supplier.",
    "{S} no longer provides {B} with cobalt.",
    "{S} provides {B} with funding for cobalt research.",
    "{B}, which no longer takes {S}'s output, cut orders.",
    "{S} cut prices. Its rivals include {B}.",
    "{S} cut prices. Its former customers include {B}.",
    "{B} is no longer supplied by {S}.",
    "{B}'s magnets had been made by {S} until the fire.",
    "{S} hopes to win an order from {B}.",
    "{B} plans to place an order with {S}.",
    "{B} could turn to {S} for magnets.",
    "{S} stopped deliveries to {B}.",
    "{S} is a customer of {B}.",
    "{B} may award a contract to {S} to supply cobalt.",
    "{B} awarded {S} a contract worth up to $245 million to study cobalt.",
    "{B} accounts for half of {S}'s costs.",
    "{S} wants to sell magnets to {B}.",
    "{S} refused to sell to {B}.",
    "{S} loses {B} magnet order",
    "{B} drops {S} as magnet supplier",
    "{S} hopes to win {B} magnet order",
]


def _sold(templates: list[str], sellers: int = len(SELLERS)) -> list[tuple[str, str, str]]:
    cases = []
    for n, template in enumerate(templates):
        for k in range(2):
            (seller, s), (buyer, b) = SELLERS[(n + k) % sellers], \
                BUYERS[(n + 2 * k) % len(BUYERS)]
            cases.append((template.format(S=seller, B=buyer), s, b))
    return cases


@pytest.mark.parametrize(("text", "seller", "buyer"), _sold(SOLD), ids=lambda v: str(v)[:50])
def test_a_stated_sale_is_read_seller_to_buyer(text: str, seller: str, buyer: str) -> None:
    assert states(text, "SUPPLIES", seller, buyer)
    assert not states(text, "SUPPLIES", buyer, seller)


# Invented sellers only: the scorer may guess a known supplier's sale from a mere tie.
@pytest.mark.parametrize(("text", "seller", "buyer"), _sold(SOLD_NOT, 2),
                         ids=lambda v: str(v)[:50])
def test_an_ended_hoped_or_other_tie_is_no_sale(text: str, seller: str, buyer: str) -> None:
    assert not states(text, "SUPPLIES", seller, buyer)


LISTED = [
    ("{P} separates light rare earths, in particular neodymium and praseodymium.", "praseodymium"),
    ("{P} refines heavy rare earths, for example dysprosium and terbium.", "terbium"),
]


@pytest.mark.parametrize(("text", "goods"), [
    (t.format(P=p), g) for (t, g), (p, _) in itertools.product(LISTED, COMPANIES[:3])],
    ids=lambda v: str(v)[:50])
def test_examples_after_in_particular_are_produced_too(text: str, goods: str) -> None:
    assert states(text, "PRODUCES", text.split(" separates")[0].split(" refines")[0], goods)


@pytest.mark.parametrize("text", [
    "Molybdenum is less exposed: Chile, Mexico and Peru are significant producers.",
    "Antimony is mined mostly in China. Other producers include Russia and Peru.",
    "China dominates antimony. The next largest producers are Russia and Peru.",
])
def test_producers_of_the_goods_in_focus(text: str) -> None:
    assert states(text, "PRODUCES", "Peru", "*")


@pytest.mark.parametrize("text", [
    "Antimony prices rose. Other buyers include Russia and Peru.",
    "China dominates antimony. The largest buyers are Russia and Peru.",
    "Antimony prices rose. Russia and Peru could become significant producers.",
])
def test_buyers_or_would_be_producers_of_the_goods_in_focus_are_not(text: str) -> None:
    assert not states(text, "PRODUCES", "Peru", "*")


PLACED = ["{P} refines {G} in Malaysia.", "{P} refines {G} at its plant in Malaysia.",
          "{P} makes {G} at a new factory in Kuantan, Malaysia."]
PLACED_NOT = ["{P} makes {G} for buyers in Malaysia.", "{P} plans to make {G} in Malaysia.",
              "{P} no longer refines {G} in Malaysia.", "{P} processes imported {G} in Malaysia.",
              "{P} makes {G} in Ohio and sells them in Malaysia."]


@pytest.mark.parametrize(("text", "goods"), [
    (t.format(P=p, G=g), s) for t, (p, _), (g, s) in zip(
        PLACED * 2, COMPANIES * 2, GOODS * 2, strict=False)], ids=lambda v: str(v)[:50])
def test_the_country_a_company_makes_goods_in_makes_them(text: str, goods: str) -> None:
    assert states(text, "PRODUCES", "Malaysia", goods)


@pytest.mark.parametrize(("text", "goods"), [
    (t.format(P=p, G=g), s) for t, (p, _), (g, s) in zip(
        PLACED_NOT, COMPANIES[:2] * 3, GOODS, strict=False)], ids=lambda v: str(v)[:50])
def test_a_country_the_goods_are_sold_or_planned_in_does_not(text: str, goods: str) -> None:
    assert not states(text, "PRODUCES", "Malaysia", goods)


@pytest.mark.parametrize("text", [
    "Harlow Metals ships to customers in Japan and South Korea.",
    "Harlow Metals sells to buyers in Japan and South Korea.",
    "Harlow Metals exports to carmakers in Japan and South Korea.",
])
def test_to_before_a_plural_or_after_a_verb_of_sending_is_no_infinitive(text: str) -> None:
    assert states(text, "SUPPLIES", "Harlow", "South Korea")


@pytest.mark.parametrize(("text", "rel", "source", "target"), [
    ("On Tuesday, Harlow Metals, which shipped its first gallium in March, cut its forecast.",
     "PRODUCES", "Harlow", "gallium"),
    ("Harlow Metals, which reported record gallium production, declined to comment.",
     "PRODUCES", "Harlow", "gallium"),
    ("Analysts said Toyota, which is supplied by Harlow Metals, cut its forecast.",
     "SUPPLIES", "Harlow", "Toyota"),
    ("Harlow Metals, which won an order from Toyota last year, cut its forecast.",
     "SUPPLIES", "Harlow", "Toyota"),
    ("Harlow Metals, which began deliveries to Toyota in May, declined to comment.",
     "SUPPLIES", "Harlow", "Toyota"),
])
def test_the_same_statements_in_a_relative_clause(text: str, rel: str, source: str,
                                                  target: str) -> None:
    assert states(text, rel, source, target)


@pytest.mark.parametrize(("text", "rel", "source", "target"), [
    ("Laos has become a major rare earth supplier.", "PRODUCES", "Laos", "rare earth"),
    ("Laos has become a major supplier of rare earths to China.", "SUPPLIES", "Laos", "China"),
    ("Laos is now China's second-largest source of imported rare earths.",
     "SUPPLIES", "Laos", "China"),
    ("Chinese firms mine rare earths in Laos.", "PRODUCES", "Laos", "rare earth"),
])
def test_a_country_that_has_become_a_source(text: str, rel: str, source: str,
                                            target: str) -> None:
    assert states(text, rel, source, target)



@pytest.mark.parametrize("amount", ["500 tonnes of", "2,500 tonnes of", "500 kg of",
                                    "2,500 metric tons of", ""])
def test_the_country_of_a_plant_produces_what_it_makes_whatever_the_amount(amount: str) -> None:
    text = f"Kestrel Metals produces {amount} NdPr oxide at its refinery in Estonia."
    assert ("Estonia", "NdPr oxide") in produced_pairs(text.replace("  ", " "))
