"""Round 21 inventory of how English states a restriction, what it covers and whom it is aimed
at: bans, curbs, controls, licence requirements, quotas, duties, tariffs, embargoes,
suspensions and entity listings; "X on Y", "restrictions covering / that cover / extending to /
applying to Y", "Y is subject to licences", "exports of Y now need a licence", "added Y to its
control list", items in a following sentence, after a colon or in bullet lines; "targeting /
aimed at / against / directed at C", "shipments to C", "C-bound", "for C's military end users",
"entities in C", "Dutch defence contractors are barred from buying goods made in C", passives
"were restricted by". Each phrasing runs with several imposers, goods and targets (invented
firms), and each has a twin with the same names that states no measure (or aims it at no one)
and must give nothing. Whole pipeline, scorer on, as in evaluation."""

from __future__ import annotations

import pytest

from .fragments import measure_chains

_IMPOSERS = [("Norway", "norway"), ("Chile", "chile")]
_GOODS = [("cobalt", "tungsten", "gallium"), ("nickel", "antimony", "germanium")]
_TARGETS = [("Peru", "Peruvian", "peru"), ("Vietnam", "Vietnamese", "vietnam")]
_FIRMS = ["Veltrix Metals", "Orsa Mining"]

# {P} imposer, {i} {j} {k} goods ({I} capitalised); the goods {i} (and {j} when listed) are
# restricted by {P} in the first sentence and by no one in the twin
RESTRICTS = [
    ("{P} imposed a ban on {i} exports.", "{P} reported record {i} exports."),
    ("{P} imposed restrictions covering {i} and {j}.",
     "{P} published a survey covering {i} and {j}."),
    ("{P} announced restrictions that cover {i} and {j}.",
     "{P} announced a study that covers {i} and {j}."),
    ("{P}'s new controls extend to {i} and {j}.", "{P}'s new refinery extends its {i} output."),
    ("{P} announced curbs applying to {i} and {j}.",
     "{P} announced subsidies applying to {i} and {j}."),
    ("In {P}, {i} is now subject to export licences.",
     "In {P}, {i} is now subject to heavy demand."),
    ("Exports of {i} from {P} now need a licence, the ministry said.",
     "Exports of {i} from {P} now need new ports, the ministry said."),
    ("{P} added {i} to its export control list.", "{P} added {i} to its list of mining successes."),
    ("{P} tightened its export controls. {I}, {j} and {k} are covered.",
     "{P} opened its new port. {I}, {j} and {k} are shipped from it."),
    ("{P} tightened its export controls on three metals: {i}, {j} and {k}.",
     "{P} raised its output of three metals: {i}, {j} and {k}."),
    ("{P} said it would restrict sales of the following items:\n- {i}\n- {j}\n- {k}",
     "{P} said it would raise sales of the following items:\n- {i}\n- {j}\n- {k}"),
    ("{P} imposed export quotas on {i}.", "{P} raised its {i} output targets."),
    ("{P} suspended exports of {i} in May.", "{P} resumed exports of {i} in May."),
    ("{I} exports were restricted by {P} in May.", "{I} exports were reported by {P} in May."),
    ("{I} and {j} exports were banned by {P} last year.",
     "{I} and {j} exports were praised by {P} last year."),
    ("{P}'s controls now apply to {i} and {j}.", "{P}'s tax breaks now apply to {i} and {j}."),
    ("{P} required licences for exports of {i} and {j}.",
     "{P} reported strong exports of {i} and {j}."),
    ("{P} made exports of {i} subject to licensing.", "{P} made exports of {i} a priority."),
    ("{P} has made {i} and {j} subject to export permits.",
     "{P} has made {i} and {j} central to its plans."),
    ("{P}'s export licensing requirement for {i} took effect in May.",
     "{P}'s new smelter for {i} opened in May."),
    ("{P} expanded its list of controlled items to include {i} and {j}.",
     "{P} expanded its list of mined metals to include {i} and {j}."),
    ("{P} placed seven metals under export licensing, including {i} and {j}.",
     "{P} mined seven metals last year, including {i} and {j}."),
    # the preposition said again before each item
    ("{P} imposed controls on magnets, on {i}, and on {j}.",
     "{P} reported a surplus on {i}, and on Monday {j} prices rose."),
    ("{P} will require licences for magnets, for {i} including {k}, and for {j}.",
     "{P} will pay premiums for {i}, and for years {j} has been sold freely."),
]

