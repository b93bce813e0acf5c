"""Generated DEPENDS_ON cases of round 17 (lane x-depends17): a need told by what would not
exist without the input ("Without gallium, no radar systems"), a share pronoun or "they all"
opening the sentence after a list of goods ("Almost all of them contain magnets", "They all
use cobalt"). Invented makers and plants; each twin with the same names must give nothing."""

from __future__ import annotations

import pytest

from .fragments import dependency_pairs

# (plural surface, a word of the canonical name)
PRODUCTS = [("heat pumps", "heat pump"), ("hearing aids", "hearing aid"),
            ("delivery drones", "drone"), ("radar systems", "radar"), ("e-bikes", "bicycle")]
# (surface, a word of the canonical name)
INPUTS = [("gallium", "gallium"), ("samarium-cobalt magnets", "samarium-cobalt"),
          ("cobalt", "cobalt"), ("neodymium", "neodymium")]

WITHOUT_NO = [
    "Without {m}, no {p}.",
    "Without {m} there would be no {p}.",
    "Without {m}, there would be no {p}.",
    "Without {m}, there are no {p}.",
    "Without {m}, there could be no {p}.",
]
WITHOUT_NO_TWINS = [
    "Without {m}, the Orvane plant said, no {p} were built.",
    "Without a licence, no {p} can be shipped, and {m} is scarce.",
    "Without {m} prices rising, no miner will invest in {p}.",
    "Without {m} buyers, Orvane says no {p} were sold.",
]


def _pairs(templates: list[str]) -> list[tuple[str, str, str]]:
    return [(t.format(m=m, p=p), pw, mw) for t in templates for p, pw in PRODUCTS
            for m, mw in INPUTS]


def _holds(text: str, dependent: str, needed: str) -> bool:
    return any(dependent in d and needed in i for d, i in dependency_pairs(text))


@pytest.mark.parametrize(("text", "dependent", "needed"), _pairs(WITHOUT_NO))
def test_without_the_input_no_product(text: str, dependent: str, needed: str) -> None:
    assert _holds(text, dependent, needed), text


@pytest.mark.parametrize(("text", "dependent", "needed"), _pairs(WITHOUT_NO_TWINS))
def test_without_twins_state_no_need(text: str, dependent: str, needed: str) -> None:
    assert not _holds(text, dependent, needed), text


# A plant takes in three kinds of goods; the next sentence opens with a share pronoun.
LISTED = "The Orvane plant takes in scrapped heat pumps, delivery drones and hearing aids. "
LISTED_GOODS = ("heat pump", "drone", "hearing aid")
SHARE_OPENERS = [
    "Almost all of them contain {m}.", "Nearly all of them use {m}.",
    "Virtually all of these need {m}.", "Practically all of those rely on {m}.",
    "They all contain {m}.", "They all use {m}.", "These all need {m}.",
    "Most of them contain {m}.",
]
SHARE_TWINS = [
    "Almost all of them were sold in Peru, where {m} is mined.",
    "They all want cheaper {m}.",
    "They both said {m} was scarce.",
    "Nearly all of them came from Kestrel, which buys {m}.",
    "They all no longer use {m}.",
]


@pytest.mark.parametrize(("text", "needed"), [
    (LISTED + t.format(m=m), mw) for t in SHARE_OPENERS for m, mw in INPUTS])
def test_share_pronoun_after_a_list_of_goods(text: str, needed: str) -> None:
    for dependent in LISTED_GOODS:
        assert _holds(text, dependent, needed), (dependent, text)


@pytest.mark.parametrize(("text", "needed"), [
    (LISTED + t.format(m=m), mw) for t in SHARE_TWINS for m, mw in INPUTS])
def test_share_pronoun_twins_state_no_need(text: str, needed: str) -> None:
    for dependent in LISTED_GOODS:
        assert not _holds(text, dependent, needed), (dependent, text)


