"""What a producer's concentrate or carbonate contains, said in a later sentence or a relative
clause, is made by the producer (carried_contents.py); twins where the output is another's,
of another kind, denied, only planned, or has no producer the sentences before name.
Company names are invented."""

from __future__ import annotations

import pytest

from .fragments import produced_pairs

_A, _B = "Orvane Metals", "Tessik Mining"

CONTENTS = [
    (f"{_A} operates a clay mine in Brazil. Its concentrate carries neodymium and terbium.",
     {"neodymium", "terbium"}),
    (f"{_A} produces a rare earth concentrate at Tarvin. The concentrate contains lanthanum, "
     "cerium and dysprosium.", {"lanthanum", "cerium", "dysprosium"}),
    (f"{_A} produces a rare earth concentrate at Tarvin. {_A} says the concentrate holds two "
     "of the metals that magnet makers want most: praseodymium and terbium.",
     {"praseodymium", "terbium"}),
    (f"{_A} produces a rare earth carbonate at Tarvin. This carbonate is rich in yttrium.",
     {"yttrium"}),
    (f"{_A} produces a rare earth concentrate which is especially rich in the two heavy "
     "metals: dysprosium and terbium.", {"dysprosium", "terbium"}),
    (f"{_A} opened a pit in Goias. Its concentrate carries the heavy metals dysprosium and "
     "terbium.", {"dysprosium", "terbium"}),
]

NOTHING = [
    # the output is of another kind: a magnet's contents are bought, an ore is dug
    (f"{_A} makes sintered magnets. The magnets contain dysprosium and terbium.",
     {"dysprosium", "terbium"}),
    (f"{_A} mines ore at Tarvin. The ore contains scandium and yttrium.", {"scandium", "yttrium"}),
    # denied, planned, possible
    (f"{_A} produces a rare earth concentrate at Tarvin. The concentrate does not contain terbium.",
     {"terbium"}),
    (f"{_A} produces a rare earth concentrate at Tarvin. The concentrate would contain terbium.",
     {"terbium"}),
    # the definite output has no producer before it, or two
    ("Prices rose in May. The concentrate contains lanthanum and cerium.",
     {"lanthanum", "cerium"}),
    (f"{_A} produces a rare earth concentrate and {_B} produces a rare earth concentrate "
     "too. The concentrate contains lanthanum.", {"lanthanum"}),
    # the producer is further back than two sentences
    (f"{_A} produces a rare earth concentrate at Tarvin. Prices rose in May. Shipping costs fell. "
     "The concentrate contains lanthanum.", {"lanthanum"}),
    # a clause after the list names what the contents are for, not more contents
    (f"{_A} produces a rare earth concentrate at Tarvin. The concentrate contains terbium, which "
     "magnet makers add to neodymium.", {"neodymium"}),
]


@pytest.mark.parametrize(("text", "goods"), CONTENTS)
def test_the_contents_of_the_output_are_made_by_its_producer(text: str, goods: set[str]) -> None:
    made = produced_pairs(text)
    assert {(_A, g) for g in goods} <= made, made


@pytest.mark.parametrize(("text", "goods"), NOTHING)
def test_no_contents_without_the_producers_output(text: str, goods: set[str]) -> None:
    made = produced_pairs(text)
    assert not {(p, g) for p, g in made for x in goods if g == x and p in (_A, _B)}, made


def test_a_possessive_of_a_buyer_is_its_owner_only() -> None:
    text = (f"{_A} produces a rare earth concentrate at Tarvin. {_B} runs a separation plant in "
            "Texas. Its concentrate carries neodymium.")
    made = produced_pairs(text)
    assert (_A, "neodymium") not in made, made
