"""Verbs that stop or delay work, a site or a project name no trade measure; the same verbs
stopping trade still do."""

from __future__ import annotations

import pytest

from rekg.extract import extract
from rekg.loaders.document import Document
from rekg.schema import GraphFragment, Label, RelType

pytestmark = pytest.mark.usefixtures("patterns_only")


def _graph(text: str) -> GraphFragment:
    return extract(Document(text=text, title="Test", published="2025-06-01"))


def _restrictions(fragment: GraphFragment) -> list[str]:
    return [n.name for n in fragment.nodes.values() if n.label is Label.RESTRICTION]


def _restricted(fragment: GraphFragment) -> set[tuple[str, str]]:
    names = {n.id: n.name for n in fragment.nodes.values()}
    rels = list(fragment.relationships.values())
    return {(names[i.source], names[r.target]) for i in rels if i.type is RelType.IMPOSES
            for r in rels if r.type is RelType.RESTRICTS and r.source == i.target}


@pytest.mark.parametrize("text", [
    "Suzuki Motor halted production of its Swift car after it ran out of rare earth magnets.",
    "Rising costs could delay that project, Lynas Rare Earths said of its Texas plant.",
    "Carmakers in Europe briefly stopped assembly lines for lack of neodymium magnets.",
    "At the Sagara plant, production lines were halted for two weeks for want of magnets.",
])
def test_stopping_work_or_a_project_is_no_measure(text: str) -> None:
    assert _restrictions(_graph(text)) == []


@pytest.mark.parametrize(("text", "pair"), [
    ("Indonesia halted exports of nickel ore in January.", ("Indonesia", "nickel ore")),
    ("Beijing halted shipments of gallium to the United States.", ("China", "gallium")),
])
def test_stopping_trade_is_still_a_measure(text: str, pair: tuple[str, str]) -> None:
    assert pair in _restricted(_graph(text))


@pytest.mark.parametrize("text", [
    "Indonesia controls about 40% of world nickel smelting.",
    "Chile controls the bulk of global lithium supply, and the company controls most deposits.",
    "The state miner, which controls an even larger share of refining, said little.",
])
def test_controls_as_the_verb_of_a_market_share_is_no_measure(text: str) -> None:
    assert _restrictions(_graph(text)) == []


def test_controls_followed_by_trade_is_still_a_measure() -> None:
    fragment = _graph("Indonesia now controls exports of nickel ore.")
    assert _restrictions(fragment) != []


@pytest.mark.parametrize("text", [
    "Seoul said nickel matte and cobalt powder are controlled from August 1.",
    "Nickel matte and cobalt powder, and the furnaces that make them, are now controlled.",
])
def test_items_said_to_be_controlled_are_restricted(text: str) -> None:
    fragment = _graph(text)
    names = {n.id: n.name for n in fragment.nodes.values()}
    assert "nickel matte" in {names[r.target] for r in fragment.relationships.values()
                              if r.type is RelType.RESTRICTS}


@pytest.mark.parametrize("text", [
    "The Pangwa mines are controlled by the Kachin Independence Army.",
    "Prices of nickel matte are controlled in Indonesia.",
    "The state-controlled miner sells cobalt powder.",
])
def test_controlled_by_an_owner_or_of_prices_is_no_measure(text: str) -> None:
    assert _restrictions(_graph(text)) == []


@pytest.mark.parametrize("text", [
    "Zambia suspended copper concentrate exports in March.",
    "Zambia will keep its suspension of copper concentrate exports until June.",
    "Lusaka told the state miner to suspend exports of copper concentrate to India.",
    "Zambia will stop exports of copper concentrate from January.",
])
def test_suspending_trade_is_a_ban(text: str) -> None:
    assert ("Zambia", "copper concentrate") in _restricted(_graph(text))


def test_suspending_a_ban_is_no_new_ban() -> None:
    fragment = _graph("Zambia suspended its ban on exports of copper concentrate.")
    assert ("Zambia", "copper concentrate") not in _restricted(fragment)


def test_a_company_stopping_its_own_shipments_imposes_no_ban() -> None:
    fragment = _graph("Vedanta Resources stopped shipments of copper concentrate to India.")
    assert _restrictions(fragment) == []


def test_items_controlled_since_a_date_are_restricted() -> None:
    fragment = _graph("Seoul widened its list: nickel matte joins cobalt powder, controlled since "
                      "April.")
    assert _restrictions(fragment) != []
