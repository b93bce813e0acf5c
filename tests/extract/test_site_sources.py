"""The country a company wins goods in makes them, also when the source they are won from
stands between the goods and the place: "produces lithium from brine in Chile"."""

from __future__ import annotations

import pytest

from rekg.schema import RelType

from .fact_triples import named_pairs


@pytest.mark.parametrize(("text", "country"), [
    ("Albemarle produces lithium from salt-lake brine in Chile.", "Chile"),
    ("Albemarle makes lithium from brine in Argentina and Chile.", "Argentina"),
])
def test_the_country_of_the_source_makes_the_goods(text: str, country: str) -> None:
    assert (country, "lithium") in named_pairs(text, RelType.PRODUCES)
