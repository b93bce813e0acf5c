"""A generated inventory of ways a text names whom a measure hits (relative clauses,
participles, firms said to be on a list) crossed with governments and firms of our own, each
with twins that must give no target: a listing only threatened, a firm not on the list, a
measure that spares the country."""

from __future__ import annotations

import itertools

import pytest

from .fact_triples import measure_chains

LISTERS = [("Ottawa", "Canada"), ("Beijing", "China"), ("Tokyo", "Japan"), ("Seoul", "South Korea")]
FIRMS = ["Norvik Systems", "Kestrel Dynamics", "Tarrow Aerospace"]
LISTS = ["entity list", "sanctions list", "export control list"]
AIMED = [("Vietnamese", "Vietnam"), ("Russian", "Russia"), ("Indian", "India")]
MEASURES = ["export curbs", "duties", "sanctions", "licensing rules"]


def _targets(text: str, imposer: str, target: str) -> bool:
    return any(r == "TARGETS" and i == imposer.lower() and target.lower() in o
               for r, i, o in measure_chains(text))


# a firm said to be on a government's list, in a relative clause or a participle
ON_LIST = [
    "{F}, which has been on {I}'s {L} since 2020, makes radios.",
    "{F}, which is on {I}'s {L}, sells drones.",
    "{F}, which was also on {I}'s {L} last year, builds satellites.",
    "{F}, placed on {I}'s {L} in 2021, makes radar parts.",
    "{F}, added to {I}'s {L} last year, sells drones.",
    "{F}, listed on {I}'s {L} in March, builds engines.",
]
ON_LIST_TWINS = [
    "{F}, which is not on {I}'s {L}, makes radios.",
    "{F}, which was never on {I}'s {L}, sells drones.",
    "{F}, which could be put on {I}'s {L}, makes radar parts.",
    "{F} could be added to {I}'s {L}, officials said.",
    "{F} may be placed on {I}'s {L} next month.",
    "{F} risks being added to {I}'s {L}.",
    "{F}, removed from {I}'s {L} in 2022, sells drones.",
    "{F}, which is on track to meet its goals, welcomed {I}'s {L}.",
    "{F} put on a brave show despite {I}'s {L}.",
]


def _list_rows(templates: list[str]) -> list[tuple[str, str, str]]:
    rows = []
    for k, (tpl, (imposer, country), firm, kind) in enumerate(itertools.product(
            templates, LISTERS, FIRMS, LISTS)):
        if k % 4 == 0:  # a quarter of the cross product keeps the suite quick
            rows.append((tpl.format(F=firm, I=imposer, L=kind), country, firm))
    return rows


@pytest.mark.parametrize(("text", "imposer", "firm"), _list_rows(ON_LIST),
                         ids=lambda v: str(v)[:50])
def test_a_firm_said_to_be_on_a_list_is_its_target(text: str, imposer: str, firm: str) -> None:
    assert _targets(text, imposer, firm)


@pytest.mark.parametrize(("text", "imposer", "firm"), _list_rows(ON_LIST_TWINS),
                         ids=lambda v: str(v)[:50])
def test_a_firm_off_the_list_or_only_threatened_is_no_target(text: str, imposer: str,
                                                             firm: str) -> None:
    assert not _targets(text, imposer, firm)


# a relative clause that says whom the measure aims at
AIMED_AT = [
    "{I}'s new {M}, which target {A} exporters, took effect on Monday.",
    "{I}'s {M}, which are aimed at {A} firms, started in July.",
    "{I}'s {M}, which are directed at {A} shippers, cover cobalt.",
]
AIMED_AT_TWINS = [
    "{I}'s {M}, which do not target {A} exporters, took effect on Monday.",
    "{I}'s proposed {M}, which would target {A} firms, were shelved.",
    "{I}'s {M}, which exempt {A} firms, cover cobalt.",
    "{I}'s {M}, which spare {A} shippers, started in July.",
]


def _aimed_rows(templates: list[str]) -> list[tuple[str, str, str]]:
    rows = []
    for k, (tpl, (imposer, country), measure, (adjective, aimed)) in enumerate(
            itertools.product(templates, LISTERS, MEASURES, AIMED)):
        if k % 3 == 0 and country != aimed:
            rows.append((tpl.format(I=imposer, M=measure, A=adjective), country, aimed))
    return rows


@pytest.mark.parametrize(("text", "imposer", "aimed"), _aimed_rows(AIMED_AT),
                         ids=lambda v: str(v)[:50])
