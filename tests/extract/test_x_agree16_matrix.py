"""A generated inventory of deals known only by their kind whose terms a sentence gives after
"Under ..." or "Through ...": "Under its long-standing arrangement with Kestrel Holdings (KH),
the vehicle owned by two traders, customers hold rights to its terbium". The deal has a party
in the sentence, so it is a deal and not a bare noun, and the goods of the clause after the
comma are what it ADDRESSES. Twins: goods named in a later clause of other news, what the goods
are for, and a deal only proposed or rejected give nothing (scorer on, as in evaluation)."""

from __future__ import annotations

import pytest

from .fragments import states

# (seller, buyer): invented companies the name rules find by their suffix
_PAIRS = [("Tarrow Minerals", "Kestrel Holdings"), ("Velmora Mining", "Brastek Metals"),
          ("Ondrel Resources", "Pellor Industries")]
_GOODS = ["terbium", "gallium", "NdPr oxide", "antimony"]
_DEALS = ["arrangement", "agreement", "offtake agreement", "supply contract", "partnership"]

# {S}: the seller the article is about, {B}: the partner, {t}: the goods, {d}: the deal noun
COVERED = [
    "Under its {d} with {B}, customers in Japan hold priority rights to {t}.",
    "Under the company's long-standing {d} with {B}, buyers in Japan receive most of its {t}.",
    "Under the {d} with {B} (KH), the vehicle owned by two trading houses, buyers in Japan "
    "hold priority rights to {t}.",
    "Through its {d} with {B}, the joint vehicle of two traders, buyers in Korea receive "
    "a large share of the {t}.",
    "Through our {d}s with {B}, customers in Japan receive a significant portion of our {t}.",
    "{S} has long sold to Japan, and under its {d} with {B}, buyers there will have priority "
    "access to {t}.",
    "Under a ten-year {d} with {B}, {S} will deliver {t} from its plant.",
]


def _filled(template: str, n: int, k: int) -> tuple[str, str]:
    """The ``k``-th filling of the ``n``-th template, after a sentence about the seller, and
    the goods it names."""
    seller, buyer = _PAIRS[(n + k) % len(_PAIRS)]
    goods = _GOODS[(n + 2 * k) % len(_GOODS)]
    deal = _DEALS[(n + k) % len(_DEALS)]
    return f"{seller} produced its first separated oxides in May. " + template.format(
        S=seller, B=buyer, t=goods, d=deal), goods


def _cases(templates: list[str]) -> list[tuple[str, str]]:
    return [_filled(template, n, k) for n, template in enumerate(templates) for k in range(3)]


@pytest.mark.parametrize(("text", "goods"), _cases(COVERED), ids=lambda v: str(v)[50:110])
def test_the_goods_a_deal_with_a_party_provides_are_what_it_covers(text: str,
                                                                   goods: str) -> None:
    assert states(text, "ADDRESSES", "*", goods)


# the goods stand in a clause of other news, or say what the deal's goods are for, or the
# deal is only proposed or was rejected: the deal does not cover them
NOT_COVERED = [
    ("Under its {d} with {B}, it ships its output to Japan, although {t} prices fell.", "{t}"),
    ("Under its {d} with {B}, {S} supplies alloy for the traction motors in its electric "
     "vehicles.", "electric vehicle"),
    ("Under its {d} with {B}, {S} ships its output to Japan, while {t} output fell in Chile.",
     "{t}"),
    ("Under a proposed {d} with {B}, {S} would supply {t} from 2027.", "{t}"),
    ("{S} rejected a {d} with {B} under which it would have supplied {t}.", "{t}"),
]


def _twins() -> list[tuple[str, str]]:
    out = []
    for n, (template, target) in enumerate(NOT_COVERED):
        for k in range(3):
            text, goods = _filled(template, n, k)
            out.append((text, target.format(t=goods)))
    return out


@pytest.mark.parametrize(("text", "goods"), _twins(), ids=lambda v: str(v)[50:110])
def test_goods_beside_a_deal_are_not_what_it_covers(text: str, goods: str) -> None:
    assert not states(text, "ADDRESSES", "*", goods)


# "the two countries" in apposition to the pair just before it in the same sentence is that
# pair, not the two countries an earlier sentence named
_EARLIER = [("Egypt", "Greece"), ("Kenya", "Portugal"), ("Peru", "Finland")]
_APPOSED = [("Morocco", "Spain"), ("Chile", "Norway"), ("Ghana", "Poland")]
APPOSITION = [
    "{C} and {D}, the two countries that signed the {d}, said it covers {t}.",
    "{C} and {D}, the two sides that negotiated the {d}, said it covers {t}.",
    "{C} and {D}, both countries party to the {d}, said it covers {t}.",
]


@pytest.mark.parametrize(("text", "party", "outsider"), [
    (f"{a} and {b} held talks on trade in March. " + t.format(
        C=c, D=d, d=_DEALS[(n + k) % len(_DEALS)], t=_GOODS[(n + k) % len(_GOODS)]), c, a)
    for n, t in enumerate(APPOSITION) for k, ((a, b), (c, d)) in enumerate(zip(
        _EARLIER, _APPOSED, strict=True))], ids=lambda v: str(v)[40:100])
def test_the_two_countries_in_apposition_are_the_pair_before(text: str, party: str,
                                                             outsider: str) -> None:
    assert states(text, "PARTY_TO", party, "*")
    assert not states(text, "PARTY_TO", outsider, "*")


# a leaders' meeting at the place where a known agreement was reached, told as done, stands
# for that agreement; a meeting still to come does not
_SUMMITS = [("Busan", "Busan truce"), ("Geneva", "Geneva consensus"),
            ("London", "London framework")]
MET = [
    "The October measures were suspended for a year after the Trump-Xi meeting in {p}.",
    "The suspension took effect following the meeting between the two presidents in {p}.",
    "Beijing lifted the ban to carry out what the two leaders agreed at their meeting in {p}.",
    "Since the meeting of the two delegations in {p}, licences have been issued faster.",
]
NOT_MET = [
    "The two presidents will hold a meeting in {p} next week.",
    "Officials are preparing a meeting in {p} for December.",
    "A meeting in {p} has been proposed but no date is set.",
]
_BOTH = " China and the United States both commented on it."


@pytest.mark.parametrize(("text", "agreement"), [
    (t.format(p=p) + _BOTH, name) for n, t in enumerate(MET)
    for p, name in _SUMMITS[n % 2:n % 2 + 2]], ids=lambda v: str(v)[:60])
def test_a_meeting_where_a_known_deal_was_reached_is_that_deal(text: str,
                                                               agreement: str) -> None:
    assert states(text, "PARTY_TO", "China", agreement)
    assert states(text, "PARTY_TO", "United States", agreement)


@pytest.mark.parametrize(("text", "agreement"), [
    (t.format(p=p) + _BOTH, name) for n, t in enumerate(NOT_MET)
    for p, name in _SUMMITS[n % 2:n % 2 + 2]], ids=lambda v: str(v)[:60])
def test_a_meeting_still_to_come_is_no_deal(text: str, agreement: str) -> None:
    assert not states(text, "PARTY_TO", "*", agreement)
