"""A generated inventory of facts a sentence states only to take back: a measure lifted or
suspended for a whole list of goods, goods a measure leaves untouched in a list, output denied
after a first mention of the goods ("its tungsten deposit ..., but it does not produce tungsten
today"), a recovery plant only studied, a supply that ended "until this spring", and a measure
that "would not be applied until" a later date. Invented companies and places × phrasings, each
beside a twin where the fact IS stated and must be found (scorer on, as in evaluation)."""

from __future__ import annotations

import pytest

from .fragments import states

_IMPOSERS = ["Japan", "Canada", "India"]
_BUYERS = ["Vietnam", "South Korea", "Brazil"]
_LISTS = [("gallium", "germanium", "indium"), ("cobalt", "nickel", "graphite"),
          ("tungsten", "antimony", "bismuth")]

# {I}: imposer, {B}: the country the measure is aimed at, {a} {b} {c}: the goods listed
PAUSED = [
    "The trade ministry of {I} said the tighter licensing for {a}, {b} and {c} shipped to {B} "
    "would be lifted after talks.",
    "{I} said the export quota on {a}, {b} and {c} sold to {B} will be suspended from May.",
    "Officials in {I} said the licence rule for {a}, {b} and {c} bound for {B} had been "
    "scrapped.",
    "{I} said the ban, which barred shipments of {a}, {b} and {c} to buyers in {B}, would not "
    "be applied until next November.",
]
# the same measures kept: every item stays restricted
KEPT = [
    "The trade ministry of {I} said the tighter licensing for {a}, {b} and {c} shipped to {B} "
    "would stay in place after talks.",
    "The export control of {I} on {a}, {b} and {c} is not within the scope of this suspension "
    "and continues to be implemented.",
]


def _measures(templates: list[str]) -> list[tuple[str, str]]:
    cases = []
    for n, template in enumerate(templates):
        for k in range(3):
            a, b, c = _LISTS[(n + k) % len(_LISTS)]
            text = template.format(I=_IMPOSERS[k], B=_BUYERS[(n + k) % 3], a=a, b=b, c=c)
            cases += [(text, item) for item in (a, b, c)]
    return cases


@pytest.mark.parametrize(("text", "item"), _measures(PAUSED), ids=lambda v: str(v)[:70])
def test_every_item_of_a_list_a_lifted_or_suspended_measure_names_is_unrestricted(
        text: str, item: str) -> None:
    assert not states(text, "RESTRICTS", "*", item)


@pytest.mark.parametrize(("text", "item"), _measures(KEPT), ids=lambda v: str(v)[:70])
def test_every_item_of_a_list_a_kept_measure_names_stays_restricted(text: str,
                                                                    item: str) -> None:
    assert states(text, "RESTRICTS", "*", item)


# goods a measure leaves alone, listed with words that are no mention ("ores")
_LEFT = [("tungsten", "cobalt concentrate"), ("copper cathode", "lithium concentrate"),
         ("nickel", "manganese ore")]
LEFT_ALONE = [
    "The new duty hits steel wire but leaves {x}, ores and {y} untouched.",
    "The tariff covers semi-finished products but left {x}, scrap and {y} untouched.",
]
HIT = [
    "The new duty applies to imports of {x} and {y}.",
]


def _left(templates: list[str]) -> list[tuple[str, str]]:
    return [(t.format(x=x, y=y), item) for t in templates for x, y in _LEFT for item in (x, y)]


@pytest.mark.parametrize(("text", "item"), _left(LEFT_ALONE), ids=lambda v: str(v)[:70])
def test_every_item_a_measure_leaves_untouched_is_unrestricted(text: str, item: str) -> None:
    assert not states(text, "RESTRICTS", "*", item)


@pytest.mark.parametrize(("text", "item"), _left(HIT), ids=lambda v: str(v)[:70])
def test_items_a_measure_hits_are_restricted(text: str, item: str) -> None:
    assert states(text, "RESTRICTS", "*", item)


def test_a_verb_in_ing_ends_the_list_a_measure_leaves() -> None:
    text = "The new duty hits steel wire but leaves tungsten buyers scrambling and cobalt " \
        "concentrate untouched."
    assert not states(text, "RESTRICTS", "*", "cobalt concentrate")
    assert states(text, "RESTRICTS", "*", "tungsten")


