"""Goods listed with a modifier each ("hub motors for scooters and compressors for heat
pumps"): the scorer guard refuses a use between two conjuncts (``conjunct_chains.py``), and a
part pattern gives a list's modifier to its last item alone when the list goes on with another
modified item (``pattern_roles.modifier_of_last``). Twins: a head and its own modifier, a
modifier with several objects ("in cars and wind turbines"), a closed list that shares its
modifier ("europium and terbium in phosphors")."""

from __future__ import annotations

import pytest

from rekg.extract.conjunct_chains import across_conjuncts

from .fact_triples import has_fact, scorer_need

ACROSS = [
    ("Hub motors for scooters and compressors for heat pumps use magnets.", "heat pumps",
     "hub motors"),
    ("Hub motors for scooters and compressors for heat pumps use magnets.", "compressors",
     "hub motors"),
    ("Lift machines, hub motors for scooters and compressors for heat pumps use magnets.",
     "compressors", "lift machines"),
    ("The motors of electric buses, the generators of wind turbines and the drives of "
     "robots need magnets.", "wind turbines", "motors"),
]

WITHIN = [
    ("Hub motors for scooters and compressors for heat pumps use magnets.", "scooters",
     "hub motors"),
    ("Hub motors for scooters and compressors for heat pumps use magnets.", "heat pumps",
     "compressors"),
    # one modifier with two objects: no second modified conjunct
    ("Magnets in electric buses and wind turbines need dysprosium.", "wind turbines",
     "magnets"),
    # a closed list shares its modifier
    ("Tablets use terbium and europium in their display phosphors, and lanthanum in optical "
     "lenses.", "display phosphors", "europium"),
]


@pytest.mark.parametrize(("text", "dependent", "needed"), ACROSS)
def test_a_use_across_modified_conjuncts_is_refused(text: str, dependent: str,
                                                    needed: str) -> None:
    _, view, fact = scorer_need(text, dependent, needed)
    assert across_conjuncts(view, fact)


@pytest.mark.parametrize(("text", "dependent", "needed"), WITHIN)
def test_a_use_within_one_conjunct_is_left_alone(text: str, dependent: str,
                                                 needed: str) -> None:
    _, view, fact = scorer_need(text, dependent, needed)
    assert not across_conjuncts(view, fact)


def test_a_modifier_belongs_to_the_last_item_when_the_list_goes_on() -> None:
    text = ("Lift machines, hub motors for scooters and compressors for heat pumps "
            "all use magnets.")
    assert has_fact(text, "DEPENDS_ON", "scooter", "hub motor")
    assert not has_fact(text, "DEPENDS_ON", "scooter", "lift machine")


def test_a_modifier_of_a_list_that_ends_there_is_shared() -> None:
    text = "The motors and sensors of electric vehicles use magnets."
    assert has_fact(text, "DEPENDS_ON", "electric vehicle", "motor")
    assert has_fact(text, "DEPENDS_ON", "electric vehicle", "sensor")
