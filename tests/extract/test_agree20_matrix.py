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
