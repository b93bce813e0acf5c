"""Canonical names of goods and people: words of rank, size, scale, state or figure before a
head stay out of the name, words of kind stay in; a second title before a person's name is no
part of it. Generated: modifiers x heads x sentence frames, with twins that keep the kind."""

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


def _goods(text: str) -> set[str]:
    return {name for label, name in mentioned_names(text) if label in ("Material", "Product")}


def _people(text: str) -> set[str]:
    return {n.name for n in _graph(text).nodes.values() if n.label is Label.PERSON}


_SIZES = ["top-end", "commercial-scale", "full-size", "large-scale", "state-of-the-art",
          "world-leading", "15-megawatt", "300-tonne", "mid-sized", "high-quality"]
_HEADS = ["compressor", "electrolyser", "scanner", "lidar", "robot", "spectrometer"]
_FRAMES = ["The Harwick yard delivered {np} to the navy last spring.",
           "Orders for {np} rose by a third in the first half.",
           "Kestrel Dynamics builds {np} at its plant in Ohio."]


@pytest.mark.parametrize(("size", "head", "frame"),
                         list(itertools.product(_SIZES, _HEADS, _FRAMES[:1]))
                         + list(itertools.product(_SIZES[:4], _HEADS[:2], _FRAMES[1:])))
def test_hyphenated_rank_size_and_figures_stay_out_of_the_name(size: str, head: str,
                                                                frame: str) -> None:
    goods = _goods(frame.format(np=f"{size} {head}s"))
    first = size.split("-")[0]
    assert head in goods
    assert not any(first in name.split("-")[0].split() for name in goods)


@pytest.mark.parametrize(("text", "name"), [
    ("The plant makes permanent-magnet motors for lifts.", "permanent magnet motor"),
    ("The parts go into direct-drive turbines off the coast.", "direct-drive wind turbine"),
    ("Voice-coil motors move the heads of the drive.", "voice coil motor"),
    ("Sheffield mills roll high-speed steel for drill bits.", "high-speed steel"),
    ("The works casts tool steel and alloy steel for presses.", "alloy steel"),
    ("Power steering units need neodymium magnets.", "power steering unit"),
])
def test_modifiers_of_kind_stay_in_the_name(text: str, name: str) -> None:
    assert name in _goods(text)


@pytest.mark.parametrize(("text", "word"), [
    ("These are simple but ubiquitous capacitors found in every lamp.", "but"),
    ("Finding the right catalyst took the chemists years.", "right"),
    ("Sintered magnets are necessary components for the motors of lifts.", "necessary"),
    ("Demand for the 35 designated metals will quadruple by 2040.", "designated"),
    ("Antimony was a nobody metal until the war.", "nobody"),
    ("Many legacy munitions were built with magnets bought long ago.", "legacy"),
])
def test_state_and_pronoun_words_open_no_name(text: str, word: str) -> None:
    assert not any(word in name.split() for name in _goods(text))


@pytest.mark.parametrize("np", ["its legal system", "its tax system",
                                "a product traceability system", "the equity component"])
def test_institutions_and_finance_are_no_goods(np: str) -> None:
    assert _goods(f"The regulator said it would reform {np} this year.") == set()


@pytest.mark.parametrize(("text", "name"), [
    ("Apple has used recycled rare earth elements in its phones since 2019.",
     "rare earth elements"),
    ("The smelter buys recycled rare earth elements from Belgian collectors.",
     "rare earth elements"),
])
def test_a_lexicon_form_with_a_state_word_extended_by_a_head_drops_the_word(text: str,
                                                                            name: str) -> None:
    goods = _goods(text)
    assert name in goods
    assert not any(g.startswith("recycled rare earth element") for g in goods)


@pytest.mark.parametrize(("title", "person"), [
    ("KIA spokesman Colonel", "Tamsin Orrell"),
    ("army spokeswoman Major General", "Ilse Varga"),
    ("Consultant", "Dudley Marwick"),
    ("company lawyer", "Piet Hollander"),
])
def test_a_second_title_is_no_part_of_the_name(title: str, person: str) -> None:
    people = _people(f"{title} {person} said the mine would reopen in May.")
    assert people == {person}


