"""A capitalised word after a country's possessive names a company ("Japan's Dowa"), but not
when a word of geography follows it: "Poland's Baltic coast" is a stretch of land."""

from __future__ import annotations

import pytest

from .fact_triples import labelled_names


@pytest.mark.parametrize(("text", "place"), [
    ("The Orvant plant sits on Poland's Baltic coast near Gdansk.", "Baltic"),
    ("Keldmoor ships ore from a port on Chile's Pacific coastline every week.", "Pacific"),
    ("Prospectors are drilling in Mongolia's Gobi desert this summer.", "Gobi"),
])
def test_a_word_of_geography_after_the_name_makes_it_no_company(text: str, place: str) -> None:
    assert ("Organization", place) not in labelled_names(text)


def test_a_company_after_a_possessive_is_still_found() -> None:
    assert ("Organization", "Kelvane") in labelled_names("Belgium's Kelvane refines antimony for "
                                                           "export.")
