"""A generated inventory of restriction phrasings that round 16 reads (scorer on, as in
evaluation): a lifting only agreed or promised, a sourcing rule whose "if" clause names where
the goods were made, a measure told in a time clause after a plan word, a rate on goods named
with their origin, a licence to ship goods, and "X announced that it would". Each template is
filled with several imposers and goods; its twins (a measure lifted, threatened or planned, a
trade that is only a trade, a country that only protests) must give nothing."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType

from .fragments import restricted_pairs

# (name in the text, node name, demonym)
_STATES = [("Moldova", "Moldova", "Moldovan"), ("Chile", "Chile", "Chilean"),
           ("Peru", "Peru", "Peruvian"), ("Kazakhstan", "Kazakhstan", "Kazakh")]
_OTHERS = [("Belarus", "Belarus", "Belarusian"), ("Vietnam", "Vietnam", "Vietnamese"),
           ("Mongolia", "Mongolia", "Mongolian"), ("Bolivia", "Bolivia", "Bolivian")]
_GOODS = [("cobalt", "cobalt"), ("tungsten concentrate", "tungsten concentrate"),
          ("nickel matte", "nickel matte"), ("lithium hydroxide", "lithium hydroxide")]


def _fragment(text: str):
    return run(Document(text=text, title="Test", published="2025-06-01")).fragment


def _targets(text: str) -> set[tuple[str, str]]:
    fragment = _fragment(text)
    names = {n.id: n.name for n in fragment.nodes.values()}
    rels = list(fragment.relationships.values())
    return {(names[i.source], names[t.target]) for i in rels if i.type is RelType.IMPOSES
            for t in rels if t.type is RelType.TARGETS and t.source == i.target}


def _filled(templates: list[str]) -> list[tuple[str, str, str, str, str]]:
    """Each template with three combinations of imposer, other country and goods, as (text,
    imposer node, other country node, goods node, goods text)."""
    out = []
    for n, template in enumerate(templates):
        for k in range(3):
            a, a_name, a_dem = _STATES[(n + k) % 4]
            c, c_name, c_dem = _OTHERS[(n + 2 * k) % 4]
            t, t_name = _GOODS[(n + 3 * k) % 4]
            text = template.format(A=a, C=c, Cdem=c_dem, t=t, T=t.capitalize(), Adem=a_dem)
            out.append((text, a_name, c_name, t_name, t))
    return out


def _cases(templates: list[str]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("text", "imposer", "other", "goods", "raw"),
                                   _filled(templates), ids=lambda v: str(v)[:40])


# --- a lifting only agreed, offered or promised: the measure stands ---------------------
PROMISED = [
    "{A} agreed to lift its curbs on exports of {t} once talks with {C} conclude.",
    "{A} has offered to lift its ban on {t} exports once prices recover.",
    "Officials said {A} would lift its restrictions on exports of {t} next year.",
    "{A} promised to lift its export ban on {t} after the election.",
]
LIFTED = [
    "{A} lifted its curbs on exports of {t} on Monday.",
    "{A} has scrapped its ban on {t} exports.",
    "{A} removed its restrictions on exports of {t} in May.",
]


@_cases(PROMISED)
def test_a_lifting_only_promised_leaves_the_measure(text: str, imposer: str, other: str,
                                                    goods: str, raw: str) -> None:
    assert (imposer, goods) in restricted_pairs(_fragment(text))


@_cases(LIFTED)
def test_a_measure_lifted_restricts_nothing(text: str, imposer: str, other: str, goods: str,
                                            raw: str) -> None:
    assert (imposer, goods) not in restricted_pairs(_fragment(text))


# --- a sourcing rule: the "if" clause names where the goods were made --------------------
SOURCING = [
    "{A} will bar contractors from using {t} in relays if the metal in it was mined in {C}.",
    "Under a rule of {A}, buyers are barred from importing {t} if it was refined in {C}.",
    "{A} banned the use of {t} in power plants if it was smelted or refined in {C}.",
]
THREATENED = [
    "{A} would ban exports of {t} if {C} raised its tariffs.",
    "{A} could restrict {t} exports if talks with {C} made no progress.",
    "{A} said it may ban {t} sales if {C} refused to negotiate.",
]


@_cases(SOURCING)
def test_a_sourcing_rule_targets_the_origin(text: str, imposer: str, other: str, goods: str,
                                            raw: str) -> None:
    assert (imposer, other) in _targets(text)


@_cases(THREATENED)
def test_a_threat_on_a_condition_is_no_measure(text: str, imposer: str, other: str, goods: str,
                                               raw: str) -> None:
    assert (imposer, goods) not in restricted_pairs(_fragment(text))
    assert (imposer, other) not in _targets(text)


# --- a plan word does not reach a time clause set off after it ---------------------------
IN_TIME_CLAUSE = [
    "Those figures have been a fixture of policy debates since May, when {A} began requiring "
    "export licences for {t}.",
    "Quota talk has dominated the debate since March, after {A} imposed export controls on {t}.",
]
PLANNED = [
    "{A} plans to require export licences for {t}, when the new rules take effect.",
    "{A} is considering export controls on {t}, after a review of supply.",
    "A proposal to ban {t} exports is being debated in {A}.",
]


@_cases(IN_TIME_CLAUSE)
def test_a_measure_in_a_time_clause_stands(text: str, imposer: str, other: str, goods: str,
                                           raw: str) -> None:
    assert (imposer, goods) in restricted_pairs(_fragment(text))


@_cases(PLANNED)
def test_a_planned_measure_restricts_nothing(text: str, imposer: str, other: str, goods: str,
                                             raw: str) -> None:
    assert (imposer, goods) not in restricted_pairs(_fragment(text))


# --- a rate on goods named with their origin --------------------------------------------
RATED = [
    "{A} set tariffs of 10% to 15% on {Cdem} {t} from March.",
    "{A} imposed duties of up to 35% on {Cdem}-made {t} last year.",
    "{A} will charge an extra duty of 20 percent on {Cdem} {t}.",
    "{A} put countervailing duties on {Cdem}-made {t} in May.",
]
PROTESTED = [
    "{C} protested against the tariffs of 15% that {A} set on steel.",
    "{Cdem} officials condemned the duties of 35% that {A} imposed on steel.",
]


@_cases(RATED)
def test_a_rate_on_goods_of_an_origin(text: str, imposer: str, other: str, goods: str,
                                      raw: str) -> None:
    assert (imposer, goods) in restricted_pairs(_fragment(text))
    assert (imposer, other) in _targets(text)


@_cases(PROTESTED)
def test_a_country_that_protests_imposes_nothing(text: str, imposer: str, other: str,
                                                 goods: str, raw: str) -> None:
    fragment = _fragment(text)
    assert not any(item == "steel" for who, item in restricted_pairs(fragment) if who == other)


# --- a licence to ship goods -----------------------------------------------------------
LICENSED = [
    "{A} now requires exporters to hold a licence to ship {t} abroad.",
    "{A} now obliges traders to obtain permits to sell {t} to foreign buyers.",
    "Under the new rules, firms need a licence from {A} to supply {t} to smelters abroad.",
]
ONLY_TRADE = [
    "After the storm, traders in {A} rushed to ship {t} before May.",
    "The new port helped {A} to ship {t} to buyers in {C}.",
]


@_cases(LICENSED)
def test_a_licence_to_ship_goods_restricts_them(text: str, imposer: str, other: str,
                                                goods: str, raw: str) -> None:
    assert (imposer, goods) in restricted_pairs(_fragment(text))


@_cases(ONLY_TRADE)
def test_a_trade_alone_restricts_nothing(text: str, imposer: str, other: str, goods: str,
                                         raw: str) -> None:
    assert not restricted_pairs(_fragment(text))


# --- "X announced that it would": the imposer is X, not the last sentence's subject -----
ANNOUNCED = [
    "{C} signed a trade pact on Monday. {A} announced on May 9 that it would require export "
    "licences for {t}.",
    "{C} held talks on Friday. {A} said on Sunday that it would ban exports of {t}.",
]


@_cases(ANNOUNCED)
def test_the_speaker_announces_its_own_measure(text: str, imposer: str, other: str,
                                               goods: str, raw: str) -> None:
    pairs = restricted_pairs(_fragment(text))
    assert (imposer, goods) in pairs
    assert (other, goods) not in pairs


# --- an item said to be excluded is not restricted --------------------------------------
EXCLUDED = [
    "{A} imposed export controls on nickel, but {t} was not included.",
    "{A} banned exports of nickel ore, excluding {t}.",
]


@_cases(EXCLUDED)
def test_an_excluded_item_is_not_restricted(text: str, imposer: str, other: str, goods: str,
                                            raw: str) -> None:
    assert (imposer, goods) not in restricted_pairs(_fragment(text))


# --- a condition in a later clause does not reach the measure before it -----------------
LATER_CONDITION = [
    "{A} has banned exports of {t} to {C}, and analysts warned that {C} could face shortages.",
    "{A} imposed export controls on {t}, but officials said smelters could face delays.",
]


@_cases(LATER_CONDITION)
def test_a_later_condition_leaves_the_measure(text: str, imposer: str, other: str, goods: str,
                                              raw: str) -> None:
    assert (imposer, goods) in restricted_pairs(_fragment(text))
