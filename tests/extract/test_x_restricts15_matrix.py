"""A generated inventory of measures told by goods that join, or are added to, goods already
restricted ("Five more metals - X, Y and Z - join the seven controlled since April", "The notice
adds X and Y to the metals already under licensing"), and of measures said to require licences
"with immediate effect". Each template is filled with several imposers and lists of goods; the
whole chain imposer -> measure -> item must come out. Twins that must give nothing for the
listed goods: goods exempted, a package since suspended, prices or traders that "join", goods
added to something that is no measure, a licence requirement only planned."""

from __future__ import annotations

import pytest

from rekg.extract import extract
from rekg.extract.explain import explain
from rekg.loaders.document import Document

from .fragments import restricted_pairs

_IMPOSERS = [("Chile", "Chile"), ("Peru", "Peru"), ("Vietnam", "Vietnam"),
             ("Indonesia", "Indonesia")]
_LISTS = [(["bismuth", "indium", "tellurium"], ["tungsten", "molybdenum"]),
          (["holmium", "erbium", "thulium"], ["samarium", "terbium"]),
          (["cobalt", "nickel", "manganese"], ["gallium", "germanium"]),
          (["scandium", "hafnium", "tantalum"], ["antimony", "vanadium"])]

_LEAD = "{C} announced new export controls on Tuesday. "

# {L}: the new goods as a list ("x, y and z"); {n}: how many; {O}: goods restricted before
JOINED = [
    "From March 8, {n} more metals — {L} — join the seven metals restricted since April.",
    "* {N} more elements - {L} - join the seven (including {O}) controlled since April.",
    "{N} more elements, {L}, join the seven already restricted since April.",
    "{Lc} join the metals controlled since last year.",
    "From May, {L} join the seven medium and heavy metals restricted since April.",
    "The notice adds {L} to the metals already controlled since 4 April (such as {O}).",
    "The new order adds {L} to the goods already under export licensing.",
    "{C} added {L} to the metals it already restricts.",
    "The announcement, which adds {L} to the metals already controlled since May, was "
    "published on Tuesday.",
]

IMMEDIATE = [
    "{C}'s commerce ministry said on Tuesday that 25 products related to {L} would require "
    "export licences with immediate effect.",
    "{C} said that exports of {L} would require licences, effective immediately.",
    "{C} said {L} would require export licences with effect from March 1.",
]

# the listed goods must not be restricted
NOT_JOINED = [
    "{N} more metals, {L}, joined the list of goods exempted from the controls.",
    "{Lc} prices joined the rally after the controls were announced.",
    "{Lc} traders joined the talks on the controls in Geneva.",
    "The mill added {L} to its blend despite the export controls.",
    "Prices of {L} rose sharply this week, and buyers added {O} to their orders.",
]

# a package since suspended that "added" goods to an older measure: the pattern
# restricts.item-added-to-list still ties the goods to the older measure (left for now)
PAUSED_ADDER = ["{C} suspended the October package for a year. It added {L} to the seven "
                "metals already under licensing."]

NOT_IMMEDIATE = [
    "{C} is considering whether {L} would require export licences.",
    "{C} plans to require export licences for {L} next year.",
]

_NUMBERS = ["three", "four", "five", "six"]


def _fill(templates: list[str]) -> list[tuple[str, str, list[str]]]:
    out = []
    for n, template in enumerate(templates):
        for k in range(2):
            country, name = _IMPOSERS[(n + k) % 4]
            new, old = _LISTS[(n + 3 * k) % 4]
            listed = ", ".join(new[:-1]) + " and " + new[-1]
            text = template.format(C=country, L=listed, Lc=listed.capitalize(),
                                   n=_NUMBERS[k], N=_NUMBERS[k].capitalize(),
                                   O=" and ".join(old))
            out.append((_LEAD.format(C=country) + text, name, new))
    return out


def _pairs(text: str) -> set[tuple[str, str]]:
    return restricted_pairs(extract(Document(text=text, title="T", published="2025-06-01")))


@pytest.mark.parametrize(("text", "imposer", "items"), _fill(JOINED) + _fill(IMMEDIATE),
                         ids=lambda v: str(v)[40:100])
def test_goods_joined_to_a_measure_are_restricted(text: str, imposer: str,
                                                   items: list[str]) -> None:
    pairs = _pairs(text)
    assert {(imposer, item) for item in items} <= pairs, pairs


@pytest.mark.parametrize(("text", "imposer", "items"), _fill(NOT_JOINED),
                         ids=lambda v: str(v)[40:100])
def test_goods_not_joined_to_a_measure_are_not(text: str, imposer: str,
                                               items: list[str]) -> None:
    """After a sentence on new controls the scorer may still link goods of the next one (its
    own reading); no rule of joined goods may."""
    facts = explain(Document(text=text, title="T", published="2025-06-01")).facts
    assert not [f for f in facts if f.relation == "RESTRICTS" and f.target in items
                and not f.origin.startswith("scorer")], facts


@pytest.mark.parametrize(("text", "imposer", "items"),
                         [(t.split(". ", 1)[1], i, g) for t, i, g in _fill(NOT_JOINED[:4])],
                         ids=lambda v: str(v)[:60])
def test_goods_not_joined_alone_restrict_nothing(text: str, imposer: str,
                                                 items: list[str]) -> None:
    pairs = _pairs(text)
    assert not {p for p in pairs if p[1] in items}, pairs


@pytest.mark.parametrize(("text", "imposer", "items"),
                         [(t.split(". ", 1)[1], i, g) for t, i, g in _fill(NOT_IMMEDIATE)],
                         ids=lambda v: str(v)[:60])
def test_licences_only_planned_restrict_nothing(text: str, imposer: str,
                                                items: list[str]) -> None:
    pairs = _pairs(text)
    assert not {p for p in pairs if p[1] in items}, pairs


@pytest.mark.xfail(strict=True, reason="item-added-to-list reads the older measure as the adder")
@pytest.mark.parametrize(("text", "imposer", "items"), _fill(PAUSED_ADDER),
                         ids=lambda v: str(v)[40:100])
def test_goods_added_by_a_paused_package(text: str, imposer: str, items: list[str]) -> None:
    pairs = _pairs(text)
    assert not {p for p in pairs if p[1] in items}, pairs
