"""A generated inventory of the ways news states a measure and what it covers (round 18):
imposers named as countries or as their ministries ("Malaysia's trade ministry", "Chile's
Ministry of Economy") x goods (metals, minerals, products) x phrasings (a ban, a licence, a
quota, a duty; "covering", "apply to", "extended to", "now include"; the items in the next
sentence; passives; a measure named with an aside before its verb; a measure "from" its
imposer). Every template has twins that must give nothing: a threat, a proposal, a lifting, a
removal from the list, an exclusion."""

from __future__ import annotations

import pytest

from .fragments import measure_chains

# (name in the text, imposer node name)
_IMPOSERS = [("Chile", "chile"), ("Malaysia", "malaysia"), ("Kazakhstan", "kazakhstan"),
             ("Brazil", "brazil")]
_BODIES = [("Chile's Ministry of Economy", "chile"), ("Malaysia's trade ministry", "malaysia"),
           ("Kazakhstan's commerce ministry", "kazakhstan"),
           ("Brazil's foreign trade secretariat", "brazil")]
# (first goods, its node, second goods, its node)
_GOODS = [("tin", "tin", "tungsten", "tungsten"), ("bauxite", "bauxite", "lithium", "lithium"),
          ("solar panels", "solar panel", "drones", "drone"),
          ("rare earth magnets", "rare earth magnet", "graphite", "graphite")]
_DESTINATIONS = [("India", "india"), ("Japan", "japan"), ("the United States", "united states"),
                 ("Turkey", "turkey")]


def _filled(templates: list[str]) -> list[tuple[str, str, str, str, str]]:
    """Each template twice, with other imposers, goods and destinations: (text, imposer node,
    first goods node, second goods node, destination node)."""
    rows = []
    for n, template in enumerate(templates):
        for k in range(2):
            imposer, who = _IMPOSERS[(n + k) % 4]
            body, _ = _BODIES[(n + k) % 4]
            a, a_node, b, b_node = _GOODS[(n + 2 * k) % 4]
            to, to_node = _DESTINATIONS[(n + k) % 4]
            text = template.format(I=imposer, M=body, A=a, B=b, T=to, Acap=a.capitalize())
            rows.append((text, who, a_node, b_node, to_node))
    return rows


def _cases(templates: list[str]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("text", "imposer", "first", "second", "destination"),
                                   _filled(templates), ids=lambda v: str(v)[:48])


# --- the measure and both goods it covers ------------------------------------------------
BOTH = [
    "{I} banned exports of {A} and {B}.",
    "{M} introduced a licence requirement for exports of {A} and {B}.",
    "{I} announced export controls covering {A} and {B}.",
    "{I} announced new export controls. They apply to {A} and {B}.",
    "{I} announced export controls on several goods. The list includes {A} and {B}.",
    "{I} tightened its export controls on Tuesday. The measures now include {A} and {B}.",
    "{I} extended its export controls to {A} and {B}.",
    "{Acap} and {B} were added to {I}'s export control list.",
    "{M} issued Announcement No. 61, which places export controls on {A} and {B}.",
    "{I} will require export licences for {A} and {B} starting next month.",
    "The export controls imposed by {I} cover {A} and {B}.",
    "The ban, which {I} announced on Friday, covers {A} and {B}.",
    "{I} placed {A} and {B} under export control on Monday.",
    "{I} announced export controls on Thursday. Affected items include {A} and {B}.",
    "{I} expanded its export controls to cover {A} and {B}.",
    "{I}'s ban, which covers {A} and {B}, took effect on Monday.",
    # a ministry named with its country's possessive speaks for that country
    "{M} said on Monday that {A} and {B} would be subject to export controls from 1 July.",
    "{M} announced export controls on {A} and {B} on Monday.",
    # an aside set off by commas between the measure and the verb saying what it covers
    "The restrictions, announced by {M}, apply to {A} and {B}.",
    "The export ban, which {I} imposed in March, covers {A} and {B}.",
    "The controls, first announced by {I} in April, now include {A} and {B}.",
    # "export rules" name a measure of their own, not one named before
    "{I}'s new export rules apply to {A} and {B}.",
    "{I}'s export regulations now cover {A} and {B}.",
    # a measure straight after "from" is sent by that country
    "The new curbs from {I} hit {A} and {B}.",
    # when the measure came, said between it and what it covers
    "{I} announced new export controls on Monday on {A} and {B}.",
    "{I} imposed a ban last week on exports of {A} and {B}.",
    # goods that may not leave without a permission
    "{M} said {A} and {B} may no longer be exported without a permit.",
    "{Acap} and {B} cannot be shipped abroad without a licence, {M} said.",
    # a pronoun takes the measure up again, or a passive widens it
    "{I} imposed a 25% tariff on {A} and later extended it to {B}.",
    "{I} imposed a 25% tariff on {A}. The tariff was later extended to {B}.",
    "{I} imposed controls on {A}. The controls, which were extended to {B} in May, hit carmakers.",
    # goods covered "by" a measure, and a measure "in" a country
    "{Acap} and {B} are among the goods covered by {I}'s new controls.",
    "{Acap} and {B} now require export licences in {I}.",
]

