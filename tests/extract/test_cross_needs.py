"""A cross-sentence DEPENDS_ON needs the dependent's sentence not to name its own need
(rekg/extract/cross_needs.py): tested on the sentence views of invented articles, with twins
whose need points back by a pronoun or an amount."""

from __future__ import annotations

import pytest

from rekg.extract.cross_needs import names_own_need
from rekg.extract.pipeline import run
from rekg.loaders.document import Document

from .fact_triples import has_fact


def _last_view_names_own_need(text: str) -> bool:
    ctx = run(Document(text=text, title="Test", published="2025-11-10"))
    return names_own_need(ctx.sentences[-1])


@pytest.mark.parametrize("sentence", [
    "The Varzim works assembles cargo bikes, and its crews need longer breaks.",
    "Quillon Motors builds scooters that require a new paint line.",
    "The Ostrava yard makes ferries, which depend on tidal windows.",
    "Harbour cranes at Ravel Port use diesel engines.",
])
def test_a_need_with_a_named_object_names_its_own(sentence: str) -> None:
    assert _last_view_names_own_need("Magnets come by sea from Qarsh. " + sentence)


@pytest.mark.parametrize("sentence", [
    "Cargo bikes from Varzim need them as well.",
    "Each scooter of Quillon Motors uses about twice as much.",
    "The ferries of the Ostrava yard carry small motors that rely on them.",
    "Scooters built in Varzim carry these in their hubs.",
    "The Ostrava yard makes ferries and sells them abroad.",  # no verb of need at all
    "The plant is short of staff, and its scooters need them badly.",  # one points back
])
def test_a_need_that_points_back_or_no_need_names_nothing_of_its_own(sentence: str) -> None:
    assert not _last_view_names_own_need("Magnets come by sea from Qarsh. " + sentence)


def test_a_carried_input_is_not_what_a_named_need_takes() -> None:
    text = ("Magnets come by sea from the port of Qarsh.\n\n"
            "The Varzim plant assembles e-bikes, and its crews need longer breaks.")
    assert not has_fact(text, "DEPENDS_ON", "bicycle", "magnet")
