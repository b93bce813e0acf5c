"""A generated inventory of measures eased in a clause that a deal known only by its kind frames:
"As part of the pact, Norway lifted its export ban on lithium", "That ban was suspended for a
year under the truce with Chile". The deal ADDRESSES the measure it suspends or lifts. Twins: a
measure eased in another clause (after ";"), not eased at all, eased only under a proposed or
rejected deal, or eased beside a deal of other news give no such fact (scorer on, as in
evaluation)."""

from __future__ import annotations

import pytest

from .fragments import states

# (imposer, partner): the countries the lexicon knows; the goods and deals vary with them
_PAIRS = [("Norway", "Chile"), ("Peru", "Canada"), ("Kenya", "Vietnam")]
_GOODS = ["lithium", "tin concentrate", "zinc", "graphite"]
_DEALS = ["deal", "pact", "accord", "truce", "agreement", "arrangement"]
_MEASURES = ["export ban", "export quota", "export ban"]

# {C}: the imposer, {P}: its partner, {t}: the goods, {d}: the deal noun, {m}: the measure
COVERED = [
    "As part of the {d}, {C} suspended its {m} on {t}.",
    "As part of the {d} with {P}, {C} lifted its {m} on {t} for a year.",
    "{C} lifted its {m} on {t} as part of the {d}.",
    "{C} will suspend its {m} on {t} under the {d} with {P}.",
    "Under the {d} reached last week, {C} will lift its {m} on {t}.",
    "{C} imposed an {m} on {t} in May. That {m} was suspended for a year as part of the {d} "
    "with {P}, officials said.",
    "As part of a wider {d}, {C} eased its {m} on {t}.",
    "In line with the {d}, {C} removed its {m} on {t} in June.",
]


def _filled(template: str, n: int, k: int) -> tuple[str, str]:
    """The ``k``-th filling of the ``n``-th template, and the imposer whose measure it names."""
    imposer, partner = _PAIRS[(n + k) % len(_PAIRS)]
    goods = _GOODS[(n + 2 * k) % len(_GOODS)]
    deal = _DEALS[(n + k) % len(_DEALS)]
    measure = _MEASURES[(n + k) % len(_MEASURES)]
    return template.format(C=imposer, P=partner, t=goods, d=deal, m=measure), imposer


def _cases(templates: list[str]) -> list[tuple[str, str]]:
    return [_filled(template, n, k) for n, template in enumerate(templates) for k in range(3)]


@pytest.mark.parametrize(("text", "imposer"), _cases(COVERED), ids=lambda v: str(v)[:60])
def test_a_measure_eased_in_the_clause_a_deal_frames_is_what_it_addresses(
        text: str, imposer: str) -> None:
    assert states(text, "ADDRESSES", "*", f"{imposer} export")


# the measure is eased in a clause of other news, is not eased, or only a proposed or rejected
# deal would ease it: the deal does not address it
NOT_COVERED = [
    "As part of the {d}, {P} will buy more copper; {C} separately lifted its {m} on {t}.",
    "Under the {d}, {C} did not suspend its {m} on {t}.",
    "{C} lifted its {m} on {t}, and {P} signed a {d} with Japan on copper.",
    "{C} would lift its {m} on {t} under a proposed {d} with {P}, officials said.",
    "{C} lifted its {m} on {t}; {P} signed an accord with Japan on copper.",
    "{C} rejected a {d} with {P} under which it would have lifted its {m} on {t}.",
    "Talks on a {d} with {P} to suspend the {m} on {t} collapsed without an agreement.",
]


@pytest.mark.parametrize(("text", "imposer"), _cases(NOT_COVERED), ids=lambda v: str(v)[:60])
def test_a_measure_beside_a_deal_is_not_what_it_addresses(text: str, imposer: str) -> None:
    assert not states(text, "ADDRESSES", "*", f"{imposer} export")


# raw materials as the topic of a deal: the words too general to name goods anywhere else name
# what a deal deals with when it is about them ("a partnership on raw materials")
_FIRMS = [("Tarrow Metals", "Kestrel Holdings"), ("Velmora Mining", "Brastek Industries"),
          ("Ondrel Resources", "Pellor Group")]
_TOPIC_DEALS = ["strategic partnership", "memorandum of understanding", "framework agreement",
                "memorandum", "partnership"]

# {A}, {B}: the firms, {d}: the deal
TOPIC = [
    "{A} signed a {d} with {B} on raw materials in March.",
    "{A} and {B} signed a {d} on raw materials and batteries.",
    "{A} signed a {d} with the {B} on raw materials value chains.",
    "{A} and {B} agreed a {d} in the field of raw materials.",
    "{A} and {B} signed a {d} on a strategic partnership in raw materials.",
    "{A} and {B} signed a {d} covering raw materials.",
]
NOT_TOPIC = [
    "{A} signed a {d} with {B} on prices, while raw materials output fell.",
    "Raw materials prices rose after {A} and {B} signed a {d}.",
    "{A} signed a {d} with {B}; raw materials shortages persist in Europe.",
    "{A} proposed a {d} on raw materials to {B}.",
    "{A} and {B} held talks on a {d} on raw materials but failed to agree.",
    "Raw materials are scarce, {A} said.",
]


