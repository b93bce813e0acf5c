"""A generated inventory of restriction phrasings (imposers x items x ways of stating the
measure, and its target), each with twins that must give nothing: the imposer, the items and
the targets are crossed so that no rule can fit one sentence."""

from __future__ import annotations

import itertools

import pytest

from rekg.extract import extract
from rekg.loaders.document import Document
from rekg.schema import RelType

IMPOSERS = [("China", "China"), ("Beijing", "China"), ("Indonesia", "Indonesia"),
            ("Jakarta", "Indonesia"), ("Vietnam", "Vietnam"), ("Kazakhstan", "Kazakhstan")]
ITEMS = [("antimony", "tungsten"), ("gallium", "indium"), ("bismuth", "graphite"),
         ("cobalt", "germanium")]


def _chains(text: str) -> set[tuple[str, str, str]]:
    fragment = extract(Document(text=text, title="Test", published="2025-06-01"))
    names = {n.id: n.name.lower() for n in fragment.nodes.values()}
    rels = list(fragment.relationships.values())
    return {(r.type.value, names[i.source], names[r.target]) for i in rels
            if i.type is RelType.IMPOSES for r in rels
            if r.source == i.target and r.type in (RelType.RESTRICTS, RelType.TARGETS)}


def _holds(text: str, rel: str, imposer: str, other: str) -> bool:
    return any(r == rel and i == imposer.lower() and other.lower() in o
               for r, i, o in _chains(text))


# an appositive between the government and its verb: the verb is still the government's
APPOSITIVE = [
    "{I}, the top producer, restricted {A} exports in 2023.",
    "{I}, the world's largest producer of the metal, banned exports of {A} and {B}.",
    "{I}, by far the biggest refiner, imposed export controls on {A} and {B}.",
    "{I}, home to most of the world's refining, halted {A} exports last year.",
]
APPOSITIVE_TWINS = [
    # a participle with its agent says what the measure hit
    "{I}, a major exporter, sanctioned by the EU in 2022, still ships {A} abroad.",
    "{I}, the top producer, has not restricted {A} exports.",
    "{I}, the top producer, may restrict {A} exports.",
    "{I}, the top producer, lifted its curbs on {A} exports.",
]


def _cross(templates: list[str]) -> list[tuple[str, str, str]]:
    rows = []
    for k, (tpl, (imposer, country), (a, b)) in enumerate(itertools.product(
            templates, IMPOSERS, ITEMS)):
        if k % 3 == 0:  # a third of the cross product keeps the suite quick
            rows.append((tpl.format(I=imposer, A=a, B=b), country, a))
    return rows


@pytest.mark.parametrize(("text", "imposer", "item"), _cross(APPOSITIVE),
                         ids=lambda v: str(v)[:50])
def test_a_measure_after_an_appositive_is_the_governments(text: str, imposer: str,
                                                           item: str) -> None:
    assert _holds(text, "RESTRICTS", imposer, item)


@pytest.mark.parametrize(("text", "imposer", "item"), _cross(APPOSITIVE_TWINS),
                         ids=lambda v: str(v)[:50])
def test_an_appositive_twin_gives_no_restriction(text: str, imposer: str, item: str) -> None:
    assert not _holds(text, "RESTRICTS", imposer, item)
