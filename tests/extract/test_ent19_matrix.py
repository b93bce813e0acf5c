"""A generated inventory of entity mentions that were false or wrongly labelled (round 19).

* A bare cathode ("cathodes", "battery cathodes") is a Material, like cathode material and
  copper cathode, not a Product.
* The credit of a dateline ("BEIJING, June 20 (Kestrel Wire Service) -") says who filed the
  story and names no organisation of the article; the same name as a subject does (the twins).
* A capitalised run right before a publication noun ("our Ore & Alloy newsletter") is the
  publication's title, no organisation; the same run as a subject is one (the twins).
* A possessive's "s" after a title ("MANAGING DIRECTOR'S REVIEW") opens no person's name, and
  neither does a capitalised run after "said," with its comma ("said, Port Tarvin would ...")
  or one before an apposition with no whole title ("in Ban Tarvin, the trade town");
  "said Jane Holt" and a title before a name still give the person (the twins).

Companies, agencies, people and places are invented."""

from __future__ import annotations

import itertools

import pytest

from rekg.extract import pipeline
from rekg.loaders.document import Document
from rekg.schema import Label

_FIRMS = ["Zorvane Energy", "Quillbrook Cells", "Tessaro Power"]


def _mentions(text: str) -> list[tuple[Label, str]]:
    return [(m.label, m.name) for view in pipeline.mentions_for(Document(text=text))
            for m in view.mentions]


# --- cathodes ---------------------------------------------------------------------------------
CATHODE_PHRASES = [
    "{F} makes cathodes for electric cars.",
    "{F} supplies battery cathodes to carmakers in Europe.",
    "Nickel and cobalt go into the cathode of every cell {F} sells.",
    "Demand for cathodes at {F} rose last year.",
]


@pytest.mark.parametrize(("phrase", "firm"), list(itertools.product(CATHODE_PHRASES, _FIRMS)))
def test_cathode_is_material(phrase: str, firm: str) -> None:
    found = _mentions(phrase.format(F=firm))
    assert (Label.MATERIAL, "cathode") in found, found
    assert not any(label is Label.PRODUCT and "cathode" in name for label, name in found), found


@pytest.mark.parametrize(("text", "name"), [
    ("{F} sells cathode materials to cell makers.", "cathode material"),
    ("{F} imports refined copper cathodes from Chile.", "copper cathode"),
])
@pytest.mark.parametrize("firm", _FIRMS)
def test_cathode_twins_keep_their_entries(text: str, name: str, firm: str) -> None:
    found = _mentions(text.format(F=firm))
    assert (Label.MATERIAL, name) in found, found


# --- dateline credits -------------------------------------------------------------------------
_AGENCIES = ["Kestrel Wire Service", "Harbour News Service", "Tamsin Press Agency"]
_DATELINES = ["BEIJING, June 20 ({A}) - ", "SYDNEY, Aug. 3 ({A}) - ", "JAKARTA, March 9 ({A}) – "]
_BODY = "Tarvik Resources said its refinery produced more terbium oxide in May."


@pytest.mark.parametrize(("dateline", "agency"), list(itertools.product(_DATELINES, _AGENCIES)))
def test_dateline_credit_is_no_organisation(dateline: str, agency: str) -> None:
    found = _mentions(dateline.format(A=agency) + _BODY)
    assert not any(name == agency for _, name in found), found
    assert (Label.ORGANIZATION, "Tarvik Resources") in found, found


@pytest.mark.parametrize("agency", _AGENCIES)
def test_agency_as_subject_is_organisation(agency: str) -> None:
    found = _mentions(f"BEIJING, June 20 - {agency} said on Monday that exports fell.")
    assert (Label.ORGANIZATION, agency) in found, found


# --- publication titles -----------------------------------------------------------------------
_TITLES = ["Ore & Alloy", "Morning Metals", "Quillon Minerals"]
_PUBLICATIONS = ["newsletter", "wrap", "briefing", "podcast"]
PUBLICATION_PHRASES = [
    "Sign up for our {T} {p}.",
    "Get the {T} {p} in your inbox every Friday.",
]


@pytest.mark.parametrize(("phrase", "title", "publication"),
                         list(itertools.product(PUBLICATION_PHRASES, _TITLES, _PUBLICATIONS)))
def test_publication_title_is_no_organisation(phrase: str, title: str, publication: str) -> None:
    found = _mentions(phrase.format(T=title, p=publication))
    assert not any(label is Label.ORGANIZATION for label, _ in found), found


@pytest.mark.parametrize("text", [
    "Quillon Minerals said on Monday that output rose.",
    "Output at Quillon Minerals rose, the company said.",
    "Quillon Minerals plans a newsletter for investors.",
])
def test_same_run_as_company_is_organisation(text: str) -> None:
    assert (Label.ORGANIZATION, "Quillon Minerals") in _mentions(text)


# --- possessives and "said," ------------------------------------------------------------------
@pytest.mark.parametrize("heading", [
    "MANAGING DIRECTOR'S REVIEW", "CHAIRMAN'S LETTER", "CHIEF EXECUTIVE'S REPORT",
    "MANAGING DIRECTOR’S COMMENT",
])
def test_possessive_heading_is_no_person(heading: str) -> None:
    found = _mentions(f"{heading}\n\nTarvik Resources produced 900 tonnes of NdPr oxide.")
    assert not any(label is Label.PERSON for label, _ in found), found


_PLACES = ["Port Tarvin", "Lake Quillon", "Mount Bessa"]
_SPEAKERS = ["Industry Minister Jane Holt", "the mayor", "Holt"]


@pytest.mark.parametrize(("speaker", "place"), list(itertools.product(_SPEAKERS, _PLACES)))
def test_run_after_said_comma_is_no_person(speaker: str, place: str) -> None:
    found = _mentions(f"If the pilot works, {speaker} said, {place} would become the only "
                      "producer of antimony in the country.")
    assert not any(label is Label.PERSON and name == place for label, name in found), found


@pytest.mark.parametrize("text", [
    "The plant will grow, said Jane Holt, the chief executive.",
    "\"It will grow,\" said Jane Holt.",
    "Managing Director Jane Holt said the plant will grow.",
    "MANAGING DIRECTOR JANE HOLT said the plant will grow.",
])
def test_speaker_twins_are_people(text: str) -> None:
    found = _mentions(text)
    assert any(label is Label.PERSON and name.lower() == "jane holt" for label, name in found), \
        found


# --- appositions need a whole title -----------------------------------------------------------
_TOWNS = ["Ban Tarvin", "Mae Quillon", "Nong Bessa"]
TOWN_PHRASES = [
    "For the villagers in {P}, the global magnet trade is far away.",
    "Farmers near {P}, the trade town, worry about the river.",
    "In {P}, the chief worry is the water.",
]


@pytest.mark.parametrize(("phrase", "town"), list(itertools.product(TOWN_PHRASES, _TOWNS)))
def test_place_before_apposition_without_title_is_no_person(phrase: str, town: str) -> None:
    found = _mentions(phrase.format(P=town))
    assert not any(label is Label.PERSON for label, _ in found), found


@pytest.mark.parametrize("text", [
    "Jane Holt, the trade minister, said exports would resume.",
    "Jane Holt, chief executive of Tarvik Resources, said output rose.",
    "Jane Holt, a former deputy minister, said the rules were vague.",
])
def test_apposition_with_title_is_person(text: str) -> None:
    assert (Label.PERSON, "Jane Holt") in _mentions(text)
