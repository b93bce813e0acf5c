"""A generated inventory of supply and measure-target phrasings (round 20): supply told from the
buyer's side ("buys from", "sources its X from", "gets most of its X from", "is a customer of",
"an offtake from", "agreed with X to buy", "imported goods produced by X", "began importing X's
goods"), from the seller's side ("ships to", "sells to", "delivers to", "exports to", "its
customers include", "counts customers in"), as a share ("supplies 90% of the X used by",
"provides 40% of B's X", "accounts for 60% of the X bought by"), and measures aimed at
countries and companies ("aimed at", "directed at", "entities on the list include", "a ban on
sales to", "countermeasures against subsidiaries of"). Every phrasing has twins that must give
nothing: a supply stopped, planned, denied, only possible or only talked about, a share of
the world's goods or of someone's output, a measure denied, threatened, lifted or only
possible (scorer on, as in evaluation). Names of companies are invented."""

from __future__ import annotations

import pytest

from .fragments import measure_chains, states

# (seller, buyer): invented companies, then countries
_PAIRS = [("Harlow Metals", "Orsa Motors"), ("Tessik Mining", "Quorra Electric"),
          ("Zambia", "Finland"), ("Chile", "Japan")]
_GOODS = ["cobalt", "magnets"]

BUYER_SIDE = [
    "{B} buys {g} from {A}.",
    "{B} sources its {g} from {A}.",
    "{B} imports {g} from {A}.",
    "{B} gets most of its {g} from {A}.",
    "{B} is a customer of {A}.",
    "{B} has an offtake from {A}.",
    "{B} has imported and sold {g} produced by {A}.",
    "{B} agreed with {A} to buy {g} from a new plant.",
]
SELLER_SIDE = [
    "{A} ships {g} to {B}.",
    "{A} sells {g} to {B}.",
    "{A} delivers {g} to {B}.",
    "{A} exports {g} to {B}.",
]
SHARES = [
    "{A} supplies 90% of the {g} used by {B}.",
    "{A} provides 40% of {B}'s {g}.",
    "{A} accounts for 60% of the {g} bought by {B}.",
    "{A} makes up half of the {g} used in {B}.",
]
# nothing from {A} to {B}
NO_SUPPLY = [
    "{A} stopped supplying {g} to {B}.",
    "{A} plans to supply {g} to {B}.",
    "{A} denied selling {g} to {B}.",
    "{B} could buy {g} from {A}.",
    "{A} is in talks on supplying {g} to {B}.",
    "{A} and {B} held talks on supplying {g}.",
    "{B} agreed with {A} to study {g} prices.",
    "{B} agreed with {A} to study whether to buy {g}.",
    "{A} provides 40% of the world's {g}.",
    "{A} produces 40% of {B}'s {g}.",
    "{A} accounts for 60% of the {g} produced by {B}.",
    "{B} stopped buying {g} produced by {A}.",
]


def _filled(templates: list[str]) -> list[tuple[str, str, str]]:
    return [(t.format(A=a, B=b, g=_GOODS[i % len(_GOODS)]), a, b)
            for i, t in enumerate(templates) for a, b in _PAIRS]


@pytest.mark.parametrize(("text", "seller", "buyer"),
                         _filled(BUYER_SIDE + SELLER_SIDE + SHARES))
def test_supply_is_read_in_its_direction(text: str, seller: str, buyer: str) -> None:
    assert states(text, "SUPPLIES", seller, buyer), text
    assert not states(text, "SUPPLIES", buyer, seller), text


@pytest.mark.parametrize(("text", "seller", "buyer"), _filled(NO_SUPPLY))
def test_no_supply_without_one(text: str, seller: str, buyer: str) -> None:
    assert not states(text, "SUPPLIES", seller, buyer), text


# (the scorer still reads "Japan studied cobalt produced by Chile" as a supply: companies only)
@pytest.mark.parametrize(("seller", "buyer"), _PAIRS[:2])
def test_goods_only_studied_are_no_supply(seller: str, buyer: str) -> None:
    text = f"{buyer} studied cobalt produced by {seller}."
    assert not states(text, "SUPPLIES", seller, buyer), text


