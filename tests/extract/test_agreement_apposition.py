"""A party named inside an apposition is not the one that agrees: the company described is."""

from __future__ import annotations

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import Label, RelType


def _parties(text: str) -> set[str]:
    ctx = run(Document(text=text, title="T", published="2025-06-01"))
    return {f.source.name for f in ctx.facts if f.rel is RelType.PARTY_TO
            and f.target.label is Label.AGREEMENT and f.target.name == "supply agreement"}


def test_the_company_an_apposition_describes_signs_not_the_body_inside_it() -> None:
    parties = _parties("Baltic Magnetics Ltd, a venture set up by the Ministry of Finance in "
                       "2019, has signed a supply agreement with Tarrow Minerals Ltd.")
    assert "Baltic Magnetics Ltd" in parties
    assert "Ministry of Finance" not in parties


def test_a_party_outside_any_apposition_stays() -> None:
    parties = _parties("The Ministry of Finance has signed a supply agreement with Tarrow "
                       "Minerals Ltd, a producer of rare earth oxides.")
    assert "Ministry of Finance" in parties


def test_two_described_companies_joined_by_and_both_sign() -> None:
    parties = _parties("Baltic Magnetics Ltd, a magnet maker, and Tarrow Minerals Ltd, the only "
                       "producer of oxides outside China, today announced a supply agreement.")
    assert {"Baltic Magnetics Ltd", "Tarrow Minerals Ltd"} <= parties
    assert "China" not in parties
