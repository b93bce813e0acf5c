"""Generated matrix of entity spans: words that judge goods or act on them open no product or
material name, and a company name whose second half opens with a word of the trade is one name.
Every sentence is written for this test (made-up companies, no corpus text)."""

from __future__ import annotations

import itertools

import pytest

from rekg.extract import extract
from rekg.loaders.document import Document
from rekg.schema import GraphFragment, Label

from .fact_triples import mentioned_names

pytestmark = pytest.mark.usefixtures("patterns_only")


def _graph(text: str) -> GraphFragment:
    return extract(Document(text=text, title="Test", published="2025-06-01"))


def _names(text: str, *labels: Label) -> set[str]:
    wanted = {label.value for label in labels}
    return {name.lower() for label, name in mentioned_names(text) if label in wanted}


_GOODS = (Label.PRODUCT, Label.MATERIAL)

# (frame with {verb}, the goods phrase after it, the name the goods keep without the verb)
_VERB_FRAMES = [
    ("Several navies now buy or {verb} drones from local makers.", "drone"),
    ("Crews at the pit {verb} ore to the crusher every night.", None),
    ("The two owners {verb} drives from old data centres each year.", None),
    ("Local councils will test and {verb} generators for the grid.", "generator"),
    ("Both groups {verb} feedstock from partners in Canada.", None),
]
_VERBS = ["favour", "provide", "refine", "retire", "evaluate", "develop", "deploy", "procure",
          "acquire"]


@pytest.mark.parametrize(("frame", "verb"), [
    (frame, verb) for (frame, _), verb in itertools.product(_VERB_FRAMES, _VERBS)])
def test_a_verb_before_goods_opens_no_name(frame: str, verb: str) -> None:
    names = _names(frame.format(verb=verb), *_GOODS)
    assert not any(name.startswith(verb) for name in names), names


@pytest.mark.parametrize(("frame", "kept"), [f for f in _VERB_FRAMES if f[1]])
def test_the_goods_after_such_a_verb_are_still_named(frame: str, kept: str) -> None:
    assert kept in _names(frame.format(verb="favour"), *_GOODS)


_JUDGING = ["crucial", "ubiquitous", "workhorse", "silvery", "shiny", "rarest", "priority"]
_JUDGED_FRAMES = [
    "The plant in Ohio turns out a {word} material for chips.",
    "Suppliers said the {word} component was in short supply.",
    "Buyers stocked up on {word} tools before the rule took effect.",
    "A {word} mineral sits in the clay of the southern valley.",
    "The refiner keeps {word} catalyst in its tanks.",
]


@pytest.mark.parametrize(("text", "name"), [
    ("The army ordered short-range missiles for its ships.", "short-range missile"),
    ("The city bought alternative-fuel vehicles for its fleet.", "alternative-fuel vehicle"),
    ("Fleets replaced long-haul trucks with rail.", "long-haul truck"),
])
def test_a_hyphenated_kind_keeps_its_first_half(text: str, name: str) -> None:
    assert name in _names(text, *_GOODS)


@pytest.mark.parametrize(("frame", "word"), list(itertools.product(_JUDGED_FRAMES, _JUDGING)))
def test_a_judging_word_is_no_part_of_a_goods_name(frame: str, word: str) -> None:
    names = _names(frame.format(word=word), *_GOODS)
    assert not any(word in name.split() for name in names), names


@pytest.mark.parametrize("text", [
    "The firm uses a silvery metal in the coating of its lamps.",
    "A shiny powder coats the plates of the batteries.",
])
def test_the_kind_after_a_judging_word_stays_when_it_names_one(text: str) -> None:
    assert not any(w in n for n in _names(text, *_GOODS) for w in ("silvery", "shiny"))


@pytest.mark.parametrize(("adjective", "head"), list(itertools.product(
    ["unexplored", "associated", "silvery", "circular", "halogenated"],
    ["minerals", "material", "compounds", "elements"])))
def test_a_describing_adjective_alone_names_no_class(adjective: str, head: str) -> None:
    text = f"Geologists found {adjective} {head} in the northern deposit last year."
    names = _names(text, *_GOODS) | _names(f"There are {adjective} {head} in the pit.", *_GOODS)
    assert not any(adjective in name for name in names), names


@pytest.mark.parametrize("name", ["magnet material", "cathode material", "rare earth elements",
                                  "battery metals", "anode material"])
def test_a_noun_or_a_kind_before_a_class_still_names_one(name: str) -> None:
    assert name in _names(f"The plant near the port ships {name} to Japan.", *_GOODS)


_FIRST = ["Korvane", "Tallis", "Orbek"]
_TRADES = [("Mining", "Processing", "Plant"), ("Mining", "Smelting", "Company"),
           ("Mining", "Refining", "Company"), ("Metals", "Processing", "Group")]
_ORG_FRAMES = [
    "{name} produces cobalt concentrate in the north.",
    "Shares of {name} rose on Monday after the results.",
    "The deal with {name} covers tungsten.",
]


@pytest.mark.parametrize(("first", "trade", "frame"),
                         list(itertools.product(_FIRST, _TRADES, _ORG_FRAMES)))
def test_a_second_half_opening_with_a_trade_word_keeps_the_name_whole(
        first: str, trade: tuple[str, str, str], frame: str) -> None:
    name = f"{first} {trade[0]} and {trade[1]} {trade[2]}"
    orgs = _names(frame.format(name=name), Label.ORGANIZATION)
    assert orgs == {name.lower()}, orgs


@pytest.mark.parametrize(("left", "right"), [
    ("Korvane Resources", "Tallis Metals"), ("Orbek Mining", "Velmar Resources"),
    ("Korvane Mining Ltd", "Tallis Metals Inc")])
def test_two_companies_joined_by_and_stay_two(left: str, right: str) -> None:
    orgs = _names(f"{left} and {right} signed a supply deal for gallium.", Label.ORGANIZATION)
    assert orgs == {left.lower(), right.lower()}, orgs


@pytest.mark.parametrize("opener", ["Neither", "Once", "Whether", "Although", "Because"])
def test_a_sentence_opening_word_is_no_part_of_the_name_after_it(opener: str) -> None:
    text = f"{opener} the Korvane Stock Exchange nor its regulator has reviewed the release."
    names = {n.name for n in _graph(text).nodes.values()}
    assert not any(name.startswith(opener) for name in names), names


_KNOWN_WITH_TITLE = [("General Motors", "general motors"), ("General Dynamics", "general dynamics"),
                     ("General Atomics", "general atomics")]
_COMPANY_FRAMES = [
    "The miner signed a supply deal with {name} Company last week.",
    "Shares of {name} Company rose after the results.",
    "{name} Company said it would buy more magnets.",
]


@pytest.mark.parametrize(("known", "frame"), list(itertools.product(_KNOWN_WITH_TITLE,
                                                                    _COMPANY_FRAMES)))
def test_a_title_word_that_opens_a_known_name_stays_in_it(known: tuple[str, str],
                                                          frame: str) -> None:
    orgs = _names(frame.format(name=known[0]), Label.ORGANIZATION)
    assert orgs == {known[1]}, orgs


def test_a_title_before_a_persons_name_still_opens_no_organisation() -> None:
    text = "General Korvane Tallis said the army needs more drones."
    assert not _names(text, Label.ORGANIZATION)


@pytest.mark.parametrize("text", ["The region's power plants still burn oil shale.",
                                  "Kivara mines oil shales near the coast."])
def test_oil_shale_is_one_material_not_oil(text: str) -> None:
    names = _names(text, *_GOODS)
    assert "oil shale" in names and "oil" not in names, names
