"""Round 22 (agree22): phrasings of deals and trade, each with twins that give nothing.

What a deal is on: a topic word too general for a node ("raw materials") followed by a list
of goods ("a pact on raw materials, tin and hydrogen") makes the deal cover every
good of the list; a clause of other news after ", and" and a list left open are no part of it,
and a deal only negotiated, proposed or not signed covers nothing.

Who supplies: a buyer that buys, sources or imports goods "from refiners (mines, producers,
suppliers ...) in" a country is supplied by that country; a sale to them, a stake or a visit
from them, a denied, planned or halted purchase give nothing. Names are invented; goods and
countries are the lexicon's (scorer on, as in evaluation)."""

from __future__ import annotations

import pytest

from .fact_triples import has_fact

_PAIRS = [("Norway", "Chile"), ("Peru", "Vietnam"), ("Canada", "Japan")]
_BUYERS = ["Brastek Industries", "Ondrel Resources", "Velmora Mining"]



_TOPIC_LISTS = [
    "{A} and {B} signed an accord on cooperation in the field of raw materials, nickel and "
    "hydrogen in May.",
    "{A} and {B} agreed a memorandum on raw materials, graphite, and cobalt.",
    "Last year {A} concluded a strategic partnership with {B} in the area of raw materials, "
    "nickel and hydrogen.",
]

_TOPIC_TWINS = [
    "{A} and {B} are negotiating an accord in the sector of raw materials, nickel and "
    "hydrogen.",
    "{A} proposed a pact with {B} in the fields of raw materials, nickel and hydrogen, "
    "but no deal was reached.",
    "{A} and {B} did not sign a pact in the sector of raw materials, nickel and "
    "hydrogen.",
]


@pytest.mark.parametrize("template", _TOPIC_LISTS)
@pytest.mark.parametrize("pair", _PAIRS)
def test_topic_list_goods_are_covered(template: str, pair: tuple[str, str]) -> None:
    text = template.format(A=pair[0], B=pair[1])
    last = "cobalt" if "cobalt" in template else "hydrogen"
    assert has_fact(text, "ADDRESSES", "*", "raw materials")
    assert has_fact(text, "ADDRESSES", "*", last)


@pytest.mark.parametrize("template", _TOPIC_TWINS)
@pytest.mark.parametrize("pair", _PAIRS)
def test_topic_list_of_a_deal_not_made_covers_nothing(template: str,
                                                      pair: tuple[str, str]) -> None:
    text = template.format(A=pair[0], B=pair[1])
    assert not has_fact(text, "ADDRESSES", "*", "nickel")
    assert not has_fact(text, "ADDRESSES", "*", "hydrogen")


@pytest.mark.parametrize("pair", _PAIRS)
def test_other_news_after_the_topic_is_not_covered(pair: tuple[str, str]) -> None:
    text = f"{pair[0]} and {pair[1]} inked a memorandum on raw materials, and lithium prices rose."
    assert has_fact(text, "ADDRESSES", "*", "raw materials")
    assert not has_fact(text, "ADDRESSES", "*", "lithium")


_FROM_SELLERS = [
    "{X} buys most of its {g} from refiners in {C}.",
    "{X} has long sourced {g} from a few small mines in {C}.",
    "{X} imported {g} from producers in {C} last year.",
]

_FROM_TWINS = [
    "{X} does not buy {g} from refiners in {C}.",
    "{X} plans to buy {g} from refiners in {C}.",
    "{X} stopped buying {g} from refiners in {C}.",
    "{X} bought a stake from a miner in {C}.",
    "{X} received a visit from miners in {C}.",
]


@pytest.mark.parametrize("template", _FROM_SELLERS)
@pytest.mark.parametrize("n", range(3))
def test_buyer_from_sellers_in_country(template: str, n: int) -> None:
    buyer, country = _BUYERS[n], _PAIRS[n][1]
    text = template.format(X=buyer, g=["cobalt", "graphite", "lithium"][n], C=country)
    assert has_fact(text, "SUPPLIES", country, buyer)


@pytest.mark.parametrize("template", _FROM_TWINS)
@pytest.mark.parametrize("n", range(3))
def test_buyer_from_sellers_in_country_twins(template: str, n: int) -> None:
    buyer, country = _BUYERS[n], _PAIRS[n][1]
    text = template.format(X=buyer, g=["cobalt", "graphite", "lithium"][n], C=country)
    assert not has_fact(text, "SUPPLIES", country, buyer)


def test_sale_to_sellers_in_country_is_the_other_way() -> None:
    text = "Brastek Industries sells graphite to refiners in Peru."
    assert not has_fact(text, "SUPPLIES", "Peru", "Brastek Industries")


# A leaders' meeting at the place where a known agreement was reached stands for it when the
# sentence tells of it as done: something "followed" it, or it is "the <place> summit" after
# which something happened. A meeting still to come, or a club's summit held in that place,
# stands for nothing.
_OPENING = "The United States and China traded barbs over chips in the spring. "
_MEETING_DONE = [
    "The pause in the curbs follows the meeting of the American and Chinese leaders in Busan.",
    "That truce followed a meeting between the two presidents in Busan last autumn.",
    "Both sides eased their measures after the Busan summit.",
]
_MEETING_NOT = [
    "A cut in tariffs will follow a meeting between Trump and Xi in Busan.",
    "The pause would follow the summit in Busan.",
    "Officials gathered at the ASEAN summit in Busan to discuss fisheries.",
]


