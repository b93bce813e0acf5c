"""Materials and products that only name a trade ("magnet makers") are not entities of the
article unless a fact needs them."""

from __future__ import annotations

import pytest

from rekg.extract import extract
from rekg.loaders.document import Document
from rekg.schema import GraphFragment, Label, RelType

pytestmark = pytest.mark.usefixtures("patterns_only")


def _graph(text: str) -> GraphFragment:
    return extract(Document(text=text, title="Test", published="2025-06-01"))


def _goods(fragment: GraphFragment) -> set[str]:
    return {n.name for n in fragment.nodes.values() if n.label in (Label.MATERIAL, Label.PRODUCT)}


def test_goods_that_name_a_trade_add_no_node() -> None:
    assert _goods(_graph("Magnet makers and chip buyers met in Tokyo on Monday.")) == set()


def test_the_same_word_as_an_input_is_still_a_node() -> None:
    fragment = _graph("Magnet makers said electric vehicles use magnets.")
    names = {n.id: n.name for n in fragment.nodes.values()}
    edges = {(names[r.source], r.type, names[r.target]) for r in fragment.relationships.values()}
    assert ("electric vehicle", RelType.DEPENDS_ON, "rare earth magnet") in edges
    assert "rare earth magnet" in _goods(fragment)


def test_goods_in_a_hyphenated_modifier_add_no_node() -> None:
    assert "battery" not in _goods(_graph("Battery-electric models sold well in June."))


def test_a_material_that_describes_a_deposit_or_a_deal_adds_no_node() -> None:
    goods = _goods(_graph("Investors toured the ionic clay deposits of the south, far from "
                          "the rare earth debate in the capital."))
    assert goods == set()


def test_a_non_country_modifier_names_no_country() -> None:
    fragment = _graph("Japanese buyers want a non-Chinese source of dysprosium.")
    countries = {n.name for n in fragment.nodes.values() if n.label is Label.COUNTRY}
    assert "China" not in countries


def test_a_status_word_or_question_word_opens_no_product_name() -> None:
    from rekg.extract.pipeline import mentions_for

    views = mentions_for(Document(
        text="Buyers asked why drives failed, since the controlled elements and lesser-known "
             "metals ship in slow generators.", title="Test", published="2025-06-01"))
    names = {m.name for v in views for m in v.mentions}
    assert not names & {"why drive", "controlled element", "known metal", "lesser-known metal",
                        "slow generator"}


def test_a_verb_or_function_word_opens_no_product_name() -> None:
    from rekg.extract.pipeline import mentions_for

    views = mentions_for(Document(
        text="The refiner has signed feedstock deals, wants to keep ore at home and says "
             "neither element is scarce, although offshore generators still need them.",
        title="Test", published="2025-06-01"))
    names = {m.name for v in views for m in v.mentions}
    assert not names & {"has signed feedstock", "keep ore", "neither element",
                        "although offshore generator"}


def test_half_of_a_hyphenated_compound_is_no_part_of_a_product_name() -> None:
    from rekg.extract.pipeline import mentions_for

    views = mentions_for(Document(
        text="The plant takes end-of-life motors and builds six-axis robots for "
             "Ohio-class attack submarines.", title="Test", published="2025-06-01"))
    names = {m.name for v in views for m in v.mentions}
    assert not names & {"life motor", "axis robot", "class attack submarine"}


def test_a_figurative_or_institutional_head_is_no_product() -> None:
    from rekg.extract.pipeline import mentions_for

    views = mentions_for(Document(
        text="A think tank called the quota a policy tool and the fund an investment vehicle.",
        title="Test", published="2025-06-01"))
    names = {m.name for v in views for m in v.mentions}
    assert not names & {"think tank", "policy tool", "investment vehicle"}


@pytest.mark.parametrize("text", [
    "Each licence covers only a single contract.",
    "Contract manufacturers in Penang wait for parts, and plants run from contract to output.",
    "Alcoa is building the refinery in partnership with Sojitz.",
])
def test_a_generic_agreement_noun_names_no_agreement(text: str) -> None:
    fragment = _graph(text)
    assert not [n for n in fragment.nodes.values() if n.label is Label.AGREEMENT]


def test_a_contract_signed_with_a_party_is_still_an_agreement() -> None:
    fragment = _graph("Lynas signed a contract with the Department of Defense.")
    assert [n for n in fragment.nodes.values() if n.label is Label.AGREEMENT]


def test_processors_of_a_country_or_a_material_are_firms() -> None:
    goods = _goods(_graph("The miner sells its ore to Korean processors and to a cobalt "
                          "processor in Ohio. Data centres buy AI processors."))
    assert "AI chip" in goods
    assert not {"processor", "cobalt processor", "korean processor"} & goods


def test_a_verb_after_to_or_a_modal_opens_no_product_name() -> None:
    goods = _graph("Assemblers began to ration batteries, and buyers will qualify cells "
                   "from Korea. Others sell guidance systems.").nodes.values()
    names = {n.name for n in goods if n.label in (Label.MATERIAL, Label.PRODUCT)}
    assert not {"ration battery", "qualify cell"} & names
    assert "guidance system" in names


def test_car_parts_name_no_car() -> None:
    assert "car" not in _goods(_graph("The plant makes car parts for export."))