# --- the measure and the first goods only (one named item) -------------------------------
ONE = [
    "{I} imposed an export ban on {A}.",
    "{I} set an export quota for {A}.",
    "{I} slapped a 25% tariff on imports of {A}.",
    "{I} said exporters of {A} will need a licence from December.",
    "Exports of {A} from {I} were banned on Monday.",
    "{M} announced export controls on {A}, effective immediately.",
    "{I} raised tariffs on {A} to 50%.",
    "{I} announced a 10% export tax on {A}.",
    "{I}'s ban on {A} exports took effect on Sunday.",
    "{I} now requires licences for foreign sales of {A}.",
    "{M} will require licences for exports of {A} starting in June.",
    "Under rules published by {M}, exporters of {A} need a licence.",
    "{M} imposed a ban on {A} exports.",
    "{I} stopped issuing export licences for {A}.",
    "{I} restricts exports of {A} under a 2023 law.",
    # the rate or amount between the measure and the goods
    "{I} imposed an export quota of 10,000 tonnes on {A}.",
    "{M} set a preliminary anti-dumping duty of 93.5% on {A}.",
]

# --- the measure, the goods and the country it is aimed at -------------------------------
AIMED = [
    "{I} halted shipments of {A} to {T}.",
    "{I} imposed a ban on {A} exports to {T}.",
    "{I} restricted exports of {A} to {T}.",
    "{I} prohibited the export of {A} and {B} to {T}.",
    "{I} blocked the export of {A} to {T}.",
]

# --- the measure and the country it is aimed at, its goods unsaid -------------------------
ONLY_AIMED = [
    "The new curbs from {I} target {T}.",
    "{M} imposed sanctions on {T} on Monday.",
    "{M} raised tariffs on goods from {T} to 30%.",
]
ONLY_AIMED_TWINS = [
    "{M} said it could impose sanctions on {T}.",
    "{M} lifted its sanctions on {T} on Monday.",
    "Tariffs from {I} reached their target, and {T} gained share.",
]


# --- twins: nothing is restricted -------------------------------------------------------
NOTHING = [
    "{I} threatened to ban exports of {A}.",
    "{I} is considering export controls on {A} and {B}.",
    "{I} proposed a tariff on {A}.",
    "{I} lifted its ban on exports of {A}.",
    "{I} suspended export controls on {A} and {B} for a year.",
    "{I} said it had no plans to restrict exports of {A}.",
    "{I} could impose curbs on {A} exports if talks fail.",
    "{I} exported more {A} last year than ever before.",
    "{I} scrapped its export quota for {A}.",
    "{I} denied that it had restricted {A} exports.",
    "{I} warned it may restrict exports of {A}.",
    "{I} plans to ban {A} exports next year.",
    "{I} removed {A} from its export control list.",
    "{I} rejected calls to ban {A} exports.",
    "{I} ended its ban on {A} exports in March.",
    "{I} would consider restricting {A} exports, an official said.",
    "{I} paused its export controls on {A}.",
    "{I} Weighs Ban On {A} Exports",
    "{I} mulls curbs on {A} exports",
    "{I} lifts ban on {A} exports",
    "{I} called on {T} to lift its export ban on {A}.",
    "{I} has no export restrictions on {A}.",
    "{I} said eight products would not be covered, including {A} and {B}.",
    # a removal named as a noun is a lifting too
    "{I} announced the removal of {A} from its export control list.",
    "{M} announced the removal of {A} and {B} from the export control list.",
    "The restrictions, announced by {M}, were lifted before they could apply to {A}.",
    "The export ban, which {I} lifted in March, had covered {A} and {B}.",
    "{M} said on Monday that {A} and {B} would not be subject to export controls.",
    "{M} proposed rules that would cover {A}.",
    "{I}'s new export rules do not apply to {A}.",
    "{I}'s ban, which covered {A}, was lifted on Monday.",
    "{M} said {A} and {B} can now be exported without a permit.",
    "{Acap} and {B} may be shipped abroad without a licence, {M} said.",
    "{I} signed a proclamation on Monday exempting {A} from the 25% tariff.",
    "{M} issued a decree exempting {A} and {B} from the export ban.",
    "{I} may reinstate its ban on {A} and {B} exports.",
    "{I} could extend its export controls to {A} and {B}.",
    "{Acap} and {B} are not among the goods covered by {I}'s new controls.",
]

