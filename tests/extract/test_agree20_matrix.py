"""A generated inventory of deals named by their verb (round 20, agreement_verbs.py).

"Kestrel Holdings, which in 2022 agreed to buy terbium from Tarrow Minerals": no noun names the
deal, the past verb does. Its buyer (also a list before ", which"), its seller (after "from",
"to" or "with", inside the object, or the company whose customers the sentence lists) are its
parties and the goods of the object what it ADDRESSES; a second seller joined by "and" is a
second deal. A buyer already party to the one deal of the article, in a sentence naming no
earlier time, speaks of that deal.

Twins must give nothing: the verb negated, only urged, proposed, hoped for or in question, a
present or infinitive "agree", an object that names no goods (a stake, a mine), a deal with a
noun of its own in the clause. Invented companies, lexicon goods (scorer on, as in
evaluation)."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document

from .fragments import states

# (seller, buyer, second seller): invented companies the name rules find by their suffix
_NAMES = [("Tarrow Minerals", "Kestrel Holdings", "Orrin Lithium Corp"),
          ("Velmora Mining", "Brastek Motors Inc", "Quell Resources"),
          ("Ondrel Resources", "Pellor Industries", "Haskin Metals Ltd")]
_GOODS = ["terbium", "gallium", "antimony", "NdPr oxide", "spodumene", "lithium hydroxide"]


def _fill(template: str, n: int, k: int) -> tuple[str, str, str, str, str]:
    seller, buyer, other = _NAMES[(n + k) % len(_NAMES)]
    goods = _GOODS[(n + 2 * k) % len(_GOODS)]
    return template.format(S=seller, B=buyer, O=other, t=goods), seller, buyer, other, goods


def _cases(templates: list[str]) -> list[tuple[str, str, str, str, str]]:
    return [_fill(template, n, k) for n, template in enumerate(templates) for k in range(3)]


def _ids(value: object) -> str:
    return str(value)[:60]


# {S} seller, {B} buyer, {t} goods: both parties named in the sentence
BOTH_NAMED = [
    "{B} signed to buy {t} from {S} last year.",
    "The first shipments go to {B}, which in 2022 agreed to buy {t} from {S} for its plants.",
    "{B} agreed last June to buy 800 tonnes of {t} from {S} over five years.",
    "{S} has agreed to supply about 1,200 tonnes of {t} to {B} between 2026 and 2030.",
    "Separately, {B} agreed with {S}, a Perth-based miner, to buy {t} from its new plant.",
    "{B} agreed in 2021 to take up to 1,500 tonnes of {t} a year from {S}.",
    "{S} said {B} had agreed to purchase {t} from {S} once the plant starts.",
]


@pytest.mark.parametrize(("text", "seller", "buyer", "other", "goods"), _cases(BOTH_NAMED),
                         ids=_ids)
def test_a_deal_named_by_its_verb_has_both_parties_and_its_goods(
        text: str, seller: str, buyer: str, other: str, goods: str) -> None:
    assert states(text, "PARTY_TO", buyer, "*")
    assert states(text, "PARTY_TO", seller, "*")
    assert states(text, "ADDRESSES", "supply agreement", goods)


# the seller is the company whose customers are listed; a list of buyers before ", which"
OWNED_BUYERS = [
    "{S} mines rare earths in Malawi. Its best-known customer is {B}, which agreed last year "
    "to buy {t} for a plant in France.",
    "{S} refines {t} in Texas. Its customers include {B}, which has agreed to buy 900 tonnes "
    "of {t} over five years.",
]


@pytest.mark.parametrize(("text", "seller", "buyer", "other", "goods"), _cases(OWNED_BUYERS),
                         ids=_ids)
def test_the_company_whose_customer_agreed_is_the_seller(
        text: str, seller: str, buyer: str, other: str, goods: str) -> None:
    assert states(text, "PARTY_TO", buyer, "supply agreement")
    assert states(text, "PARTY_TO", seller, "supply agreement")
    assert states(text, "ADDRESSES", "supply agreement", goods)


LISTED_BUYERS = [
    "The cornerstone customers are {B} and {O}, which agreed in 2022 to take up to 1,500 "
    "tonnes of {t} a year.",
]


@pytest.mark.parametrize(("text", "seller", "buyer", "other", "goods"), _cases(LISTED_BUYERS),
                         ids=_ids)
def test_every_buyer_listed_before_which_is_a_party(
        text: str, seller: str, buyer: str, other: str, goods: str) -> None:
    assert states(text, "PARTY_TO", buyer, "supply agreement")
    assert states(text, "PARTY_TO", other, "supply agreement")


# a second seller joined by "and": a second deal of the same buyer
SECOND_SELLER = [
    "{B} signed to buy {t} from {S} in 2020 and from {O} in 2022, analysts said.",
    "Last year {B} signed to buy {t} from {S} in Nevada and {t} from {O} in Quebec.",
]


def _deal_parties(text: str) -> dict[str, set[str]]:
    fragment = run(Document(text=text, title="Test", published="2025-06-01")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    deals: dict[str, set[str]] = {}
    for r in fragment.relationships.values():
        if r.type.value == "PARTY_TO":
            deals.setdefault(names[r.target], set()).add(names[r.source])
    return deals


@pytest.mark.parametrize(("text", "seller", "buyer", "other", "goods"), _cases(SECOND_SELLER),
                         ids=_ids)
def test_a_second_seller_is_a_second_deal(text: str, seller: str, buyer: str, other: str,
                                          goods: str) -> None:
    deals = _deal_parties(text)
    assert any(buyer in p and seller in p and other not in p for p in deals.values()), deals
    assert any(buyer in p and other in p and seller not in p for p in deals.values()), deals


def test_the_buyer_of_the_deal_of_the_article_speaks_of_that_deal() -> None:
    text = ("Tarrow Minerals signed an offtake agreement with Kestrel Holdings on Monday. "
            "Under the terms, Kestrel Holdings has agreed to buy 900 tonnes of terbium a year.")
    deals = _deal_parties(text)
    assert not any("supply agreement" in d for d in deals), deals
    assert states(text, "ADDRESSES", "offtake agreement", "terbium")


def test_an_earlier_time_makes_a_deal_of_its_own() -> None:
    text = ("Tarrow Minerals signed a partnership with Kestrel Holdings on Monday. "
            "In 2021 Tarrow Minerals agreed to supply 700 tonnes of gallium to Velmora Mining.")
    assert states(text, "PARTY_TO", "Velmora Mining", "supply agreement")
    assert not states(text, "PARTY_TO", "Velmora Mining", "partnership")


# no deal: negated, urged, hoped, in question, a present "agree", no goods, a noun of its own
NO_DEAL = [
    "{B} has not agreed to buy {t} from {S}.",
    "{B} never signed to buy {t} from {S}, the filing shows.",
    "{S} urged {B} to agree to buy {t} before the end of the year.",
    "{B} hopes to agree to buy {t} from {S} next year.",
    "It is unclear whether {B} agreed to buy {t} from {S}.",
    "{B} and {S} agree that {t} prices are too low to build new mines.",
    "{B} agreed to buy a 15% stake in {S} for $40 million.",
    "{B} agreed to buy the Harlow mine from {S} last year.",
    "Talks on whether {B} would agree to buy {t} from {S} failed in March.",
    "{B} proposed to buy {t} from {S}, but no deal was signed.",
]


@pytest.mark.parametrize(("text", "seller", "buyer", "other", "goods"), _cases(NO_DEAL),
                         ids=_ids)
def test_no_deal_is_named_by_a_verb_that_made_none(
        text: str, seller: str, buyer: str, other: str, goods: str) -> None:
    assert not states(text, "PARTY_TO", buyer, "supply agreement")
    assert not states(text, "ADDRESSES", "supply agreement", goods)


def test_a_clause_with_its_own_deal_noun_is_left_to_it() -> None:
    text = "Kestrel Holdings agreed to buy terbium from Tarrow Minerals under a five-year deal."
    assert not states(text, "PARTY_TO", "Kestrel Holdings", "supply agreement")


def test_the_verb_phrase_is_an_alias_of_the_deal() -> None:
    text = ("Brastek Motors Inc, which in 2022 agreed to buy 800 tonnes of gallium from "
            "Velmora Mining, opened a plant.")
    fragment = run(Document(text=text, title="Test", published="2025-06-01")).fragment
    aliases = {a for n in fragment.nodes.values() if n.label.value == "Agreement"
               for a in n.aliases}
    assert "agreed to buy 800 tonnes" in aliases
    assert "gallium from Velmora Mining" in aliases


# the terms of a deal in the lines after it: a heading over bullet lines, "The scope covers:",
# "The funds will be used for ..." right after the sentence naming the deal
_TERMS_DEALS = ["offtake agreement", "memorandum of understanding", "partnership",
                "financing agreement"]


def _terms_cases(templates: list[str]) -> list[tuple[str, str]]:
    cases = []
    for n, template in enumerate(templates):
        for k in range(3):
            seller, buyer, _ = _NAMES[(n + k) % len(_NAMES)]
            goods = _GOODS[(n + 2 * k) % len(_GOODS)]
            deal = _TERMS_DEALS[(n + k) % len(_TERMS_DEALS)]
            cases.append((template.format(S=seller, B=buyer, t=goods, d=deal), goods))
    return cases


TERMS_AFTER = [
    "{S} and {B} signed a {d} on Monday.\n\nCOMMITMENTS OF {S}\n\n- {S} will deliver {t} to "
    "{B} from 2027.\n- {S} will build a second plant.",
    "{S} and {B} signed a {d} on Monday.\n\nKey commitments\n\n- {B} will buy most of the "
    "{t} the plant makes.",
    "{S} and {B} signed a {d} on Monday. Under the {d}, the companies will work together. "
    "The scope covers:\n\n- the supply by {S} of {t}, including the oxide made at its new "
    "plant in Ohio;\n- joint work on recycling.",
    "{B} signed a {d} with {S} on Monday, under which {B} will provide funds to {S}. The funds "
    "will be used for the expansion of {t} output at the plant.",
    "{B} and {S} signed a {d} on Monday. By this {d}, {B} will lend money to {S}. The money "
    "will be used to build a plant for {t}.",
]


@pytest.mark.parametrize(("text", "goods"), _terms_cases(TERMS_AFTER), ids=_ids)
def test_what_the_lines_after_a_deal_list_is_what_it_covers(text: str, goods: str) -> None:
    assert states(text, "ADDRESSES", "*", goods)


NOT_TERMS = [
    # a heading of other news, no deal before it
    "{S} reported higher sales on Monday.\n\nCOMMITMENTS OF {S}\n\n- {S} will deliver {t} to "
    "customers from 2027.",
    # a heading far from the deal
    "{S} and {B} signed a {d} in May. Prices rose in June. Output fell in July. Shares rose "
    "in August.\n\nMarket outlook\n\n- Demand for {t} will grow.",
    # funds of no deal, and a deal with another sentence between
    "{S} raised money from investors on Monday. The funds will be used for {t} output.",
    "{B} signed a {d} with {S} in May. Shares rose in June. The funds will be used for {t} "
    "output.",
    # a long line is no heading
    "{S} and {B} signed a {d} on Monday. Analysts said prices of {t} would rise sharply "
    "this year",
]


@pytest.mark.parametrize(("text", "goods"), _terms_cases(NOT_TERMS), ids=_ids)
def test_lines_that_do_not_follow_a_deal_are_no_terms(text: str, goods: str) -> None:
    assert not states(text, "ADDRESSES", "*", goods)


# "the US-Australia and US-Japan frameworks": the first pair's noun is the plural of the second
ELIDED = [
    ("The US-Australia and US-Japan frameworks signed last month are steps in the right "
     "direction.", "Australia", "US-Australia", "US-Japan"),
    ("Analysts praised the US-Japan and US-Australia frameworks signed in October.",
     "Australia", "US-Australia", "US-Japan"),
]


@pytest.mark.parametrize(("text", "party", "first", "second"), ELIDED, ids=_ids)
def test_a_pair_before_a_shared_plural_names_its_own_agreement(text: str, party: str,
                                                               first: str, second: str) -> None:
    assert states(text, "PARTY_TO", party, first)
    assert not states(text, "PARTY_TO", party, second)


def test_a_single_pair_names_no_second_agreement() -> None:
    text = "Australia and the US-Japan framework were discussed at the meeting in Tokyo."
    assert not states(text, "PARTY_TO", "Australia", "US-Australia")


# "a memorandum of understanding signed in October with Kestrel": the party goes to the memo
MEMO_WITH = [
    "The first is a memorandum of understanding signed in October with {B}, which makes "
    "magnets.",
    "{S} said a memorandum of understanding signed last week with {B} covers {t}.",
]


@pytest.mark.parametrize(("text", "seller", "buyer", "other", "goods"), _cases(MEMO_WITH),
                         ids=_ids)
def test_a_party_of_a_memorandum_of_understanding_is_kept(
        text: str, seller: str, buyer: str, other: str, goods: str) -> None:
    assert states(text, "PARTY_TO", buyer, "memorandum of understanding")


def test_a_memorandum_only_proposed_has_no_party() -> None:
    text = "Tarrow Minerals proposed a memorandum of understanding with Kestrel Holdings, but " \
           "no memorandum was signed."
    assert not states(text, "PARTY_TO", "Kestrel Holdings", "memorandum")
