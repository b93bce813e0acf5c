"""A generated inventory of absent facts of three general kinds, with invented companies and
less common countries and goods, each crossed with twins in which the same words leave the
fact standing (scorer on, as in evaluation):

* items that stand outside a measure named after "outside" ("cerium remains outside Zambia's
  export controls", "hafnium, a by-product, falls outside the scope of Peru's ban"), also when
  the scorer pairs the item with another word for the same measure later in the sentence;
* output only studied ("X has looked at / evaluated / examined recovering Y"), also when the
  scorer reads it again through "its" ("... at its smelter");
* a verb of telling after "to" governs the telling, not the claim told ("X is pleased to
  announce that it has produced Y" states the output).
"""

from __future__ import annotations

import pytest

from rekg.loaders.document import Document

from .fragments import states

IMPOSERS = ["Zambia", "Peru", "Chile"]
MEASURES = ["export controls", "export ban", "licensing regime"]
ITEMS = [("hafnium", "hafnium"), ("tellurium and bismuth", "tellurium"),
         ("indium, a by-product of zinc smelting,", "indium")]

OUTSIDE = [
    "{I} remain outside {C}'s {M}.",
    "{I} falls outside {C}'s {M}.",
    "{I} lies outside the scope of {C}'s {M}.",
    "{I} stays outside {C}'s new {M}, officials said.",
]
# the scorer pairs the item with another word for the same measure later in the sentence
# (a measure of another kind there, "... under licensing", is out of this rule's reach)
LATER = ["{I} remain outside {C}'s {M} even after this week's additions, which bring twelve "
         "metals under control."]
# the same words with the item inside the measure: the item is restricted
INSIDE = [
    "{I} falls under {C}'s {M}.",
    "{I} remain subject to {C}'s {M}.",
    "{C}'s {M} now covers {I}, which is mined outside Europe.",
]


def _item(template: str, item: str) -> str:
    text = template.replace("{I}", item)
    if item.endswith(","):  # an apposition: "Indium, a by-product of zinc smelting, falls"
        text = text.replace(",,", ",")
    return text[0].upper() + text[1:]


def _cases(templates: list[str], measures: list[str] = MEASURES) -> list[tuple[str, str]]:
    return [(_item(t, item).replace("{C}", c).replace("{M}", m), name)
            for t in templates for c in IMPOSERS for m in measures for item, name in ITEMS]


@pytest.mark.parametrize(("text", "item"), _cases(OUTSIDE) + _cases(LATER, ["export controls"]))
def test_an_item_outside_a_measure_is_not_restricted(text: str, item: str) -> None:
    assert not states(text, "RESTRICTS", "*", item), text


@pytest.mark.parametrize(("text", "item"), _cases(INSIDE))
def test_an_item_inside_a_measure_is_restricted(text: str, item: str) -> None:
    assert states(text, "RESTRICTS", "*", item), text


COMPANIES = ["Norvale Metals", "Brandvik Minerals", "Tarrow Resources"]
GOODS = ["germanium", "hafnium", "tellurium"]
STUDIED = ["has looked at", "looked at", "is looking at", "has evaluated", "is evaluating",
           "has examined", "assessed", "has investigated", "is weighing up"]
GERUNDS = ["recovering", "producing", "extracting"]


@pytest.mark.parametrize("company", COMPANIES)
@pytest.mark.parametrize("good", GOODS)
@pytest.mark.parametrize("studied", STUDIED)
@pytest.mark.parametrize("gerund", GERUNDS)
def test_output_only_studied_is_no_output(company: str, good: str, studied: str,
                                          gerund: str) -> None:
    text = f"{company} {studied} {gerund} {good} at its smelter in Ohio."
    assert not states(text, "PRODUCES", company, good), text


@pytest.mark.parametrize("company", COMPANIES)
@pytest.mark.parametrize("good", GOODS)
@pytest.mark.parametrize("verb", ["recovers", "produces", "extracts", "has recovered"])
def test_output_told_is_output(company: str, good: str, verb: str) -> None:
    text = f"{company} {verb} {good} at its smelter in Ohio."
    assert states(text, "PRODUCES", company, good), text


