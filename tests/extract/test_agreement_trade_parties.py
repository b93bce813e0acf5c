"""Parties of a deal read from the trade it governs, and the holder of a deal "with" another."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import GraphFragment, Label, RelType

pytestmark = pytest.mark.usefixtures("patterns_only")


def _fragment(text: str) -> GraphFragment:
    return run(Document(text=text, title="Test")).fragment


def _pairs(text: str, rel: RelType) -> set[tuple[str, str]]:
    fragment = _fragment(text)
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is rel}


def test_the_holder_of_a_deal_with_another_is_a_party() -> None:
    parties = _pairs("Iluka Resources, which already has an offtake agreement with Sojitz, "
                     "plans a second refinery.", RelType.PARTY_TO)
    assert {party for party, _ in parties} >= {"Iluka Resources", "Sojitz"}


def test_saying_something_about_a_deal_holds_no_deal() -> None:
    parties = _pairs("Lynas has said the deal with Sojitz was fair to both.", RelType.PARTY_TO)
    assert not any(party == "Lynas Rare Earths" for party, _ in parties)


def test_the_buyer_under_a_deal_is_a_party() -> None:
    parties = _pairs("Tesla is the main buyer under a ten-year offtake agreement signed last "
                     "spring.", RelType.PARTY_TO)
    assert {party for party, _ in parties} == {"Tesla"}


def test_seller_and_buyer_after_under_the_contract() -> None:
    parties = _pairs("Under the contract, MP Materials will deliver magnets to General Motors "
                     "from 2027.", RelType.PARTY_TO)
    assert {party for party, _ in parties} >= {"MP Materials", "General Motors"}


def test_a_law_binds_no_party_by_trade_under_it() -> None:
    parties = _pairs("Under the Critical Raw Materials Act, Lynas must report what it sells "
                     "to buyers.", RelType.PARTY_TO)
    assert not any(party == "Lynas Rare Earths" for party, _ in parties)


def test_companies_trading_under_a_deal_between_governments_are_not_parties() -> None:
    parties = _pairs("Under a 2015 intergovernmental agreement, Lynas sells oxide to Sojitz.",
                     RelType.PARTY_TO)
    assert not parties & {("Lynas Rare Earths", n) for _, n in parties}
    assert not any(party == "Sojitz" for party, _ in parties)


def test_a_measure_pointed_back_to_is_what_the_truce_suspended() -> None:
    text = ("China banned exports of gallium and germanium to the United States in December "
            "2024. That ban was lifted for a year under the Busan truce.")
    fragment = _fragment(text)
    names = {n.id: n.name for n in fragment.nodes.values()}
    labels = {n.id: n.label for n in fragment.nodes.values()}
    addressed = {(names[r.source], labels[r.target], names[r.target])
                 for r in fragment.relationships.values() if r.type is RelType.ADDRESSES}
    assert ("Busan truce", Label.MATERIAL, "gallium") in addressed
    assert any(label is Label.RESTRICTION for _, label, _ in addressed)


def test_goods_among_the_modifiers_of_a_deal_are_its_subject() -> None:
    addressed = _pairs("Peru signed a tungsten investment partnership with Canada on Monday.",
                       RelType.ADDRESSES)
    assert ("tungsten investment partnership", "tungsten") in addressed


def test_bullet_lines_after_signed_deals_name_their_parties() -> None:
    text = ("Iluka Resources has signed binding offtake agreements for its separated oxides:\n\n"
            "- Tesla and General Motors, the carmakers, for up to 500 tonnes a year;\n"
            "- Solvay, the chemicals group, for five years.\n")
    parties = {party for party, _ in _pairs(text, RelType.PARTY_TO)}
    assert parties >= {"Tesla", "General Motors", "Solvay"}


def test_bullet_lines_of_a_known_agreement_add_no_party() -> None:
    text = ("Under the US-Australia critical minerals framework announced by both governments:\n\n"
            "- Japan is taking part through Sojitz, with public funding.\n")
    parties = {party for party, _ in _pairs(text, RelType.PARTY_TO)}
    assert "Japan" not in parties


def test_the_complement_alias_stops_at_a_comma() -> None:
    fragment = _fragment("Under its agreements with Sojitz, Japanese buyers get heavy rare "
                         "earths first from Lynas.")
    aliases = {a for n in fragment.nodes.values() if n.label is Label.AGREEMENT
               for a in n.aliases}
    assert "agreements with Sojitz" in aliases
    assert not any("Japanese" in a for a in aliases)


def test_the_topic_after_on_is_part_of_an_alias() -> None:
    fragment = _fragment("Canada and Peru signed a partnership on responsible mining value "
                         "chains with each other in May, and a deal on tariffs was signed too.")
    aliases = {a for n in fragment.nodes.values() if n.label is Label.AGREEMENT
               for a in n.aliases}
    assert "partnership on responsible mining value chains" in aliases
    assert not any(a.endswith(("with", "was", "on")) for a in aliases)


def test_joined_modifiers_name_a_generic_deal() -> None:
    parties = _pairs("Sojitz signed an exploration and development agreement with Lynas in "
                     "March, and a pricing agreement with Solvay in May.", RelType.PARTY_TO)
    assert {name for _, name in parties} >= {"exploration and development agreement",
                                             "pricing agreement"}


def test_leaders_of_other_countries_sign_another_deal_at_a_summit_city() -> None:
    parties = _pairs("In Kuala Lumpur on Sunday, Donald Trump and Anwar Ibrahim signed a "
                     "new tariff agreement for their two countries.", RelType.PARTY_TO)
    assert ("Malaysia", "Kuala Lumpur consensus") not in parties
    assert ("Malaysia", "tariff agreement") in parties


def test_modifiers_of_a_deal_stop_at_a_comma() -> None:
    parties = _pairs("Sojitz signed equity, loans, offtake agreements with Lynas.",
                     RelType.PARTY_TO)
    assert {name for _, name in parties} == {"offtake agreement"}


def test_buyer_and_bought_company_in_a_deal() -> None:
    parties = _pairs("Solvay, the Belgian chemicals group (listed in Brussels), agreed to "
                     "acquire Neo Performance Materials in a deal worth $900 million.",
                     RelType.PARTY_TO)
    assert {party for party, _ in parties} >= {"Solvay", "Neo Performance Materials"}


def test_a_place_in_a_deal_is_no_party() -> None:
    parties = _pairs("Prices of gallium in Germany rose in a deal-driven market.",
                     RelType.PARTY_TO)
    assert parties == set()


def test_the_subject_of_a_coordinated_clause_holds_the_deal() -> None:
    parties = _pairs("Solvay runs a separation plant in western France, and has a supply "
                     "agreement with Tesla.", RelType.PARTY_TO)
    assert {party for party, _ in parties} >= {"Solvay", "Tesla"}


def test_what_a_deal_that_includes_names_is_its_subject() -> None:
    fragment = _fragment("Tesla agreed a partnership with Solvay that includes a fixed and "
                         "guaranteed long-term purchase price for cerium oxide, as US tariffs "
                         "on Chinese magnets rose.")
    names = {n.id: n.name for n in fragment.nodes.values()}
    labels = {n.id: n.label for n in fragment.nodes.values()}
    addressed = {(names[r.source], labels[r.target], names[r.target])
                 for r in fragment.relationships.values() if r.type is RelType.ADDRESSES}
    assert ("partnership", Label.MATERIAL, "cerium oxide") in addressed
    assert not any(label is Label.RESTRICTION for _, label, _ in addressed)


def test_goods_said_to_be_added_to_the_list_of_an_act() -> None:
    text = ("The Critical Raw Materials Act sets a list of strategic materials. Cobalt and "
            "scandium were added to the list this year.")
    addressed = _pairs(text, RelType.ADDRESSES)
    assert ("Critical Raw Materials Act", "scandium") in addressed
    assert ("Critical Raw Materials Act", "cobalt") in addressed


def test_goods_after_an_unrelated_passive_are_not_listed() -> None:
    text = ("The Critical Raw Materials Act sets a list of strategic materials. Buyers of "
            "scandium were added to a waiting list at the plant.")
    addressed = _pairs(text, RelType.ADDRESSES)
    assert ("Critical Raw Materials Act", "scandium") not in addressed


def test_companies_signing_in_a_summit_city_sign_their_own_deal() -> None:
    parties = _pairs("Last year Solvay and Tesla signed a memorandum in Riyadh on magnet "
                     "supply.", RelType.PARTY_TO)
    assert not any(name == "US-Saudi critical minerals framework" for _, name in parties)


def test_a_co_signer_before_a_described_partner_signed_too() -> None:
    parties = _pairs("On Monday the miner Iluka Resources and the Japanese trading house "
                     "Sojitz signed a supply agreement for separated oxides.", RelType.PARTY_TO)
    assert {party for party, _ in parties} >= {"Iluka Resources", "Sojitz"}


def test_goods_traded_under_a_deal_are_what_it_addresses() -> None:
    goods = _pairs("Under a five-year agreement, Iluka Resources sells Sojitz dysprosium and "
                   "terbium oxide that Sojitz resells to makers of electric vehicles.",
                   RelType.ADDRESSES)
    items = {item for _, item in goods}
    assert {"dysprosium oxide", "terbium oxide"} <= items  # the head is shared
    assert "electric vehicle" not in items


def test_goods_a_clause_says_are_not_traded_under_a_deal_are_not_addressed() -> None:
    goods = _pairs("Under the contract, Lynas will not deliver gallium to Sojitz.",
                   RelType.ADDRESSES)
    assert not any(item == "gallium" for _, item in goods)


def test_goods_traded_before_under_a_deal_mid_sentence() -> None:
    goods = _pairs("Baotou Steel sells cobalt to China Northern under a pricing agreement.",
                   RelType.ADDRESSES)
    assert any(item == "cobalt" for _, item in goods)


def test_parties_of_a_deal_under_which_one_sells_to_the_other() -> None:
    parties = _pairs("The firms signed a ten-year deal under which Sojitz will buy dysprosium from "
                     "Iluka Resources.", RelType.PARTY_TO)
    assert {party for party, _ in parties} >= {"Sojitz", "Iluka Resources"}


def test_it_under_which_is_the_party_named_before_the_deal() -> None:
    parties = _pairs("Regulators asked Iluka Resources to end a 2019 contract under which it "
                     "ships zircon to Sojitz.", RelType.PARTY_TO)
    assert {party for party, _ in parties} >= {"Iluka Resources", "Sojitz"}


def test_a_deal_under_which_nothing_is_traded_binds_no_one_named() -> None:
    parties = _pairs("Lynas praised a 2019 contract under which prices are reviewed yearly, "
                     "Sojitz said.", RelType.PARTY_TO)
    assert not any(party == "Sojitz" for party, _ in parties)


def test_it_that_signed_a_deal_with_another_is_the_sentence_subject() -> None:
    parties = _pairs("Sojitz opened an office in Perth in 2019, and in 2023 it signed an offtake "
                     "agreement with Iluka Resources.", RelType.PARTY_TO)
    assert {party for party, _ in parties} >= {"Sojitz", "Iluka Resources"}


def test_it_does_not_reach_a_party_named_only_inside_the_sentence() -> None:
    parties = _pairs("Shipments from Japan rose in May after it signed a memorandum with "
                     "Iluka Resources.", RelType.PARTY_TO)
    assert not any(party == "Japan" for party, _ in parties)


def test_goods_traded_under_a_deal_between_governments_are_what_it_addresses() -> None:
    text = "Under a 2015 intergovernmental agreement, Lynas sells dysprosium to Sojitz."
    assert any(item == "dysprosium" for _, item in _pairs(text, RelType.ADDRESSES))
    assert not any(party == "Sojitz" for party, _ in _pairs(text, RelType.PARTY_TO))