# {P} imposer, {C} target country, {D} its adjective, {i} goods: the measure targets {C} in the
# first sentence and no one in the twin
TARGETS = [
    ("{P} imposed a 25% tariff on {D} {i}.", "{P} paid a 25% premium for {D} {i}."),
    ("{P} imposed an embargo on {i} shipments to {C}.", "{P} increased {i} shipments to {C}."),
    ("{P} suspended exports of {i} to {C}.", "{P} resumed exports of {i} to {C}."),
    ("{P} imposed export controls on {i} targeting {C}.",
     "{P} imposed export controls on {i} after talks in {C}."),
    ("{P} imposed export controls on {i} aimed at {C}.",
     "{P} imposed export controls on {i}, and {C} raised output."),
    ("{P} imposed export controls on {i} directed at {C}.",
     "{P} imposed export controls on {i}; analysts in {C} were calm."),
    ("{P} banned {i} shipments to {C}.", "{P} promoted {i} shipments to {C}."),
    ("{P} banned {C}-bound {i} shipments.", "{P} welcomed {C}-bound {i} shipments."),
    ("{P} banned {i} sales to entities in {C}.", "{P} doubled {i} sales to entities in {C}."),
    ("{P} restricted {i} sales for {C}'s military end users.",
     "{P} increased {i} sales for {C}'s military end users."),
    ("{P} restricted {i} sales to military end users in {C}.",
     "{P} increased {i} sales to military end users in {C}."),
    ("{P} imposed export controls on {i} destined for {C}.",
     "{P} loaded cargoes of {i} destined for {C}."),
    ("{P} imposed anti-dumping duties on {i} from {C}.", "{P} bought more {i} from {C}."),
    ("{P}'s sanctions on {C} cover {i} and steel.", "{P}'s talks with {C} covered {i} and steel."),
    ("The {P_adj} restrictions are aimed at {C}.", "The {P_adj} delegation arrived in {C}."),
    ("From 2027 {P_adj} defence contractors will be barred from using {i} mined or processed "
     "in {C}.",
     "From 2027 {P_adj} defence contractors will be buying {i} mined or processed in {C}."),
    ("{C} was hit by {P_adj} export curbs on {i}.",
     "{C} was hit by floods, and {P_adj} export curbs on {i} stayed."),
    ("{D} firms were hit by {P}'s ban on {i}.",
     "{D} firms were hit by floods before {P}'s ban on {i}."),
]

# {P} imposer, {F} an invented firm: the measure targets {F}; the twin names no measure
LISTED = [
    ("{P} placed {F} on its entity list.", "{P} placed {F} on its list of preferred bidders."),
    ("{P} slapped sanctions on {F}.", "{P} signed a contract with {F}."),
    ("{P} added {F} and Kestrel Refining to its entity list.",
     "{P} invited {F} and Kestrel Refining to its trade fair."),
    ("{P}'s sanctions target {F}.", "{P}'s investors favour {F}."),
    ("{F} was placed under {P_adj} export restrictions.",
     "{F} was placed under review by {P_adj} auditors."),
]

# a material's name shared over the forms listed after it: {i} metal and {i} oxide are
# restricted in the first sentence, and in the twin no "{i} metal" is restricted
SHARED = [
    ("{P} introduced export licensing for {i} ores, metal and oxides in May.",
     "{P} introduced export licensing for {i} ores; metal and oxides stay free to ship."),
    ("{P} has required export licences for {i} ores, metal and oxides since May.",
     "{P} has sold {i} ores, metal and oxides since May."),
    ("Exporters of {i} ores, metal, oxides and related technologies will need a licence from {P}.",
     "Exporters of {i} ores will need a licence from {P}, while metal prices fell."),
]

_ADJ = {"Norway": "Norwegian", "Chile": "Chilean"}


def _fill(template: str, p: str, goods: tuple[str, str, str]) -> str:
    i, j, k = goods
    return template.format(P=p, P_adj=_ADJ[p], i=i, j=j, k=k, I=i.capitalize())


def _r_cases(pick: int) -> list[tuple[str, str, list[str]]]:
    cases = []
    for pair in RESTRICTS:
        listed = any(cue in pair[0] for cue in ("and {j}", ", {j}", "- {j}", "on {j}", "for {j}"))
        for p, low in _IMPOSERS:
            for goods in _GOODS:
                items = [goods[0], goods[1]] if listed else [goods[0]]
                cases.append((_fill(pair[pick], p, goods), low, items))
    return cases