def test_a_measure_which_targets_a_country_targets_it(text: str, imposer: str,
                                                     aimed: str) -> None:
    assert _targets(text, imposer, aimed)


@pytest.mark.parametrize(("text", "imposer", "aimed"), _aimed_rows(AIMED_AT_TWINS),
                         ids=lambda v: str(v)[:50])
def test_a_measure_that_spares_or_only_would_target_targets_nothing(text: str, imposer: str,
                                                                    aimed: str) -> None:
    assert not _targets(text, imposer, aimed)


def _restricts(text: str, imposer: str, item: str) -> bool:
    return any(r == "RESTRICTS" and i == imposer.lower() and item.lower() in o
               for r, i, o in measure_chains(text))


GOVERNMENTS = [("Jakarta", "Indonesia"), ("Beijing", "China"), ("Hanoi", "Vietnam"),
               ("Harare", "Zimbabwe")]
GOODS = [("tungsten", "tungsten"), ("nickel ore", "nickel ore"), ("antimony", "antimony"),
         ("lithium concentrate", "lithium")]

# a flow ended, frozen or capped by a government
ENDED_FLOWS = [
    "{I} cut off {A} supplies to its neighbours in March.",
    "{I} has choked off exports of {A} since the spring.",
    "{I} froze {A} shipments after the vote.",
    "{I} has frozen exports of {A}.",
    "{I} capped {A} exports at 10,000 tonnes.",
    "{I} imposed caps on {A} mining last year.",
    "{I} will cap {A} output at 50,000 tonnes this year.",
]
ENDED_FLOW_TWINS = [
    "Floods in {C} cut off supplies of {A} to the coast.",
    "{I} could cut off {A} supplies to its neighbours.",
    "{I} has not cut off exports of {A}.",
    "{I} could cap {A} exports next year.",
    "{I} lifted its caps on {A} exports in May.",
    "Price caps on {A} exports were discussed in {I}.",
    "The market cap of Norvik Systems rose as {A} prices climbed in {I}.",
    "Kestrel Dynamics capped {A} output during the upgrade.",
]


def _flow_rows(templates: list[str]) -> list[tuple[str, str, str]]:
    rows = []
    for k, (tpl, (imposer, country), (good, name)) in enumerate(itertools.product(
            templates, GOVERNMENTS, GOODS)):
        if k % 2 == 0:
            rows.append((tpl.format(I=imposer, C=country, A=good), country, name))
    return rows


@pytest.mark.parametrize(("text", "imposer", "item"), _flow_rows(ENDED_FLOWS),
                         ids=lambda v: str(v)[:50])
def test_a_government_ending_or_capping_a_flow_restricts_it(text: str, imposer: str,
                                                           item: str) -> None:
    assert _restricts(text, imposer, item)


@pytest.mark.parametrize(("text", "imposer", "item"), _flow_rows(ENDED_FLOW_TWINS),
                         ids=lambda v: str(v)[:50])
def test_a_scene_a_threat_a_lifted_cap_or_a_company_restricts_nothing(
        text: str, imposer: str, item: str) -> None:
    assert not _restricts(text, imposer, item)


@pytest.mark.parametrize(("text", "imposer", "target"), [
    (f"{i} cut off {a} supplies to {t}.", country, tname)
    for (i, country), (a, _), (t, tname) in itertools.product(
        GOVERNMENTS[:2], GOODS[:2], [("Japan", "Japan"), ("the United States", "United States")])],
    ids=lambda v: str(v)[:50])
def test_a_flow_cut_off_to_a_country_targets_it(text: str, imposer: str, target: str) -> None:
    assert _targets(text, imposer, target)


SANCTIONERS = [("Ottawa", "Canada"), ("Tokyo", "Japan"), ("the EU", "European Union")]
ORIGINS = [("Russian", "Russia"), ("Iranian", "Iran"), ("Belarusian", "Belarus")]
SANCTIONED_GOODS = ["nickel", "palladium", "potash"]

# goods named by their origin and said to be under a measure
ORIGIN_UNDER = [
    "Smelters import {O} {G}, which is under {I}'s sanctions.",
    "Traders still handle {O} {G}, which is subject to {I}'s ban.",
]
ORIGIN_UNDER_TWINS = [
    "Smelters import {O} {G}, which is not under {I}'s sanctions.",
    "Traders handle {O} {G}, which is cheap, and avoid {I}'s ban.",
]


