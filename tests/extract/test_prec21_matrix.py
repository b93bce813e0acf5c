"""A generated matrix of wrong facts (round 21, precision): a country a good goes, is shipped
or sold to or in, importers named in a list, a buyer of a good named by its origin, a company
that sells to those who mine a good, deposits never mined, two parallel "demand for" clauses,
and two goods named side by side or in a clause of a place. Every wrong-fact sentence must give
no such fact (scorer on, as in evaluation); its factual twin with the same names still does."""

from __future__ import annotations

import pytest

from rekg.extract.explain import explain
from rekg.loaders.document import Document

from .fragments import states

COUNTRIES = [("Peru", "Peruvian"), ("Bolivia", "Bolivian"), ("Chile", "Chilean")]
OTHERS = ["China", "Japan", "Vietnam"]
MATERIALS = ["tungsten", "gallium", "tantalum"]
COMPANIES = ["Kestrel Dynamics", "Orsa Holdings", "Velmora Industries"]
PRODUCTS = [("forklifts", "forklift"), ("heat pumps", "heat pump"), ("drones", "drone")]

# (wrong-fact template, relation, source key, target key); {C}: a country, {D}: its demonym,
# {O}: another country, {L}: a third one, {m}: a material, {K}: a company, {P}: a product
WRONG = [
    ("{M} is sold in {C}.", "PRODUCES", "C", "m"),
    ("Most {D} {m} is shipped to {O}.", "PRODUCES", "O", "m"),
    ("Most {D} {m} goes to {O}.", "PRODUCES", "O", "m"),
    ("Much of the {m} mined in {C} is sent to {O}.", "PRODUCES", "O", "m"),
    ("{C}, {O} and {L} import most of the world's {m}.", "PRODUCES", "C", "m"),
    ("{C}, {O} and {L} import most of the world's {m}.", "PRODUCES", "O", "m"),
    ("{K} sells equipment to companies that mine {m}.", "PRODUCES", "K", "m"),
    ("{K} lends money to firms that refine {m}.", "PRODUCES", "K", "m"),
    ("{K} is a big buyer of {D} {m}.", "PRODUCES", "K", "m"),
    ("{C} is home to {m} deposits that have never been mined.", "PRODUCES", "C", "m"),
    ("Demand for {P} fell as demand for {m} rose.", "DEPENDS_ON", "P", "m"),
    ("{P} and {m} were discussed at the fair.", "DEPENDS_ON", "P", "m"),
    ("{P} are made in {C}, where {m} is mined.", "DEPENDS_ON", "P", "m"),
]
# the factual twins, which must still give the fact
RIGHT = [
    ("{C} mines {m}.", "PRODUCES", "C", "m"),
    ("{M} is mined in {C}.", "PRODUCES", "C", "m"),
    ("{C}, {O} and {L} mine most of the world's {m}.", "PRODUCES", "O", "m"),
    ("{K} mines {m}.", "PRODUCES", "K", "m"),
    ("{K} is a company that mines {m}.", "PRODUCES", "K", "m"),
    ("{C} is home to {m} deposits that have been mined for decades.", "PRODUCES", "C", "m"),
    ("{P} use {m}.", "DEPENDS_ON", "P", "m"),
    ("Demand for {m} from {p} makers rose.", "DEPENDS_ON", "P", "m"),
]


def _cases() -> list[int]:
    return list(range(3))


def _fill(template: str, i: int) -> tuple[str, dict[str, str]]:
    country, demonym = COUNTRIES[i]
    names = {"C": country, "D": demonym, "O": OTHERS[i], "L": OTHERS[(i + 1) % 3],
             "m": MATERIALS[i], "M": MATERIALS[i].capitalize(), "K": COMPANIES[i],
             "P": PRODUCTS[i][0].capitalize(), "p": PRODUCTS[i][1]}
    keys = {**names, "P": PRODUCTS[i][1]}  # the dependent's canonical name is singular
    return template.format(**names), keys


@pytest.mark.parametrize(("template", "rel", "source", "target"), WRONG, ids=lambda v: str(v))
def test_a_wrong_fact_sentence_gives_no_such_fact(
        template: str, rel: str, source: str, target: str) -> None:
    wrong = []
    for i in _cases():
        text, keys = _fill(template, i)
        if states(text, rel, keys[source], keys[target]):
            wrong.append(text)
    assert wrong == []


@pytest.mark.parametrize(("template", "rel", "source", "target"), RIGHT, ids=lambda v: str(v))
def test_the_factual_twin_still_gives_the_fact(
        template: str, rel: str, source: str, target: str) -> None:
    missed = []
    for i in _cases():
        text, keys = _fill(template, i)
        if not states(text, rel, keys[source], keys[target]):
            missed.append(text)
    assert missed == []


@pytest.mark.parametrize(("text", "reason"), [
    ("Gallium is sold in Bolivia.", "a country a good goes or is sold to is no maker"),
    ("Orsa Holdings sells equipment to companies that mine gallium.",
     "the verb of making is said of others"),
    ("Bolivia is home to gallium deposits that have never been mined.",
     "the good's making is denied"),
])
def test_a_pattern_pair_in_a_wrong_role_is_refused_with_its_reason(text: str, reason: str) -> None:
    found = explain(Document(text=text))
    assert any(r.reason.startswith(reason) for r in found.refused), found.refused