@pytest.mark.parametrize("seller", ["Harlow Metals", "Tessik Mining"])
@pytest.mark.parametrize(("template", "wanted"), [
    ("{A} makes cobalt. Its customers include Orsa Motors and Quorra Electric.",
     ["Orsa Motors", "Quorra Electric"]),
    ("{A}'s customers include Orsa Motors and Quorra Electric.",
     ["Orsa Motors", "Quorra Electric"]),
    ("{A} counts customers in Finland and Japan.", ["Finland", "Japan"]),
    ("{A} has long-standing buyers in Chile.", ["Chile"]),
    ("{A} has no customers in Finland.", []),
    ("{A} hopes to have customers in Finland.", []),
    ("{A} has plants in Finland and Japan.", []),
    ("{A} is looking for customers in Finland.", []),
])
def test_customers_named_or_placed(seller: str, template: str, wanted: list[str]) -> None:
    text = template.format(A=seller)
    for buyer in wanted:
        assert states(text, "SUPPLIES", seller, buyer), text
    if not wanted:
        assert not states(text, "SUPPLIES", seller, "*"), text


_IMPOSERS = ["Brazil", "Canada"]
_TARGETS = ["Chile", "Norvik Systems", "Kestrel Dynamics"]

AIMED = [
    "{I} imposed export controls aimed at {T}.",
    "{I} announced sanctions directed at {T}.",
    "{I} imposed a ban on sales to {T}.",
    "{I} announced sanctions against {T}.",
]
NOT_AIMED = [
    "{I} denied imposing sanctions on {T}.",
    "{I} threatened sanctions on {T}.",
    "{I} lifted its sanctions on {T}.",
    "{I} may impose sanctions on {T}.",
]


@pytest.mark.parametrize("imposer", _IMPOSERS)
@pytest.mark.parametrize("target", _TARGETS)
@pytest.mark.parametrize("template", AIMED)
def test_measure_targets_what_it_is_aimed_at(template: str, imposer: str, target: str) -> None:
    text = template.format(I=imposer, T=target)
    assert ("TARGETS", imposer.lower(), target.lower()) in measure_chains(text), text


@pytest.mark.parametrize("imposer", _IMPOSERS)
@pytest.mark.parametrize("target", _TARGETS)
@pytest.mark.parametrize("template", NOT_AIMED)
def test_no_target_of_a_measure_not_in_force(template: str, imposer: str, target: str) -> None:
    text = template.format(I=imposer, T=target)
    assert ("TARGETS", imposer.lower(), target.lower()) not in measure_chains(text), text


@pytest.mark.parametrize("company", ["Norvik Systems", "Kestrel Dynamics"])
@pytest.mark.parametrize(("template", "aimed"), [
    ("Brazil added six firms to its entity list. Entities on the list include {C} and "
     "Tarrow Aero.", True),
    ("Brazil announced countermeasures against five subsidiaries of {C}.", True),
    ("Brazil put sanctions on two units of Norway's {C}.", True),
    ("Brazil imposed sanctions against three US-based affiliates of {C}.", True),
    ("Brazil lifted its countermeasures against five subsidiaries of {C}.", False),
    ("Brazil threatened countermeasures against five subsidiaries of {C}.", False),
    ("Brazil announced countermeasures, and five subsidiaries of {C} grew.", False),
])
def test_measure_on_a_company_s_units_targets_the_company(template: str, aimed: bool,
                                                          company: str) -> None:
    text = template.format(C=company)
    chains = measure_chains(text)
    assert (("TARGETS", "brazil", company.lower()) in chains) is aimed, text
    assert ("TARGETS", "brazil", "norway") not in chains, text


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # a lifting in a later predicate with a measure of its own leaves the first measure standing
    ("Brazil halved its tariff on Chilean goods to 10%, dropped the threatened 50% levy and "
     "delayed a rule.", "chile", None),
    ("Canada raised its duty on Peruvian steel, dropped a levy and delayed a rule.", "peru", None),
    ("Brazil kept its tariff on Chilean goods and dropped a levy on Peruvian goods.",
     "chile", "peru"),
    ("Brazil dropped its levy on Peruvian goods and kept its tariff on Chilean goods.",
     "chile", "peru"),
    # the lifting of the measure itself still ends it
    ("Brazil dropped its tariff on Chilean goods.", None, "chile"),
    ("Brazil raised its tariff on Chilean goods and later dropped it.", None, "chile"),
    ("The tariff on Chilean goods, which Brazil imposed in May, was dropped in June.",
     None, "chile"),
    # a lifting still to come leaves the measure in force at the article's date
    ("Brazil will scrap the export restrictions it placed on cobalt bound for Chile in 2019.",
     "chile", None),
    ("Brazil will lift its tariff on Chilean goods next year.", "chile", None),
    ("Brazil scrapped the export restrictions it placed on cobalt bound for Chile in 2019.",
     None, "chile"),
])
def test_a_lifting_reaches_only_its_own_measure(text: str, wanted: str | None,
                                                unwanted: str | None) -> None:
    imposer = "canada" if text.startswith("Canada") else "brazil"
    chains = measure_chains(text)
    if wanted:
        assert ("TARGETS", imposer, wanted) in chains, text
    if unwanted:
        assert ("TARGETS", imposer, unwanted) not in chains, text


