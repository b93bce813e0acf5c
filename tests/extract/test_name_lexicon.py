"""Organisation names found by rule that the lexicon knows: the lexicon's entry, not a new one."""

from __future__ import annotations

from rekg.extract.pipeline import mentions_for
from rekg.loaders.document import Document
from rekg.schema import Label


def _organisations(text: str) -> dict[str, str]:
    views = mentions_for(Document(text=text, title="T"))
    return {m.surface: m.node_id for v in views for m in v.mentions
            if m.label is Label.ORGANIZATION}


def test_a_known_name_with_a_comma_is_the_lexicon_entry() -> None:
    found = _organisations("Officials at the Ministry of Economy, Trade and Industry met "
                           "magnet makers on Tuesday.")
    assert found["Ministry of Economy, Trade and Industry"] == \
        "organization:ministry-of-economy-trade-and-industry"


def test_a_country_before_a_known_organisation_names_that_organisation() -> None:
    found = _organisations("The US Commerce Department widened its entity list, and the US "
                           "Defense Logistics Agency bought more cobalt.")
    assert found["US Commerce Department"] == "organization:department-of-commerce"
    assert found["US Defense Logistics Agency"] == "organization:defense-logistics-agency"


def test_a_country_before_an_organisation_seated_elsewhere_stays_a_new_name() -> None:
    found = _organisations("The Japan Defense Logistics Agency is a made-up body.")
    assert "organization:defense-logistics-agency" not in found.values()


def test_an_initialism_country_joins_the_known_name_after_it() -> None:
    found = _organisations("The loan comes from the U.S. International Development Finance "
                           "Corporation, which backs mines abroad.")
    assert found["U.S. International Development Finance Corporation"] == \
        "organization:international-development-finance-corporation"
    views = mentions_for(Document(text="The loan comes from the U.S. International "
                                  "Development Finance Corporation.", title="T"))
    assert not [m for v in views for m in v.mentions if m.label is Label.COUNTRY]


def test_an_appositive_that_calls_a_name_a_company_makes_it_an_organisation() -> None:
    found = _organisations("The refiner signed a supply deal with Kestrova, a Perth-based miner "
                           "owned by two families, and with Dalmark Metals, the state-owned "
                           "company.")
    assert {"Kestrova", "Dalmark Metals"} <= set(found)


def test_an_appositive_about_a_person_a_place_or_an_opening_adverb_names_no_company() -> None:
    found = _organisations("Ida Holm, a company spokeswoman, said so. Separately, a firm in "
                           "Ohio said it would build a plant. The smelter in Varnatown, a "
                           "subsidiary of a larger group, restarted.")
    assert not {"Ida Holm", "Separately", "Varnatown"} & set(found)


def test_a_ministry_named_by_its_portfolio_after_its_country_is_that_countrys() -> None:
    found = _organisations("Korea's trade ministry said exports fell, and India's heavy "
                           "industries ministry opened bids.")
    assert found["trade ministry"] == "organization:ministry-of-trade-industry-and-energy"
    assert found["heavy industries ministry"] == "organization:ministry-of-heavy-industries"


def test_a_portfolio_no_known_ministry_has_makes_a_new_ministry() -> None:
    found = _organisations("The transport ministry suspended the fees on Monday.")
    assert found["transport ministry"] == "organization:ministry-of-transport"


def test_a_portfolio_of_several_countries_ministries_without_a_country_is_left() -> None:
    found = _organisations("Quotas are set by the industry ministry each year.")
    assert "industry ministry" not in found


def test_an_organisation_head_inside_a_capitalised_run_makes_it_an_organisation() -> None:
    found = _organisations("The Nordic Chamber of Commerce said members were short of "
                           "magnets, and the Valdor University of Mines agreed.")
    assert {"Nordic Chamber of Commerce", "Valdor University of Mines"} <= set(found)
