"""Generated matrix for the seats of organisations and the officials who speak for them.

- A government body named without its country ("the Ministry of Water and Mines", "the Land
  Survey Department") is seated in the country of the dateline ("HANOI, May 2 -", "Jakarta -");
  twins: no dateline, a dateline city the lexicon does not know, a body whose own name or an
  earlier sentence seats it, a company (no government body) and a European body stay unseated.
- "Tarvik Industries and BXC pushed ...": a capitalised run with "and" that is no name as a
  whole still opens with the organisation whose suffix stands before the "and", and the name
  joined to it is one too; twins: a
  lexicon phrase before the suffix ("Critical Minerals and Supply Chains") or a portfolio
  ("Ministry of Mines and Energy" stays one name).
- "Tarrow Metals' chief executive, Ida Holm, said": a title after a plural possessive, with the
  name in apposition, speaks for the organisation; so do the chief-officer titles as a class
  ("chief commercial officer", "chief legal officer" ...). Twins: no possessive, a place
  before the title.
Every sentence is written for this test (made-up names, no corpus text).
"""

from __future__ import annotations

import itertools

import pytest

from rekg.extract import extract
from rekg.loaders.document import Document
from rekg.schema import GraphFragment, Label

pytestmark = pytest.mark.usefixtures("patterns_only")


def _graph(text: str) -> GraphFragment:
    return extract(Document(text=text, title="Test", published="2025-06-01"))


def _pairs(graph: GraphFragment, rel: str) -> set[tuple[str, str]]:
    return {(graph.nodes[r.source].name, graph.nodes[r.target].name)
            for r in graph.relationships.values() if r.type.value == rel}


def _names(graph: GraphFragment, label: Label) -> set[str]:
    return {n.name for n in graph.nodes.values() if n.label is label}


# (dateline, its country): capitals in capitals or title case, a second city after a slash
_DATELINES = [
    ("HANOI, May 2 -", "Vietnam"),
    ("Jakarta -", "Indonesia"),
    ("LILONGWE, June 10 (Newswire) -", "Malawi"),
    ("Kyiv, 8 May 2025.", "Ukraine"),
    ("VIENTIANE/BEIJING, Sept 18 \u2014", "Laos"),
]
# government bodies the lexicon does not know, named as ministries or departments
_BODIES = ["Ministry of Water and Mines", "Ministry of Rural Industry",
           "Land Survey Department", "Ministry of Coastal Affairs", "National Quarry Agency",
           "Customs Administration"]
# sentences that name the body; the country is named in the first sentence's clause
_FRAMES = [
    "{dateline} The {body} said on Tuesday that {country} would publish new mining rules.",
    "{dateline} {country} will review its quarry permits, an official of the {body} said.",
    "{dateline} Quarry owners in {country} wrote to the {body} about the new levy.",
]


def _dated(frame: str, dateline: str, body: str, country: str) -> str:
    return frame.format(dateline=dateline, body=body, country=country)


@pytest.mark.parametrize(("frame", "dateline", "body"),
                         list(itertools.product(_FRAMES, _DATELINES, _BODIES)))
def test_a_government_body_is_seated_in_the_datelines_country(
        frame: str, dateline: tuple[str, str], body: str) -> None:
    graph = _graph(_dated(frame, dateline[0], body, dateline[1]))
    assert (body, dateline[1]) in _pairs(graph, "LOCATED_IN")


@pytest.mark.parametrize(("frame", "body"), list(itertools.product(_FRAMES, _BODIES)))
def test_no_dateline_seats_no_body(frame: str, body: str) -> None:
    graph = _graph(_dated(frame, "", body, "Vietnam").strip())
    assert not any(src == body for src, _ in _pairs(graph, "LOCATED_IN"))


# datelines the lexicon cannot place, or words that are no place before the comma
_NOT_DATELINES = ["ORLATH, May 2 -", "Meanwhile,", "On Tuesday,", "Officials said -"]


@pytest.mark.parametrize(("frame", "dateline"), list(itertools.product(_FRAMES, _NOT_DATELINES)))
def test_an_unknown_dateline_seats_no_body(frame: str, dateline: str) -> None:
    body = "Ministry of Water and Mines"
    graph = _graph(_dated(frame, dateline, body, "Vietnam"))
    assert not any(src == body for src, _ in _pairs(graph, "LOCATED_IN"))


@pytest.mark.parametrize("dateline", _DATELINES[:3])
def test_a_body_seated_by_its_sentence_keeps_that_seat(dateline: tuple[str, str]) -> None:
    text = (f"{dateline[0]} Kenya's Ministry of Water and Mines said on Tuesday that "
            f"{dateline[1]} and Kenya would publish new rules.")
    pairs = _pairs(_graph(text), "LOCATED_IN")
    assert ("Ministry of Water and Mines", "Kenya") in pairs
    assert ("Ministry of Water and Mines", dateline[1]) not in pairs


