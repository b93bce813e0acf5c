"""Round 22 inventory of output and use phrasings that gave no candidate: a company's goods
made at sites in several countries ("in A, B and C", "in A and also in B"); a runner-up told
after the leader's share ("with B a distant second"); makers named as leading a group ("X
refiners, led by A and B, make ..."); a material that makes another stronger or harder; a good
said to be made by a process from its input ("made by baking petroleum coke"); the members of a
made concentrate in a relative clause or after a colon; the parts a whole holds an input in
("uses magnets in its radar, its pumps"); and producers a ranked producer is set against ("the
third-largest miner of tin, behind A and B"). Each phrasing runs with several invented firms
and real places and goods; each twin keeps the names and says something else (a sale, a
purchase, a plan, a denial, a price) and must not give the fact. The phrasings run the whole
pipeline, scorer on, as in evaluation; the twins run the patterns alone, since a guess of the
trained scorer on them is the scorer's to unlearn."""

from __future__ import annotations

import pytest

from .fragments import dependency_pairs, produced_pairs

_FIRMS = [("Veltrix Metals", "Orsa Mining"), ("Kestrel Minerals", "Tarrow Works")]
_GOODS = ["gallium", "tungsten", "cobalt"]
_PLACES = [("Vietnam", "Mexico", "Peru"), ("Chile", "Norway", "Mongolia")]

# {F} a firm, {g} goods, {A} {B} {C} countries: ({A}, {g}), ({B}, {g}) ... are produced
SITES = [
    ("{F} refines {g} at plants in {A}, {B} and {C}.", ["A", "B", "C"]),
    ("{F} refines {g} in {A} and also in {B}.", ["A", "B"]),
    ("{F} refines {g} in {A} and in {B}.", ["A", "B"]),
]
SITE_TWINS = [
    ("{F} refines {g} in {A} and sells it in {B}.", ["B"]),
    ("{F} refines {g} in {A} and also has offices in {B}.", ["B"]),
    ("{F} sells {g} to buyers in {A} and {B}.", ["A", "B"]),
]


def _site_cases(table: list[tuple[str, list[str]]]) -> list[tuple[str, str, list[str]]]:
    cases = []
    for (first, _), goods, places in zip(_FIRMS * 2, _GOODS, _PLACES * 2, strict=False):
        slots = dict(zip("ABC", places, strict=True))
        for template, which in table:
            text = template.format(F=first, g=goods, **slots)
            cases.append((text, goods, [slots[w] for w in which]))
    return cases


@pytest.mark.parametrize(("text", "goods", "countries"), _site_cases(SITES))
def test_every_site_country_makes_the_goods(text: str, goods: str, countries: list[str]) -> None:
    found = produced_pairs(text)
    assert {(c, goods) for c in countries} <= found, (text, found)


@pytest.mark.parametrize(("text", "goods", "countries"), _site_cases(SITE_TWINS))
@pytest.mark.usefixtures("patterns_only")
def test_a_country_of_sale_or_office_makes_nothing(text: str, goods: str,
                                                   countries: list[str]) -> None:
    found = produced_pairs(text)
    assert not {(c, goods) for c in countries} & found, (text, found)


RUNNER_UP = [
    "{P} mines most of the world's {g}, with {Q} a distant second.",
    "{P} refines about two-thirds of the {g} sold worldwide, with {Q} second.",
    "{P} produces the bulk of global {g}, with {Q} a close second.",
]
RUNNER_UP_TWINS = [
    "{P} buys most of the world's {g}, with {Q} a distant second.",
    "{P} mines most of the world's {g}, with {Q}'s share of it rising fast.",
    "{P} mines most of the world's {g}, with {Q} selling it on to refiners.",
]


def _rank_cases(table: list[str]) -> list[tuple[str, str, str]]:
    return [(t.format(P=p, Q=q, g=g), q, g) for t in table
            for (p, q, _), g in zip(_PLACES, _GOODS, strict=False)]


@pytest.mark.parametrize(("text", "runner", "goods"), _rank_cases(RUNNER_UP))
def test_the_runner_up_produces(text: str, runner: str, goods: str) -> None:
    assert (runner, goods) in produced_pairs(text)


@pytest.mark.parametrize(("text", "runner", "goods"), _rank_cases(RUNNER_UP_TWINS))
@pytest.mark.usefixtures("patterns_only")
def test_twin_runner_up_produces_nothing(text: str, runner: str, goods: str) -> None:
    assert (runner, goods) not in produced_pairs(text)


