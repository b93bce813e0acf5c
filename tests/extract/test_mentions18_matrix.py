"""Generated matrix of gold ends the mention stage used to miss (round 18, lane mentions18).

1. A company's name followed by a country's ("Tarnby Resources Canada", "Lynas USA") names the
   company's unit in that country: one organisation, seated there. Twins: the possessive ("'s
   Finland unit"), a preposition ("in Germany"), "and", or "its" before the country keep the
   company and the country apart.
2. A material's name before the shape it is made or sold in ("copper pipes", "nickel sheet",
   "aluminium bars") names that form as a material. Twins: the shape word alone, after a comma,
   or before a word it modifies ("copper plate makers") names no such material.
3. A bare "concentrate" right after a material with no lexicon concentrate ("graphite
   concentrate") is that material's concentrate; a rare earth's stays the lexicon's, and one
   with no material before it is no such node.
Every sentence is written for this test (made-up companies and places, no corpus text)."""

from __future__ import annotations

import itertools

import pytest

from rekg.extract import extract
from rekg.extract.pipeline import mentions_for
from rekg.loaders.document import Document
from rekg.schema import Label, RelType


def _doc(text: str) -> Document:
    return Document(text=text, title="Test", published="2025-06-01")


def _mentions(text: str, label: Label) -> set[str]:
    return {m.name.lower() for v in mentions_for(_doc(text)) for m in v.mentions
            if m.label is label}


# --- 1. country units ------------------------------------------------------------------
_COMPANIES = ["Tarnby Resources", "Velmora Minerals", "Kestrun Mining", "Orlith Metals"]
_COUNTRIES = [("Canada", "Canada"), ("USA", "United States"), ("Finland", "Finland"),
              ("Australia", "Australia"), ("Germany", "Germany")]
_UNIT_FRAMES = [
    "{org} said output rose. {org} {country} will build a refinery near Ostrava.",
    "{org} reported a loss. The award went to {org} {country} last year.",
    "{org} {country} is studying a recycling hub, {org} said.",
]


@pytest.mark.parametrize(("frame", "org", "country"),
                         list(itertools.product(_UNIT_FRAMES, _COMPANIES, _COUNTRIES)))
def test_a_company_and_country_name_its_unit(frame: str, org: str,
                                             country: tuple[str, str]) -> None:
    text = frame.format(org=org, country=country[0])
    orgs = _mentions(text, Label.ORGANIZATION)
    assert f"{org} {country[0]}".lower() in orgs, orgs
    graph = extract(_doc(text))
    seats = {(graph.nodes[r.source].name, graph.nodes[r.target].name)
             for r in graph.relationships.values() if r.type is RelType.LOCATED_IN}
    assert (f"{org} {country[0]}", country[1]) in seats, seats


_UNIT_TWINS = [
    "{org} said output rose. {org}'s {country} unit will build a refinery.",
    "{org} said output rose. {org} in {country} will build a refinery.",
    "{org} said output rose. {org} and {country} signed a memorandum.",
    "{org} said output rose. Its {country} venture will build a refinery.",
]


@pytest.mark.parametrize(("frame", "org", "country"),
                         list(itertools.product(_UNIT_TWINS, _COMPANIES, _COUNTRIES[:3])))
def test_a_company_apart_from_a_country_is_no_unit(frame: str, org: str,
                                                   country: tuple[str, str]) -> None:
    orgs = _mentions(frame.format(org=org, country=country[0]), Label.ORGANIZATION)
    assert not any(name.endswith(country[0].lower()) for name in orgs), orgs


# --- 2. material forms -----------------------------------------------------------------
_MATERIALS = ["copper", "nickel", "aluminium", "zinc", "titanium dioxide"]
_FORMS = [("pipes", "pipe"), ("sheets", "sheet"), ("plate", "plate"), ("bars", "bar"),
          ("pigment", "pigment"), ("billets", "billet")]
_FORM_FRAMES = [
    "Velmora Metals sells {material} {form} to builders in Ostrava.",
    "The duty covers imports of {material} {form} from Tarnby.",
    "Kestrun Mining said its {material} {form} went to buyers abroad.",
]


@pytest.mark.parametrize(("frame", "material", "form"),
                         list(itertools.product(_FORM_FRAMES, _MATERIALS, _FORMS)))
def test_a_material_before_its_shape_names_the_form(frame: str, material: str,
                                                    form: tuple[str, str]) -> None:
    names = _mentions(frame.format(material=material, form=form[0]), Label.MATERIAL)
    assert f"{material} {form[1]}" in names, names


_FORM_TWINS = [
    "The White House fact {form} said little about Ostrava.",
    "Velmora Metals sells {material}, {form} and tools to builders.",
    "{Material} plate makers in Tarnby and {material} pipe makers complained.",
    "A bar chart showed the {form} of Kestrun Mining.",
]


@pytest.mark.parametrize(("frame", "material", "form"),
                         list(itertools.product(_FORM_TWINS, _MATERIALS[:3], _FORMS[:4])))
