"""Names the lexicon lacks: companies named for their metal."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import mentions_for
from rekg.loaders.document import Document
from rekg.schema import Label

pytestmark = pytest.mark.usefixtures("patterns_only")


def _named(text: str) -> set[tuple[Label, str]]:
    views = mentions_for(Document(text=text, title="T"))
    return {(m.label, m.surface) for v in views for m in v.mentions}


def test_capitalised_words_before_a_capitalised_metal_name_a_company() -> None:
    found = _named("The mine is run by Borwick Lithium, while Tarrant Platinum and Osk "
                   "Nickel expanded.")
    assert {(Label.ORGANIZATION, "Borwick Lithium"), (Label.ORGANIZATION, "Tarrant Platinum"),
            (Label.ORGANIZATION, "Osk Nickel")} <= found
    assert (Label.MATERIAL, "Lithium") not in found


def test_a_country_before_a_metal_or_a_title_case_headline_names_no_company() -> None:
    found = _named("Congo Cobalt output rose. Borwick Lithium Raises Output Again.")
    assert not {label for label, _ in found} & {Label.ORGANIZATION}


def test_a_name_right_before_an_organisation_title_is_the_employer() -> None:
    found = _named("Vardo chief executive Julian Marsk said the start-up was a signal.")
    assert {(Label.ORGANIZATION, "Vardo"), (Label.PERSON, "Julian Marsk")} <= found
    assert (Label.ORGANIZATION, "Former") not in _named(
        "Former President Julian Marsk left. Acting Chairman Ida Holm stayed.")
