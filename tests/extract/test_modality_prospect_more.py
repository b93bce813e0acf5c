"""A plant only planned or being fitted out, a study of recovering goods, and deposits held are
no output; the same producer running the plant or mining the goods keeps it."""

from __future__ import annotations

import pytest

from rekg.schema import RelType

from .fact_triples import named_pairs


def _outputs(text: str) -> set[tuple[str, str]]:
    return named_pairs(text, RelType.PRODUCES)


@pytest.mark.parametrize(("text", "twin", "pair"), [
    ("Norvale Mining plans a gallium plant in Ohio.",
     "Norvale Mining runs a gallium plant in Ohio.", ("United States", "gallium")),
    ("Norvale Mining is fitting out a gallium plant in Ohio.",
     "Norvale Mining is running a gallium plant in Ohio.", ("United States", "gallium")),
    ("Norvale Mining has finished a study on recovering gallium in Ohio.",
     "Norvale Mining has finished recovering gallium in Ohio.", ("Norvale Mining", "gallium")),
    ("Portugal has deposits of lithium that planners have flagged.",
     "Portugal mines lithium that planners have flagged.", ("Portugal", "lithium")),
])
def test_an_output_only_planned_or_held_in_the_ground_is_refused(
        text: str, twin: str, pair: tuple[str, str]) -> None:
    assert pair not in _outputs(text)
    assert pair in _outputs(twin)
