"""People named after an honorific ("Mr. Ida Tarrow", "Shri Ravi Menon"), after a title of a
country or body and a comma ("the Prime Minister of Valdoria, Ida Tarrow,"), and after
"President and Chief Executive Officer" (no "Officer" in the name); the body after the title's
"of" is the one they represent, not the country after "to"."""

from __future__ import annotations

import pytest

from rekg.schema import RelType

from .fact_triples import labelled_names, named_pairs


@pytest.mark.parametrize(("text", "name"), [
    ("Mr. Joseph Kabwe signed the notice on Monday.", "Joseph Kabwe"),
    ("Shri Ravi Menon attended the ceremony.", "Ravi Menon"),
    ("Kestrel Metals President and Chief Executive Officer Ida Tarrow described the deal.",
     "Ida Tarrow"),
    ("The Prime Minister of Kazakhstan, Olzhas Bektenov, signed the memorandum.",
     "Olzhas Bektenov"),
])
def test_the_person_is_found_with_no_title_word_in_the_name(text: str, name: str) -> None:
    people = {n for label, n in labelled_names(text) if label == "Person"}
    assert name in people, people


def test_an_ambassador_represents_the_country_of_the_title() -> None:
    pairs = named_pairs("The Ambassador of India to Chile, Shri Ravi Menon, signed the "
                        "agreement.", RelType.REPRESENTS)
    assert ("Ravi Menon", "India") in pairs


def test_the_body_of_a_title_before_an_apposed_name_is_represented() -> None:
    assert ("Olzhas Bektenov", "Kazakhstan") in named_pairs(
        "The Prime Minister of Kazakhstan, Olzhas Bektenov, signed the memorandum.",
        RelType.REPRESENTS)