@pytest.mark.parametrize("company", COMPANIES)
@pytest.mark.parametrize("good", GOODS)
@pytest.mark.parametrize("frame", [
    "{S} is pleased to announce that it has produced {G} at its plant in Ohio.",
    "{S} was proud to report that it had produced {G} at its plant in Ohio.",
])
def test_a_told_output_after_to_is_output(company: str, good: str, frame: str) -> None:
    text = frame.replace("{S}", company).replace("{G}", good)
    assert states(text, "PRODUCES", company, good), text


@pytest.mark.parametrize("company", COMPANIES)
@pytest.mark.parametrize("good", GOODS)
def test_a_studied_output_at_a_named_smelter_is_no_output(company: str, good: str) -> None:
    """"X has looked at recovering Y at its zinc smelter": "its" read with Y is the same
    studied output."""
    text = f"{company} has looked at recovering {good} at its zinc smelter in Ohio."
    assert not states(text, "PRODUCES", company, good), text


SITES = ["refinery", "separation plant", "smelter"]
BUILT = [("to be built", False), ("to be developed", False), ("to be constructed", False),
         ("to be set up", False), ("built", True), ("run", True), ("operated", True)]


@pytest.mark.parametrize("company", COMPANIES)
@pytest.mark.parametrize("good", GOODS)
@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize(("built", "made"), BUILT)
def test_a_site_to_be_built_gives_its_builder_no_output(company: str, good: str, site: str,
                                                       built: str, made: bool) -> None:
    """"a hafnium refinery to be built by X in Ohio": X makes no hafnium yet; "built by X",
    "run by X" state the output."""
    text = f"The government will help fund a {good} {site} {built} by {company} in Ohio."
    assert states(text, "PRODUCES", company, good) is made, text


STATES = [("Zambia", "cobalt", "Vietnam"), ("Peru", "tin", "Bolivia"),
          ("Chile", "lithium", "Korea")]
MEASURE_VERBS = ["ban exports of {G} to {T}", "restrict exports of {G} to {T}",
                 "impose export duties on {G} bound for {T}"]
ASKED = [
    "Asked whether {S} will {M}, the minister declined to comment.",
    "Asked if {S} would {M}, the minister gave no direct answer.",
    "Reporters asked whether {S} will {M}.",
    "The minister did not say whether {S} will soon {M}.",
    "It is unclear whether {S} will {M}.",
    "Social media posts claim that {S} will {M}.",
    "Viral posts say {S} is about to {M}.",
    "Online posts falsely claim that {S} plans to {M}.",
    "{S} can {M} at any time.",
]
TOLD = [
    "{S} moved to {M} on Monday, the minister said.",
    "{S} decided to {M}, the minister said.",
    "Asked about the decision, the minister said {S} would {M} from July 1.",
]


def _measures(templates: list[str]) -> list[tuple[str, str, str]]:
    return [(t.replace("{M}", m).replace("{S}", s).replace("{G}", g).replace("{T}", t2), g, t2)
            for t in templates for m in MEASURE_VERBS for s, g, t2 in STATES]


@pytest.mark.parametrize(("text", "good", "target"), _measures(ASKED))
def test_a_measure_asked_about_or_posted_is_not_taken(text: str, good: str,
                                                       target: str) -> None:
    assert not states(text, "RESTRICTS", "*", good), text
    assert not states(text, "TARGETS", "*", target), text


@pytest.mark.parametrize(("text", "good", "target"), _measures(TOLD))
def test_a_measure_told_is_taken(text: str, good: str, target: str) -> None:
    assert states(text, "RESTRICTS", "*", good), text