@pytest.mark.parametrize("sentence", _MEETING_DONE)
def test_meeting_told_as_done_is_the_agreement(sentence: str) -> None:
    text = _OPENING + sentence
    assert has_fact(text, "PARTY_TO", "United States", "Busan truce")
    assert has_fact(text, "PARTY_TO", "China", "Busan truce")


@pytest.mark.parametrize("sentence", _MEETING_NOT)
def test_meeting_ahead_or_of_a_club_is_no_agreement(sentence: str) -> None:
    assert not has_fact(_OPENING + sentence, "PARTY_TO", "*", "Busan truce")


# Two sellers sharing a buyer's goods, and a buyer taking what its seller turns out.
_SHARED = "{X}'s magnets are supplied partly by {A} and partly by {B}."
_TAKES = ["{X} takes all the {g} that {A} refines.", "{X} has bought half of the {g} {A} mines."]
_TAKES_TWINS = ["{X} does not buy the {g} that {A} produces.",
                "{X} plans to buy the {g} that {A} produces.",
                "{X} is in talks to take the {g} that {A} produces.",
                "{X} studies the {g} that {A} refines.",
                "{X} would take the {g} that {A} produces if a deal were signed."]
_SELLERS = [("Tarrow Minerals", "Kestrel Holdings"), ("Pellor Group", "Harlow Metals"),
            ("Brill Lithium", "Orsa Motors")]


@pytest.mark.parametrize("n", range(3))
def test_second_seller_of_shared_goods(n: int) -> None:
    seller_a, seller_b = _SELLERS[n]
    text = _SHARED.format(X=_BUYERS[n], A=seller_a, B=seller_b)
    assert has_fact(text, "SUPPLIES", seller_a, _BUYERS[n])
    assert has_fact(text, "SUPPLIES", seller_b, _BUYERS[n])
    denied = text.replace(" are supplied", " are not supplied")
    assert not has_fact(denied, "SUPPLIES", seller_b, _BUYERS[n])


@pytest.mark.parametrize("template", _TAKES)
@pytest.mark.parametrize("n", range(3))
def test_buyer_takes_what_seller_makes(template: str, n: int) -> None:
    text = template.format(X=_BUYERS[n], A=_SELLERS[n][0], g=["cobalt", "graphite", "lithium"][n])
    assert has_fact(text, "SUPPLIES", _SELLERS[n][0], _BUYERS[n])


@pytest.mark.parametrize("template", _TAKES_TWINS)
@pytest.mark.parametrize("n", range(3))
def test_buyer_takes_what_seller_makes_twins(template: str, n: int) -> None:
    text = template.format(X=_BUYERS[n], A=_SELLERS[n][0], g=["cobalt", "graphite", "lithium"][n])
    assert not has_fact(text, "SUPPLIES", _SELLERS[n][0], _BUYERS[n])


# Goods named as the priorities of the agreement in focus.
_PRIORITY_OPENING = "{A} and {B} signed a pact on critical minerals in March. "
_PRIORITIES = [
    "Officials said tin, nickel and helium were the priorities.",
    "Tin, nickel and helium are its main focus.",
    "Tin, nickel and helium remain the top priorities, a minister said.",
]
_PRIORITY_TWINS = [
    "Officials said tin, nickel and helium were not the priorities.",
    "{A} said helium is its focus, while {B} said tin remains the priority.",
    "Tin prices rose in April. Nickel output fell. Helium is the priority of Peru.",
]


@pytest.mark.parametrize("sentence", _PRIORITIES)
@pytest.mark.parametrize("pair", _PAIRS)
def test_priorities_of_the_pact(sentence: str, pair: tuple[str, str]) -> None:
    text = _PRIORITY_OPENING.format(A=pair[0], B=pair[1]) + sentence
    for good in ("tin", "nickel", "helium"):
        assert has_fact(text, "ADDRESSES", "pact", good)


@pytest.mark.parametrize("sentence", _PRIORITY_TWINS)
@pytest.mark.parametrize("pair", _PAIRS)
def test_priorities_denied_or_of_others(sentence: str, pair: tuple[str, str]) -> None:
    text = _PRIORITY_OPENING.format(A=pair[0], B=pair[1]) + sentence.format(A=pair[0], B=pair[1])
    assert not has_fact(text, "ADDRESSES", "pact", "helium")
    assert not has_fact(text, "ADDRESSES", "pact", "tin")


@pytest.mark.parametrize("pair", _PAIRS)
def test_priorities_after_a_pact_not_signed(pair: tuple[str, str]) -> None:
    text = (f"{pair[0]} and {pair[1]} discussed a pact on critical minerals but did not sign "
            "it. Officials said tin and helium were the priorities.")
    assert not has_fact(text, "ADDRESSES", "*", "helium")
