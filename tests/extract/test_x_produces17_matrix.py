"""A generated inventory of productions (invented companies, several phrasings) with the twins
that must give nothing (scorer on, as in evaluation):

* the rare earths' own forms listed after a named one, with a word after them that the noun
  phrase cannot go on with ("rare earth oxides and metals at its plant", "rare earth metals
  and alloys in Estonia"); twins: the same goods bought, planned, denied or wanting capacity,
  and "ores and concentrates" of another metal, which stay no rare earth ore;
* a fact told in the producer's own ", which ..." clause after a cue of the main clause ("the
  fund backs projects, among them X, which refines cobalt"); twins: a cue inside the clause
  itself (planned, denied, building) or a buyer's clause;
* producers listed after "led by" or "headed by" a noun of making ("gallium refiners, led by X
  and Y"); twins: buyers, importers and traders led by the same companies;
* SUPPLIES told by the buyer's goods that come from the seller ("Y's cobalt comes mainly from
  X", "... from domestic suppliers such as X"), by the seller's goods or output that go to the
  buyer ("most of X's cobalt goes to Y", "X's output goes mainly to Y") or by an offtake the
  seller signed with words before it ("X has signed a binding ten-year offtake agreement with
  Y"); twins: people that come from or go to a company, goods that no longer come from it or
  go to no one, a supply agreement (whose seller is not told) and an offtake only talked about.
"""

from __future__ import annotations

import pytest

from .fragments import states

PRODUCERS = ["Kestrel Metals", "Orsa Mining", "Brenna Minerals"]
PLACES = ["Estonia", "Finland", "Malaysia"]


def _cases(templates: list[str], goods: str) -> list[tuple[str, str, str]]:
    cases = []
    for n, template in enumerate(templates):
        for k in range(3):
            producer = PRODUCERS[(n + k) % 3]
            text = template.format(P=producer, Q=PLACES[(n + 2 * k) % 3])
            cases.append((text, producer.split()[0], goods))
    return cases


# --- the rare earths' own forms after a named one -----------------------------------------
FORMS = [
    ("{P} produces rare earth oxides and metals at its plant in {Q}.", "rare earth metal"),
    ("{P} makes rare earth metals and alloys in {Q}.", "rare earth alloy"),
    ("{P} refines rare earth oxides and metals for magnet makers in {Q}.", "rare earth metal"),
    ("{P} separates rare earth carbonate into oxides and metals at its {Q} works.",
     "rare earth metal"),
    ("{P} sells rare earth metals and alloys that it casts in {Q}.", "rare earth alloy"),
]
NOT_FORMS = [
    ("{P} buys rare earth oxides and metals from a trader in {Q}.", "rare earth metal"),
    ("{P} plans to produce rare earth metals and alloys in {Q} from 2029.", "rare earth alloy"),
    ("{P} does not make rare earth oxides and metals in {Q}.", "rare earth metal"),
    ("{P} had little capacity to turn rare earth oxides into metals or alloys in {Q}.",
     "rare earth alloy"),
    ("{P} imports rare earth oxides and metals for its magnet line in {Q}.", "rare earth metal"),
]


