"""Generated: an output that a closure ended ("until the plant closed in 2015") is no output
now; twins where the closure started it, was temporary, or hit another site keep it."""

import pytest

from .fragments import produced_pairs

FIRMS = ["Ketter Metals", "Orsa Mining"]
GOODS = ["neodymium oxide", "gallium"]
OUTPUTS = ["{f} produced {g} at its Dravo plant",
           "{f} had capacity for 5,000 tonnes of {g} a year at its Dravo plant",
           "{f} refined {g} at Dravo"]
ENDS = ["until the plant closed in 2015", "until it was shut down in 2019",
        "until its closure in 2015", "before the smelter was mothballed"]


@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("end", ENDS)
@pytest.mark.parametrize("firm", FIRMS)
def test_an_ended_output_is_none_now(output: str, end: str, firm: str) -> None:
    for goods in GOODS:
        text = output.format(f=firm, g=goods) + f" {end}."
        assert not any(p == firm for p, _ in produced_pairs(text)), text


@pytest.mark.parametrize("firm", FIRMS)
@pytest.mark.parametrize("goods", GOODS)
def test_an_output_that_goes_on_stays(firm: str, goods: str) -> None:
    for text in (f"{firm} has produced {goods} since the old plant closed in 2015.",
                 f"{firm} produces {goods}, and its old plant closed in 2015.",
                 f"{firm} produced {goods} at Dravo until the plant shut for maintenance in May.",
                 f"{firm} produces {goods} at its Dravo plant."):
        assert any(p == firm for p, _ in produced_pairs(text)), text
