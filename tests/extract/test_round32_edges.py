"""Edges read from the thirty-second round's train and dev misses: a negation in an earlier
clause that a pronoun's fact in a later clause escapes, a company's apposition naming its seat,
and adverbs inside a cue's exception phrase ("would in return ease")."""

from __future__ import annotations

import pytest

from rekg.extract.heading_uses import heading_uses
from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType

from .fact_triples import labelled_names, measure_chains, named_pairs


def test_a_later_clause_through_a_pronoun_escapes_an_earlier_negation() -> None:
    text = "Lanthanum and cerium are not controlled, and China produces most of them."
    pairs = named_pairs(text, RelType.PRODUCES)
    assert ("China", "lanthanum") in pairs
    assert ("China", "cerium") in pairs


def test_a_pronoun_in_the_negated_clause_stays_denied() -> None:
    text = "Tarrovia does not produce lanthanum or cerium and imports them."
    assert ("Tarrovia", "lanthanum") not in named_pairs(text, RelType.PRODUCES)


@pytest.mark.parametrize("apposition", [
    "the Japanese motor maker",
    "a Japanese maker of spindle motors",
    "the big Japanese motor group",
])
def test_the_country_in_a_sellers_apposition_is_no_buyer(apposition: str) -> None:
    text = f"Nidec, {apposition}, sells spindle motors to drive makers Seagate and Toshiba."
    pairs = named_pairs(text, RelType.SUPPLIES)
    assert ("Nidec", "Toshiba") in pairs
    assert ("Nidec", "Japan") not in pairs


def test_a_country_named_outside_the_apposition_may_buy() -> None:
    text = "Nidec, the motor maker, sells spindle motors to Japan."
    assert ("Nidec", "Japan") in named_pairs(text, RelType.SUPPLIES)


@pytest.mark.parametrize("easing", [
    "would in return ease",
    "would then ease",
    "will eventually lift",
])
def test_an_easing_only_promised_leaves_the_measure_standing(easing: str) -> None:
    text = (f"Negotiators said Tarrovia {easing} several of its own curbs, among them "
            "restrictions on exports of ethane and jet engine parts to Norvia.")
    pairs = named_pairs(text, RelType.RESTRICTS)
    assert any(item == "ethane" for _, item in pairs)


@pytest.mark.parametrize("easing", ["eased", "has since lifted"])
def test_an_easing_done_still_pauses_the_measure(easing: str) -> None:
    text = (f"Tarrovia {easing} its restrictions on exports of ethane and jet engine parts to "
            "Norvia.")
    assert not any(item == "ethane" for _, item in named_pairs(text, RelType.RESTRICTS))


@pytest.mark.parametrize("described", [
    "the German automotive supplier Schaeffler",
    "German carmaker Schaeffler",
])
def test_a_party_read_at_a_country_qualifying_a_company_is_the_company(described: str) -> None:
    text = (f"Arafura Rare Earths has offtake agreements with Hyundai, and with {described}, "
            "which wants the oxide for its motors.")
    parties = {party for party, _ in named_pairs(text, RelType.PARTY_TO)}
    assert "Schaeffler" in parties
    assert "Germany" not in parties


def test_a_countrys_public_body_and_the_country_are_both_parties() -> None:
    text = ("Tarrow Metals teams up with Australia's Critical Minerals Office on two lithium "
            "prospects under the Kestrel Accord.")
    parties = {party for party, _ in named_pairs(text, RelType.PARTY_TO)}
    assert {"Australia", "Critical Minerals Office"} <= parties


def test_a_pronouns_antecedent_before_a_joined_predicate_stays_the_input() -> None:
    text = ("Nearly all Norvian cobalt is mined as cobalt hydroxide and is sent to Japan, "
            "where smelters transform it into cobalt sulphate.")
    assert ("cobalt sulphate", "cobalt hydroxide") in named_pairs(text, RelType.DEPENDS_ON)


def test_a_good_before_a_joined_predicate_is_still_no_input() -> None:
    text = "The element hardens bullets and is used in flame retardants."
    assert ("flame retardant", "bullet") not in named_pairs(text, RelType.DEPENDS_ON)


@pytest.mark.parametrize("lead", ["", "The survey lists the end uses:\n"])
def test_a_material_heading_with_a_colon_names_what_it_goes_into(lead: str) -> None:
    text = (f"{lead}- Antimony: lead-acid batteries, flame retardants, tracer rounds and "
            "ammunition primers.")
    pairs = named_pairs(text, RelType.DEPENDS_ON)
    assert ("lead-acid battery", "antimony") in pairs
    assert ("flame retardant", "antimony") in pairs


