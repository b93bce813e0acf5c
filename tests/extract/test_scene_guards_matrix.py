"""Scorer guesses refused by the scene an end stands in (rekg/extract/scorer_scenes.py), a
generated inventory: speakers on markets or on what others did, users that try out a good or
take it from a named maker, a market moving beside a deal, a buyer of goods under a measure,
two uses in a ranking; each with twins where the fact is stated and must stay."""

from __future__ import annotations

from itertools import product

import pytest

from .fragments import states

_MAKERS = ("Orvane Metals", "Vessen Magnetics", "Tamsin Chemicals")
_USERS = ("Kestrel Motors", "Harlow Group", "Pellam Electronics")
_GOODS = ("gallium", "germanium", "antimony", "tungsten")

_SPEAKERS_ON_MARKETS = (
    "{org} said {good} prices rose sharply in March.",
    "{org} said on Monday that the price of {good} had doubled.",
    "{org} warned that {good} prices would stay high this year.",
    "Analysts at {org} said {good} prices fell for a third week.",
    "{good} prices rose 20% in March, {org} said.",
    "{org} noted that the price of {good} had doubled since the ban.",
)


@pytest.mark.parametrize(("shape", "org", "good"),
                         list(product(_SPEAKERS_ON_MARKETS, _MAKERS + _USERS, _GOODS[:2])))
def test_a_speaker_on_a_market_makes_nothing(shape: str, org: str, good: str) -> None:
    assert not states(shape.format(org=org, good=good), "PRODUCES", org, good)


_TRIED = (
    "{user} tested samples of {good} from {maker}.",
    "{user} is evaluating {good} from {maker} for its new motors.",
    "{user} has trialled {good} supplied by {maker}.",
    "Engineers at {user} tested {good} made by {maker}.",
    "{user} uses {good} from {maker} in its chips.",
)


@pytest.mark.parametrize(("shape", "user", "maker", "good"),
                         list(product(_TRIED, _USERS, _MAKERS[:2], _GOODS[:2])))
def test_a_user_trying_a_good_makes_none(shape: str, user: str, maker: str, good: str) -> None:
    assert not states(shape.format(user=user, maker=maker, good=good), "PRODUCES", user, good)


_MADE = (
    "{maker} produces {good} and sells it to {user}.",
    "{maker} has tested {good} recovery at its plant and now produces {good}.",
    "{maker} refines {good} from concentrate bought from {user}.",
)


@pytest.mark.parametrize(("shape", "user", "maker", "good"),
                         list(product(_MADE, _USERS[:2], _MAKERS, _GOODS[:2])))
def test_a_maker_stays_a_maker(shape: str, user: str, maker: str, good: str) -> None:
    assert states(shape.format(user=user, maker=maker, good=good), "PRODUCES", maker, good)


_REPORTED_PARTIES = (
    "{a}'s trade minister said that {b} had signed the memorandum with {c}.",
    "{a}'s foreign ministry said {b} and {c} signed the agreement on Friday.",
    "Officials in {a} said on Tuesday that {b} had joined the pact.",
    "{a}'s economy minister said {b} had joined the pact with {c}.",
)
_COUNTRIES = (("Japan", "Mongolia", "Kenya"), ("Germany", "Chile", "Peru"),
              ("Canada", "Kazakhstan", "Brazil"))


@pytest.mark.parametrize(("shape", "names"), list(product(_REPORTED_PARTIES, _COUNTRIES)))
def test_a_speaker_is_no_party_to_what_others_signed(shape: str,
                                                     names: tuple[str, str, str]) -> None:
    a, b, c = names
    assert not states(shape.format(a=a, b=b, c=c), "PARTY_TO", a, "*")


_SIGNED = (
    "{a} signed the memorandum with {b}, the trade minister said.",
    "{a}'s trade minister said {a} had signed the agreement with {b}.",
)


@pytest.mark.parametrize(("shape", "names"), list(product(_SIGNED, _COUNTRIES)))
def test_a_speaking_signer_stays_a_party(shape: str, names: tuple[str, str, str]) -> None:
    a, b, _ = names
    assert states(shape.format(a=a, b=b), "PARTY_TO", a, "*")


_DEALS = ("memorandum", "framework agreement", "supply pact")
_MARKET_BESIDE = (
    "The {deal} was postponed, and {good} prices fell.",
    "The {deal} was delayed again, while {good} prices kept rising.",
    "Talks on the {deal} stalled; {good} prices jumped 20%.",
)


@pytest.mark.parametrize(("shape", "deal", "good"),
                         list(product(_MARKET_BESIDE, _DEALS, _GOODS)))
def test_a_market_beside_a_deal_is_not_addressed(shape: str, deal: str, good: str) -> None:
    assert not states(shape.format(deal=deal, good=good), "ADDRESSES", "*", good)


_COVERED = (
    "The {deal} covers supplies of {good}.",
    "Japan and Australia signed a {deal} on {good}, and prices fell.",
)


@pytest.mark.parametrize(("shape", "deal", "good"), list(product(_COVERED, _DEALS, _GOODS)))
def test_a_deal_on_a_good_addresses_it(shape: str, deal: str, good: str) -> None:
    assert states(shape.format(deal=deal, good=good), "ADDRESSES", "*", good)


_BUYERS_UNDER = (
    "{buyer} buys {origin} oil, which is under US sanctions.",
    "{buyer} imports {origin} crude, which remains under EU sanctions.",
    "{buyer} purchases {origin} coal, which is subject to US sanctions.",
)
_BUYER_PAIRS = (("India", "Iranian"), ("Turkey", "Russian"), ("Malaysia", "Venezuelan"))


@pytest.mark.parametrize(("shape", "pair"), list(product(_BUYERS_UNDER, _BUYER_PAIRS)))
def test_a_buyer_of_goods_under_a_measure_is_no_target(shape: str,
                                                       pair: tuple[str, str]) -> None:
    buyer, origin = pair
    assert not states(shape.format(buyer=buyer, origin=origin), "TARGETS", "*", buyer)


@pytest.mark.parametrize("pair", _BUYER_PAIRS)
def test_a_sanctioned_buyer_stays_a_target(pair: tuple[str, str]) -> None:
    buyer, _ = pair
    assert states(f"The US imposed sanctions on {buyer}, which buys oil.", "TARGETS", "*", buyer)


_RANKINGS = (
    "Magnets are the biggest end use of {good}, followed by {second}.",
    "The largest use of {good} is magnets, followed by {second}.",
    "The top use of {good} is magnets, ahead of {second}.",
)
_SECONDS = ("catalysts", "batteries", "alloys")


@pytest.mark.parametrize(("shape", "good", "second"),
                         list(product(_RANKINGS, ("neodymium", "praseodymium"), _SECONDS)))
def test_two_uses_in_a_ranking_need_nothing_of_each_other(shape: str, good: str,
                                                           second: str) -> None:
    text = shape.format(good=good, second=second)
    assert not states(text, "DEPENDS_ON", second.rstrip("s"), "magnet")
    assert not states(text, "DEPENDS_ON", "magnet", second.rstrip("s"))
