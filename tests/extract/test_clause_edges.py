"""Where a pattern's left side ends: a comma-set relative clause right after a one-word subject
is stepped over to that subject, and a gerund after "by" belongs to the clause's subject, not
to the noun before "by"."""

from __future__ import annotations

import pytest

from rekg.schema import RelType

from .fact_triples import named_pairs


@pytest.mark.parametrize(("text", "pair"), [
    ("Indium, which is recovered from zinc ore, comes mostly from South Korea.",
     ("South Korea", "indium")),
    ("Cobalt, which is mined alongside copper, comes mainly from Congo.",
     ("Democratic Republic of the Congo", "cobalt")),
])
def test_a_relative_clause_after_the_first_word_is_stepped_over(
        text: str, pair: tuple[str, str]) -> None:
    assert pair in named_pairs(text, RelType.PRODUCES)


def test_the_good_inside_the_relative_clause_is_not_taken_for_its_head() -> None:
    assert ("Democratic Republic of the Congo", "copper") not in named_pairs(
        "Cobalt, which is mined alongside copper, comes mainly from Congo.", RelType.PRODUCES)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Ceiling fans can avoid neodymium by using ferrite magnets.",
     ("neodymium", "ferrite magnet")),
    ("Pump makers avoid terbium by using copper windings.", ("terbium", "copper")),
    ("Tidal turbines can avoid dysprosium by using gearboxes.", ("dysprosium", "gearbox")),
    ("Ceiling fans can avoid rare earths by using induction motors.",
     ("rare earth elements", "induction motor")),
])
def test_what_is_avoided_by_using_something_does_not_use_it(
        text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in named_pairs(text, RelType.DEPENDS_ON)


@pytest.mark.parametrize(("text", "pair"), [
    ("Tidal turbines can avoid dysprosium by using gearboxes.", ("tidal turbine", "gearbox")),
    ("Lamps made by adding europium glow red.", ("lamp", "europium")),
])
def test_the_subject_of_the_means_still_uses_it(text: str, pair: tuple[str, str]) -> None:
    assert pair in named_pairs(text, RelType.DEPENDS_ON)


@pytest.mark.parametrize("text", [
    "Buyers rely on imports, with Peru the largest producer of tin.",
    "Buyers rely on imports, with Peru by far the biggest miner of tin.",
])
def test_the_subject_of_a_verbless_clause_after_with_is_its_agent(text: str) -> None:
    assert ("Peru", "tin") in named_pairs(text, RelType.PRODUCES)