def _topic_filled(template: str, n: int, k: int) -> str:
    first, second = _FIRMS[(n + k) % len(_FIRMS)]
    return template.format(A=first, B=second, d=_TOPIC_DEALS[(n + 2 * k) % len(_TOPIC_DEALS)])


@pytest.mark.parametrize("text", [_topic_filled(t, n, k) for n, t in enumerate(TOPIC)
                                  for k in range(3)], ids=lambda v: v[:60])
def test_raw_materials_as_a_deals_topic_are_what_it_addresses(text: str) -> None:
    assert states(text, "ADDRESSES", "*", "raw materials")


@pytest.mark.parametrize("text", [_topic_filled(t, n, k) for n, t in enumerate(NOT_TOPIC)
                                  for k in range(3)], ids=lambda v: v[:60])
def test_raw_materials_beside_a_deal_are_not_what_it_addresses(text: str) -> None:
    assert not states(text, "ADDRESSES", "*", "raw materials")


# "within the framework of" is an idiom: it names no agreement of its own, so a place or party
# near it brings no known agreement; a framework signed is still one
IDIOM = [
    "Within the framework of the visit of its president to {p}, {A} signed a memorandum with "
    "{B} on tungsten.",
    "{A} works with {B} in the framework of the memorandum on tungsten signed in {p}.",
    "In the framework of a visit to {p}, {A} and {B} signed a memorandum on tungsten.",
]
FRAMEWORKS = [
    "{A} and {B} signed a framework on tungsten in {p}.",
    "{A} signed a framework with {B} in {p} on tungsten.",
]
_PLACES = ["Washington", "Brussels", "Oslo"]  # no lexicon agreement was reached there


def _idiom_filled(template: str, n: int, k: int) -> str:
    first, second = _FIRMS[(n + k) % len(_FIRMS)]
    return template.format(A=first, B=second, p=_PLACES[(n + 2 * k) % len(_PLACES)])


@pytest.mark.parametrize("text", [_idiom_filled(t, n, k) for n, t in enumerate(IDIOM)
                                  for k in range(3)], ids=lambda v: v[:60])
def test_within_the_framework_of_names_no_framework(text: str) -> None:
    assert not states(text, "PARTY_TO", "*", "framework")
    assert states(text, "ADDRESSES", "memorandum", "tungsten")


@pytest.mark.parametrize("text", [_idiom_filled(t, n, k) for n, t in enumerate(FRAMEWORKS)
                                  for k in range(3)], ids=lambda v: v[:60])
def test_a_framework_signed_is_an_agreement(text: str) -> None:
    assert states(text, "ADDRESSES", "framework", "tungsten")


# talks on a deal that the sentence says did not end in one: the deal is only sought, so it has
# no parties and covers nothing; one the sentence says was signed after the talks does
_TALK_DEALS = ["supply deal", "pact", "offtake agreement", "memorandum"]
TALKS_FAILED = [
    "{A} and {B} held talks on a {d} for {t}, but no deal was reached.",
    "{A} and {B} held talks on a {d} for {t} but did not sign one.",
    "{A} held talks with {B} on a {d} for {t}, but never signed it.",
    "{A} and {B} held talks on a {d} for {t}, but the talks ended without an agreement being "
    "reached.",
]
TALKS_DONE = [
    "{A} and {B} held talks on a {d} for {t} and signed it on Friday.",
    "{A} and {B} held talks on a {d} for {t}, which they finally signed in May.",
]


def _talk_filled(template: str, n: int, k: int) -> tuple[str, str]:
    first, second = _FIRMS[(n + k) % len(_FIRMS)]
    goods = _GOODS[(n + 2 * k) % len(_GOODS)]
    return template.format(A=first, B=second, t=goods,
                           d=_TALK_DEALS[(n + k) % len(_TALK_DEALS)]), goods


@pytest.mark.parametrize(("text", "goods"), [_talk_filled(t, n, k)
                                             for n, t in enumerate(TALKS_FAILED)
                                             for k in range(3)], ids=lambda v: str(v)[:60])
def test_talks_that_did_not_end_in_a_deal_make_none(text: str, goods: str) -> None:
    assert not states(text, "ADDRESSES", "*", goods)
    assert not states(text, "PARTY_TO", "*", "*")


@pytest.mark.parametrize(("text", "goods"), [_talk_filled(t, n, k)
                                             for n, t in enumerate(TALKS_DONE)
                                             for k in range(3)], ids=lambda v: str(v)[:60])
def test_talks_that_ended_in_a_signed_deal_make_it(text: str, goods: str) -> None:
    assert states(text, "ADDRESSES", "*", goods)
