"""A government that tells companies to stop trading imposes the ban; the companies it tells
carry it out and impose nothing. Names of companies are invented."""

from __future__ import annotations

import pytest

from rekg.schema import RelType

from .fact_triples import measure_chains, named_pairs


def _imposers(text: str) -> set[str]:
    return {source for source, _ in named_pairs(text, RelType.IMPOSES)}


@pytest.mark.parametrize("companies", [
    "Orsel Systems", "Orsel Systems and Brekko Technologies",
    "Orsel Systems, Tarvane Software and Brekko Technologies"])
def test_companies_ordered_to_stop_selling_impose_nothing(companies: str) -> None:
    text = (f"In May the Commerce Department ordered {companies} to stop selling gallium "
            "to Chinese customers.")
    assert ("RESTRICTS", "united states", "gallium") in measure_chains(text)
    assert ("TARGETS", "united states", "china") in measure_chains(text)
    assert _imposers(text) <= {"Department of Commerce", "United States"}


@pytest.mark.parametrize(("text", "country", "goods"), [
    ("India told Kestrel Metals to stop exporting neodymium.", "india", "neodymium"),
    ("Peru's government asked Kestrel Metals to stop exporting tin.", "peru", "tin"),
    ("The Peruvian government asked Kestrel Metals to stop exporting tin to Japan.", "peru",
     "tin"),
])
def test_a_government_telling_a_company_to_stop_exports_bans_them(
        text: str, country: str, goods: str) -> None:
    assert ("RESTRICTS", country, goods) in measure_chains(text)
    assert "Kestrel Metals" not in _imposers(text)


@pytest.mark.parametrize("text", [
    "Tokyo asked Seoul to stop exporting tin.",  # a request to another country: not done
    "Kestrel Metals stopped exporting tin to Japan.",  # a company's own decision
    "Mining Minister Ana Ruiz told Kestrel Metals to stop exporting tin.",  # whose minister?
])
def test_no_ban_where_no_government_imposes_one(text: str) -> None:
    assert not measure_chains(text)
    assert "Kestrel Metals" not in _imposers(text)
