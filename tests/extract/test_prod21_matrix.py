"""A generated inventory of how English states PRODUCES (round 21): invented companies and
places, real countries x goods x phrasings, each positive phrasing with twins that must give
nothing (scorer on, as in evaluation).

The inventory: the verbs of output (produces, mines, refines, separates, processes, smelts,
makes, manufactures, turns out, extracts, recovers), output nouns ("output of X at Y", "X
production in Y", "Y's X output", "Y's X mines"), producer nouns ("a producer of X", "a X
miner", "the world's largest producer"), shares ("accounts for N% of X output"), ranks
("ranks second in X output"), amounts ("N tonnes of X from Y"), where the goods come from ("X
comes from Y", "X is mined in Y"), sites ("operates a X mine", "home to X mines"), capacity,
lists of producer countries, passives and relatives; and a company described by the country
or town it belongs to ("X is a British producer of ...", "X, a Texas-based maker of ...") is
the producer, not the country or the town.

Twins: plans, buyers, importers, consumers, prices, demand, reserves that are not mined,
negations and output that stopped.
"""

from __future__ import annotations

import pytest

from .fragments import produced_pairs

FIRMS = ["Ketter Metals", "Orsa Mining", "Tarrow Works"]
COUNTRIES = ["Peru", "Kazakhstan", "Vietnam"]
GOODS = ["tungsten", "gallium", "antimony"]


def _has(pairs: set[tuple[str, str]], producer: str, goods: str) -> bool:
    return any(p == producer and goods in g.lower() for p, g in pairs)


# --- a country produces -------------------------------------------------------------------

COUNTRY_POSITIVES = [
    "{C} produces {g}.",
    "{C} mines {g} at several sites in the north.",
    "{C} refines {g} at two plants on the coast.",
    "{C} produced 8,000 tonnes of {g} last year.",
    "{C} mined about 8,000 tonnes of {g} in 2024, up from 7,000 tonnes.",
    "{G} production in {C} rose 10% last year.",
    "{C}'s {g} output rose 10% last year.",
    "{C}'s {g} production fell in 2024.",
    "{C}'s output of {g} rose 10%.",
    "{C}'s {g} mines employ 4,000 people.",
    "{C} is the world's largest producer of {g}.",
    "{C} is the world's second-largest {g} producer.",
    "{C} is a major producer of {g}.",
    "{C} is one of the world's largest producers of {g}.",
    "{C} is among the largest {g} producers.",
    "{C} accounts for 60% of {g} output.",
    "{C} accounts for 60% of global {g} supply.",
    "{C} accounts for 60% of world {g} production.",
    "{C} accounts for 60% of {g} mining.",
    "{C} ranks second in {g} output.",
    "{C} ranks second in {g} production.",
    "{C} produces about a fifth of the world's {g}.",
    "{C} supplies 60% of the world's {g}.",
    "{C} dominates global {g} production.",
    "{C} holds a 60% share of {g} output.",
    "{C}'s share of global {g} output is 60%.",
    "Most {g} comes from {C}.",
    "Some 8,000 tonnes of {g} came from {C} last year.",
    "{G} is mined in {C}.",
    "In {C}, {g} is mined at three sites.",
    "{G} mining in {C} employs 4,000 people.",
    "{C} is home to several {g} mines.",
    "{C} is the second-biggest producer of {g} after Bolivia.",
]

COUNTRY_TWINS = [
    "{C} plans to produce {g}.",
    "{C} buys {g} from abroad.",
    "{C} imports {g}.",
    "{C} is the largest importer of {g}.",
    "{C} is the largest buyer of {g}.",
    "{C} is the largest consumer of {g}.",
    "{C} has {g} reserves.",
    "{C} holds large {g} reserves but mines none.",
    "{C} is home to large {g} reserves.",
    "{C} accounts for 60% of {g} imports.",
    "{C} accounts for 60% of {g} demand.",
    "{C} accounts for 60% of global {g} reserves.",
    "{C} ranks second in {g} consumption.",
    "{C} ranks second in {g} reserves.",
    "{C} imported 8,000 tonnes of {g} last year.",
    "{C} consumed 8,000 tonnes of {g} last year.",
    "Some 8,000 tonnes of {g} were shipped to {C} last year.",
    "{C}'s {g} imports rose 10% last year.",
    "{C}'s {g} demand rose 10% last year.",
    "{C}'s {g} consumption rose 10% last year.",
    "{G} is used in {C}.",
    "{C} produces no {g}.",
    "{C} no longer mines {g}.",
    "{C} could become a {g} producer.",
    "{C} may start mining {g} next year.",
]


