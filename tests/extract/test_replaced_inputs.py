"""A design that swaps one input for another uses the new one ("magnets which replace part of
their neodymium with lanthanum"), and "part of" after such a verb is a share of the old input,
not a whole that the goods before it belong to."""

from __future__ import annotations

import pytest

from rekg.schema import RelType

from .fact_triples import named_pairs


@pytest.mark.parametrize(("text", "pair"), [
    ("Velmora unveiled a rotor magnet which replaces part of its neodymium with lanthanum.",
     ("rare earth magnet", "lanthanum")),
    ("Corva sells magnets which replace part of their neodymium with cheaper cerium.",
     ("rare earth magnet", "cerium")),
])
def test_the_replacing_input_is_needed(text: str, pair: tuple[str, str]) -> None:
    assert pair in named_pairs(text, RelType.DEPENDS_ON)


def test_a_share_of_the_old_input_does_not_need_the_new_design() -> None:
    pairs = named_pairs("Velmora unveiled a rotor magnet which replaces part of its neodymium "
                        "with lanthanum.", RelType.DEPENDS_ON)
    assert ("neodymium", "rare earth magnet") not in pairs


def test_goods_that_are_part_of_a_whole_are_still_needed_by_it() -> None:
    assert ("electric motor", "rare earth magnet") in named_pairs(
        "Rare earth magnets are part of every electric motor.", RelType.DEPENDS_ON)