@pytest.mark.parametrize("name", ["Export Control Law", "Investor Relations",
                                  "Press Release", "Economic Growth"])
def test_laws_offices_and_fields_are_no_people(name: str) -> None:
    assert _people(f"{name} said the rules would apply from June.") == set()


_PRODUCERS = ["Hollin Minerals", "Tarrow Rare Earths"]
_FORM_FRAMES = [
    ("{p} mines rare earths in Brazil. It ships the concentrate to a plant that turns it "
     "into {w}s.", "oxide"),
    ("{p} separates rare earths in Texas and sells {w} to magnet makers in Japan.", "oxide"),
    ("{p} buys rare earth oxides and converts them into {w}s for sintered magnets.", "alloy"),
    ("Most magnet plants depend on {w} bought abroad, {p} said of the rare earths.", "oxide"),
]


@pytest.mark.parametrize(("producer", "frame"), list(itertools.product(_PRODUCERS,
                                                                        _FORM_FRAMES)))
def test_a_bare_form_in_a_rare_earth_passage_is_the_rare_earths(producer: str,
                                                                frame: tuple[str, str]) -> None:
    text, word = frame
    assert f"rare earth {word}" in _goods(text.format(p=producer, w=word))


@pytest.mark.parametrize("text", [
    "Kestrel mines antimony in Idaho. It also sells oxide to Japan.",
    "Gallium prices rose. The firm makes alloy wheels from aluminium.",
    "Other oxides and precious alloys rose in price as neodymium fell.",
    "Kestrel mines rare earths but sells scrap metal and ore to a smelter.",
])
def test_a_bare_form_elsewhere_is_no_rare_earth_form(text: str) -> None:
    assert not any(name.startswith("rare earth ") and name.split()[-1] in ("oxide", "alloy",
                                                                            "metal", "ore")
                   for name in _goods(text))


def test_a_bare_form_after_one_element_is_that_element_s_form() -> None:
    goods = _goods("Terbium sells for $900 a kilogram as oxide.")
    assert "terbium oxide" in goods and "rare earth oxide" not in goods


@pytest.mark.parametrize(("adverb", "participle", "head"), list(itertools.product(
    ["electrically", "permanently", "doubly"], ["excited", "fed"],
    ["synchronous generators", "induction machines"])))
def test_an_adverb_of_how_a_thing_works_stays_in_the_name(adverb: str, participle: str,
                                                          head: str) -> None:
    goods = _goods(f"Older wind farms use {adverb} {participle} {head} without magnets.")
    assert any(name.startswith(f"{adverb} {participle} ") for name in goods)


def test_an_adverb_of_time_opens_no_name() -> None:
    assert not any(name.startswith("recently") for name in
                   _goods("Recently installed compressors use magnets."))


@pytest.mark.parametrize(("text", "name"), [
    ("Myanmar supplies heavy rare earth feedstock to Chinese refiners.", "heavy rare earths"),
    ("The Estonian plant buys rare earth feedstock from Kazakhstan.", "rare earth elements"),
])
def test_a_rare_earth_as_feedstock_is_the_rare_earth(text: str, name: str) -> None:
    goods = _goods(text)
    assert name in goods and not any("feedstock" in g for g in goods)


def test_another_material_s_feedstock_keeps_its_name() -> None:
    assert "titanium feedstock" in _goods("The plant takes titanium feedstock from Kenya.")


def _organisations(text: str) -> set[str]:
    return {n.name for n in _graph(text).nodes.values() if n.label is Label.ORGANIZATION}


@pytest.mark.parametrize(("surface", "name"), [
    ("China Daily", "China Daily"), ("the Nikkei", "Nikkei"), ("TASS", "TASS"),
    ("Anadolu Agency", "Anadolu Agency"), ("Bloomberg", "Bloomberg News"),
    ("the Financial Times", "Financial Times"), ("Xinhua", "Xinhua"),
])
def test_news_organisations_are_organisations(surface: str, name: str) -> None:
    assert name in _organisations(f"A Hollin Minerals official told {surface} that the mine "
                                  "would reopen.")