def _fill(shape: str, country: str, goods: str) -> str:
    return shape.format(C=country, g=goods, G=goods.capitalize())


@pytest.mark.parametrize("shape", COUNTRY_POSITIVES)
@pytest.mark.parametrize("country", COUNTRIES)
@pytest.mark.parametrize("goods", ["tungsten", "antimony"])
def test_country_produces(shape: str, country: str, goods: str) -> None:
    text = _fill(shape, country, goods)
    assert _has(produced_pairs(text), country, goods), text


@pytest.mark.parametrize("shape", COUNTRY_TWINS)
@pytest.mark.parametrize("country", COUNTRIES)
@pytest.mark.parametrize("goods", ["tungsten", "antimony"])
def test_country_twin_gives_nothing(shape: str, country: str, goods: str) -> None:
    text = _fill(shape, country, goods)
    assert not produced_pairs(text), text


# --- lists of producer countries ---------------------------------------------------------

LISTS = [
    "The main producers of {g} are {A}, {B} and {C}.",
    "{G} producers include {A}, {B} and {C}.",
    "{A}, {B} and {C} produce most of the world's {g}.",
    "{G} is mined in {A}, {B} and {C}.",
]
LIST_TWINS = [
    "The main buyers of {g} are {A}, {B} and {C}.",
    "{G} importers include {A}, {B} and {C}.",
]


@pytest.mark.parametrize("shape", LISTS)
@pytest.mark.parametrize("goods", GOODS)
def test_listed_producer_countries(shape: str, goods: str) -> None:
    a, b, c = COUNTRIES
    text = shape.format(A=a, B=b, C=c, g=goods, G=goods.capitalize())
    pairs = produced_pairs(text)
    for country in (a, b, c):
        assert _has(pairs, country, goods), text


@pytest.mark.parametrize("shape", LIST_TWINS)
@pytest.mark.parametrize("goods", GOODS)
def test_listed_buyer_countries_give_nothing(shape: str, goods: str) -> None:
    a, b, c = COUNTRIES
    text = shape.format(A=a, B=b, C=c, g=goods, G=goods.capitalize())
    assert not produced_pairs(text), text


# --- a company produces ------------------------------------------------------------------

COMPANY_POSITIVES = [
    "{F} produces {g}.",
    "{F} refines {g} at a plant near the coast.",
    "{F} separates {g} and erbium.",
    "{F} processes {g} ore.",
    "{F} makes {g} trioxide.",
    "{F} turns out about 40 tonnes of {g} a year.",
    "{F} extracts {g} from a mine in the Andes.",
    "{F} recovers {g} as a by-product of zinc smelting.",
    "{F} mines and processes {g}.",
    "{F} mines, refines and sells {g}.",
    "Output of {g} at {F} rose 10% last year.",
    "{F}'s {g} output rose 12%.",
    "{F} produced a record 40 tonnes of {g} in 2024.",
    "{F} began producing {g} in March.",
    "{F} started production of {g} in March.",
    "{F} is a producer of {g}.",
    "{F}, a {g} miner, reported higher profits.",
    "{F}, a miner of {g}, reported higher profits.",
    "{F} is the world's largest {g} miner.",
    "{F} is the only {g} producer outside China.",
    "{F} has capacity of 5,000 tonnes of {g} a year.",
    "{F} operates a {g} mine in Peru.",
    "{F}, which mines {g} in Peru, reported higher profits.",
    "{G} is produced by {F}.",
    "{G} mined by {F} is shipped to Japan.",
    "At its Kelto mine, {F} produces {g}.",
    # the company a country or a town describes is the producer
    "{F} is a British producer of {g}.",
    "{F} is a Peruvian miner of {g}.",
    "{F} is a large Peruvian producer of {g}.",
    "{F} was a Chinese refiner of {g}.",
    "{F} is a Texas-based producer of {g}.",
    "{F}, a US-based producer of {g}, bought the mine.",
    "{F}, a Toronto-headquartered producer of {g}, bought the mine.",
    "{F}, the Zhejiang-based maker of {g} products, opened a plant.",
]

COMPANY_TWINS = [
    "{F} plans to mine {g} in Peru.",
    "{F} hopes to refine {g} by 2028.",
    "{F} will build a {g} refinery.",
    "{F} is a buyer of {g}.",
    "{F} is a trader of {g}.",
    "{F} buys {g} concentrate.",
    "{F} is developing a {g} project in Peru.",
    "{F} aims to become a producer of {g}.",
    "{F} does not produce {g}.",
    "{F} stopped producing {g} in 2019.",
    "{F}'s {g} purchases rose 10% last year.",
    "{F} will have capacity of 5,000 tonnes of {g} a year.",
    "{F}'s planned plant could produce 50 tonnes of {g} a year.",
    "{F}'s proposed {g} mine in Peru awaits a permit.",
    "{F} wants to build a {g} refinery in Peru.",
    "{F} is a British buyer of {g}.",
]


