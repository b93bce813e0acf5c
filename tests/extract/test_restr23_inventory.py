"""An inventory of how English news states a trade measure, its items and its target (round
23): measure nouns and verbs, item lists (covering, including, such as, colon lists, "among
them", a list in the next sentence), targets (aimed at, against, to buyers in, -bound,
destined for) and the measure referred to later, each with twins that must give nothing: an
item exempted or excluded, a measure only threatened or weighed, goods made or used, and the
grantor of a licence, who is no target of it."""

from __future__ import annotations

import pytest

from rekg.extract import extract
from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType

from .fact_triples import measure_chains


def _facts(text: str, rel: RelType) -> set[tuple[str, str]]:
    fragment = extract(Document(text=text, title="Test", published="2025-06-01"))
    names = {n.id: n.name.lower() for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is rel}


RESTRICTED = [
    ("Vietnam introduced a licensing requirement for exports of tungsten and bismuth.",
     "vietnam", "bismuth"),
    ("Kazakhstan imposed a quota on exports of chromium.", "kazakhstan", "chromium"),
    ("Bolivia tightened restrictions on tin shipments last week.", "bolivia", "tin"),
    ("Brazil imposed a levy on exports of niobium.", "brazil", "niobium"),
    ("Zimbabwe enforced a prohibition on exports of raw lithium ore.", "zimbabwe", "lithium"),
    ("Kazakhstan limited exports of titanium sponge.", "kazakhstan", "titanium sponge"),
    ("Vietnam will require licences for exports of bismuth from June.", "vietnam", "bismuth"),
    ("Hanoi added indium and tin to its export control list.", "vietnam", "indium"),
    ("Vietnam imposed export controls covering tin, indium and bismuth.", "vietnam", "indium"),
    ("Vietnam imposed export controls on minor metals such as bismuth and indium.",
     "vietnam", "indium"),
    ("Vietnam imposed export controls on four minor metals: tin, indium, bismuth and tungsten.",
     "vietnam", "tungsten"),
    ("Vietnam announced export controls on Friday. The list includes tin, indium and bismuth.",
     "vietnam", "indium"),
    ("Vietnam restricted exports of two metals (tin and indium) in 2024.", "vietnam", "indium"),
    ("Vietnam placed tungsten, bismuth and tin under export licensing on May 2.",
     "vietnam", "bismuth"),
    ("Vietnam imposed licensing on tungsten, bismuth and tin.", "vietnam", "tin"),
    ("Vietnam announced export controls on tin in July. The curbs also cover indium.",
     "vietnam", "indium"),
    ("Vietnam announced export controls in April. The controls, which also cover bismuth, "
     "took effect at once.", "vietnam", "bismuth"),
    # a list after "among them": the pronoun opens no name
    ("Vietnam announced export controls in May. The rule covers several bismuth compounds, "
     "among them bismuth oxide and bismuth telluride.", "vietnam", "bismuth oxide"),
    ("Vietnam announced export controls in May. They cover a dozen tin products, among them "
     "tin ingots and tin powder.", "vietnam", "tin ingot"),
]


@pytest.mark.parametrize(("text", "imposer", "item"), RESTRICTED, ids=lambda v: str(v)[:50])
def test_a_stated_measure_restricts_its_items(text: str, imposer: str, item: str) -> None:
    assert any(r == "RESTRICTS" and i == imposer and item in o for r, i, o in measure_chains(text))


TARGETED = [
    ("Vietnam banned shipments of tin to Japan.", "vietnam", "japan"),
    ("Vietnam banned tin sales to Japanese buyers.", "vietnam", "japan"),
    ("Vietnam imposed export controls against Japan on tin.", "vietnam", "japan"),
    ("Vietnam banned exports of indium destined for Japan.", "vietnam", "japan"),
    ("Vietnam restricted Japan-bound shipments of indium.", "vietnam", "japan"),
    ("Vietnam imposed export controls on tin. The measure targets Japan.", "vietnam", "japan"),
    ("Vietnam added Tarvix Aerospace to its sanctions list.", "vietnam",
     "tarvix aerospace"),
]


@pytest.mark.parametrize(("text", "imposer", "target"), TARGETED, ids=lambda v: str(v)[:50])
def test_a_stated_target_is_targeted(text: str, imposer: str, target: str) -> None:
    assert ("TARGETS", imposer, target) in measure_chains(text)


NOT_RESTRICTED = [
    ("Vietnam imposed export controls on tin but exempted indium.", "indium"),
    ("Vietnam threatened to restrict exports of indium.", "indium"),
    ("Vietnam may impose export controls on indium.", "indium"),
    ("Tarvix Metals produces indium used in screens.", "indium"),
    # a measure only weighed or considered in the past is none
    ("Vietnam considered a ban on indium exports but decided against it.", "indium"),
    ("Vietnam weighed a ban on indium exports last year.", "indium"),
    ("Hanoi mulled an export levy on bismuth in 2023.", "bismuth"),
    ("Vietnam lifted its ban on indium exports to Japan.", "indium"),
]


@pytest.mark.parametrize(("text", "item"), NOT_RESTRICTED, ids=lambda v: str(v)[:50])
def test_an_exempted_threatened_weighed_or_made_item_is_not_restricted(text: str,
                                                                      item: str) -> None:
    assert not any(r == "RESTRICTS" and item in o for r, _, o in measure_chains(text))


