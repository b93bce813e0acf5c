"""A generated inventory of productions whose goods go on past the first ones named (invented
companies, several pairs of goods), with the twins that must give nothing (scorer on, as in
evaluation):

* members or contents named right after the goods ("light rare earths, in particular X and Y",
  "a concentrate containing X and Y"); twins: the same goods bought, used, planned or denied;
* a list of goods that a time phrase broke ("X in May and Y in June", "X in 2023 and Y in
  2024", "X at its plant in Malaysia in May and Y soon after"); twins: the second goods as the
  subject of another clause, bought, or planned;
* a company described by a country's name or demonym in its apposition ("Kestrel Metals, a
  leading US producer of X"): the company produces, the country does not.
"""

from __future__ import annotations

import pytest

from .fragments import states

PRODUCERS = ["Kestrel Metals", "Orsa Mining", "Brenna Minerals"]
# (the goods, a first member, a second member): each member is a material of the lexicon
GOODS = [("light rare earths", "neodymium", "praseodymium"),
         ("heavy rare earths", "dysprosium", "terbium"),
         ("battery metals", "cobalt", "nickel")]
PAIRS = [("dysprosium oxide", "terbium oxide"), ("cobalt", "nickel"),
         ("gallium", "germanium"), ("neodymium", "praseodymium")]


def _members(templates: list[str]) -> list[tuple[str, str, str]]:
    cases = []
    for n, template in enumerate(templates):
        for k in range(3):
            producer = PRODUCERS[(n + k) % 3]
            goods, first, second = GOODS[(n + k) % 3]
            if "rare earths" not in goods and "{G}" in template:
                goods, first, second = GOODS[k % 2]
            text = template.format(P=producer, G=goods, A=first, B=second)
            cases.append((text, producer.split()[0], second))
    return cases


MEMBERS = [
    "{P} separates {G}, in particular {A} and {B}.",
    "{P} produces {G}, including {A} and {B}, at its plant in Estonia.",
    "{P} refines {G} such as {A} and {B}.",
    "{P} separates {G}, notably {A} and {B}, for magnet makers.",
    "{P} mines {G}, mainly {A} and {B}.",
    "{P} produces a mixed rare earth concentrate containing {A} and {B}.",
    "{P} produces a mixed rare earth concentrate rich in {A} and {B}.",
]
NOT_MEMBERS = [
    "{P} buys {G} such as {A} and {B} from Chile.",
    "{P} uses {G}, in particular {A} and {B}, in its motors.",
    "{P} plans to produce {G} such as {A} and {B} from 2028.",
    "{P} denied that it produces {G}, including {A} and {B}.",
    "{P} imports a mixed rare earth concentrate containing {A} and {B}.",
    "{P} does not separate {G} such as {A} and {B}.",
    "{P} makes sintered magnets containing {A} and {B}.",
    "{P} makes permanent magnets rich in {A} and {B}.",
]


@pytest.mark.parametrize(("text", "producer", "goods"), _members(MEMBERS),
                         ids=lambda v: str(v)[:60])
def test_members_of_the_goods_are_produced(text: str, producer: str, goods: str) -> None:
    assert states(text, "PRODUCES", producer, goods)


@pytest.mark.parametrize(("text", "producer", "goods"), _members(NOT_MEMBERS),
                         ids=lambda v: str(v)[:60])
def test_members_of_goods_bought_used_planned_or_denied_are_not(
        text: str, producer: str, goods: str) -> None:
    assert not states(text, "PRODUCES", producer, goods)


def _continued(templates: list[str]) -> list[tuple[str, str, str]]:
    cases = []
    for n, template in enumerate(templates):
        for k in range(3):
            producer = PRODUCERS[(n + k) % 3]
            first, second = PAIRS[(n + k) % len(PAIRS)]
            text = template.format(P=producer, A=first, B=second)
            cases.append((text, producer.split()[0], second))
    return cases


CONTINUED = [
    "{P} produced its first {A} in May and {B} in June.",
    "{P} refined {A} in 2023 and {B} in 2024.",
    "{P} began producing {A} at its plant in Malaysia in May and {B} soon after.",
    "{P} separated {A} at its Malaysian plant in March and then {B} in April.",
    "{P} produced {A} since January and {B} since March.",
    "{P} began producing {A} in May and {B} soon after, the first outside China.",
    "{P} separated {A} in 2024 and {B} a year later.",
]
NOT_CONTINUED = [
    "{P} produced {A} in May and {B} prices rose in June.",
    "{P} produced {A} in May and {B} buyers waited.",
    "{P} bought {A} in May and {B} in June.",
    "{P} plans to produce {A} in 2027 and {B} in 2028.",
    "{P} will begin producing {A} in May and {B} soon after.",
    "{P} produced {A} in May and {B} was added to the control list in June.",
    "{P} produced {A} in May and {B} prices fell later.",
]


