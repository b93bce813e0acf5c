"""A clause that denies the output its sentence has just named takes it back; an output denied
of another producer, or goods other than those named, or a denial of trade, leaves it."""

from __future__ import annotations

import pytest

from rekg.schema import RelType

from .fact_triples import named_pairs


def _outputs(text: str) -> set[tuple[str, str]]:
    return named_pairs(text, RelType.PRODUCES)


@pytest.mark.parametrize(("text", "pair"), [
    ("Malaysia holds ionic clay deposits in its north, but it does not mine them yet.",
     ("Malaysia", "ionic clay")),
    ("Kestrel Mining has lithium deposits in Nevada, though it does not produce any lithium "
     "yet.", ("United States", "lithium")),
    ("Surveys found lithium deposits in Chile, but the country has never refined any of them "
     "at home.", ("Chile", "lithium")),
])
def test_an_output_taken_back_by_its_sentence_is_refused(
        text: str, pair: tuple[str, str]) -> None:
    assert pair not in _outputs(text)
    assert pair in _outputs(text.split(", but")[0].split(", though")[0] + ".")


@pytest.mark.parametrize(("text", "pair"), [
    # the denial is of other goods
    ("Surveys found lithium deposits in Chile, but it does not refine copper at home.",
     ("Chile", "lithium")),
    # trade, not making, is denied
    ("Surveys found lithium deposits in Chile, but it does not export them to Europe.",
     ("Chile", "lithium")),
])
def test_an_output_not_taken_back_stays(text: str, pair: tuple[str, str]) -> None:
    assert pair in _outputs(text)