def _firm(shape: str, firm: str, goods: str) -> str:
    return shape.format(F=firm, g=goods, G=goods.capitalize())


@pytest.mark.parametrize("shape", COMPANY_POSITIVES)
@pytest.mark.parametrize("firm", FIRMS[:2])
@pytest.mark.parametrize("goods", ["gallium", "tungsten"])
def test_company_produces(shape: str, firm: str, goods: str) -> None:
    text = _firm(shape, firm, goods)
    assert _has(produced_pairs(text), firm, goods), text


@pytest.mark.parametrize("shape", COMPANY_TWINS)
@pytest.mark.parametrize("firm", FIRMS[:2])
@pytest.mark.parametrize("goods", ["gallium", "tungsten"])
def test_company_twin_gives_nothing(shape: str, firm: str, goods: str) -> None:
    text = _firm(shape, firm, goods)
    assert not produced_pairs(text), text


DESCRIBED = [
    "{F} is a British producer of {g}.",
    "{F} is a Peruvian miner of {g}.",
    "{F} is a leading Japanese maker of {g} products.",
    "{F} is a Texas-based producer of {g}.",
    "{F}, a Toronto-headquartered producer of {g}, bought the mine.",
]


@pytest.mark.parametrize("shape", DESCRIBED)
@pytest.mark.parametrize("firm", FIRMS)
def test_described_company_not_its_country(shape: str, firm: str) -> None:
    """The country or town that describes the company is not the producer."""
    text = _firm(shape, firm, "gallium")
    pairs = produced_pairs(text)
    assert _has(pairs, firm, "gallium"), text
    assert {p for p, _ in pairs} == {firm}, text


# --- a bare "ore" is the ore of the goods the article is about ----------------------------

ORE_LINES = [
    "{F} mines the ore at Kelto and ships it to a plant in Japan.",
    "{F} mines the ore at an open pit near Kelto.",
    "Most of the ore is mined by {F}.",
]


def _article(topic: str, line: str) -> str:
    lead = {"rare earths": "Rare earth output rose again this year, and prices of rare earth "
                           "oxides held steady.",
            "nickel": "Nickel output rose again this year, and nickel prices held steady."}[topic]
    return f"{topic.capitalize()} update\n\n{lead} {line}\n"


@pytest.mark.parametrize("line", ORE_LINES)
@pytest.mark.parametrize("firm", FIRMS)
def test_bare_ore_in_a_rare_earth_article(line: str, firm: str) -> None:
    text = _article("rare earths", line.format(F=firm))
    assert (firm, "rare earth ore") in produced_pairs(text), text


@pytest.mark.parametrize("line", ORE_LINES)
@pytest.mark.parametrize("firm", FIRMS)
def test_bare_ore_in_a_nickel_article_is_nickel_ore(line: str, firm: str) -> None:
    pairs = produced_pairs(_article("nickel", line.format(F=firm)))
    assert (firm, "nickel ore") in pairs, pairs
    assert not any(g == "rare earth ore" for _, g in pairs), pairs


@pytest.mark.parametrize("firm", FIRMS)
def test_bare_ore_bought_or_planned_is_no_output(firm: str) -> None:
    for line in ("{F} buys the ore from traders.", "{F} plans to mine the ore from 2029."):
        text = _article("rare earths", line.format(F=firm))
        assert not any(p == firm for p, _ in produced_pairs(text)), text


# --- a bare "carbonate" likewise ----------------------------------------------------------

CARBONATE_LINES = [
    "{F} makes the carbonate at a plant near Kelto.",
    "{F} produces a carbonate at its plant near Kelto.",
]


@pytest.mark.parametrize("line", CARBONATE_LINES)
@pytest.mark.parametrize("firm", FIRMS)
def test_bare_carbonate_follows_the_article(line: str, firm: str) -> None:
    rare = produced_pairs(_article("rare earths", line.format(F=firm)))
    assert (firm, "mixed rare earth carbonate") in rare, rare
    lead = "Lithium output rose again this year, and lithium prices held steady."
    lithium = produced_pairs(f"Lithium update\n\n{lead} {line.format(F=firm)}\n")
    assert (firm, "lithium carbonate") in lithium, lithium
    nickel = produced_pairs(_article("nickel", line.format(F=firm)))
    assert not any("carbonate" in g for _, g in nickel), nickel
