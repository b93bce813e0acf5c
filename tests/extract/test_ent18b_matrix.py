"""A generated inventory of entity mentions the mention stage used to miss or cut.

* Kind adjectives in -able/-ible ("implantable defibrillators", "rechargeable cells") name a
  kind of device and stay in its open name; adjectives that judge or describe ("reliable",
  "affordable", "available") stay out of it (the twins).
* Chemical elements the lexicon lacked (barium, calcium, ...) are Material mentions, alone
  and in lists; a capitalised word that only contains such a name gives none.

Companies and phrasings are invented."""

from __future__ import annotations

import itertools

import pytest

from rekg.extract import pipeline
from rekg.loaders.document import Document
from rekg.schema import Label

_FIRMS = ["Zorvane Medical", "Quillbrook Devices", "Tessaro Systems"]
_KINDS = [("implantable", "defibrillators", "implantable defibrillator"),
          ("portable", "scanners", "portable scanner"),
          ("rechargeable", "cells", "rechargeable cell"),
          ("foldable", "phones", "foldable phone"),
          ("wearable", "monitors", "wearable monitor"),
          ("disposable", "catheters", "disposable catheter")]
_JUDGING = ["reliable", "affordable", "available", "durable", "suitable", "sizeable"]

# {F}: the firm; {k}: the kind adjective and head
KIND_PHRASES = [
    "{F} sells {k} to hospitals.",
    "{F} said demand for {k} rose last year.",
    "The shortage hit makers of {k} such as {F}.",
    "Cobalt goes into {k} made by {F}.",
]


def _mentions(text: str) -> list[tuple[Label, str]]:
    return [(m.label, m.name) for view in pipeline.mentions_for(Document(text=text))
            for m in view.mentions]


@pytest.mark.parametrize(("phrase", "firm", "kind"),
                         list(itertools.product(KIND_PHRASES, _FIRMS, _KINDS)))
def test_kind_adjective_kept_in_name(phrase: str, firm: str, kind: tuple[str, str, str]) -> None:
    adjective, head, name = kind
    found = _mentions(phrase.format(F=firm, k=f"{adjective} {head}"))
    assert (Label.PRODUCT, name) in found, found


@pytest.mark.parametrize(("phrase", "judging", "kind"),
                         list(itertools.product(KIND_PHRASES, _JUDGING, _KINDS[:3])))
def test_judging_adjective_left_out(phrase: str, judging: str, kind: tuple[str, str, str]) -> None:
    head = kind[1]
    found = _mentions(phrase.format(F=_FIRMS[0], k=f"{judging} {head}"))
    assert not any(judging in found_name for _, found_name in found), found


_ELEMENTS = ["barium", "calcium", "potassium", "rubidium", "osmium", "thallium", "iodine",
             "bromine", "xenon", "krypton"]
ELEMENT_PHRASES = [
    "{F} refines {e} at its plant.",
    "The glass uses {e} and strontium.",
    "Prices of {e} rose after the plant closed.",
    "Imports of tin, {e} and zinc fell.",
]


@pytest.mark.parametrize(("phrase", "element"),
                         list(itertools.product(ELEMENT_PHRASES, _ELEMENTS)))
def test_element_is_material(phrase: str, element: str) -> None:
    found = _mentions(phrase.format(F=_FIRMS[1], e=element))
    assert (Label.MATERIAL, element) in found, found


@pytest.mark.parametrize("text", [
    "Calciumtech opened an office in Oslo.",
    "Bariumworks Ltd hired a new chief executive.",
    "The Kryptonite Group signed a lease in Perth.",
])
def test_name_containing_element_is_no_material(text: str) -> None:
    assert not any(label is Label.MATERIAL for label, _ in _mentions(text))


@pytest.mark.parametrize(("phrase", "adjective", "head"), list(itertools.product(
    KIND_PHRASES, ["portable", "implantable", "rechargeable"], ["systems", "units", "devices"])))
def test_kind_adjective_on_generic_head_names_no_kind(phrase: str, adjective: str,
                                                      head: str) -> None:
    found = _mentions(phrase.format(F=_FIRMS[2], k=f"{adjective} {head}"))
    assert not any(name.startswith(adjective) for _, name in found), found


_COMPOUNDS = ["indium tin oxide", "lithium cobalt oxide", "gallium nitride", "cadmium telluride"]
_PRODUCT_HEADS = [("coatings", "coating"), ("transistors", "transistor"), ("sensors", "sensor")]
COMPOUND_PHRASES = [
    "{F} makes {c} {h} in Ohio.",
    "Demand for {c} {h} rose, {F} said.",
    "The plant of {F} ships {c} {h} to carmakers.",
]


@pytest.mark.parametrize(("phrase", "compound", "head"),
                         list(itertools.product(COMPOUND_PHRASES, _COMPOUNDS, _PRODUCT_HEADS)))
def test_compound_inside_product_is_material(phrase: str, compound: str,
                                             head: tuple[str, str]) -> None:
    found = _mentions(phrase.format(F=_FIRMS[1], c=compound, h=head[0]))
    assert (Label.MATERIAL, compound) in found, found
    if head[0] == "coatings":  # an open head takes the whole phrase as the product's name
        assert (Label.PRODUCT, f"{compound} {head[1]}") in found, found


@pytest.mark.parametrize(("phrase", "text"), list(itertools.product(COMPOUND_PHRASES, [
    "lithium", "permanent-magnet", "neodymium magnet"])))
def test_single_element_or_magnet_before_product_is_no_nested_material(phrase: str,
                                                                       text: str) -> None:
    views = pipeline.mentions_for(Document(text=phrase.format(F=_FIRMS[1], c=text,
                                                              h="motor controllers")))
    nested = [m.name for view in views for m in view.mentions if m.props.get("nested")]
    assert not nested, nested