@pytest.mark.parametrize(("dateline", "company"), list(itertools.product(
    _DATELINES[:3], ["Tarrow Mining Ltd", "Velmora Resources", "International Quarry Agency",
                     "World Quarry Agency", "European Quarry Agency"])))
def test_a_company_or_an_international_body_is_no_national_one(dateline: tuple[str, str],
                                                               company: str) -> None:
    text = f"{dateline[0]} {company} said on Tuesday that {dateline[1]} would publish rules."
    assert not any(src == company and dst == dateline[1]
                   for src, dst in _pairs(_graph(text), "LOCATED_IN"))


# a dateline in capitals is no mention of its own: the country must be named elsewhere
@pytest.mark.parametrize("dateline", ["VIENTIANE, Sept 18 -", "VIENTIANE/BEIJING, Sept 18 -"])
def test_the_country_must_be_named_in_the_article(dateline: str) -> None:
    text = f"{dateline} The Ministry of Water and Mines said quarry permits would be reviewed."
    assert not _pairs(_graph(text), "LOCATED_IN")


# (organisation, title): titles after a plural possessive, and the chief-officer class
_OWNERS = ["Tarrow Metals", "Orlith Minerals", "Kestrun Resources"]
_TITLES = ["chief executive", "chairman", "chief commercial officer", "chief investment officer",
           "chief legal officer", "chief sustainability officer", "managing director"]
_APPOSED = [
    "{org}' {title}, Ida Holm, said demand for the oxide was steady.",
    "In a statement, {org}' {title}, Ida Holm, said the plant would reopen.",
]


@pytest.mark.parametrize(("frame", "org", "title"),
                         list(itertools.product(_APPOSED, _OWNERS, _TITLES)))
def test_a_title_after_a_plural_possessive_speaks_for_the_organisation(
        frame: str, org: str, title: str) -> None:
    graph = _graph(frame.format(org=org, title=title))
    assert ("Ida Holm", org) in _pairs(graph, "REPRESENTS")


@pytest.mark.parametrize(("org", "title"), list(itertools.product(_OWNERS, _TITLES[2:6])))
def test_a_chief_officer_title_before_the_name_speaks_for_the_organisation(
        org: str, title: str) -> None:
    graph = _graph(f"{org} {title} Ida Holm said demand for the oxide was steady.")
    assert ("Ida Holm", org) in _pairs(graph, "REPRESENTS")


@pytest.mark.parametrize(("org", "title"), list(itertools.product(_OWNERS, _TITLES[:4])))
def test_a_title_with_no_possessive_speaks_for_no_one_named_before(org: str, title: str) -> None:
    graph = _graph(f"{org} met buyers, and the {title}, Ida Holm, said demand was steady.")
    assert ("Ida Holm", org) not in _pairs(graph, "REPRESENTS")


# (first name, suffix word) + the name after "and" that has no suffix of its own
_HEADS = [("Tarvik", "Industries"), ("Orlith", "Chemical"), ("Kestrun", "Mining"),
          ("Velmora", "Holdings"), ("Bessany", "Metals")]
_SECONDS = ["BXC", "Dunmore", "KLT"]
_RUN_FRAMES = [
    "{a} and {b} pushed their new films into phone screens last year.",
    "Output rose after {a} and {b} expanded their plants in Ostrava.",
    "Buyers said {a} and {b} had raised prices twice.",
]


@pytest.mark.parametrize(("frame", "head", "second"),
                         list(itertools.product(_RUN_FRAMES, _HEADS, _SECONDS)))
def test_a_suffixed_name_before_and_is_an_organisation(frame: str, head: tuple[str, str],
                                                        second: str) -> None:
    name = " ".join(head)
    orgs = _names(_graph(frame.format(a=name, b=second)), Label.ORGANIZATION)
    assert name in orgs, orgs
    assert second in orgs, orgs
    assert not any(" and " in o for o in orgs), orgs


# runs whose part before "and" is a lexicon phrase, or a ministry's portfolio
_NOT_HEADS = [
    ("Critical Minerals and Supply Chains was the theme of the Ostrava forum.",
     "Critical Minerals"),
    ("Rare Earths and Beyond is a report by Velmora Research.", "Rare Earths"),
    ("The Ministry of Mines and Energy said quarry permits would be reviewed.",
     "Ministry of Mines"),
]


@pytest.mark.parametrize(("text", "not_org"), _NOT_HEADS)
def test_no_organisation_is_cut_from_a_lexicon_phrase_or_a_portfolio(text: str,
                                                                     not_org: str) -> None:
    assert not_org not in _names(_graph(text), Label.ORGANIZATION)