# output denied after the goods were first named as a deposit: the scorer's guess at the first
# mention is the denied fact told again
_MINERS = ["Velmora Mining", "Ondrel Resources", "Tarrow Minerals"]
_DEPOSITS = ["tungsten", "graphite", "antimony"]
DENIED_OUTPUT = [
    "Sweden's state-owned miner {M} announced that its Karvik deposit is the largest known "
    "{g} deposit in Europe, but it does not produce {g} today.",
    "Sweden's state-owned miner {M} announced that its Karvik deposit is the largest known "
    "{g} deposit in Europe, but it does not yet produce any {g}.",
]
STATED_OUTPUT = [
    "{M}, a Swedish miner, produces {g} at its Karvik mine, the largest {g} mine in Europe.",
    "{M} mines {g} at its Karvik deposit in northern Sweden.",
]


def _output(templates: list[str]) -> list[tuple[str, str, str]]:
    return [(t.format(M=m, g=g), m, g) for t in templates
            for m, g in zip(_MINERS, _DEPOSITS, strict=True)]


@pytest.mark.parametrize(("text", "miner", "goods"), _output(DENIED_OUTPUT),
                         ids=lambda v: str(v)[:70])
def test_output_denied_later_in_the_sentence_is_not_guessed_at_the_first_mention(
        text: str, miner: str, goods: str) -> None:
    assert not states(text, "PRODUCES", "*", goods)


@pytest.mark.parametrize(("text", "miner", "goods"), _output(STATED_OUTPUT),
                         ids=lambda v: str(v)[:70])
def test_output_stated_is_found(text: str, miner: str, goods: str) -> None:
    assert states(text, "PRODUCES", miner, goods)


def test_a_negation_of_another_verb_leaves_the_output() -> None:
    text = "Velmora Mining mines tungsten at Karvik, with no way to export it quickly."
    assert states(text, "PRODUCES", "Velmora Mining", "tungsten")


# recovery only studied or considered, beside recovery that runs
_SMELTERS = [("Tarrow Minerals", "germanium"), ("Brastek Metals", "indium"),
             ("Pellor Industries", "gallium")]
STUDIED = [
    "{S} has studied a facility to recover {g} from smelter residues.",
    "At its zinc smelter in Karvik, {S} has studied a plant to recover {g} from residues.",
    "{S} studied a circuit to recover {g} from its smelter residues last year.",
]
RECOVERED = [
    "{S} recovers {g} from smelter residues.",
    "At its zinc smelter in Karvik, {S} recovers {g} from residues.",
]


def _smelters(templates: list[str]) -> list[tuple[str, str, str]]:
    return [(t.format(S=s, g=g), s, g) for t in templates for s, g in _SMELTERS]


@pytest.mark.parametrize(("text", "smelter", "goods"), _smelters(STUDIED),
                         ids=lambda v: str(v)[:70])
def test_recovery_only_studied_is_no_output(text: str, smelter: str, goods: str) -> None:
    assert not states(text, "PRODUCES", smelter, goods)


@pytest.mark.parametrize(("text", "smelter", "goods"), _smelters(RECOVERED),
                         ids=lambda v: str(v)[:70])
def test_recovery_that_runs_is_output(text: str, smelter: str, goods: str) -> None:
    assert states(text, "PRODUCES", smelter, goods)


# a seller that supplied "until this spring" no longer does; the sellers before it still do
_ENDED = ["until this spring", "until last month", "until late last year", "until a year ago"]


@pytest.mark.parametrize("until", _ENDED)
def test_a_supply_that_lasted_until_a_past_time_has_ended(until: str) -> None:
    text = f"Korea takes ore from Vietnam, Laos and, {until}, Canada."
    assert not states(text, "SUPPLIES", "Canada", "Korea")
    assert states(text, "SUPPLIES", "Vietnam", "Korea")


def test_a_supply_since_a_past_time_goes_on() -> None:
    text = "Korea takes ore from Vietnam, Laos and, since this spring, Canada."
    assert states(text, "SUPPLIES", "Canada", "Korea")


# what a company's ground holds, listed after "contains", is no output of it
_HOLDERS = ["Velmora Mining", "Ondrel Resources", "Tarrow Minerals"]
HELD = [
    "{C} also controls the Karvik deposit in Nevada, a large body of rhyolite that contains "
    "heavy rare earths such as dysprosium and terbium as well as {g}, beryllium and lithium.",
    "{C} owns the Karvik project, whose ore contains tungsten, tin and some {g}.",
]
MADE = [
    "{C} produces {g} at its Karvik plant in Nevada.",
]
_HELD_GOODS = ["gallium", "indium", "bismuth"]


