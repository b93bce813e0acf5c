"""A demonym in a company's apposition is not the seller, and the noun "supplies" is no
production verb."""

from __future__ import annotations

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType


def _pairs(text: str, rel: RelType) -> set[tuple[str, str]]:
    ctx = run(Document(text=text, title="T"))
    return {(f.source.name, f.target.name) for f in ctx.facts if f.rel is rel}


def test_the_company_not_its_country_sells() -> None:
    pairs = _pairs("Codelco, the Chilean copper miner, sells cathodes to Japan.", RelType.SUPPLIES)
    assert ("Codelco", "Japan") in pairs
    assert ("Chile", "Japan") not in pairs


def test_a_country_named_outright_still_sells() -> None:
    pairs = _pairs("Chile, a major copper miner, sells cathodes to Japan.", RelType.SUPPLIES)
    assert ("Chile", "Japan") in pairs


def test_supplies_as_a_noun_is_not_production() -> None:
    pairs = _pairs("Buyers in Germany received fresh supplies of gallium.", RelType.PRODUCES)
    assert ("Germany", "gallium") not in pairs
