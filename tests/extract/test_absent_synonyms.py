"""Near synonyms of known absence cues: a product that eschews an input, a country that stays
outside an accord, a levy only impending, an item saved from a rule, output that stopped."""

from __future__ import annotations

import pytest

from .fact_triples import has_fact


@pytest.mark.parametrize("verb", ["eschews", "sidesteps", "bypasses", "shuns", "steers clear of"])
def test_a_product_that_avoids_an_input_does_not_depend_on_it(verb: str) -> None:
    assert has_fact("Induction motors rely on neodymium magnets.", "DEPENDS_ON", "induction",
                    "magnet")
    assert not has_fact(f"Induction motors {verb} neodymium magnets.", "DEPENDS_ON",
                        "induction", "magnet")


@pytest.mark.parametrize("phrase", ["remained outside", "was excluded from", "was left out of",
                                    "boycotted", "abstained from"])
def test_a_country_outside_an_accord_is_no_party(phrase: str) -> None:
    assert has_fact("Japan signed the Quartz Minerals Accord with Australia.", "PARTY_TO",
                    "japan", "quartz")
    assert not has_fact(f"Japan {phrase} the Quartz Minerals Accord.", "PARTY_TO", "japan",
                        "quartz")


@pytest.mark.parametrize("adjective", ["impending", "anticipated"])
def test_a_measure_only_in_prospect_restricts_nothing(adjective: str) -> None:
    assert not has_fact(f"Traders fear Peru's {adjective} ban on zinc concentrate exports.",
                        "RESTRICTS", "*", "zinc")


def test_an_item_saved_from_a_rule_is_not_restricted() -> None:
    text = "China restricted exports of every minor metal save for gallium."
    assert not has_fact(text, "RESTRICTS", "*", "gallium")


@pytest.mark.parametrize("verb", ["paused production of", "paused output of"])
def test_output_that_paused_is_no_production(verb: str) -> None:
    assert not has_fact(f"Kestrel Mining {verb} neodymium oxide in May.", "PRODUCES", "kestrel",
                        "neodymium")


@pytest.mark.parametrize("ending", ["were invalidated", "were voided", "were discontinued",
                                    "were retracted", "no longer apply", "are now history"])
def test_a_measure_ended_in_other_words_restricts_nothing(ending: str) -> None:
    assert not has_fact(f"Peru's curbs on bismuth exports {ending}.", "RESTRICTS", "*", "bismuth")


@pytest.mark.parametrize("adjective", ["would-be", "aborted", "former"])
def test_a_measure_never_made_or_gone_restricts_nothing(adjective: str) -> None:
    assert not has_fact(f"Peru's {adjective} curbs on bismuth exports hurt smelters.",
                        "RESTRICTS", "*", "bismuth")


def test_a_seller_prevented_from_selling_supplies_nothing() -> None:
    text = "Kestrel Mining was prevented from shipping neodymium oxide to Japan."
    assert not has_fact(text, "SUPPLIES", "kestrel", "japan")



@pytest.mark.parametrize("text", [
    "The Quartz Minerals Accord sidesteps lithium.",
    "The Quartz Minerals Accord ignores lithium.",
    "Lithium is outside the Quartz Minerals Accord.",
    "Lithium could be added to the Quartz Minerals Accord later.",
])
def test_an_accord_silent_on_an_item_does_not_address_it(text: str) -> None:
    assert has_fact("The Quartz Minerals Accord covers lithium and cobalt.", "ADDRESSES",
                    "quartz", "lithium")
    assert not has_fact(text, "ADDRESSES", "quartz", "lithium")