def _origin_rows(templates: list[str]) -> list[tuple[str, str, str]]:
    return [(tpl.format(I=i, O=o, G=g), country, origin)
            for k, (tpl, (i, country), (o, origin), g) in enumerate(itertools.product(
                templates, SANCTIONERS, ORIGINS, SANCTIONED_GOODS)) if k % 3 == 0]


@pytest.mark.parametrize(("text", "imposer", "origin"), _origin_rows(ORIGIN_UNDER),
                         ids=lambda v: str(v)[:50])
def test_the_origin_of_goods_under_a_measure_is_its_target(text: str, imposer: str,
                                                          origin: str) -> None:
    assert _targets(text, imposer, origin)


@pytest.mark.parametrize(("text", "imposer", "origin"), _origin_rows(ORIGIN_UNDER_TWINS),
                         ids=lambda v: str(v)[:50])
def test_goods_not_under_the_measure_name_no_target(text: str, imposer: str,
                                                   origin: str) -> None:
    assert not _targets(text, imposer, origin)


# firms named as among those a measure hit, in this sentence or after the measure's own
AMONG = [
    "{F} was among the firms sanctioned by {I}.",
    "{F} and {G} were among 12 companies blacklisted by {I}.",
    "{F} was one of the firms {I} sanctioned on Monday.",
    "{F} is among the companies hit by {I}'s sanctions.",
    "{I} sanctioned 12 firms on Monday. {F} and {G} were among the companies sanctioned.",
]
AMONG_TWINS = [
    "{F} was among the firms that lobbied against {I}'s sanctions.",
    "{F} was among the bidders, and {I} later sanctioned {G}.",
    "{F} is among the companies that were not hit by {I}'s sanctions.",
    "{F} could be among the firms sanctioned by {I}.",
]


def _among_rows(templates: list[str]) -> list[tuple[str, str, str]]:
    return [(tpl.format(I=i, F=f, G=g), country, f)
            for tpl, (i, country), (f, g) in itertools.product(
                templates, LISTERS[:3], [(FIRMS[0], FIRMS[1]), (FIRMS[2], FIRMS[0])])]


@pytest.mark.parametrize(("text", "imposer", "firm"), _among_rows(AMONG),
                         ids=lambda v: str(v)[:50])
def test_a_firm_among_those_a_measure_hit_is_its_target(text: str, imposer: str,
                                                        firm: str) -> None:
    assert _targets(text, imposer, firm)
    assert not _targets(text, firm, "")  # the firms hit impose nothing


@pytest.mark.parametrize(("text", "imposer", "firm"), _among_rows(AMONG_TWINS),
                         ids=lambda v: str(v)[:50])
def test_a_firm_beside_or_only_possibly_among_the_hit_is_no_target(
        text: str, imposer: str, firm: str) -> None:
    assert not _targets(text, imposer, firm)


BUYERS_OF_ARMS = [("Manila", "Philippines"), ("Taipei", "Taiwan"), ("Warsaw", "Poland")]

# the reason for a sanction names where the arms went, which the sanction does not target
REASONS = [
    "{I} sanctioned {F} over arms sales to {B}.",
    "{I} put {F} on its entity list in response to weapons sales to {B}.",
    "{I} blacklisted {F} for its role in arms sales to {B}.",
]
# an arms embargo itself targets the buyer
EMBARGOES = [
    "{I} banned arms sales to {B} in 2021.",
    "{I} halted weapons sales to {B} last year.",
]


def _reason_rows(templates: list[str]) -> list[tuple[str, str, str, str]]:
    return [(tpl.format(I=i, F=f, B=b), country, f, buyer)
            for tpl, (i, country), f, (b, buyer) in itertools.product(
                templates, LISTERS[:3], FIRMS[:2], BUYERS_OF_ARMS) if country != buyer]


@pytest.mark.parametrize(("text", "imposer", "firm", "buyer"), _reason_rows(REASONS),
                         ids=lambda v: str(v)[:50])
def test_the_reason_for_a_sanction_is_no_target(text: str, imposer: str, firm: str,
                                                buyer: str) -> None:
    assert _targets(text, imposer, firm)
    assert not _targets(text, imposer, buyer)


@pytest.mark.parametrize(("text", "imposer", "firm", "buyer"), _reason_rows(EMBARGOES),
                         ids=lambda v: str(v)[:50])
def test_an_arms_embargo_targets_the_buyer(text: str, imposer: str, firm: str,
                                           buyer: str) -> None:
    assert _targets(text, imposer, buyer)