LED_BY = [
    "Chilean refiners, led by {F} and {G}, make most of the world's {g}.",
    "A group of producers headed by {F} and {G} mines nearly all of the country's {g}.",
]
LED_BY_TWINS = [
    "Chilean buyers, led by {F} and {G}, take most of the world's {g}.",
    "Chilean refiners, led by {F} and {G}, do not make {g}.",
    "Chilean refiners, led by {F} and {G}, plan to make {g} from 2031.",
]


def _led_cases(table: list[str]) -> list[tuple[str, tuple[str, str], str]]:
    return [(t.format(F=f, G=g2, g=g), (f, g2), g) for t in table
            for (f, g2), g in zip(_FIRMS, _GOODS, strict=False)]


@pytest.mark.parametrize(("text", "firms", "goods"), _led_cases(LED_BY))
def test_the_leading_makers_produce(text: str, firms: tuple[str, str], goods: str) -> None:
    found = produced_pairs(text)
    assert {(f, goods) for f in firms} <= found, (text, found)


@pytest.mark.parametrize(("text", "firms", "goods"), _led_cases(LED_BY_TWINS))
@pytest.mark.usefixtures("patterns_only")
def test_twin_leading_firms_produce_nothing(text: str, firms: tuple[str, str],
                                            goods: str) -> None:
    found = produced_pairs(text)
    assert not {(f, goods) for f in firms} & found, (text, found)


# {m} the additive, {h} the host material; the host depends on the additive
_ALLOYS = [("niobium", "steel"), ("scandium", "aluminium"), ("vanadium", "steel")]
IMPROVES = [
    "A little {m} makes {h} much stronger.",
    "Even a trace of {m} renders {h} far tougher.",
    "{M} earns its place by hardening {h} for drill bits.",
    "{M} is prized, strengthening {h} at low cost.",
]
IMPROVES_TWINS = [
    "Dearer {m} makes {h} more expensive for builders.",
    "{M} does not make {h} any harder, the study found.",
    "{M} prices kept hardening while {h} mills cut output.",
    "A glut of {m} makes {h} makers nervous.",
]


def _improve_cases(table: list[str]) -> list[tuple[str, str, str]]:
    return [(t.format(m=m, M=m.capitalize(), h=h), h, m) for t in table for m, h in _ALLOYS]


@pytest.mark.parametrize(("text", "host", "additive"), _improve_cases(IMPROVES))
def test_host_depends_on_what_improves_it(text: str, host: str, additive: str) -> None:
    assert (host, additive) in dependency_pairs(text)


@pytest.mark.parametrize(("text", "host", "additive"), _improve_cases(IMPROVES_TWINS))
@pytest.mark.usefixtures("patterns_only")
def test_twin_host_depends_on_nothing(text: str, host: str, additive: str) -> None:
    assert (host, additive) not in dependency_pairs(text)


# (good, its input as written, the input's node name)
_MADE = [("synthetic graphite", "petroleum coke", "petroleum coke"),
         ("spherical graphite", "flake graphite", "natural flake graphite"),
         ("lutetium-177", "ytterbium-176", "ytterbium-176")]
MADE_BY = [
    "{D}, made by heating {i} for weeks, is costly.",
    "{D} is produced by milling and purifying {i}.",
    "Most {d} is obtained by processing {i} in large plants.",
]
MADE_BY_TWINS = [
    "{D} made by Veltrix Metals costs more than {i}.",
    "{D} is made by baking in kilns, unlike {i}.",
    "{D} is not made by milling {i}.",
    "Orsa Mining plans to make {d} by processing {i} from 2030.",
]


def _made_cases(table: list[str]) -> list[tuple[str, str, str]]:
    return [(t.format(d=d, D=d[0].upper() + d[1:], i=i), d, node) for t in table
            for d, i, node in _MADE]


@pytest.mark.parametrize(("text", "good", "source"), _made_cases(MADE_BY))
def test_good_depends_on_what_it_is_made_from(text: str, good: str, source: str) -> None:
    found = dependency_pairs(text)
    assert (good, source) in found, (text, found)


@pytest.mark.parametrize(("text", "good", "source"), _made_cases(MADE_BY_TWINS))
@pytest.mark.usefixtures("patterns_only")
def test_twin_good_depends_on_nothing(text: str, good: str, source: str) -> None:
    found = dependency_pairs(text)
    assert (good, source) not in found, (text, found)