# "no" repeated before each item, and "Without it/them" after a sentence that opened with the
# input.
NO_LISTS = [
    "Without {m}, there are no heat pumps, no hearing aids and no radar systems.",
    "Without {m} there would be no heat pumps, no hearing aids and no radar systems.",
]
PRONOUN_OPENERS = [
    ("{M} is scarce this year. Without it, there are no heat pumps.", "heat pump"),
    ("{M} is scarce this year. Without it, there would be no hearing aids.", "hearing aid"),
    ("{M} keeps its strength when hot. Without it, radar systems cannot work.", "radar"),
]
PRONOUN_TWINS = [
    "{M} prices rose this year. Without it, the Orvane plant said, the firm would close.",
    "Heat pumps and hearing aids use {m}. Without it, there are no radar systems.",
    "{M} is scarce this year. Without them, Kestrel said, exports would stop.",
]


@pytest.mark.parametrize(("text", "needed"), [
    (t.format(m=m), mw) for t in NO_LISTS for m, mw in INPUTS])
def test_no_before_each_item(text: str, needed: str) -> None:
    for dependent in ("heat pump", "hearing aid", "radar"):
        assert _holds(text, dependent, needed), (dependent, text)


@pytest.mark.parametrize(("text", "dependent", "needed"), [
    (t.format(M=m[:1].upper() + m[1:], m=m), d, mw) for t, d in PRONOUN_OPENERS
    for m, mw in INPUTS if not m.endswith("s")])
def test_without_it_after_the_input(text: str, dependent: str, needed: str) -> None:
    assert _holds(text, dependent, needed), text


@pytest.mark.parametrize(("text", "needed"), [
    (t.format(M=m[:1].upper() + m[1:], m=m), mw) for t in PRONOUN_TWINS
    for m, mw in INPUTS if not m.endswith("s")])
def test_without_it_twins_state_no_need(text: str, needed: str) -> None:
    assert not _holds(text, "radar", needed), text
    assert not any(needed in i and d in ("firm", "export") for d, i in dependency_pairs(text))


# A list of inputs that goes on after an aside set off by commas after "and" or "or".
ASIDES = [
    "Orvane's {p} contain {a} and, for heat resistance, some {b}.",
    "Orvane's {p} contain {a} and, in hotter designs, small amounts of {b}.",
    "Orvane's {p} contain {a} or, in some grades, {b}.",
    "Orvane's {p} contain {a} and, at high temperatures, a little {b}.",
    "Orvane's {p} contain {a}, {c} and, for heat resistance, some {b}.",
]
ASIDE_TWINS = [
    "Orvane's {p} contain {a} and, for that reason, {b} prices rose.",
    "Orvane's {p} contain {a} and, when prices fell, {b} was stockpiled.",
    "Orvane's {p} contain {a}; for heat resistance, Kestrel sells {b}.",
    "Orvane's {p} contain {a} and, in Peru, {b} mines closed.",
]
# (first input, second input, third input) as named in the text and in the graph
ASIDE_INPUTS = [("neodymium", "dysprosium", "praseodymium"), ("cobalt", "nickel", "manganese"),
                ("gallium", "indium", "germanium")]


@pytest.mark.parametrize(("text", "dependent", "needed"), [
    (t.format(p=p, a=a, b=b, c=c), pw, b) for t in ASIDES for p, pw in PRODUCTS[:3]
    for a, b, c in ASIDE_INPUTS])
def test_list_goes_on_after_an_aside(text: str, dependent: str, needed: str) -> None:
    assert _holds(text, dependent, needed), text


# (the scorer alone links neodymium and dysprosium in any sentence about magnets' makers, so
# the twins use the other inputs)
@pytest.mark.parametrize(("text", "dependent", "needed"), [
    (t.format(p=p, a=a, b=b), pw, b) for t in ASIDE_TWINS for p, pw in PRODUCTS[:3]
    for a, b, _ in ASIDE_INPUTS[1:]])
def test_aside_twins_add_no_input(text: str, dependent: str, needed: str) -> None:
    assert not _holds(text, dependent, needed), text