def _held(templates: list[str]) -> list[tuple[str, str, str]]:
    return [(t.format(C=c, g=g), c, g) for t in templates
            for c, g in zip(_HOLDERS, _HELD_GOODS, strict=True)]


@pytest.mark.parametrize(("text", "company", "goods"), _held(HELD), ids=lambda v: str(v)[:70])
def test_goods_a_deposit_contains_in_a_list_are_no_output(text: str, company: str,
                                                         goods: str) -> None:
    assert not states(text, "PRODUCES", company, goods)


@pytest.mark.parametrize(("text", "company", "goods"), _held(MADE), ids=lambda v: str(v)[:70])
def test_goods_a_company_produces_are_output(text: str, company: str, goods: str) -> None:
    assert states(text, "PRODUCES", company, goods)


# a partner's relative clause makes the goods, not the company that speaks
PARTNERS = [
    ("Velmora Mining announced a partnership with Brastek Metals, an Ohio company that refines "
     "rare earth elements, to build a magnet factory.", "Velmora Mining", "rare earth"),
    ("Ondrel Resources signed a deal with Pellor Industries, a Korean firm that produces "
     "tungsten, to study a new plant.", "Ondrel Resources", "tungsten"),
]


@pytest.mark.parametrize(("text", "company", "goods"), PARTNERS, ids=lambda v: str(v)[:70])
def test_goods_a_partners_clause_makes_are_not_the_speakers(text: str, company: str,
                                                           goods: str) -> None:
    assert not states(text, "PRODUCES", company, goods)


_KEEPERS = [("Zambia", "raw cobalt", "United States"), ("Malaysia", "unprocessed rare earths",
                                                        "United States"),
            ("Chile", "raw lithium", "Japan"), ("Indonesia", "nickel ore", "European Union")]
DEAL_PARTNERS = [
    "{I} will keep its ban on exporting {g}, officials said, even as the country tries to draw "
    "investment into refining after signing a trade agreement with the {P} last week.",
    "{I} will keep its ban on exporting {g}, the minister said, days after concluding a trade "
    "deal with the {P}.",
]


def _kept(templates: list[str]) -> list[tuple[str, str]]:
    return [(t.format(I=i, g=g, P=partner).replace("the Japan", "Japan"), partner)
            for t in templates for i, g, partner in _KEEPERS]


@pytest.mark.parametrize(("text", "partner"), _kept(DEAL_PARTNERS), ids=lambda v: str(v)[:70])
def test_the_partner_of_a_deal_is_no_target_of_a_measure(text: str, partner: str) -> None:
    assert not states(text, "TARGETS", "*", partner)


@pytest.mark.parametrize(("text", "partner"), _kept(["{I} banned exports of {g} to the {P}."]),
                         ids=lambda v: str(v)[:70])
def test_the_country_a_ban_names_as_destination_is_its_target(text: str, partner: str) -> None:
    assert states(text, "TARGETS", "*", partner)


# "These include ..." after a pause lists the measures paused
_PAUSE_LEADS = [
    "the Ministry of Commerce of Norway issued Announcement No. 70, suspending until 10 "
    "November 2026 the implementation of the measures of 9 October.",
    "the trade ministry of Norway lifted the measures of 9 October.",
]
_SET_OUT = "the Ministry of Commerce of Norway issued Announcement No. 70, setting out the " \
    "measures of 9 October."
_THESE = ["These include the addition of five metals to the control list and the controls on "
          "certain lithium batteries and graphite anode materials.",
          "They included new rules for exporters and the controls on certain lithium batteries "
          "and graphite anode materials."]


@pytest.mark.parametrize("lead", _PAUSE_LEADS)
@pytest.mark.parametrize("these", _THESE)
def test_measures_listed_after_a_pause_are_paused(lead: str, these: str) -> None:
    assert not states(f"On 7 November, {lead} {these}", "RESTRICTS", "*", "batter")


@pytest.mark.parametrize("these", _THESE)
def test_measures_listed_after_they_are_set_out_restrict(these: str) -> None:
    assert states(f"On 7 November, {_SET_OUT} {these}", "RESTRICTS", "*", "batter")


# what an opening "Asked whether ..." asks about is not told; the answer after it is
_ASKERS = [("Ghana", "raw lithium", "India"), ("Peru", "copper concentrate", "Japan"),
           ("Vietnam", "tungsten", "South Korea")]
