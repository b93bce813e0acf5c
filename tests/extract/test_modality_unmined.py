"""A clause that denies the output its sentence has just named takes it back; an output denied
of another producer, or goods other than those named, or a denial of trade, leaves it."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType


def _outputs(text: str) -> set[tuple[str, str]]:
    fragment = run(Document(text=text, title="Mining notes", published="2026-02-01")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is RelType.PRODUCES}


@pytest.mark.parametrize(("text", "pair"), [
    ("Malaysia holds ionic clay deposits in its north, but it does not yet mine them on any "
     "scale.", ("Malaysia", "ionic clay")),
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
