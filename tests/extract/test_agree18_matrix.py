"""A generated inventory of two general shapes of agreement text (round 18).

1. The sentence after a deal is named gives its terms by what one side gives back or by the
   frame it opens with: "In return, Tarrow will supply terbium to Kestrel", "In exchange, the
   partners will have access to the gallium", "As part of the agreement, ...", "By this
   agreement, ...". The goods named there are what the deal ADDRESSES.
2. A deal whose own clause says it collapsed, fell through, was cancelled or never took effect
   covers nothing and has no parties ("The lithium pact between Norway and Chile collapsed").

Twins must give nothing: no deal named before, other news after the deal, a deal only sought,
rumoured or refused, talks that ended without a deal. Invented companies, real countries (the
lexicon knows them), several goods and deal nouns (scorer on, as in evaluation)."""

from __future__ import annotations

import pytest

from .fragments import states

# (seller, buyer): invented companies the name rules find by their suffix
_PAIRS = [("Tarrow Minerals", "Kestrel Holdings"), ("Velmora Mining", "Brastek Metals"),
          ("Ondrel Resources", "Pellor Industries")]
_COUNTRIES = [("Norway", "Chile"), ("Canada", "Peru"), ("Finland", "Namibia")]
_GOODS = ["terbium", "gallium", "antimony", "NdPr oxide"]
_DEALS = ["financing agreement", "offtake agreement", "supply contract", "partnership",
          "memorandum of understanding"]


def _fill(template: str, n: int, k: int) -> tuple[str, str]:
    seller, buyer = _PAIRS[(n + k) % len(_PAIRS)]
    goods = _GOODS[(n + 2 * k) % len(_GOODS)]
    deal = _DEALS[(n + k) % len(_DEALS)]
    a, b = _COUNTRIES[(n + k) % len(_COUNTRIES)]
    return template.format(S=seller, B=buyer, t=goods, d=deal, A=a, C=b), goods


def _cases(templates: list[str]) -> list[tuple[str, str]]:
    return [_fill(template, n, k) for n, template in enumerate(templates) for k in range(3)]


# {S} seller, {B} buyer, {t} goods, {d} deal noun
RETURNED = [
    "{S} signed a {d} with {B} in May. In return, {S} will supply {t} to {B} with priority.",
    "{S} signed a {d} with {B} in May. In exchange, {B} will have access to most of the {t} "
    "from the plant.",
    "{B} agreed a {d} with {S} on Monday. In exchange for the funding, {S} will deliver {t} "
    "to {B} for ten years.",
    "{S} signed a {d} with {B} in May. As part of the {d}, {S} will ship {t} to {B} from 2027.",
    "{S} and {B} signed a {d} last week. By this {d}, {B} will receive most of the {t}.",
    "{S} and {B} signed a {d} last week. Through the {d}, {B} secures priority access to "
    "the {t}.",
]


@pytest.mark.parametrize(("text", "goods"), _cases(RETURNED), ids=lambda v: str(v)[40:100])
def test_what_the_next_sentence_gives_back_is_what_the_deal_covers(text: str,
                                                                   goods: str) -> None:
    assert states(text, "ADDRESSES", "*", goods)


# no deal named before the sentence, the goods in other news, or the deal only sought
NOT_RETURNED = [
    "{S} sold a stake to {B} in May. In return, {S} will supply {t} to {B} with priority.",
    "{S} signed a {d} with {B} in May. Separately, {t} prices fell in Chile.",
    "{S} hopes to sign a {d} with {B} next year. In return, {S} would supply {t} to {B}.",
    "{S} signed a {d} with {B} in May. Three weeks later, {t} output fell at a mine in Chile.",
    "{S} signed a {d} with {B} in May. The company has mined {t} since 2019. In return, "
    "{B} pays a premium.",
]


@pytest.mark.parametrize(("text", "goods"), _cases(NOT_RETURNED), ids=lambda v: str(v)[40:100])
def test_goods_without_a_deal_in_front_are_not_what_it_covers(text: str, goods: str) -> None:
    assert not states(text, "ADDRESSES", "*", goods)


# {A} and {C}: two countries
UNDONE = [
    "The {t} pact between {A} and {C} collapsed in May.",
    "The {d} between {S} and {B} on {t} fell through last year.",
    "A {t} supply deal between {S} and {B} was cancelled in June.",
    "The 2019 {t} accord between {A} and {C} never took effect.",
    "The {d} between {S} and {B} covering {t} was terminated after a year.",
    "The {t} framework between {A} and {C} was shelved after the election.",
]

