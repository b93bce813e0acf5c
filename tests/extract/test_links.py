"""Mentions, coreference and candidates that link entities: lists that repeat their
preposition, bare heads after a determiner, titles that name a ministry, leaders named by
"led by"."""

from __future__ import annotations

import pytest

from rekg.extract import extract
from rekg.extract.pipeline import mentions_for
from rekg.loaders.document import Document
from rekg.schema import GraphFragment, RelType

pytestmark = pytest.mark.usefixtures("patterns_only")


def _edges(text: str) -> set[tuple[str, str, str]]:
    fragment: GraphFragment = extract(Document(text=text, title="Test", published="2025-06-01"))
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], r.type.value, names[r.target])
            for r in fragment.relationships.values() if r.type is not RelType.MENTIONS}


def test_items_that_repeat_their_preposition_form_one_list() -> None:
    view = mentions_for(Document(text="Gallium is found in radio chips for phones, in LEDs "
                                      "and in military radar.", title="T"))[0]
    groups = {m.name: m.group for m in view.mentions}
    assert groups["LED"] >= 0 and groups["LED"] == groups["military radar"]
    edges = _edges("Indium is used in touchscreens, in solar panels and in infrared detectors.")
    assert {("solar panel", "DEPENDS_ON", "indium"),
            ("infrared detector", "DEPENDS_ON", "indium")} <= edges


def test_a_repeated_preposition_after_a_clause_break_starts_afresh() -> None:
    view = mentions_for(Document(text="Cobalt is used in batteries, while the magnets go in "
                                      "motors and in pumps.", title="T"))[0]
    groups = {m.name: m.group for m in view.mentions}
    assert groups["battery"] < 0 or groups["battery"] != groups.get("motor")


def test_these_magnets_are_the_magnets_just_named() -> None:
    edges = _edges("Terbium is added to samarium-cobalt magnets. These magnets are essential "
                   "for guided missiles.")
    assert ("missile", "DEPENDS_ON", "samarium-cobalt magnet") in edges
    assert ("samarium-cobalt magnet", "DEPENDS_ON", "terbium") in edges


def test_a_bare_head_far_from_its_kind_stays_generic() -> None:
    edges = _edges("Terbium goes into samarium-cobalt magnets. Prices rose. Buyers waited. "
                   "Traders were calm. These magnets are essential for guided missiles.")
    assert ("missile", "DEPENDS_ON", "samarium-cobalt magnet") not in edges


def test_a_title_naming_a_ministry_links_the_official_to_it() -> None:
    edges = _edges("The Commerce Department issued the rule. Commerce Secretary Gina Raimondo "
                   "said it protects national security.")
    assert ("Gina Raimondo", "REPRESENTS", "Department of Commerce") in edges


def test_a_title_under_another_body_names_no_ministry() -> None:
    edges = _edges("China's commerce ministry replied. EU Trade Commissioner Karel De Gucht "
                   "said the rules were unfair.")
    assert not any(e[0] == "Karel De Gucht" and e[2] == "Ministry of Commerce" for e in edges)


def test_led_by_names_the_leader() -> None:
    edges = _edges("The Kachin Development Authority, led by Naw Seng, controls the mines.")
    assert ("Naw Seng", "REPRESENTS", "Kachin Development Authority") in edges


def test_a_product_word_before_a_trade_noun_names_no_product() -> None:
    view = mentions_for(Document(text="For the car industry and chip firms, the news was bad.",
                                 title="T"))[0]
    assert not [m for m in view.mentions if m.label.value == "Product"]
    listed = mentions_for(Document(text="Magnets feed the electric vehicle and wind turbine "
                                        "industries.", title="T"))[0]
    assert {"electric vehicle", "wind turbine"} <= {m.name for m in listed.mentions}


def test_a_ministry_name_may_hold_a_comma() -> None:
    view = mentions_for(Document(text="The Ministry of Trade, Industry and Energy met battery "
                                      "companies.", title="T"))[0]
    assert "Ministry of Trade, Industry and Energy" in {m.name for m in view.mentions}


def test_verbs_before_a_head_are_not_modifiers() -> None:
    view = mentions_for(Document(text="Buyers rushed to secure material and to process ore "
                                      "because scooter motors overheat.", title="T"))[0]
    names = {m.name for m in view.mentions}
    assert not {"secure material", "process ore", "because scooter motor"} & names
    assert "scooter motor" in names


def test_the_elements_mean_elements_not_the_magnets_named_last() -> None:
    edges = _edges("Japan buys rare earths and imports magnets, and it wants its own supply of "
                   "the elements used in wind turbines.")
    assert ("wind turbine", "DEPENDS_ON", "rare earth elements") in edges
    assert ("wind turbine", "DEPENDS_ON", "rare earth magnet") not in edges


def test_brand_names_match_whatever_their_capitals_but_datelines_do_not() -> None:
    for text in ("Analysts said NVIDIA and KUKA reported results.",
                 "Analysts said Nvidia and Kuka reported results."):
        names = {m.name for m in mentions_for(Document(text=text, title="T"))[0].mentions}
        assert {"Nvidia", "KUKA"} <= names
    dateline = mentions_for(Document(text="BANGKOK - Traders waited.", title="T"))[0]
    assert not dateline.mentions