@pytest.mark.parametrize("line", [
    "- Antimony: licences since September 2024 for lead-acid batteries and primers.",
    "- Antimony: about 180,000 yuan a tonne, lead-acid batteries and primers.",
    "- Antimony: China makes lead-acid batteries and primers.",
])
def test_a_material_heading_on_a_measure_a_price_or_a_clause_names_no_use(line: str) -> None:
    ctx = run(Document(text=line, title="Test", published="2025-06-01"))
    assert [f for view in ctx.sentences for f in heading_uses(view)] == []


@pytest.mark.parametrize("name", [
    "Tarvik Mining and Metallurgical Combine",
    "Tarvik Mining and Chemical Company",
])
def test_a_name_whose_second_half_is_a_word_of_the_trade_is_one_company(name: str) -> None:
    text = f"Norvia holds copper reserves, much of it worked by {name} in the east."
    names = {n for label, n in labelled_names(text) if label == "Organization"}
    assert name in names
    assert "Tarvik Mining" not in names


def test_two_companies_joined_by_and_stay_two() -> None:
    text = "Tarvik Mining and Kestrel Metals produce copper."
    names = {n for label, n in labelled_names(text) if label == "Organization"}
    assert {"Tarvik Mining", "Kestrel Metals"} <= names


def test_each_gapped_clause_of_shares_produces_its_own_goods() -> None:
    text = ("China provides 90% of the bloc's rare earths, Turkey 95% of its borate, and South "
            "Africa 70% of its platinum.")
    pairs = named_pairs(text, RelType.PRODUCES)
    assert ("Turkey", "borate") in pairs
    assert ("South Africa", "platinum") in pairs
    assert ("Turkey", "rare earth elements") not in pairs
    assert not {("China", "borate"), ("China", "platinum")} & pairs


def test_a_gapped_share_without_goods_takes_the_first_clauses_goods() -> None:
    text = "China refines 90% of the world's gallium, Japan 4% and Germany 2%."
    pairs = named_pairs(text, RelType.PRODUCES)
    assert {("Japan", "gallium"), ("Germany", "gallium")} <= pairs


def test_it_after_which_is_the_party_the_sentence_opens_with() -> None:
    text = ("Kestrel Metals makes the alloy. SQM produces lithium carbonate, which it sells to "
            "battery makers in China and Japan.")
    pairs = named_pairs(text, RelType.SUPPLIES)
    assert {("SQM", "China"), ("SQM", "Japan")} <= pairs
    assert ("Kestrel Metals", "Japan") not in pairs


def test_coordinated_possessives_each_sell_to_the_customers() -> None:
    text = "Umicore and GEM are Glencore's and CMOC's two largest customers."
    pairs = named_pairs(text, RelType.SUPPLIES)
    assert {("Glencore", "GEM"), ("CMOC Group", "GEM")} <= pairs


def test_exporters_needing_government_approval_to_ship_goods_is_licensing() -> None:
    text = ("From this month Chinese traders need government approval before they can ship "
            "germanium dioxide or germanium tetrachloride.")
    chains = measure_chains(text)
    assert ("RESTRICTS", "china", "germanium dioxide") in chains


def test_no_longer_approving_exports_is_a_ban() -> None:
    text = ("Beijing announced that its trade officials would no longer approve exports of "
            "gallium and antimony to the United States.")
    chains = measure_chains(text)
    assert {("RESTRICTS", "china", "gallium"), ("TARGETS", "china", "united states")} <= chains


def test_the_owner_of_a_listed_measure_is_no_target() -> None:
    text = ("The annex lists China's licensing requirements for germanium and gallium products "
            "that took effect in 2023.")
    assert not any(target == "China" for _, target in named_pairs(text, RelType.TARGETS))
    assert ("RESTRICTS", "china", "gallium") in measure_chains(text)


@pytest.mark.parametrize("second", ["the rest goes into", "about one-quarter went into"])
def test_a_share_opening_a_clause_after_a_semicolon_is_of_the_first_clauses_goods(
        second: str) -> None:
    text = f"Most of the cobalt goes into batteries; {second} superalloys and magnets."
    pairs = named_pairs(text, RelType.DEPENDS_ON)
    assert ("superalloy", "cobalt") in pairs