# The members of a made concentrate told in a relative clause or after a class noun and a
# colon are made by its maker; the contents of a magnet, a purchase, a plan or a denial are not.
MEMBERS = [
    "{F} produces a concentrate that contains {a} and {b}.",
    "{F} sells a concentrate that is unusually rich in {a} and {b}.",
    "{F} ships a concentrate rich in two magnet metals: {a} and {b}.",
    "{F} produces a concentrate which carries {a} and {b}.",
]
MEMBER_TWINS = [
    "{F} makes magnets that contain {a} and {b}.",
    "{F} buys a concentrate that contains {a} and {b}.",
    "{F} plans to produce a concentrate that is rich in {a} and {b}.",
    "{F} does not produce a concentrate that contains {a} and {b}.",
    "{F} produces a concentrate that buyers blend with {a} and {b}.",
]
_PAIRS = [("dysprosium", "terbium"), ("neodymium", "praseodymium")]


def _member_cases(table: list[str]) -> list[tuple[str, str, tuple[str, str]]]:
    return [(t.format(F=f, a=a, b=b), f, (a, b)) for t in table
            for (f, _), (a, b) in zip(_FIRMS, _PAIRS, strict=True)]


@pytest.mark.parametrize(("text", "firm", "members"), _member_cases(MEMBERS))
def test_maker_of_a_concentrate_makes_its_members(text: str, firm: str,
                                                  members: tuple[str, str]) -> None:
    found = produced_pairs(text)
    assert {(firm, m) for m in members} <= found, (text, found)


@pytest.mark.parametrize(("text", "firm", "members"), _member_cases(MEMBER_TWINS))
@pytest.mark.usefixtures("patterns_only")
def test_twin_maker_makes_no_member(text: str, firm: str, members: tuple[str, str]) -> None:
    found = produced_pairs(text)
    assert not {(firm, m) for m in members} & found, (text, found)


# A whole that uses or holds an input in its parts depends on those parts; a place, a factory or
# a buyer "in its" home gives nothing.
_WHOLES = [("Each warship", "warship"), ("A typical tractor", "agricultural machinery")]
PARTS = [
    "{W} uses magnets in its radar, its pumps and its motors.",
    "{W} holds about 900 kilograms of rare earths, spread across its radar, pumps and motors.",
    "{W} contains rare earths in its radar and its pumps.",
]
PART_TWINS = [
    "{W} uses magnets made in its home country.",
    "{W} carries rare earths bought from suppliers in its home port.",
    "{W} has no magnets in its radar or its pumps.",
]


def _part_cases(table: list[str]) -> list[tuple[str, str]]:
    return [(t.format(W=w), node) for t in table for w, node in _WHOLES]


@pytest.mark.parametrize(("text", "whole"), _part_cases(PARTS))
def test_whole_depends_on_the_parts_that_hold_the_input(text: str, whole: str) -> None:
    found = dependency_pairs(text)
    assert {(whole, "radar"), (whole, "pump")} <= found, (text, found)


@pytest.mark.parametrize(("text", "whole"), _part_cases(PART_TWINS))
@pytest.mark.usefixtures("patterns_only")
def test_twin_whole_depends_on_no_part(text: str, whole: str) -> None:
    found = dependency_pairs(text)
    assert not {(whole, "radar"), (whole, "pump")} & found, (text, found)


# Others a ranked producer is set against make the goods too; others set against a buyer do not.
BESIDE = [
    "{P} was the third-largest miner of {g} last year, behind {Q}.",
    "{P} is among the top producers of {g}, alongside {Q}.",
    "That puts {P} among the top {g} producers, alongside {Q}.",
]
BESIDE_TWINS = [
    "{P} is the largest buyer of {g}, behind {Q}.",
    "{P} is among the top importers of {g}, alongside {Q}.",
    "{P} was the third-largest miner of {g}, and it trades behind {Q} in copper.",
]


@pytest.mark.parametrize(("text", "other", "goods"), _rank_cases(BESIDE))
def test_the_producer_ranked_beside_produces(text: str, other: str, goods: str) -> None:
    assert (other, goods) in produced_pairs(text)


@pytest.mark.parametrize(("text", "other", "goods"), _rank_cases(BESIDE_TWINS))
@pytest.mark.usefixtures("patterns_only")
def test_twin_other_beside_a_buyer_produces_nothing(text: str, other: str, goods: str) -> None:
    assert (other, goods) not in produced_pairs(text)