ASKED = [
    "Asked whether {I} will ban exports of {g} to {P}, the official did not give a direct "
    "answer.",
    "Asked if {I} would restrict sales of {g} to {P}, the minister declined to comment.",
    "Asked whether {I} will use {g} as a countermeasure in the trade dispute with {P}, the "
    "official did not give a direct answer.",
]
ANSWERED = [
    "Asked about the talks, the minister said {I} would ban exports of {g} to {P} from May.",
]


def _asked(templates: list[str]) -> list[tuple[str, str]]:
    return [(t.format(I=i, g=g, P=p), g.split()[-1] if g != "copper concentrate" else g)
            for t in templates for i, g, p in _ASKERS]


@pytest.mark.parametrize(("text", "goods"), _asked(ASKED), ids=lambda v: str(v)[:70])
def test_a_measure_an_opening_question_asks_about_is_not_taken(text: str, goods: str) -> None:
    assert not states(text, "RESTRICTS", "*", goods)


@pytest.mark.parametrize(("text", "goods"), _asked(ANSWERED), ids=lambda v: str(v)[:70])
def test_a_measure_told_after_an_opening_asked_clause_is_taken(text: str, goods: str) -> None:
    assert states(text, "RESTRICTS", "*", goods)


@pytest.mark.parametrize(("text", "partner"), [
    (t.format(I=i, g=g, P=p), p) for t in ASKED[1:] for i, g, p in _ASKERS])
def test_what_an_opening_question_asks_about_is_aimed_at_no_one(text: str,
                                                                partner: str) -> None:
    assert not states(text, "TARGETS", "*", partner)
    assert not states(text, "SUPPLIES", "*", partner)


# a measure told as "on ice" right after it is paused; one named after the comma is not
_ON_ICE = [("Norway", "battery", "graphite"), ("Peru", "nickel", "cobalt"),
           ("Ghana", "lithium", "manganese")]


@pytest.mark.parametrize(("imposer", "paused", "kept"), _ON_ICE)
@pytest.mark.parametrize("state", ["are on ice", "remain on ice"])
def test_controls_on_ice_restrict_nothing_and_the_others_after_the_comma_stand(
        imposer: str, paused: str, kept: str, state: str) -> None:
    text = f"{imposer}'s {paused} controls {state}, its {kept} controls are not."
    assert not states(text, "RESTRICTS", "*", paused)
    assert states(text, "RESTRICTS", "*", kept)


# the parts of a package a sentence or two before paused are paused; of one announced, not
_PACKAGE_LEADS = {
    True: "On November 7 the trade ministry of Norway suspended, until November 10, 2026, the "
          "package of measures it had announced on October 9. The suspension followed talks "
          "in Oslo.",
    False: "On November 7 the trade ministry of Norway announced a package of measures. The "
           "talks took place in Oslo.",
}
_PACKAGE_PARTS = ["The package had three parts:", "The measures cover three things:"]


@pytest.mark.parametrize("parts", _PACKAGE_PARTS)
@pytest.mark.parametrize("paused", [True, False])
def test_the_bullets_of_a_paused_package_are_paused(parts: str, paused: bool) -> None:
    text = f"{_PACKAGE_LEADS[paused]} {parts}\n\n- five metals: holmium, erbium and thulium;\n" \
        "- lithium batteries and graphite anode materials;"
    assert states(text, "RESTRICTS", "*", "anode material") is not paused


# "the October measures" paused: what a sentence dated in October says they restrict is paused;
# the measures of another month, or of another imposer, stand
_DATED = "October 9 - The trade ministry of {I} announces its widest controls yet: exports of " \
    "holmium, erbium and thulium need a licence."


@pytest.mark.parametrize("imposer", ["Norway", "Peru", "Ghana"])
@pytest.mark.parametrize(("pause", "paused"), [
    ("{I} agrees to pause the October measures for a year.", True),
    ("{I} agrees to pause the April measures for a year.", False),
    ("Canada agrees to pause the October measures for a year.", False),
])
def test_measures_dated_in_the_month_of_a_paused_package_are_paused(
        imposer: str, pause: str, paused: bool) -> None:
    text = f"{_DATED.format(I=imposer)}\n\nOctober 30 - {pause.format(I=imposer)}"
    assert states(text, "RESTRICTS", "*", "erbium") is not paused
