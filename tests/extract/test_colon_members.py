"""A class of goods whose members a colon lists after a lead word ("some", "namely"): a rule's
fact on the class holds for each member of the list (``rekg.extract.colon_members``)."""

from __future__ import annotations

import pytest

from .fact_triples import measure_chains


@pytest.mark.parametrize("text", [
    "Beijing now requires licences for several drone components: some engines, radars and "
    "lasers.",
    "Beijing began requiring licences for electronic components: namely capacitors, resistors "
    "and sensors.",
])
def test_a_measure_on_the_class_restricts_each_listed_member(text: str) -> None:
    restricted = {covered for kind, imposer, covered in measure_chains(text)
                  if kind == "RESTRICTS" and imposer == "china"}
    assert len(restricted) >= 3, restricted


def test_a_single_noun_after_the_colon_opens_a_clause_of_its_own() -> None:
    chains = measure_chains("Beijing began requiring licences for drone components: some "
                            "tungsten was still shipped.")
    assert ("RESTRICTS", "china", "tungsten") not in chains