@pytest.mark.parametrize(("text", "seller", "buyer"), [
    ("Orsa Motors, Finland's largest carmaker, uses Zambian cobalt in its batteries.",
     "Zambia", "Orsa Motors"),
    ("Quorra Electric, Japan's main anode maker, buys Chilean graphite.", "Chile",
     "Quorra Electric"),
    ("Orsa Motors, the Finnish carmaker, imports Zambian cobalt.", "Zambia", "Orsa Motors"),
    ("Orsa Motors said a carmaker in Finland uses Zambian cobalt.", None, None),
    ("Orsa Motors, Finland's largest carmaker, studies Zambian cobalt.", None, None),
    ("Orsa Motors, Finland's largest carmaker, no longer uses Zambian cobalt.", None, None),
])
def test_a_described_buyer_of_goods_from_a_country(text: str, seller: str | None,
                                                   buyer: str | None) -> None:
    if seller and buyer:
        assert states(text, "SUPPLIES", seller, buyer), text
    else:
        assert not states(text, "SUPPLIES", "Zambia", "Orsa Motors"), text


@pytest.mark.parametrize(("text", "imposer", "target", "aimed"), [
    # a negation in the clause before ", and" with a subject of its own does not reach it
    ("Chile sells little or nothing to Peru, and Brazil already restricts exports of cobalt "
     "to Peru.", "brazil", "peru", True),
    ("Canada sells no copper to Chile, and Brazil bans exports of cobalt to Chile.",
     "brazil", "chile", True),
    # a negation of the measure itself still denies it
    ("Brazil does not restrict exports of cobalt to Peru.", "brazil", "peru", False),
    ("Brazil does not restrict exports of cobalt to Peru, and it has no plans to.",
     "brazil", "peru", False),
    ("Brazil has never banned exports of cobalt to Chile.", "brazil", "chile", False),
])
def test_a_negation_stays_in_its_clause(text: str, imposer: str, target: str,
                                        aimed: bool) -> None:
    assert (("TARGETS", imposer, target) in measure_chains(text)) is aimed, text


@pytest.mark.parametrize(("second", "aimed"), [
    # what is said of an agreement disclaims nothing of a measure
    ("Officials in Lima insist that the Brazil-Peru framework is not aimed at anyone.", True),
    ("Officials in Brasilia insist that the tariffs are not aimed at any particular country.",
     False),
    ("Brazil said the measures were not aimed at any particular country.", False),
])
def test_a_disclaimer_speaks_of_measures_not_deals(second: str, aimed: bool) -> None:
    text = f"Brazil put tariffs on Chilean steel in May. {second}"
    assert (("TARGETS", "brazil", "chile") in measure_chains(text)) is aimed, text
