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


def test_a_seat_in_brackets_before_a_legal_suffix_is_part_of_the_name() -> None:
    found = _named("The state-owned IREL (India) Limited mines beach sands. Tarrant Holdings "
                   "(Shanghai) Co Ltd makes magnets.")
    assert {(Label.ORGANIZATION, "IREL (India) Limited"),
            (Label.ORGANIZATION, "Tarrant Holdings (Shanghai) Co Ltd")} <= found
    assert not {label for label, _ in found} & {Label.COUNTRY, Label.RESTRICTION}


def test_a_short_name_in_brackets_stays_outside_the_name() -> None:
    found = _named("The Kachin Independence Army (KIA) took the town.")
    assert (Label.ORGANIZATION, "Kachin Independence Army") in found


def test_one_unknown_name_after_a_countrys_possessive_is_a_company() -> None:
    found = _named("Belgium's Tarvane processes antimony, and Japan's Oskuro recovers gallium.")
    assert {(Label.ORGANIZATION, "Tarvane"), (Label.ORGANIZATION, "Oskuro")} <= found


def test_a_province_or_a_law_after_a_countrys_possessive_is_no_company() -> None:
    found = _named("A company owned by Argentina's Tarvane province signed. China's Rulings on "
                   "exports changed.")
    assert not {label for label, _ in found} & {Label.ORGANIZATION}


def test_a_sentence_adverb_is_no_part_of_a_name() -> None:
    named = _named("Therefore Acme Magnetics is mainly producing magnets.")
    assert (Label.ORGANIZATION, "Acme Magnetics") in named


def test_a_sentence_adverb_is_no_part_of_the_company_name_after_it() -> None:
    from rekg.extract import mentions_for
    from rekg.loaders.document import Document

    views = mentions_for(Document(text="Therefore Northfield Rare Metals Corp mainly sells "
                                       "lanthanum.", title="T"))
    names = {m.name for v in views for m in v.mentions}
    assert "Northfield Rare Metals Corp" in names
    assert "Therefore Northfield Rare Metals Corp" not in names


def test_a_heading_in_capitals_is_no_organisation() -> None:
    from rekg.extract import mentions_for
    from rekg.loaders.document import Document

    views = mentions_for(Document(text="WEEK IN STRATEGIC METALS: prices rose.", title="T"))
    assert not [m for v in views for m in v.mentions if m.name == "WEEK IN STRATEGIC METALS"]


def test_a_title_alone_is_no_person() -> None:
    from rekg.extract import mentions_for
    from rekg.loaders.document import Document

    views = mentions_for(Document(text="Jane Roe, Acme's President and Chief Executive Officer, "
                                       "said output rose.", title="T"))
    assert not [m for v in views for m in v.mentions if m.name == "Chief Executive Officer"]


def test_the_board_of_a_known_company_is_that_company() -> None:
    from rekg.extract import mentions_for
    from rekg.loaders.document import Document

    views = mentions_for(Document(text="The release was authorised by the Board of Lynas Rare "
                                       "Earths Ltd.", title="T"))
    names = {m.name for v in views for m in v.mentions}
    assert "Lynas Rare Earths" in names or "Lynas" in names
    assert not {n for n in names if n.startswith("Board of")}


def test_unknown_names_listed_with_organisations_are_organisations() -> None:
    found = _named("Buyers such as Glencore, Varnholt and Osk Kemi raised prices. "
                   "Lynas and Tarvik signed it.")
    assert {(Label.ORGANIZATION, "Varnholt"), (Label.ORGANIZATION, "Osk Kemi"),
            (Label.ORGANIZATION, "Tarvik")} <= found


def test_a_list_with_a_place_or_ending_in_a_noun_adds_no_organisation() -> None:
    found = _named("Lynas has plants in Kuantan, Glencore and Rio Tinto. Demand from Glencore "
                   "and Nordic suppliers rose. Glencore runs the Kamoto and Varnholt mines. "
                   "It sued Greenland and Denmark.")
    assert not {(Label.ORGANIZATION, n) for n in ("Kuantan", "Nordic", "Varnholt",
                                                   "Greenland")} & found


def test_a_hyphenated_given_name_is_whole_but_a_smith_led_review_is_no_part() -> None:
    found = _named("Trade minister Han Seo-yun said it would help. Ida Holm-led teams said so.")
    assert (Label.PERSON, "Han Seo-yun") in found
    assert not any(surface.endswith("-led") for _, surface in found)


def test_a_middle_or_first_initial_with_a_full_stop_is_part_of_the_name() -> None:
    found = _named("Tarrant chairman R. Okoye told reporters. \"It helps,\" said Ida K. Holm.")
    assert {(Label.PERSON, "R. Okoye"), (Label.PERSON, "Ida K. Holm")} <= found


def test_an_abbreviation_in_brackets_inside_a_lexicon_name_keeps_it_whole() -> None:
    found = _named("The plant will refine neodymium-praseodymium (NdPr) oxide and sell "
                   "dysprosium (Dy) oxide.")
    assert {(Label.MATERIAL, "neodymium-praseodymium (NdPr) oxide"),
            (Label.MATERIAL, "dysprosium (Dy) oxide")} <= found
    assert (Label.MATERIAL, "NdPr") not in found


def test_a_capitalised_material_word_inside_a_sentence_names_a_site() -> None:
    found = _named("Ardent Mining is developing the Scheelite project in Nevada, and its "
                   "Cobalt site is idle. Tungsten is mined as scheelite.")
    assert (Label.MATERIAL, "Scheelite") not in found
    assert (Label.MATERIAL, "Cobalt") not in found
    assert {(Label.MATERIAL, "Tungsten"), (Label.MATERIAL, "scheelite")} <= found


def test_the_tail_of_a_portfolio_or_a_document_title_is_no_organisation() -> None:
    found = _named("The Minister of Coastal Resources spoke. The Rules on the Management of "
                   "Strategic Minerals took effect. The Chairman of Tarrant Holdings left.")
    orgs = {surface for label, surface in found if label is Label.ORGANIZATION}
    assert not {"Coastal Resources", "Management of Strategic Minerals"} & orgs
    assert "Tarrant Holdings" in orgs


def test_management_and_recycling_end_company_names() -> None:
    found = _named("The loan was led by Harlow Capital Management, and recycler Vesk "
                   "Recycling said it would buy scrap.")
    assert {(Label.ORGANIZATION, "Harlow Capital Management"),
            (Label.ORGANIZATION, "Vesk Recycling")} <= found


def test_the_seat_of_an_unnamed_analyst_is_a_place() -> None:
    views = mentions_for(Document(text="Prices will rise, said an analyst in Singapore. A "
                                       "Seoul-based trader agreed. Singapore buys tin.",
                                  title="T"))
    nodes = [(v.index, m.surface) for v in views for m in v.mentions
             if m.label is Label.COUNTRY and m.form != "place"]
    assert nodes == [(2, "Singapore")]


def test_a_name_after_companies_like_or_including_is_a_company() -> None:
    found = _named("Radio chips come from companies like Varnholt and Osk. Buyers include "
                   "carmakers including Tarvik.")
    assert {(Label.ORGANIZATION, "Varnholt"), (Label.ORGANIZATION, "Osk"),
            (Label.ORGANIZATION, "Tarvik")} <= found


def test_a_leader_before_administration_names_no_person() -> None:
    views = mentions_for(Document(text="The Biden administration widened the rules.",
                                  title="T"))
    assert not [m for v in views for m in v.mentions if m.label is Label.PERSON]
