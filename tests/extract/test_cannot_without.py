"""A thing that cannot run, work or be made without a part needs it: the negation is of its
working, not of the need. A thing that can do without a part, or does not use it, needs
nothing. Names are invented."""

from __future__ import annotations

import pytest

from rekg.schema import RelType

from .fact_triples import named_pairs


@pytest.mark.parametrize(("text", "pair"), [
    ("A wind turbine of this design will not work without a large ring of NdFeB magnets.",
     ("wind turbine", "NdFeB magnet")),
    ("The Tarvo pump is driven by a hub motor, and that hub motor cannot run without "
     "neodymium-iron-boron magnets.", ("pump", "NdFeB magnet")),
    ("Modern fighter radars could not be built without gallium nitride.",
     ("fighter radar", "gallium nitride")),
])
def test_cannot_work_without_is_a_need(text: str, pair: tuple[str, str]) -> None:
    assert pair in named_pairs(text, RelType.DEPENDS_ON)


@pytest.mark.parametrize("text", [
    "A wind turbine of this design can work without NdFeB magnets.",
    "A wind turbine of this design does not use NdFeB magnets.",
])
def test_working_without_is_no_need(text: str) -> None:
    assert ("wind turbine", "NdFeB magnet") not in named_pairs(text, RelType.DEPENDS_ON)