@pytest.mark.parametrize(("state", "good", "target"), STATES)
def test_a_question_about_what_a_measure_covers_keeps_the_measure(state: str, good: str,
                                                                  target: str) -> None:
    """"asked whether that text covered the licensing X introduced for Y": the question is
    what the text covers; the licensing stands."""
    text = (f"Analysts asked whether the accord covered the export licensing {state} "
            f"introduced in April for {good}.")
    assert states(text, "RESTRICTS", "*", good), text


PLACES = ["Paraguay", "Zambia", "Peru"]


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("good", GOODS)
@pytest.mark.parametrize(("verb", "made"), [("would recover", False), ("could recover", False),
                                            ("might recover", False), ("recovers", True)])
def test_a_hedge_in_the_relative_clause_of_a_site(place: str, good: str, verb: str,
                                                  made: bool) -> None:
    """"a refinery in Paraguay, which would recover hafnium": the output is only hedged."""
    text = f"The state will invest in a refinery in {place}, which {verb} {good}."
    if made:
        text = f"The state owns a refinery in {place}, which {verb} {good}."
    assert states(text, "PRODUCES", place, good) is made, text


@pytest.mark.parametrize("company", COMPANIES)
@pytest.mark.parametrize("good", GOODS)
@pytest.mark.parametrize(("verb", "made"), [("would recover", False), ("may produce", False),
                                            ("recovers", True), ("produces", True)])
def test_a_hedge_in_the_relative_clause_of_a_company(company: str, good: str, verb: str,
                                                     made: bool) -> None:
    text = f"{company}, which {verb} {good} at the site, won a grant."
    assert states(text, "PRODUCES", company, good) is made, text


MADE = [("magnets", "magnet"), ("batteries", "batter"), ("solar panels", "solar panel")]
TECHNOLOGY = ["technology for making", "equipment used to make", "machines that make",
              "technologies for producing"]


@pytest.mark.parametrize(("state", "_good", "_target"), STATES)
@pytest.mark.parametrize(("goods", "name"), MADE)
@pytest.mark.parametrize("technology", TECHNOLOGY)
def test_goods_a_restricted_technology_makes_are_not_restricted(
        state: str, _good: str, _target: str, goods: str, name: str, technology: str) -> None:
    """"banned the export of technology for making magnets": the technology is restricted,
    and the state is no maker of magnets for it."""
    text = f"{state} banned the export of {technology} {goods}."
    assert not _goods_restricted(text, name), text
    assert not states(text, "PRODUCES", state, name), text


def _goods_restricted(text: str, name: str) -> bool:
    """A RESTRICTS fact on the goods themselves, not on the technology or equipment named by
    what it makes ("battery manufacturing technology" is a product of its own)."""
    from rekg.extract.explain import explain

    facts = explain(Document(text=text, title="Test", published="2025-06-01")).facts
    return any(f.relation == "RESTRICTS" and name in f.target.lower()
               and not f.target.lower().endswith(("technology", "equipment", "machinery"))
               for f in facts)


@pytest.mark.parametrize(("state", "_good", "_target"), STATES)
@pytest.mark.parametrize(("goods", "name"), MADE)
@pytest.mark.parametrize("text", [
    "{S} banned the export of {G}.",
    "{S} banned exports of {G} and of the technology for making them.",
    "{S} restricts exports of {G}, and of the equipment used to make them.",
])
def test_goods_restricted_beside_their_technology_stay_restricted(
        state: str, _good: str, _target: str, goods: str, name: str, text: str) -> None:
    text = text.replace("{S}", state).replace("{G}", goods)
    text = text[0].upper() + text[1:]
    assert states(text, "RESTRICTS", "*", name), text


@pytest.mark.parametrize("company", COMPANIES)
@pytest.mark.parametrize("good", GOODS)
def test_a_hedge_in_a_closed_relative_clause_leaves_the_main_verb(company: str,
                                                                  good: str) -> None:
    """"X, which may expand its plant, recovers Y": the hedge stays in its clause."""
    text = f"{company}, which may expand its plant, recovers {good} at the site."
    assert states(text, "PRODUCES", company, good), text
