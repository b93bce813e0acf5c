"""A generated inventory of two causes of missed deal parties, with invented companies.

1. A deal of money told of a project, plant or mine ("The project received a grant of about
   EUR 18 million from the fund"): words that only speak of output ("project", "exploration",
   "refinery") do not make the deal unmade, so the funder is its party; a deal only hoped for,
   sought, denied or failed gives none.
2. The company a passage is about is the other party of a deal whose sentence names only the
   party it was made with ("Kestrel has agreed to buy the output under an offtake deal"), but
   not when the sentence names another company, the company withdrew, the deal is only sought
   or plural, or two companies share the focus.
"""

from __future__ import annotations

import pytest

from .fragments import states

_FUNDERS = [("the Northwind Development Bank", "Northwind Development Bank"),
            ("the European Union", "European Union"),
            ("the Calder Investment Fund", "Calder Investment Fund")]
_SUBJECTS = ["The project", "The refinery project", "The exploration project",
             "The mine's development"]

FUNDED = [
    "{S} received a grant of about 18.7 million euros from {F}.",
    "{S} secured a loan from {F} last year.",
    "{S} won a $40 million grant from {F} in March.",
    "{S} obtained a A$90 million loan from {F}.",
    "In 2023 {s} received a grant from {F} to build a pilot line.",
]

NOT_FUNDED = [
    "{S} hopes to receive a grant from {F}.",
    "{S} did not receive a grant from {F}.",
    "{S} is seeking a loan from {F}.",
    "{S} failed to secure a loan from {F}.",
    "{S} could win a grant from {F} next year.",
    "{S} applied for a loan from {F}, which has not decided.",
]


def _funded(templates: list[str]) -> list[tuple[str, str]]:
    out = []
    for n, template in enumerate(templates):
        for k in range(3):
            phrase, name = _FUNDERS[(n + k) % 3]
            subject = _SUBJECTS[(n + 2 * k) % 4]
            text = template.format(S=subject, s=subject[0].lower() + subject[1:], F=phrase)
            out.append((text, name))
    return out


@pytest.mark.parametrize(("text", "funder"), _funded(FUNDED), ids=lambda v: str(v)[:60])
def test_a_project_funded_gives_the_funder_as_party(text: str, funder: str) -> None:
    assert states(text, "PARTY_TO", funder, "*")


@pytest.mark.parametrize(("text", "funder"), _funded(NOT_FUNDED), ids=lambda v: str(v)[:60])
def test_funding_hoped_for_or_refused_gives_no_party(text: str, funder: str) -> None:
    assert not states(text, "PARTY_TO", funder, "*")


# the company in focus ({C}), its counterparty ({K}) and a rival ({R})
_CAST = [("Tarrow Metals", "Kestrel Motors", "Belmont Resources"),
         ("Orrin Graphite", "Vessa Automotive", "Calder Mining"),
         ("Quillon Materials", "Harlow Electric", "Pardoe Minerals")]
_OPENINGS = [
    "{C} mines graphite in Mozambique. The company ships it to a plant in Ohio. ",
    "{C} reported higher sales on Monday. {C} said its plant in Ohio is running. ",
    "{C} is building a graphite plant in Ohio. The company expects output next year. ",
]

WITH_FOCUS = [
    "{K} has agreed to buy the output under an offtake deal signed in 2021.",
    "Under an offtake agreement signed in 2021, {K} agreed to buy 8,000 tonnes a year.",
    "The plant is backed by a {K} contract worth about $250 million.",
    "The plant is supported by a supply contract with {K}.",
]

NO_FOCUS = [
    "Its rival {R} signed an offtake with {K} on Tuesday.",
    "{C} said it had withdrawn from the joint venture with {K}.",
    "{K} is seeking an offtake deal with a graphite supplier.",
    "{K} hopes to sign an offtake deal next year.",
    "{K} has signed long-term supply contracts with several producers.",
    "Critics of the offtake deal with {K} include {R}.",
    "Talks on an offtake agreement with {K} failed in May.",
    "{K} rejected an offtake deal offered in May.",
    "{K}'s offtake agreement, announced in July, runs to 2030.",
    "{C} sold graphite in a year when the joint venture with {K} was wound up.",
    "{C} expects to announce an offtake with {K} next year.",
]


def _cast(templates: list[str]) -> list[tuple[str, str, str]]:
    out = []
    for n, template in enumerate(templates):
        for k in range(3):
            c, kk, r = _CAST[(n + k) % 3]
            opening = _OPENINGS[(n + 2 * k) % 3]
            out.append(((opening + template).format(C=c, K=kk, R=r), c, kk))
    return out


@pytest.mark.parametrize(("text", "company", "counterparty"), _cast(WITH_FOCUS),
                         ids=lambda v: str(v)[-60:])
def test_the_company_in_focus_is_the_other_party(text: str, company: str,
                                                 counterparty: str) -> None:
    assert states(text, "PARTY_TO", company, "*")
    assert states(text, "PARTY_TO", counterparty, "*")


@pytest.mark.parametrize(("text", "company", "counterparty"), _cast(NO_FOCUS),
                         ids=lambda v: str(v)[-60:])
def test_no_focus_party_where_the_deal_is_not_its(text: str, company: str,
                                                  counterparty: str) -> None:
    assert not states(text, "PARTY_TO", company, "*")


@pytest.mark.parametrize("c, k, r", _CAST, ids=lambda v: str(v)[:20])
def test_two_companies_in_focus_give_neither(c: str, k: str, r: str) -> None:
    text = (f"{c} mines graphite in Mozambique. {r} mines graphite in Malawi. "
            f"{k} has agreed to buy the output under an offtake deal signed in 2021.")
    assert not states(text, "PARTY_TO", c, "*")
    assert not states(text, "PARTY_TO", r, "*")