def test_a_measure_judged_a_ban_still_stands() -> None:
    text = "Vietnam's licence rule is widely considered a ban on indium exports."
    assert any(item == "indium" for _, item in _facts(text, RelType.RESTRICTS))


@pytest.mark.parametrize("text", [
    "Exports of tin now require a licence from the trade ministry.",
    "Traders need licences from the Tarvel Export Agency for every cargo of tin.",
    "Sellers of indium must get a permit from the Ministry of Industry and Trade.",
], ids=lambda v: str(v)[:50])
def test_the_grantor_of_a_licence_is_no_target(text: str) -> None:
    assert not _facts(text, RelType.TARGETS)
    assert any(item == "tin" or item == "indium" for _, item in _facts(text, RelType.RESTRICTS))


@pytest.mark.parametrize(("text", "target"), [
    ("Vietnam requires licences for tin imports from China.", "china"),
    ("Vietnam imposed a licence requirement on imports from China of tin.", "china"),
], ids=lambda v: str(v)[:50])
def test_goods_from_a_country_still_target_it(text: str, target: str) -> None:
    assert any(t == target for _, t in _facts(text, RelType.TARGETS))


# a quota named without its goods caps the material the story is about
_TIN = ("Tin prices in Hanoi rose again this week. Vietnam is the third-largest tin miner, "
        "and tin is used in solder. Traders in Singapore were busy. Analysts at Brenmoor "
        "Research expect more volatility. ")


@pytest.mark.parametrize("text", [
    _TIN + "In July Hanoi cut its export quota by a third.",
    _TIN + "Vietnam's mining quota for this year was issued in March.",
    _TIN + "Vietnam kept its export quotas unchanged for the second half.",
], ids=lambda v: str(v)[-50:])
def test_a_quota_without_goods_caps_the_story_material(text: str) -> None:
    assert ("RESTRICTS", "vietnam", "tin") in measure_chains(text)
    ctx = run(Document(text=text, title="Test", published="2025-06-01"))
    assert any(f.origin == "frame:quota-topic" for f in ctx.facts)


@pytest.mark.parametrize("text", [
    # denied, dropped or only weighed
    _TIN + "Hanoi has no export quota.",
    _TIN + "Vietnam dropped its export quota in 2015.",
    _TIN + "Vietnam may introduce an export quota next year.",
    # the country only qualifies other parties, or no material clearly leads the story
    _TIN + "Vietnamese smelters said the quota volumes were low.",
    "Tin and indium prices rose. Tin and indium are used in screens. Hanoi cut its export "
    "quota by a third.",
], ids=lambda v: str(v)[-50:])
def test_a_quota_denied_dropped_planned_or_unowned_caps_nothing(text: str) -> None:
    # the scorer may still guess across sentences; the quota rule itself must add nothing
    ctx = run(Document(text=text, title="Test", published="2025-06-01"))
    assert not any(f.origin == "frame:quota-topic" for f in ctx.facts)


# a state named by its seat, or by the body that passed a law: it imposes the measure
@pytest.mark.parametrize("text", [
    "The government in Hanoi banned tin exports.",
    "A new government in Hanoi passed a law banning tin mining.",
    "Lawmakers in Hanoi passed a law banning tin exports.",
    "Officials in Hanoi halted tin exports.",
    "Vietnam's parliament passed a law banning tin exports.",
    "Kelvar Mining, backed by Ruritania's Tarrow Group, has been idle since Vietnam's parliament "
    "passed a law banning tin mining.",
], ids=lambda v: str(v)[:50])
def test_a_seated_government_or_law_maker_imposes(text: str) -> None:
    assert ("RESTRICTS", "vietnam", "tin") in measure_chains(text)


@pytest.mark.parametrize(("text", "imposer"), [
    ("Officials in Hanoi said Beijing banned tin exports.", "china"),
    ("Officials in Hanoi criticised the ban on tin exports imposed by Beijing.", "china"),
], ids=lambda v: str(v)[:50])
def test_a_seated_government_reporting_another_measure_imposes_nothing(text: str,
                                                                      imposer: str) -> None:
    chains = measure_chains(text)
    assert ("RESTRICTS", imposer, "tin") in chains
    assert not any(i == "vietnam" for _, i, _ in chains)


def test_carmakers_in_a_capital_are_no_government() -> None:
    assert not any(i == "vietnam" for _, i, _ in measure_chains(
        "Carmakers in Hanoi said the government banned tin exports."))


@pytest.mark.parametrize(("text", "targets"), [
    ("Hanoi banned imports of goods made in Belarus, Moldova and Iran.",
     {"belarus", "moldova", "iran"}),
    ("Hanoi put a 20% tariff on products manufactured in Laos.", {"laos"}),
], ids=lambda v: str(v)[:50])
def test_goods_named_by_their_origin_target_it(text: str, targets: set[str]) -> None:
    assert targets <= {t for r, _, t in measure_chains(text) if r == "TARGETS"}


def test_goods_of_an_origin_outside_the_measure_are_not_targeted() -> None:
    text = "Hanoi banned imports of tin, and goods made in Laos sold well."
    assert "laos" not in {t for r, _, t in measure_chains(text) if r == "TARGETS"}
