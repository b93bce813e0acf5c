"""Scorer DEPENDS_ON pairs that the sentence's grammar keeps apart
(``rekg/extract/scorer_asides.py``) and clauses that repeat a need by ellipsis
(``rekg/extract/split_clauses.py``). Each guard is called on a pair built by hand, so the
cases hold whatever the model scores; each has twins that the guard must leave alone."""

from __future__ import annotations

import pytest

from rekg.extract.scorer_asides import kept_apart
from rekg.extract.split_clauses import split_clauses

from .fact_triples import scorer_need

KEPT_APART = [
    # an item set aside from the claim
    ("Survey drones carry magnets, their makers say, their cameras aside.", "survey drones",
     "cameras"),
    ("Apart from the cameras, survey drones carry few magnets.", "survey drones", "cameras"),
    ("Except for its batteries, the Orvik scooter uses no cobalt.", "scooter", "batteries"),
    # two possessions of one owner
    ("Velmora sold its motors and its cobalt stock.", "motors", "cobalt"),
    ("Orsa Holdings listed its turbines, its magnets and its copper.", "turbines", "magnets"),
    # the subject of an object relative that trades in the good
    ("Gallium, which radar makers buy, is scarce.", "radar", "gallium"),
    ("Lithium-ion batteries, which scooter makers buy, cost more.", "scooter",
     "lithium-ion batteries"),
]

LEFT_ALONE = [
    ("Aside from cost, survey drones need magnets.", "survey drones", "magnets"),
    ("Survey drones carry magnets and cameras.", "survey drones", "magnets"),
    ("Velmora's motors need their magnets.", "motors", "magnets"),
    ("Gallium, which radars need, is scarce.", "radars", "gallium"),
    ("Cobalt, which hearing aids rely on, is scarce.", "hearing aids", "cobalt"),
    ("Gallium, which radar makers use, is scarce.", "radar", "gallium"),
    ("Besides magnets, survey drones carry cameras.", "survey drones", "magnets"),
    ("Survey drones and their cameras carry magnets.", "survey drones", "cameras"),
]


@pytest.mark.parametrize(("text", "dependent", "needed"), KEPT_APART, ids=lambda v: str(v)[:40])
def test_pairs_kept_apart(text: str, dependent: str, needed: str) -> None:
    _, view, fact = scorer_need(text, dependent, needed)
    assert kept_apart(view, fact) is not None


@pytest.mark.parametrize(("text", "dependent", "needed"), LEFT_ALONE, ids=lambda v: str(v)[:40])
def test_pairs_left_alone(text: str, dependent: str, needed: str) -> None:
    _, view, fact = scorer_need(text, dependent, needed)
    assert kept_apart(view, fact) is None


@pytest.mark.parametrize(("text", "dependent", "needed"), [
    # the later clause takes the subject up again with a pronoun
    ("Loudspeakers need neodymium magnets, and they are vital to hearing aids.", "hearing aids",
     "neodymium magnets"),
    # a passive of an unnamed subject states what it takes
    ("Loudspeakers need magnets, and the grades made for heat are doped with terbium.",
     "magnets", "terbium"),
])
def test_a_later_clause_that_states_the_need_keeps_it(text: str, dependent: str,
                                                      needed: str) -> None:
    _, view, fact = scorer_need(text, dependent, needed)
    assert not split_clauses(view, fact)


def test_a_passive_of_a_named_subject_is_a_clause_of_its_own() -> None:
    _, view, fact = scorer_need(
        "Loudspeakers need magnets, and cobalt was mixed with terbium in a trial.",
        "loudspeakers", "terbium")
    assert split_clauses(view, fact)


@pytest.mark.parametrize("text", [
    "Loudspeakers need neodymium magnets; so do hearing aids.",
    "Loudspeakers need neodymium magnets, and so do hearing aids.",
    "Loudspeakers need neodymium magnets; as do hearing aids, the makers say.",
])
def test_an_elided_need_is_one_clause(text: str) -> None:
    _, view, fact = scorer_need(text, "hearing aids", "neodymium magnets")
    assert not split_clauses(view, fact)


@pytest.mark.parametrize("text", [
    "Loudspeakers need neodymium magnets; hearing aids sold well.",
    "Loudspeakers need neodymium magnets, but hearing aids were cheap.",
])
def test_a_clause_of_its_own_still_splits(text: str) -> None:
    _, view, fact = scorer_need(text, "hearing aids", "neodymium magnets")
    assert split_clauses(view, fact)
