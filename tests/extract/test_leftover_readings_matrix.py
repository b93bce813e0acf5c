"""A generated inventory of readings that credit the wrong party: the possessor of "supplier
of" (the buyer), a descriptive class phrase as the goods in focus ("a soft metal"), a share of
an input's use read as the input needing its user, and two items of one folded list as buyer and
seller of each other; each with twins that must keep their fact."""

from __future__ import annotations

import pytest

from .fragments import states

SELLERS = ["Trelmax Corp.", "Quorra Metals", "Denvik Resources"]
BUYERS = ["Ovanta Motors", "Halvik Industries", "Corvel Systems"]
GOODS = [("magnets", "magnet"), ("gallium", "gallium"), ("NdPr oxide", "NdPr")]


def _trios(templates: list[str]) -> list[tuple[str, str, str, str]]:
    cases = []
    for n, template in enumerate(templates):
        for k in range(3):
            seller, buyer = SELLERS[(n + k) % 3], BUYERS[(n + 2 * k) % 3]
            goods, stem = GOODS[(n + k) % 3]
            cases.append((template.format(S=seller, B=buyer, G=goods),
                          seller.split()[0], buyer.split()[0], stem))
    return cases


BUYERS_SUPPLIER = [
    "{S} is {B}' supplier of {G}.",
    "{S} is {B}' main supplier of {G}.",
    "{S} was selected by {B} as its main supplier of {G}.",
    "{S} was chosen by {B} as its sole supplier of {G}.",
    "{S} has been named by {B} as its preferred provider of {G}.",
]
OWN_PRODUCER = [
    "{S} is the world's largest producer of {G}.",
    "{S} is the largest supplier of {G} to {B}.",
    "{S}, the main supplier of {G}, sells to {B}.",
]


@pytest.mark.parametrize(("text", "seller", "buyer", "goods"), _trios(BUYERS_SUPPLIER),
                         ids=lambda v: str(v)[:50])
def test_the_possessor_of_a_supplier_buys(text: str, seller: str, buyer: str,
                                          goods: str) -> None:
    assert not states(text, "PRODUCES", buyer, goods)
    assert states(text, "SUPPLIES", seller, buyer)


@pytest.mark.parametrize(("text", "seller", "buyer", "goods"), _trios(OWN_PRODUCER),
                         ids=lambda v: str(v)[:50])
def test_the_actor_of_a_producer_noun_makes(text: str, seller: str, buyer: str,
                                            goods: str) -> None:
    assert states(text, "PRODUCES", seller, goods)


METALS = ["gallium", "indium", "germanium"]
DESCRIPTIONS = ["soft", "brittle", "silvery", "hard", "dense", "silvery-white"]
CLASSES = ["metal", "element", "metal"]
COUNTRIES = ["China", "Peru", "Kazakhstan"]
SHARE_CLAUSES = ["{C} accounts for 98% of production.", "{C} accounts for 90% of global output.",
                 "{C} is the largest producer."]


def _described() -> list[tuple[str, str, str, str]]:
    cases = []
    for n, description in enumerate(DESCRIPTIONS):
        for k, clause in enumerate(SHARE_CLAUSES):
            metal, country = METALS[(n + k) % 3], COUNTRIES[(n + 2 * k) % 3]
            noun = CLASSES[(n + k) % 3]
            text = f"{metal.capitalize()} is a {description} {noun}. " + clause.format(C=country)
            cases.append((text, country, metal, f"{description} {noun}"))
    return cases


@pytest.mark.parametrize(("text", "country", "metal", "phrase"), _described(),
                         ids=lambda v: str(v)[:50])
def test_a_described_class_noun_names_no_goods(text: str, country: str, metal: str,
                                               phrase: str) -> None:
    assert not states(text, "PRODUCES", country, phrase)
    assert states(text, "PRODUCES", country, metal)


@pytest.mark.parametrize("text", ["Velmora Corp. produces cathode material.",
                                  "Velmora Corp. produces magnet metal.",
                                  "Velmora Corp. produces electrode material."],
                         ids=lambda v: str(v)[:50])