@pytest.mark.parametrize(("text", "producer", "goods"), _continued(CONTINUED),
                         ids=lambda v: str(v)[:60])
def test_goods_after_a_time_phrase_are_produced(text: str, producer: str, goods: str) -> None:
    assert states(text, "PRODUCES", producer, goods)


@pytest.mark.parametrize(("text", "producer", "goods"), _continued(NOT_CONTINUED),
                         ids=lambda v: str(v)[:60])
def test_goods_after_a_time_phrase_in_another_role_are_not(
        text: str, producer: str, goods: str) -> None:
    assert not states(text, "PRODUCES", producer, goods)


COUNTRIES = [("US", "United States"), ("Japanese", "Japan"), ("Australian", "Australia"),
             ("British", "United Kingdom")]


def _apposed(templates: list[str]) -> list[tuple[str, str, str, str]]:
    cases = []
    for n, template in enumerate(templates):
        for k in range(3):
            producer = PRODUCERS[(n + k) % 3]
            word, country = COUNTRIES[(n + k) % len(COUNTRIES)]
            goods = PAIRS[(n + k) % len(PAIRS)][0]
            text = template.format(P=producer, D=word, G=goods)
            cases.append((text, producer.split()[0], country, goods))
    return cases


APPOSED = [
    "{P}, a leading {D} producer of {G}, raised prices.",
    "{P}, the {D} refiner of {G}, raised prices.",
    "{P}, the {D} maker of {G} and nickel, opened a plant.",
    "{P}, the largest {D} miner of {G}, cut output.",
]
APPOSED_BUYERS = [
    "{P}, a leading {D} buyer of {G}, raised orders.",
    "{P}, the {D} trader of {G}, raised orders.",
]


@pytest.mark.parametrize(("text", "producer", "country", "goods"), _apposed(APPOSED),
                         ids=lambda v: str(v)[:60])
def test_a_company_described_by_its_country_produces_not_the_country(
        text: str, producer: str, country: str, goods: str) -> None:
    assert states(text, "PRODUCES", producer, goods)
    assert not states(text, "PRODUCES", country, goods)


@pytest.mark.parametrize(("text", "producer", "country", "goods"), _apposed(APPOSED_BUYERS),
                         ids=lambda v: str(v)[:60])
def test_a_buyer_described_by_its_country_produces_nothing(
        text: str, producer: str, country: str, goods: str) -> None:
    assert not states(text, "PRODUCES", producer, goods)
    assert not states(text, "PRODUCES", country, goods)


# Producers ranked by size or standing whose goods are those the article is about ("suppliers"
# is left out: "the four main suppliers" of a passage are as often makers of parts or drugs).
FOCUS_GOODS = ["graphite", "antimony", "tungsten"]
RANKED = [
    "{G} prices fell. China mines most of the world's {G}. {A} and {B} are smaller producers.",
    "{G} prices fell. China mines most of the world's {G}. {A} and {B} are minor producers.",
    "{G} prices fell. China mines most of the world's {G}. {A} and {B} are the principal "
    "producers outside it.",
    "{G} prices fell. China mines most of the world's {G}. {A} and {B} are small miners.",
]
NOT_RANKED = [
    "{G} prices fell. China mines most of the world's {G}. {A} and {B} are smaller buyers.",
    "{G} prices fell. China mines most of the world's {G}. {A} and {B} are smaller producers "
    "of drones.",
    "{G} prices fell. China mines most of the world's {G}. {A} and {B} are the principal "
    "consumers.",
    "{G} prices fell. China mines most of the world's {G}. {A} and {B} are smaller suppliers "
    "of drones.",
    "{G} prices fell. China mines most of the world's {G}. {A} and {B} are the main suppliers "
    "to Toyota of its seats.",
]


def _ranked(templates: list[str]) -> list[tuple[str, str, str]]:
    cases = []
    for n, template in enumerate(templates):
        for k in range(3):
            goods = FOCUS_GOODS[(n + k) % 3]
            first, second = [("Peru", "Chile"), ("Vietnam", "Bolivia"), ("Canada", "Brazil")][k]
            text = template.format(G=goods.capitalize(), A=first, B=second).replace(
                f"world's {goods.capitalize()}", f"world's {goods}")
            cases.append((text, second, goods))
    return cases


@pytest.mark.parametrize(("text", "producer", "goods"), _ranked(RANKED), ids=lambda v: str(v)[-50:])
def test_smaller_and_principal_producers_make_the_goods_in_focus(
        text: str, producer: str, goods: str) -> None:
    assert states(text, "PRODUCES", producer, goods)


@pytest.mark.parametrize(("text", "producer", "goods"), _ranked(NOT_RANKED),
                         ids=lambda v: str(v)[-50:])
def test_smaller_buyers_and_makers_of_other_goods_make_nothing_in_focus(
        text: str, producer: str, goods: str) -> None:
    assert not states(text, "PRODUCES", producer, goods)
