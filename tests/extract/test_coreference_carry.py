"""Coreference that carries a producer across sentences: works nouns, a bare "It", the
speaker of "said it", and regions that speak for their country."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import mentions_for
from rekg.loaders.document import Document

from .fragments import produced_pairs as _produces

pytestmark = pytest.mark.usefixtures("patterns_only")


def _referents(text: str, surface: str) -> list[str]:
    views = mentions_for(Document(text=text, title="T"))
    return [m.name for v in views for m in v.mentions
            if m.form == "anaphor" and m.surface == surface]


def test_a_works_noun_before_a_production_verb_is_the_company_in_focus() -> None:
    text = ("Energy Fuels expanded its mill in Utah last year. With the new circuit the site "
            "will also produce terbium oxide.")
    assert ("Energy Fuels", "terbium oxide") in _produces(text)


def test_a_works_noun_needs_a_company_in_focus_and_no_named_producer() -> None:
    assert not _referents("Prices rose in May. The site will produce terbium oxide.",
                          "the site")
    text = ("Energy Fuels expanded its mill in Utah. The plant that Lynas bought produces "
            "terbium oxide.")
    assert ("Energy Fuels", "terbium oxide") not in _produces(text)


def test_an_opening_it_without_an_earlier_subject_is_the_company_in_focus() -> None:
    text = ("Prices of NdPr oxide rose after Energy Fuels expanded its mill. It produces "
            "dysprosium oxide for magnet makers.")
    assert _referents(text, "It") == ["Energy Fuels"]


def test_it_after_a_verb_of_saying_is_the_speaker() -> None:
    text = ("China's Ministry of Commerce published a notice on Monday. Lynas said it would "
            "raise output of dysprosium.")
    assert _referents(text, "it") == ["Lynas"]


def test_a_region_where_goods_are_mined_speaks_for_its_country() -> None:
    assert ("China", "dysprosium") in _produces(
        "Most dysprosium is mined in Jiangxi and Guangdong.")
    assert ("China", "gallium") in _produces("Gallium producers in Guangxi and Shandong "
                                             "said licences were slow.")


def test_a_region_named_only_as_a_venue_stays_a_place() -> None:
    found = _produces("Officials met in Geneva on Monday to discuss gallium and germanium.")
    assert not found


def test_the_first_word_of_a_company_named_earlier_is_that_company() -> None:
    text = ("Cyclic Materials raised money on Monday. Cyclic's process separates neodymium "
            "from scrap.")
    assert ("Cyclic Materials", "neodymium") in _produces(text)
    assert not _referents("New Age Metals raised money. New rules apply.", "New")


def test_both_companies_are_the_last_two_companies_named() -> None:
    text = ("CMOC Group and Glencore dominate copper mining in Congo. Both companies extract "
            "cobalt as a by-product.")
    assert {("CMOC Group", "cobalt"), ("Glencore", "cobalt")} <= _produces(text)