def test_a_noun_before_a_class_noun_still_names_goods(text: str) -> None:
    assert states(text, "PRODUCES", "Velmora", "*")


INPUTS = ["dysprosium", "terbium", "neodymium"]
USERS = [("Magnets", "magnet"), ("Wind turbines", "turbine"), ("Permanent magnets", "magnet")]
USE_SHARES = [
    "{P} make up the bulk of {M} use, followed by lasers.",
    "{P} make up most of global {M} demand.",
    "{P} constitute the largest share of {M} consumption.",
    "{P} made up half of world {M} use last year.",
]
WHOLE_SHARES = [
    "{M} makes up about 5% of a {p}.",
    "{M} makes up a small share of the weight of a {p}.",
]


def _uses(templates: list[str]) -> list[tuple[str, str, str]]:
    cases = []
    for n, template in enumerate(templates):
        for k in range(3):
            (user, stem), material = USERS[(n + k) % 3], INPUTS[(n + 2 * k) % 3]
            text = template.format(P=user, p=user.lower().removesuffix("s"), M=material)
            cases.append((text, stem, material))
    return cases


@pytest.mark.parametrize(("text", "user", "material"), _uses(USE_SHARES),
                         ids=lambda v: str(v)[:50])
def test_a_share_of_use_names_the_user(text: str, user: str, material: str) -> None:
    assert states(text, "DEPENDS_ON", user, material)
    assert not states(text, "DEPENDS_ON", material, user)


@pytest.mark.parametrize(("text", "user", "material"), _uses(WHOLE_SHARES),
                         ids=lambda v: str(v)[:50])
def test_a_share_of_a_whole_names_its_input(text: str, user: str, material: str) -> None:
    assert states(text, "DEPENDS_ON", user, material)


LIST_LEADS = ["{S} has offtakes with:", "{S} has signed supply deals with:",
              "{S} sells its output to:"]


@pytest.mark.parametrize("lead", LIST_LEADS)
@pytest.mark.parametrize("k", range(3))
def test_items_of_one_list_trade_nothing_with_each_other(lead: str, k: int) -> None:
    seller, first, second = SELLERS[k], BUYERS[k], BUYERS[(k + 1) % 3]
    text = (lead.format(S=seller) + f"\n- {first}, for 2,000 tonnes a year;\n"
            f"- {second}, for 1,000 tonnes a year.\n")
    a, b = first.split()[0], second.split()[0]
    assert not states(text, "SUPPLIES", a, b)
    assert not states(text, "SUPPLIES", b, a)


HOSTS = [("gallium", "alumina"), ("germanium", "zinc"), ("indium", "zinc"), ("cobalt", "copper")]
HOSTED = ["{M} is a by-product of {O} refining.", "{M} is recovered mainly from {O}.",
          "{M} comes as a by-product of {O} processing."]
SHARE_OF_OUTPUT = ["{C} accounts for 98% of production.", "{C} accounts for 60% of output.",
                   "{C} accounts for about 80% of global supply."]


def _hosted() -> list[tuple[str, str, str, str]]:
    cases = []
    for n, template in enumerate(HOSTED):
        for k, share in enumerate(SHARE_OF_OUTPUT):
            (metal, host), country = HOSTS[(n + k) % 4], COUNTRIES[(n + 2 * k) % 3]
            text = template.format(M=metal.capitalize(), O=host) + " " + share.format(C=country)
            cases.append((text, country, metal, host))
    return cases


@pytest.mark.parametrize(("text", "country", "metal", "host"), _hosted(),
                         ids=lambda v: str(v)[:50])
def test_a_share_of_output_is_of_the_opening_goods(text: str, country: str, metal: str,
                                                   host: str) -> None:
    assert states(text, "PRODUCES", country, metal)
    assert not states(text, "PRODUCES", country, host)


@pytest.mark.parametrize("share", SHARE_OF_OUTPUT)
@pytest.mark.parametrize("metal", ["gallium", "indium"])
def test_a_share_after_goods_not_opening_keeps_them(share: str, metal: str) -> None:
    assert states(f"Japan buys {metal}. " + share.format(C="China"), "PRODUCES", "China", metal)