NOT_MADE = [
    "{A} and {C} held talks on a {t} pact, but no deal was reached.",
    "{S} wants a {d} with {B} on {t}.",
    "{B} rejected a {d} with {S} covering {t}.",
    "{A} and {C} are reportedly close to a deal on {t}, according to people familiar with "
    "the matter.",
    "{S} is said to be negotiating a {d} with {B} for {t}.",
    "{S} denied that it had signed a {d} with {B} for {t}.",
    "Talks between {A} and {C} on a {t} framework ended without agreement.",
    "{A} and {C} announced that they would negotiate a {t} agreement.",
    "{S} and {B} agreed to negotiate a {d} on {t} by June.",
]


@pytest.mark.parametrize(("text", "goods"), _cases(UNDONE + NOT_MADE),
                         ids=lambda v: str(v)[:70])
def test_a_deal_undone_or_never_made_covers_nothing_and_has_no_parties(text: str,
                                                                        goods: str) -> None:
    assert not states(text, "ADDRESSES", "*", goods)
    assert not states(text, "PARTY_TO", "*", "*")


# the deal stands: the talks before it collapsed, or another matter did
MADE = [
    "{A} and {C} signed a {t} pact in May after earlier talks collapsed.",
    "The {t} pact, signed after earlier talks between {A} and {C} broke down, runs to 2030.",
    "{S} signed a {d} with {B} covering {t} after a rival offer was cancelled.",
    "The {t} accord that {A} and {C} signed in May replaced a pact that collapsed in 2019.",
]


@pytest.mark.parametrize(("text", "goods"), _cases(MADE), ids=lambda v: str(v)[:70])
def test_a_deal_made_after_talks_collapsed_still_covers_its_goods(text: str,
                                                                  goods: str) -> None:
    assert states(text, "ADDRESSES", "*", goods)


# 3. What a deal is about, said by its focus or by a chapter of it: "Its focus is on minerals
# for batteries, including lithium", "an agreement with a chapter on energy and raw materials".
# {P}: an invented partnership named in the sentence before
_PARTNERSHIPS = ["Arctic Minerals Partnership", "Southern Metals Accord", "Boreal Supply Compact"]

FOCUSED = [
    "{A} and {C} launched the {P} in 2022. Its focus is on minerals for batteries, including "
    "{t} and copper.",
    "{A} and {C} launched the {P} in 2022. Its main focus is on {t}.",
    "{A} and {C} launched the {P} in 2022. Its priorities include {t} and cobalt.",
]


def _focus_cases(templates: list[str]) -> list[tuple[str, str]]:
    out = []
    for n, template in enumerate(templates):
        for k in range(3):
            text, goods = _fill(template.replace("{P}", _PARTNERSHIPS[(n + k) % 3]), n, k)
            out.append((text, goods))
    return out


@pytest.mark.parametrize(("text", "goods"), _focus_cases(FOCUSED), ids=lambda v: str(v)[40:100])
def test_what_a_deal_focuses_on_is_what_it_covers(text: str, goods: str) -> None:
    assert states(text, "ADDRESSES", "*", goods)


# the focus is on something else, and the goods are other news in a clause of their own
NOT_FOCUSED = [
    "{A} and {C} launched the {P} in 2022. Its focus is on shipping, while {t} prices fell.",
    "{A} and {C} launched the {P} in 2022. Its focus is on fisheries, but {t} output fell in "
    "Peru.",
]


@pytest.mark.parametrize(("text", "goods"), _focus_cases(NOT_FOCUSED),
                         ids=lambda v: str(v)[40:100])
def test_goods_after_another_focus_are_not_what_it_covers(text: str, goods: str) -> None:
    assert not states(text, "ADDRESSES", "*", goods)


CHAPTERS = [
    "{A} and {C} signed a trade agreement with a chapter on raw materials.",
    "{A} and {C} sign Arctic Framework Agreement with chapter on energy and raw materials",
    "{A} and {C} signed the Arctic Trade Agreement in May. The agreement includes a dedicated "
    "chapter on energy and raw materials.",
]


@pytest.mark.parametrize("text", [_fill(t, n, k)[0] for n, t in enumerate(CHAPTERS)
                                  for k in range(3)], ids=lambda v: v[:60])
def test_a_chapter_on_raw_materials_is_what_the_deal_covers(text: str) -> None:
    assert states(text, "ADDRESSES", "*", "raw materials")


NO_CHAPTER = [
    "{A} and {C} signed a trade agreement, and raw materials prices rose.",
    "{A} and {C} signed a trade agreement on fisheries and raw materials prices rose.",
    "{A} and {C} signed the Arctic Trade Agreement in May. Raw materials prices rose in June.",
]


@pytest.mark.parametrize("text", [_fill(t, n, k)[0] for n, t in enumerate(NO_CHAPTER)
                                  for k in range(3)], ids=lambda v: v[:60])
def test_raw_materials_in_other_news_are_not_what_the_deal_covers(text: str) -> None:
    assert not states(text, "ADDRESSES", "*", "raw materials")
