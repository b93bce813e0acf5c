"""Facts whose two ends are in different sentences: a pronoun or a description in one
sentence that stands for what an earlier one named, and twins where it stands for nothing."""

from __future__ import annotations

import pytest

from .fragments import dependency_pairs, produced_pairs

pytestmark = pytest.mark.usefixtures("patterns_only")


def test_it_with_a_phrase_of_use_is_the_material_in_focus() -> None:
    text = ("Tellurium is a rare by-product of copper refining. Prices climbed sharply in "
            "the spring. It also goes into thermoelectric coolers and solar panels.")
    found = dependency_pairs(text)
    assert ("solar panel", "tellurium") in found
    assert ("solar panel", "copper") not in found


def test_it_with_a_phrase_of_use_needs_goods_in_focus() -> None:
    text = ("Umicore reported higher profit on Tuesday. Shares rose in Brussels. It also "
            "goes into thermoelectric coolers and solar panels.")
    assert not any(b == "tellurium" for _, b in dependency_pairs(text))
    text = ("Tellurium is a rare by-product of copper refining. Prices climbed sharply in "
            "the spring. They also go into thermoelectric coolers and solar panels.")
    assert ("solar panel", "tellurium") not in dependency_pairs(text)


def test_it_with_a_phrase_of_use_is_not_negated_away() -> None:
    text = ("Tellurium is a rare by-product of copper refining. Prices climbed sharply in "
            "the spring. It is not used in solar panels made by most companies.")
    assert ("solar panel", "tellurium") not in dependency_pairs(text)


def test_a_run_of_its_sentences_keeps_the_owner() -> None:
    text = ("A delivery drone is a flying toolbox. Its flight time depends on a lithium "
            "polymer battery. Its brushless motors depend on neodymium magnets.")
    found = dependency_pairs(text)
    assert ("delivery drone", "brushless motor") in found
    assert ("lithium polymer battery", "brushless motor") not in found


def test_its_after_a_sentence_of_its_own_goods_is_that_sentence_s() -> None:
    text = ("A delivery drone is a flying toolbox. Smartphones are flying off shelves too. "
            "Their cameras depend on tiny lenses.")
    assert ("drone", "camera") not in dependency_pairs(text)


def test_those_two_of_a_class_are_the_list_of_two_named_before() -> None:
    text = ("Dysprosium and terbium are added to magnets for traction motors. Those two heavy "
            "rare earths are refined mostly in China.")
    assert {("China", "dysprosium"), ("China", "terbium")} <= produced_pairs(text)


def test_a_counted_class_unnamed_by_the_lexicon_is_the_list_of_that_size() -> None:
    text = ("Gallium and germanium go into radar chips. Prices jumped in July. The two "
            "little-known metals are refined mostly in China.")
    assert {("China", "gallium"), ("China", "germanium")} <= produced_pairs(text)


def test_a_counted_class_of_another_size_is_not_the_list() -> None:
    text = ("Dysprosium and terbium are added to magnets for traction motors. Those seven "
            "heavy rare earths are refined mostly in China.")
    assert ("China", "dysprosium") not in produced_pairs(text)
    text = ("Neodymium, praseodymium and terbium are added to magnets. Those two heavy rare "
            "earths are refined mostly in China.")
    assert ("China", "neodymium") not in produced_pairs(text)


def test_a_counted_class_in_a_negated_sentence_gives_nothing() -> None:
    text = ("Dysprosium and terbium are added to magnets for traction motors. Those two heavy "
            "rare earths are not refined in Australia.")
    assert not {p for p in produced_pairs(text) if p[0] == "Australia"}


def test_most_of_them_is_the_products_listed_before() -> None:
    text = ("Its members build the seat motors, pumps and sensors found in every car. Most of "
            "them use neodymium magnets.")
    found = dependency_pairs(text)
    assert {("seat motor", "ndfeb magnet"), ("sensor", "ndfeb magnet")} <= found
    assert ("car", "ndfeb magnet") not in found


def test_all_of_them_is_read_by_the_patterns_not_left_to_the_cross_scorer() -> None:
    text = ("Drones, wind turbines and hard disk drives are made in many countries. All of "
            "them need neodymium.")
    assert {("drone", "neodymium"), ("wind turbine", "neodymium")} <= dependency_pairs(text)


def test_most_of_them_needs_a_verb_of_need_and_a_list_before() -> None:
    text = ("Its members build the seat motors, pumps and sensors found in every car. Most of "
            "them are based in Germany and sell neodymium magnets.")
    assert ("sensor", "ndfeb magnet") not in dependency_pairs(text)
    text = ("Its members build seat motors for carmakers. Most of them use neodymium magnets.")
    assert ("seat motor", "ndfeb magnet") not in dependency_pairs(text)


def test_most_of_them_in_a_negated_sentence_gives_nothing() -> None:
    text = ("Its members build the seat motors, pumps and sensors found in every car. None of "
            "them use neodymium magnets any more.")
    assert ("sensor", "ndfeb magnet") not in dependency_pairs(text)


def test_both_elements_are_the_list_of_two_named_before() -> None:
    text = ("Most of the world's gallium and germanium is refined in China. Solar cells for "
            "satellites need both elements.")
    found = dependency_pairs(text)
    assert {("solar panel", "gallium"), ("solar panel", "germanium")} <= found


def test_both_before_a_coordination_is_no_counted_class() -> None:
    text = ("Mineral sands are mined for zircon and rutile. Monazite from them contains both "
            "light and heavy rare earths.")
    found = dependency_pairs(text)
    assert ("monazite", "zircon") not in found and ("monazite", "rutile") not in found


def test_counted_elements_are_not_a_list_of_oxides() -> None:
    text = ("Lynas produced dysprosium oxide and terbium oxide in Malaysia. China refines "
            "both elements at scale.")
    found = produced_pairs(text)
    assert ("China", "dysprosium oxide") not in found


def test_a_described_country_is_the_country_in_focus() -> None:
    text = ("Guinea revoked dozens of mining licences this year. The West African country is "
            "the largest producer of bauxite.")
    assert ("Guinea", "bauxite") in produced_pairs(text)


def test_a_described_country_is_the_one_named_before_it_in_the_sentence() -> None:
    text = ("Officials from the United States and Japan met in Tokyo. Under a deal signed with "
            "Malaysia, the Southeast Asian country produces rare earth oxide for American "
            "buyers.")
    found = produced_pairs(text)
    assert ("Malaysia", "rare earth oxide") in found
    assert ("United States", "rare earth oxide") not in found


def test_a_based_company_is_the_company_in_focus() -> None:
    text = ("Lynas posted higher sales on Monday. Analysts said the Perth-based miner produces "
            "terbium oxide in Malaysia.")
    assert ("Lynas", "terbium oxide") in produced_pairs(text)


def test_a_rank_or_a_named_company_is_no_description_of_the_one_in_focus() -> None:
    text = ("Lynas posted higher sales on Monday. Analysts said the second-largest producer "
            "makes terbium oxide in Malaysia.")
    assert ("Lynas", "terbium oxide") not in produced_pairs(text)
    text = ("Lynas posted higher sales on Monday. Analysts said the Colorado-based company "
            "Energy Fuels produces terbium oxide in Utah.")
    assert ("Lynas", "terbium oxide") not in produced_pairs(text)


def test_a_described_company_in_a_denial_gives_nothing() -> None:
    text = ("Lynas posted higher sales on Monday. Analysts said the Perth-based miner does not "
            "produce terbium oxide.")
    assert ("Lynas", "terbium oxide") not in produced_pairs(text)