@pytest.mark.parametrize("text", [
    "The response group is led by the Vandaran Secretary of Mines and a deputy.",
    "She met European Commissioner for Trade and Economic Security Ilse Varga in Paris.",
    "The deal was signed with Ilse Varga, Minister for Energy, Business and Industry.",
    "It was signed by the Minister of Investment, Trade and Industry, Piet Hollander.",
    "Media contact: Premier's Press Office",
    "For inquiries: Public Relations Department, Hollin Minerals",
    "Will the Commission propose joint buying of magnets?",
])
def test_posts_portfolios_and_contact_offices_are_no_organisations(text: str) -> None:
    assert not any(w in name for name in _organisations(text)
                   for w in ("Secretary", "Commissioner", "Industry", "Office",
                             "Relations", "Will"))


@pytest.mark.parametrize(("text", "name"), [
    ("The Press Information Bureau said the scheme was approved.", "Press Information Bureau"),
    ("The Department of Mines and Energy said output rose.", "Department of Mines and Energy"),
])
def test_agencies_named_like_offices_stay(text: str, name: str) -> None:
    assert name in _organisations(text)


@pytest.mark.parametrize(("items", "noun"), list(itertools.product(
    ["defence, automotive, aerospace and consumer electronics",
     "the electronics and defence", "aerospace, medical and energy"],
    ["sectors", "industries", "markets"])))
def test_goods_words_listed_before_a_sector_noun_name_sectors(items: str, noun: str) -> None:
    text = f"Hollin Minerals said its customers are in the {items} {noun}."
    assert not {"aerospace", "consumer electronics", "electronics"} & _goods(text)


@pytest.mark.parametrize(("text", "goods"), [
    ("Magnets are used in the wind turbine and electric vehicle industries.",
     {"rare earth magnet", "wind turbine", "electric vehicle"}),
    ("Sintered magnets go into the robot and drone sectors.", {"NdFeB magnet", "robot", "drone"}),
])
def test_a_stated_use_keeps_the_listed_goods(text: str, goods: set[str]) -> None:
    assert _goods(text) == goods


def test_a_goods_word_before_another_product_is_its_modifier() -> None:
    goods = _goods("Kestrel sells data-centre chips to cloud firms in Ohio.")
    assert "data center" not in goods


@pytest.mark.parametrize(("cls", "np", "name"), [
    ("Virginia", "attack submarines", "Virginia-class submarine"),
    ("Columbia", "submarine", "Columbia-class submarine"),
    ("Zumwalt", "destroyers", "Zumwalt-class destroyer"),
    ("Kestrel", "frigates", "Kestrel-class frigate"),
])
def test_a_named_class_is_the_kind_of_its_product(cls: str, np: str, name: str) -> None:
    goods = _goods(f"Each {cls}-class {np} needs about four tonnes of rare earths.")
    assert name in goods
    assert not any(g in goods for g in (np.split()[-1].rstrip("s"), f"Each {cls}-class"))


@pytest.mark.parametrize("title", ["Minister", "Senator", "Governor"])
def test_a_title_and_a_surname_alone_make_no_new_person(title: str) -> None:
    assert _people(f"\"The mine reopens in May,\" said {title} Varga.") == set()


def test_plural_ministries_are_no_one_ministry() -> None:
    assert not any("Ministry" in o for o in _organisations(
        "Defence ministries in allied countries have been searching for antimony suppliers."))
    assert any("Ministry" in o for o in _organisations(
        "Vandaria's defence ministry has been searching for antimony suppliers."))


def test_every_named_class_of_a_list_keeps_its_name() -> None:
    goods = _goods("Magnets go into Iran-class frigates, Kolkata-class destroyers and "
                   "Arleigh Burke-class warships.")
    assert {"Iran-class frigate", "Kolkata-class destroyer"} <= goods
    assert "destroyer" not in goods
