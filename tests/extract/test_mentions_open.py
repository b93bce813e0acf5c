"""Open-vocabulary product and material names: where the noun phrase starts."""

from __future__ import annotations

import pytest

from rekg.extract import extract
from rekg.loaders.document import Document
from rekg.schema import GraphFragment, Label

from .fact_triples import mentioned_names

pytestmark = pytest.mark.usefixtures("patterns_only")


def _graph(text: str) -> GraphFragment:
    return extract(Document(text=text, title="Test", published="2025-06-01"))


def _goods(fragment: GraphFragment) -> dict[str, Label]:
    return {n.name: n.label for n in fragment.nodes.values()
            if n.label in (Label.MATERIAL, Label.PRODUCT)}


def test_a_plural_noun_and_the_verb_after_it_start_no_name() -> None:
    goods = _goods(_graph("In every handset, small ferrite magnets drive loudspeakers and "
                          "buzzers."))
    assert not any("drive" in name for name in goods)
    assert not any(name.endswith("magnets drive loudspeaker") for name in goods)


def test_a_singular_modifier_still_joins_the_name() -> None:
    assert "electric vehicle motor" in _goods(_graph("The plant winds electric vehicle motors "
                                                     "for export."))


@pytest.mark.parametrize(("text", "word"), [
    ("Small drones carry similar motors in their gimbals.", "similar"),
    ("Graphite has become the dominant anode in lithium cells.", "dominant"),
    ("Sensors that sit near hot engines need heavy rare earths.", "hot"),
    ("The two firms set up a joint vehicle to buy the mine.", "joint"),
])
def test_comparing_and_state_words_open_no_name(text: str, word: str) -> None:
    assert not any(g.startswith(word) for g in _goods(_graph(text)))


def test_polishing_powder_is_a_material() -> None:
    goods = _goods(_graph("The Baotou plant turns cerium into polishing powder for glass."))
    assert goods.get("polishing powder") is Label.MATERIAL


def _technologies(text: str) -> set[str]:
    fragment = _graph(text)
    return {alias for n in fragment.nodes.values() if n.name == "rare earth extraction technology"
            for alias in n.aliases}


def test_a_technology_named_by_its_steps_after_the_noun() -> None:
    assert _technologies("Beijing now licenses technologies for rare earth mining, refining and "
                         "magnet-making.") == {
        "technologies for rare earth mining, refining and magnet-making"}
    assert _technologies("The rules cover technology used to purify and smelt rare earths "
                         "abroad.") == {"technology used to purify and smelt rare earths"}


def test_a_technology_of_other_steps_names_no_rare_earth_technology() -> None:
    assert _technologies("The firm sold technology for cleaning solar panels.") == set()
    assert _technologies("It shares technology for mining and refining copper.") == set()


@pytest.mark.parametrize(("text", "name"), [
    ("The port bought new container-handling equipment from Shanghai.",
     "container-handling equipment"),
    ("Wafer fabs need ion etching chambers lined with yttria.", "ion etching chamber"),
    ("The army moved its radio-jamming gear near the border.", "radio-jamming gear"),
])
def test_a_gerund_that_names_a_kind_joins_the_name(text: str, name: str) -> None:
    assert ("Product", name) in mentioned_names(text) or ("Material", name) in mentioned_names(text)


def test_a_gerund_that_is_a_verb_opens_no_name() -> None:
    assert not any(g.startswith("buying") for g in _goods(_graph(
        "Carmakers buying magnets abroad face delays.")))
