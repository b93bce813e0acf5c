"""A supply halted in one sentence ends the supply told of in the others."""

from __future__ import annotations

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType

_PAST = "Lynas Rare Earths ships separated oxides to Japan. "


def _supplied(text: str) -> set[tuple[str, str]]:
    fragment = run(Document(text=text, title="Test", published="2025-11-10")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is RelType.SUPPLIES}


def test_the_past_supply_stands_alone() -> None:
    assert ("Lynas", "Japan") in _supplied(_PAST)


def test_a_halt_ends_the_supply_in_every_sentence() -> None:
    assert ("Lynas", "Japan") not in _supplied(
        _PAST + "In May Lynas Rare Earths stopped shipping oxides to Japan.")


def test_a_resumed_supply_stands() -> None:
    assert ("Lynas", "Japan") in _supplied(
        _PAST + "In May Lynas Rare Earths stopped shipping oxides to Japan. "
        "It resumed shipments in July.")


def test_a_halt_to_another_buyer_leaves_the_supply() -> None:
    assert ("Lynas", "Japan") in _supplied(
        _PAST + "In May Lynas Rare Earths stopped shipping oxides to Vietnam.")


def test_no_denies_its_noun_phrase_not_the_trade_joined_after_it() -> None:
    assert ("China", "Japan") in _supplied(
        "Japan has no working gallium refinery and relies heavily on imports from China.")
    assert ("China", "Japan") not in _supplied("Japan bought no gallium from China last year.")