def test_a_shape_word_alone_names_no_material(frame: str, material: str,
                                              form: tuple[str, str]) -> None:
    text = frame.format(material=material, Material=material.capitalize(), form=form[0])
    names = _mentions(text, Label.MATERIAL)
    assert not any(name.endswith(tuple(f[1] for f in _FORMS)) for name in names), names


# --- 3. concentrates -------------------------------------------------------------------
_CONCENTRATES = ["graphite", "germanium", "nickel", "zinc"]
_OPEN_CONCENTRATES = [m for m in _CONCENTRATES if m != "germanium"]  # the lexicon names it
_CONCENTRATE_FRAMES = [
    "Orlith Minerals ships {material} concentrate to a smelter in Tarnby.",
    "Velmora Mining will produce {material} concentrate at its Ostrava mine.",
    "Buyers of {material} concentrate in Kestrun paid more.",
]


@pytest.mark.parametrize(("frame", "material"),
                         list(itertools.product(_CONCENTRATE_FRAMES, _OPEN_CONCENTRATES)))
def test_a_material_names_its_concentrate(frame: str, material: str) -> None:
    names = _mentions(frame.format(material=material), Label.MATERIAL)
    assert f"{material} concentrate" in names, names
    assert material in names, names


@pytest.mark.parametrize(("frame", "material"),
                         list(itertools.product(_CONCENTRATE_FRAMES, ["rare earth", "germanium"])))
def test_a_lexicon_concentrate_stays_the_lexicons(frame: str, material: str) -> None:
    names = _mentions(frame.format(material=material), Label.MATERIAL)
    assert f"{material} concentrate" in names, names
    assert f"{material} concentrate concentrate" not in names


@pytest.mark.parametrize("material", _CONCENTRATES)
def test_a_concentrate_apart_from_its_material_is_not_named_for_it(material: str) -> None:
    text = f"Velmora Mining sells {material}, and the concentrate goes to Tarnby."
    assert f"{material} concentrate" not in _mentions(text, Label.MATERIAL)


# --- 4. a metal's name in a company's --------------------------------------------------
_METAL_FIRMS = [("Osaka", "Titanium", "Japan"), ("Korea", "Tungsten", "South Korea"),
                ("Canada", "Cobalt", "Canada"), ("Norway", "Nickel", "Norway"),
                ("Finland", "Lithium", "Finland")]
_METAL_FRAMES = [
    "Ore from Tarnby goes to {place} {metal}, which refines it in Ostrava.",
    "{place} {metal} said on Monday that output rose 5%.",
    "Buyers include Velmora Metals and {place} {metal}.",
]


@pytest.mark.parametrize(("frame", "firm"), list(itertools.product(_METAL_FRAMES, _METAL_FIRMS)))
def test_a_capitalised_metal_after_a_country_names_a_company(
        frame: str, firm: tuple[str, str, str]) -> None:
    place, metal, country = firm
    text = frame.format(place=place, metal=metal)
    orgs = _mentions(text, Label.ORGANIZATION)
    assert f"{place} {metal}".lower() in orgs, orgs
    assert metal.lower() not in _mentions(text, Label.MATERIAL)
    graph = extract(_doc(text))
    seats = {(graph.nodes[r.source].name, graph.nodes[r.target].name)
             for r in graph.relationships.values() if r.type is RelType.LOCATED_IN}
    assert (f"{place} {metal}", country) in seats, seats


_METAL_TWINS = [
    "Ore from Tarnby goes to {place} {lower}, which refines it in Ostrava.",
    "The {place} {metal} Project near Ostrava will start in 2027.",
    "Velmora Metals is developing the {place} {metal} project near Ostrava.",
    "Buyers in Ostrava paid more for {demonym} {lower} this year.",
]
_DEMONYMS = {"Osaka": "Japanese", "Korea": "Korean", "Canada": "Canadian", "Norway": "Norwegian",
             "Finland": "Finnish"}


@pytest.mark.parametrize(("frame", "firm"), list(itertools.product(_METAL_TWINS, _METAL_FIRMS)))
def test_a_metal_after_a_country_in_lower_case_or_a_site_is_no_company(
        frame: str, firm: tuple[str, str, str]) -> None:
    place, metal, _ = firm
    text = frame.format(place=place, metal=metal, lower=metal.lower(),
                        demonym=_DEMONYMS[place])
    orgs = _mentions(text, Label.ORGANIZATION)
    assert f"{place} {metal}".lower() not in orgs, orgs
    assert f"{_DEMONYMS[place]} {metal}".lower() not in orgs, orgs


_TRADE_NOUNS = ["output", "exports", "prices", "production", "shipments", "demand"]


@pytest.mark.parametrize(("noun", "firm"), list(itertools.product(_TRADE_NOUNS, _METAL_FIRMS)))
def test_a_country_and_metal_before_a_trade_noun_is_no_company(
        noun: str, firm: tuple[str, str, str]) -> None:
    place, metal, _ = firm
    orgs = _mentions(f"Analysts in Tarnby said {place} {metal} {noun} rose 5%.",
                     Label.ORGANIZATION)
    assert f"{place} {metal}".lower() not in orgs, orgs