def _forms(pairs: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    return [case for template, goods in pairs for case in _cases([template], goods)]


@pytest.mark.parametrize(("text", "producer", "goods"), _forms(FORMS),
                         ids=lambda v: str(v)[:60])
def test_rare_earth_forms_listed_after_a_named_one_are_produced(
        text: str, producer: str, goods: str) -> None:
    assert states(text, "PRODUCES", producer, goods)


@pytest.mark.parametrize(("text", "producer", "goods"), _forms(NOT_FORMS),
                         ids=lambda v: str(v)[:60])
def test_rare_earth_forms_bought_planned_denied_or_beyond_capacity_are_not(
        text: str, producer: str, goods: str) -> None:
    assert not states(text, "PRODUCES", producer, goods)


@pytest.mark.parametrize("text", [
    "Rare earth prices rose. The tariff left copper cathode, ores and concentrates out of it.",
    "Rare earth oxides and metals prices rose in May.",
    "Rare earth prices rose. The duty leaves ores and concentrates of copper untouched.",
])
def test_other_ores_and_compounds_are_no_rare_earth_goods(text: str) -> None:
    assert not states(text, "PRODUCES", "*", "rare earth ore")
    assert not states(text, "PRODUCES", "*", "rare earth metal")


# --- a fact in the producer's own relative clause after a cue of the main clause -----------
OWN_CLAUSE = [
    ("The strategy backs projects across the chain, including {P} at Kell Port, which makes "
     "rare earth metals for magnets.", "rare earth metal"),
    ("The fund supports several projects, among them {P}, which refines cobalt in {Q}.",
     "cobalt"),
    ("The plan names projects such as {P}, which recovers gallium from zinc residues.",
     "gallium"),
    ("Ministers want new projects like {P}, which mines tungsten in {Q}.", "tungsten"),
    ("Future projects may copy {P}, which separates dysprosium oxide at its {Q} plant.",
     "dysprosium oxide"),
]
NOT_OWN_CLAUSE = [
    ("The fund supports several projects, among them {P}, which plans to refine cobalt in {Q}.",
     "cobalt"),
    ("The plan names projects such as {P}, which does not recover gallium.", "gallium"),
    ("The strategy backs projects, including {P}, which is building a plant to make rare earth "
     "metals.", "rare earth metal"),
    ("The fund supports several projects, among them {P}, which buys cobalt from Kell Metals.",
     "cobalt"),
    ("Ministers want new projects like {P}, which imports tungsten from Kell Mining.",
     "tungsten"),
]


@pytest.mark.parametrize(("text", "producer", "goods"), _forms(OWN_CLAUSE),
                         ids=lambda v: str(v)[:60])
def test_a_fact_in_the_producers_own_clause_escapes_a_cue_before_it(
        text: str, producer: str, goods: str) -> None:
    assert states(text, "PRODUCES", producer, goods)


@pytest.mark.parametrize(("text", "producer", "goods"), _forms(NOT_OWN_CLAUSE),
                         ids=lambda v: str(v)[:60])
def test_a_cue_inside_the_clause_or_a_buyers_clause_gives_no_output(
        text: str, producer: str, goods: str) -> None:
    assert not states(text, "PRODUCES", producer, goods)


# --- producers led by named companies -------------------------------------------------------
LEADS = ["led by", "headed by"]
MAKERS = [("gallium refiners", "gallium"), ("cobalt miners", "cobalt"),
          ("tungsten producers", "tungsten")]
BUYERS = ["buyers", "importers", "traders"]


def _led(nouns: list[tuple[str, str]], verb: str) -> list[tuple[str, str, str]]:
    cases = []
    for n, (noun, goods) in enumerate(nouns):
        for k, lead in enumerate(LEADS):
            first, second = PRODUCERS[(n + k) % 3], PRODUCERS[(n + k + 1) % 3]
            text = f"Chinese {noun}, {lead} {first} and {second}, {verb} in May."
            cases += [(text, first.split()[0], goods), (text, second.split()[0], goods)]
    return cases


@pytest.mark.parametrize(("text", "producer", "goods"), _led(MAKERS, "cut prices"),
                         ids=lambda v: str(v)[:60])
def test_makers_led_by_named_companies_produce(text: str, producer: str, goods: str) -> None:
    assert states(text, "PRODUCES", producer, goods)


@pytest.mark.parametrize(("text", "producer", "goods"), _led(
    [(f"{goods} {buyer}", goods) for goods in ("gallium", "cobalt", "tungsten")
     for buyer in BUYERS], "cut orders"), ids=lambda v: str(v)[:60])
def test_buyers_importers_and_traders_led_by_companies_do_not(
        text: str, producer: str, goods: str) -> None:
    assert not states(text, "PRODUCES", producer, goods)


# --- SUPPLIES: the buyer's goods come from the seller; an offtake described ---------------
SELLERS = ["Kestrel Metals", "Orsa Mining", "Brenna Minerals"]
BUYERS_NAMED = ["Harlow Motors", "Tarn Electric", "Velda Group"]
COME_FROM = [
    "{B}'s cobalt comes mainly from {S}.",
    "{B}'s magnets come largely from domestic suppliers such as {S}.",
    "{B}'s gallium came from {S} until this year.",
    "Most of {B}'s tungsten comes from {S}.",
    "{S} has signed a binding ten-year offtake agreement with {B}.",
    "{S} has a long-term offtake agreement with {B}.",
    "{S} signed an exclusive offtake deal with {B} in May.",
    "Most of {S}'s cobalt goes to {B}.",
    "{S}'s output goes mainly to carmaker {B}.",
    "{S}'s concentrate went to {B} last year.",
]
NOT_COME_FROM = [
    "{B}'s engineers come from rival makers such as {S}.",
    "{B}'s cobalt no longer comes from {S}.",
    "None of {B}'s gallium comes from {S}.",
    "{S} has signed a long-term supply agreement with {B}.",
    "{S} has signed a loan agreement, and an offtake deal with {B} is due.",
    "{S} talked about offtake terms, and {B} declined to comment.",
    "{S}'s chief went to {B} for talks.",
    "None of {S}'s cobalt goes to {B}.",
    "{S}'s output rose, and {B} went to court.",
]


def _supplies(templates: list[str]) -> list[tuple[str, str, str]]:
    cases = []
    for n, template in enumerate(templates):
        for k in range(3):
            seller, buyer = SELLERS[(n + k) % 3], BUYERS_NAMED[(n + 2 * k) % 3]
            text = template.format(S=seller, B=buyer)
            cases.append((text, seller.split()[0], buyer.split()[0]))
    return cases


@pytest.mark.parametrize(("text", "seller", "buyer"), _supplies(COME_FROM),
                         ids=lambda v: str(v)[:60])
def test_goods_that_come_from_a_seller_or_an_offtake_it_signed_state_supply(
        text: str, seller: str, buyer: str) -> None:
    assert states(text, "SUPPLIES", seller, buyer)


@pytest.mark.parametrize(("text", "seller", "buyer"), _supplies(NOT_COME_FROM),
                         ids=lambda v: str(v)[:60])
def test_staff_ended_or_denied_goods_and_untold_deals_state_no_supply(
        text: str, seller: str, buyer: str) -> None:
    assert not states(text, "SUPPLIES", seller, buyer)
