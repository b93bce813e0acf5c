"""A generated inventory of producers named in the sentence after their goods, under a producer
or supplier noun that leaves the goods unsaid ("Cobalt prices fell. Peru and Chile are smaller
suppliers", "... are the main Western producers", "Other mine producers include ..."), with
the twins that must give nothing: buyers and customers under the same ranks, the supplier of a
company ("Brindle Motors' largest supplier"), goods named after the noun, other goods coming
into focus, and plans (scorer on, as in evaluation). Invented companies throughout."""

from __future__ import annotations

import pytest

from .fragments import states

COMPANIES = ["Brennick Resources", "Vessen Metals", "Orvane Mining"]
COUNTRIES = ["Peru", "Kazakhstan", "Vietnam"]
GOODS = ["cobalt", "tungsten", "antimony", "gallium", "graphite"]
LEADS = ["{G} prices fell last year.", "Demand for {G} is rising.",
         "Most of the world's {G} is mined in China."]


def _cases(templates: list[str]) -> list[tuple[str, str, str]]:
    """Each template after three lead sentences about the goods, with a company or a country
    for ``{P}``; the fact looked for is producer -> goods."""
    cases = []
    for n, template in enumerate(templates):
        for k in range(3):
            goods = GOODS[(n + k) % len(GOODS)]
            producer = (COMPANIES if k % 2 == 0 else COUNTRIES)[(n + k) % 3]
            lead = LEADS[(n + k) % len(LEADS)].format(G=goods)
            text = f"{lead[0].upper()}{lead[1:]} {template.format(P=producer)}"
            cases.append((text, producer.split()[0], goods))
    return cases


UNSAID = [
    "{P} and Tarrow Mining are smaller suppliers.",
    "{P} is the largest supplier.",
    "{P} is now the biggest supplier outside China.",
    "{P} and Tarrow Mining are the main Western producers.",
    "{P} and Tarrow Mining are the principal overseas sources.",
    "{P} is the largest foreign supplier.",
    "The main suppliers are {P} and Tarrow Mining.",
    "Other mine producers include {P} and Tarrow Mining.",
    "Primary producers such as {P} raised output.",
    "{P}, the second-largest supplier, raised output.",
    "{P} is one of the main Western producers.",
]
NOT_UNSAID = [
    "{P} is Brindle Motors' largest supplier.",
    "{P} is Brindle's main supplier.",
    "{P} is Japan's main supplier.",
    "Brindle Motors builds cars, and {P} is its largest supplier.",
    "{P} is the largest buyer.",
    "{P} and Tarrow Mining are the main Western buyers.",
    "Other buyers include {P} and Tarrow Mining.",
    "{P} is the largest Western customer.",
    "{P} is the largest supplier of copper.",
    "Copper demand also rose. Copper smelters ran flat out. {P} is the largest supplier of it.",
    "{P} plans to become the largest supplier.",
    "{P} hopes to become one of the main Western producers by 2030.",
]


@pytest.mark.parametrize(("text", "producer", "goods"), _cases(UNSAID), ids=lambda v: str(v)[:60])
def test_unsaid_goods_of_ranked_suppliers_and_producers_are_read(text: str, producer: str,
                                                                 goods: str) -> None:
    assert states(text, "PRODUCES", producer, goods)


@pytest.mark.parametrize(("text", "producer", "goods"), _cases(NOT_UNSAID),
                         ids=lambda v: str(v)[:60])
def test_buyers_company_suppliers_other_goods_and_plans_give_nothing(text: str, producer: str,
                                                                      goods: str) -> None:
    assert not states(text, "PRODUCES", producer, goods)