@pytest.mark.parametrize(("text", "imposer", "items"), _r_cases(0))
def test_restriction_covers_its_items(text: str, imposer: str, items: list[str]) -> None:
    chains = measure_chains(text)
    for item in items:
        assert ("RESTRICTS", imposer, item) in chains, (text, chains)


@pytest.mark.parametrize(("text", "imposer", "items"), _r_cases(1))
def test_twin_restricts_nothing(text: str, imposer: str, items: list[str]) -> None:
    chains = measure_chains(text)
    assert not any(rel == "RESTRICTS" and item in name for rel, _, name in chains
                   for item in items), (text, chains)


def _t_cases(pick: int) -> list[tuple[str, str, str]]:
    return [(pair[pick].format(P=p, P_adj=_ADJ[p], C=c, D=d, i=goods[0]), low, target)
            for pair in TARGETS for p, low in _IMPOSERS for c, d, target in _TARGETS
            for goods in _GOODS[:1]]


@pytest.mark.parametrize(("text", "imposer", "target"), _t_cases(0))
def test_restriction_targets_its_country(text: str, imposer: str, target: str) -> None:
    chains = measure_chains(text)
    assert ("TARGETS", imposer, target) in chains, (text, chains)


@pytest.mark.parametrize(("text", "imposer", "target"), _t_cases(1))
def test_twin_targets_no_country(text: str, imposer: str, target: str) -> None:
    chains = measure_chains(text)
    assert not any(rel == "TARGETS" and name == target for rel, _, name in chains), (text, chains)


def _l_cases(pick: int) -> list[tuple[str, str, str]]:
    return [(pair[pick].format(P=p, P_adj=_ADJ[p], F=f), low, f.lower()) for pair in LISTED
            for p, low in _IMPOSERS for f in _FIRMS]


@pytest.mark.parametrize(("text", "imposer", "firm"), _l_cases(0))
def test_listing_targets_the_firm(text: str, imposer: str, firm: str) -> None:
    chains = measure_chains(text)
    assert ("TARGETS", imposer, firm) in chains, (text, chains)


@pytest.mark.parametrize(("text", "imposer", "firm"), _l_cases(1))
def test_twin_targets_no_firm(text: str, imposer: str, firm: str) -> None:
    chains = measure_chains(text)
    assert not any(rel == "TARGETS" and name == firm for rel, _, name in chains), (text, chains)


def _s_cases(pick: int) -> list[tuple[str, str, str]]:
    return [(pair[pick].format(P=p, i=i), low, i) for pair in SHARED for p, low in _IMPOSERS
            for i in ("antimony", "cobalt")]


@pytest.mark.parametrize(("text", "imposer", "item"), _s_cases(0))
def test_shared_name_over_listed_forms(text: str, imposer: str, item: str) -> None:
    chains = measure_chains(text)
    for form in ("metal", "oxide"):
        assert ("RESTRICTS", imposer, f"{item} {form}") in chains, (text, chains)


@pytest.mark.parametrize(("text", "imposer", "item"), _s_cases(1))
def test_twin_shares_no_name(text: str, imposer: str, item: str) -> None:
    chains = measure_chains(text)
    assert not any(rel == "RESTRICTS" and name in (f"{item} metal", f"{item} oxide")
                   for rel, _, name in chains), (text, chains)


# the preposition said again before each of several goods: the later goods are restricted too
PREPS = [
    ("{P} places licensing on lithium-ion batteries, on cathode materials, and on graphite "
     "anode material.",
     "{P} places its hopes on lithium-ion batteries, and on Monday cathode materials and "
     "graphite anode material sold well."),
    ("{P} will require licences for lithium-ion batteries, for cathode materials such as "
     "nickel powders, and for graphite anode materials.",
     "{P} will pay premiums for lithium-ion batteries, and for years cathode materials and "
     "graphite anode materials were sold freely."),
]


@pytest.mark.parametrize(("text", "imposer"), [(pair[0].format(P=p), low) for pair in PREPS
                                                for p, low in _IMPOSERS])
def test_repeated_preposition_items(text: str, imposer: str) -> None:
    chains = measure_chains(text)
    for item in ("cathode material", "anode material"):
        assert ("RESTRICTS", imposer, item) in chains, (text, chains)


@pytest.mark.parametrize("text", [pair[1].format(P=p) for pair in PREPS for p, _ in _IMPOSERS])
def test_twin_repeats_no_measure(text: str) -> None:
    chains = measure_chains(text)
    assert not any(rel == "RESTRICTS" and name in ("cathode material", "anode material")
                   for rel, _, name in chains), (text, chains)