# --- twins: the second goods are left out ------------------------------------------------
NOT_SECOND = [
    "{I} announced export controls on {A}. The controls do not cover {B}.",
    "{I} announced export controls on {A}; {B} is exempt.",
    "{I} imposed export controls on {A}, but {B} was excluded.",
    "{I} announced export controls on Monday. {Acap} and {B} are not covered.",
]


@_cases(BOTH)
def test_a_measure_restricts_both_goods(text: str, imposer: str, first: str, second: str,
                                        destination: str) -> None:
    chains = measure_chains(text)
    assert ("RESTRICTS", imposer, first) in chains
    assert ("RESTRICTS", imposer, second) in chains


@_cases(ONE)
def test_a_measure_restricts_its_goods(text: str, imposer: str, first: str, second: str,
                                       destination: str) -> None:
    assert ("RESTRICTS", imposer, first) in measure_chains(text)


@_cases(AIMED)
def test_a_measure_restricts_goods_and_targets_a_country(text: str, imposer: str, first: str,
                                                         second: str, destination: str) -> None:
    chains = measure_chains(text)
    assert ("RESTRICTS", imposer, first) in chains
    assert ("TARGETS", imposer, destination) in chains


@_cases(ONLY_AIMED)
def test_a_measure_targets_a_country(text: str, imposer: str, first: str, second: str,
                                     destination: str) -> None:
    assert ("TARGETS", imposer, destination) in measure_chains(text)


@_cases(ONLY_AIMED_TWINS)
def test_a_twin_targets_no_country(text: str, imposer: str, first: str, second: str,
                                   destination: str) -> None:
    assert ("TARGETS", imposer, destination) not in measure_chains(text)


@_cases(NOTHING)
def test_a_twin_restricts_nothing(text: str, imposer: str, first: str, second: str,
                                  destination: str) -> None:
    chains = measure_chains(text)
    assert ("RESTRICTS", imposer, first) not in chains
    assert ("RESTRICTS", imposer, second) not in chains


@_cases(NOT_SECOND)
def test_goods_left_out_are_not_restricted(text: str, imposer: str, first: str, second: str,
                                           destination: str) -> None:
    assert ("RESTRICTS", imposer, second) not in measure_chains(text)


# a headline verb with the goods before their trade ("Chile Bans Tin Exports"); its twins
# lift, weigh or threaten the measure
_HEADLINE_GOODS = [("Tin", "tin"), ("Solar Panel", "solar panel"), ("Drone", "drone"),
                   ("Graphite", "graphite"), ("Bauxite", "bauxite")]
HEADLINES = ["{I} Bans {G} Exports", "{I} bans {g} exports", "{I} curbs {g} sales to {T}",
             "{I} Restricts {G} Exports"]
HEADLINE_TWINS = ["{I} Weighs Ban On {G} Exports", "{I} lifts bans on {g} exports",
                  "{I} mulls curbs on {g} exports", "{I} Threatens Ban On {G} Exports"]


def _headlines(templates: list[str]) -> list[tuple[str, str, str]]:
    rows = []
    for n, template in enumerate(templates):
        for k in range(3):
            imposer, who = _IMPOSERS[(n + k) % 4]
            goods, node = _HEADLINE_GOODS[(n + 2 * k) % 5]
            to = _DESTINATIONS[(n + k) % 4][0]
            rows.append((template.format(I=imposer, G=goods, g=goods.lower(), T=to), who, node))
    return rows


@pytest.mark.parametrize(("text", "imposer", "goods"), _headlines(HEADLINES),
                         ids=lambda v: str(v)[:40])
def test_a_headline_measure_restricts_its_goods(text: str, imposer: str, goods: str) -> None:
    assert ("RESTRICTS", imposer, goods) in measure_chains(text)


@pytest.mark.parametrize(("text", "imposer", "goods"), _headlines(HEADLINE_TWINS),
                         ids=lambda v: str(v)[:40])
def test_a_headline_twin_restricts_nothing(text: str, imposer: str, goods: str) -> None:
    assert ("RESTRICTS", imposer, goods) not in measure_chains(text)
