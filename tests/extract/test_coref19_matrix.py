"""A generated matrix of facts whose end is an anaphor resolved across a sentence: the subject
after a fronted clause or phrase ("After Beijing put tariffs on ..., X stopped ... It now
refines ..."), "the company" after a sentence whose subject or topic is a company ("For X, the
venture is ... The company produces ..."), an "its" in a fronted phrase ("Unlike most of its
peers, X ..."), "such a magnet", and "relies on it". Invented companies x phrasings; twins
with the same names must give nothing wrong: a party inside a fronted clause, two companies
as the subject, a company named in the sentence itself, no antecedent at all, and generic uses
("the metal market", "the company's shares"). Scorer on, as in evaluation."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document

_COMPANIES = [("Veltrix Metals Ltd", "Brindle Holdings Inc"),
              ("Orsa Mining Corp", "Tallow Capital Ltd"),
              ("Kestrel Refining Inc", "Marlow Trading Corp")]
_GOODS = ["cobalt", "lithium", "tin"]


def _facts(text: str) -> set[tuple[str, str, str]]:
    fragment = run(Document(text=text, title="Test", published="2025-06-01")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(r.type.value, names[r.source], names[r.target])
            for r in fragment.relationships.values()}


# {C}: the company the anaphor means; {D}: another company; {m}: goods. PRODUCES C -> m.
RESOLVED = [
    "{C} sells ore abroad. After Beijing put tariffs on American goods, {C} stopped shipping "
    "concentrate to China. It now refines {m} at its own plant.",
    "{C} sells ore abroad. Since Beijing banned exports of magnets, {C} has looked for buyers "
    "in Japan. It now produces {m} at its own plant.",
    "Not long ago, {C} was a small explorer. This week it began producing {m} in Bolivia.",
    "Last year, {C} was a small explorer. This year it produced {m} in Chile.",
    "{D} signed a deal with {C} in May. {D} will pay for the plant. {D} said the deal would "
    "help. For {C}, the venture is a step into new markets. The company already produces {m}.",
    "{D} signed a deal with {C} in May. Unlike most of its peers, {C} controls the chain: the "
    "company mines and refines {m} in Canada.",
    "{D} owns a stake in {C} and in others. {D} is a fund. Across the Atlantic, Toronto-based "
    "{C} takes a different route. Its plant recovers {m} from scrap.",
]
# the same names where the anaphor must not mean {C} (or anyone, when ambiguous)
NOT_C = [
    # the main clause names no company: "It" is the subject of the first sentence, {D}
    "{D} sells ore abroad. After {C} cut its prices, buyers left. It now refines {m} at its "
    "own plant.",
    # "the company" in a sentence that names {D} first is {D}
    "{C} signed a deal with {D} in May. For {C}, the venture is a step into new markets. {D}'s "
    "chief said the company already produces {m}.",
    # an "its" after a party in the fronted phrase is that party's
    "{C} signed a deal with {D} in May. Unlike {C} and its peers, {D} refines {m} in Canada.",
    # a party inside the fronted clause is not the subject of the next sentence
    "{D} sells ore abroad. After {C} cut its prices, {D} lost buyers. It now refines {m} at its "
    "own plant.",
]
# no company may produce {m}
NOTHING = [
    "{C} and {D} signed a deal. The company produces {m}.",
]


def _cases(templates: list[str]) -> list[tuple[str, str, str, str]]:
    return [(t.format(C=c, D=d, m=m), c, d, m) for t in templates for c, d in _COMPANIES
            for m in _GOODS]


@pytest.mark.parametrize(("text", "company", "other", "goods"), _cases(RESOLVED))
def test_anaphor_is_the_subject(text: str, company: str, other: str, goods: str) -> None:
    facts = _facts(text)
    assert ("PRODUCES", company, goods) in facts
    assert ("PRODUCES", other, goods) not in facts
    assert ("PRODUCES", "China", goods) not in facts


@pytest.mark.parametrize(("text", "company", "other", "goods"), _cases(NOT_C))
def test_anaphor_is_not_the_fronted_party(text: str, company: str, other: str,
                                           goods: str) -> None:
    facts = _facts(text)
    assert ("PRODUCES", company, goods) not in facts
    assert ("PRODUCES", other, goods) in facts


@pytest.mark.parametrize(("text", "company", "other", "goods"), _cases(NOTHING))
def test_two_companies_give_nothing(text: str, company: str, other: str, goods: str) -> None:
    facts = _facts(text)
    assert not any(rel == "PRODUCES" and target == goods for rel, _, target in facts)


_PRODUCTS = ["jet engine", "hub motor", "wind turbine"]


@pytest.mark.parametrize("product", _PRODUCTS)
@pytest.mark.parametrize("material", ["cobalt", "gallium", "tungsten"])
def test_relies_on_it(product: str, material: str) -> None:
    text = f"{material.capitalize()} is scarce. Every {product} relies on it."
    assert ("DEPENDS_ON", product, material) in _facts(text)
    text = f"{material.capitalize()} is scarce. Every {product} relies heavily on it."
    assert ("DEPENDS_ON", product, material) in _facts(text)


@pytest.mark.parametrize("product", _PRODUCTS)
def test_relies_on_nothing_named(product: str) -> None:
    facts = _facts(f"Prices rose. Every {product} relies on it.")
    assert not any(rel == "DEPENDS_ON" and source == product for rel, source, _ in facts)


@pytest.mark.parametrize("element", ["Dysprosium", "Terbium", "Praseodymium"])
@pytest.mark.parametrize("product", ["hub motors", "robot arms", "drones"])
def test_such_a_magnet(element: str, product: str) -> None:
    text = (f"Most {product} use neodymium-iron-boron magnets. {element} makes up a small "
            "share of such a magnet.")
    assert ("DEPENDS_ON", "NdFeB magnet", element.lower()) in _facts(text)
    twin = f"Prices rose. {element} makes up a small share of such a magnet."
    assert ("DEPENDS_ON", "NdFeB magnet", element.lower()) not in _facts(twin)


@pytest.mark.parametrize(("company", "other"), _COMPANIES)
def test_generic_uses_give_nothing(company: str, other: str) -> None:
    facts = _facts("Cobalt is scarce. The metal market is tight, and jet engine makers are "
                   "worried.")
    assert not any(rel == "DEPENDS_ON" for rel, _, _ in facts)
    facts = _facts(f"{company} sells cobalt. {other} buys tin. The company's shares rose.")
    assert ("PRODUCES", other, "cobalt") not in facts
    assert ("PRODUCES", company, "tin") not in facts


@pytest.mark.parametrize("country", ["China", "Chile", "Indonesia"])
@pytest.mark.parametrize("material", ["graphite", "lithium", "nickel"])
def test_relied_on_party_is_no_material(country: str, material: str) -> None:
    from rekg.extract.pipeline import mentions_for

    text = f"{country} dominates {material}. Japan and South Korea rely on it."
    views = mentions_for(Document(text=text, title="Test", published="2025-06-01"))
    it = [m for m in views[1].mentions if m.surface == "it"]
    assert all(m.label.value != "Material" for m in it)


@pytest.mark.parametrize(("kind", "head"), [("sodium-ion cell", "cells"),
                                            ("direct-drive generator", "generators"),
                                            ("bonded magnet", "magnets")])
def test_such_plural_is_the_named_kind(kind: str, head: str) -> None:
    from rekg.extract.pipeline import mentions_for

    text = f"Corvane unveiled its first {kind} in 2021. Such {head} use little cobalt."
    views = mentions_for(Document(text=text, title="Test", published="2025-06-01"))
    named = {m.node_id for m in views[0].mentions if m.label.value in ("Product", "Material")}
    such = {m.node_id for m in views[1].mentions if m.start <= 1 < m.end}
    assert such and such <= named
    twin = f"Prices rose in 2021. Such {head} use little cobalt."
    views = mentions_for(Document(text=twin, title="Test", published="2025-06-01"))
    assert not any(m.form == "anaphor" for m in views[1].mentions)
