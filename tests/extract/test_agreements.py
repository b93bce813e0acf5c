"""Agreement frames: names of generic agreements, and parties and subjects across sentences."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import Label, RelType

pytestmark = pytest.mark.usefixtures("patterns_only")


def _graph(text: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    fragment = run(Document(text=text, title="Test")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    agreements = {n.name for n in fragment.nodes.values() if n.label is Label.AGREEMENT}
    rels = {(names[r.source], r.type.value, names[r.target])
            for r in fragment.relationships.values() if r.type is not RelType.MENTIONS}
    return agreements, rels


def test_a_generic_agreement_is_named_with_its_modifiers() -> None:
    agreements, rels = _graph("Arafura Rare Earths signed a binding offtake agreement for "
                              "NdPr oxide.")
    assert "binding offtake agreement" in agreements
    assert ("Arafura Rare Earths", "PARTY_TO", "binding offtake agreement") in rels


def test_memorandum_of_understanding_is_one_agreement() -> None:
    agreements, _ = _graph("POSCO International and ReElement Technologies signed a "
                           "memorandum of understanding on rare earth magnets.")
    assert "memorandum of understanding" in agreements
    assert "understanding" not in agreements


def test_partners_listed_in_the_next_sentence_are_parties() -> None:
    _, rels = _graph("The United States announced the Minerals Security Partnership in Toronto. "
                     "The partners are Australia, Canada, Finland and Japan.")
    for country in ("Australia", "Canada", "Finland", "Japan"):
        assert (country, "PARTY_TO", "Minerals Security Partnership") in rels


def test_countries_listed_without_a_membership_word_are_not_parties() -> None:
    _, rels = _graph("The United States announced the Minerals Security Partnership in Toronto. "
                     "Observers from Belgium, Poland and New Zealand watched the talks.")
    assert not any(r == "PARTY_TO" and a in ("Belgium", "Poland") for a, r, _ in rels)


def test_what_an_act_names_a_sentence_later_is_what_it_addresses() -> None:
    _, rels = _graph("The Critical Raw Materials Act entered into force today. "
                     "The strategic list includes lithium, cobalt and gallium.")
    for item in ("lithium", "cobalt", "gallium"):
        assert ("Critical Raw Materials Act", "ADDRESSES", item) in rels


def test_a_measure_covering_items_is_not_the_agreement_addressing_them() -> None:
    # items the lexicon does not list for the act: what it knows is read whatever the sentence
    _, rels = _graph("The Critical Raw Materials Act entered into force today. "
                     "China's export ban covers tellurium and indium.")
    assert ("Critical Raw Materials Act", "ADDRESSES", "tellurium") not in rels


def test_a_generic_truce_placed_by_its_city_brings_the_known_parties() -> None:
    _, rels = _graph("China and the United States met again. Tariffs fell under the truce "
                     "agreed in Geneva in May.")
    assert ("China", "PARTY_TO", "Geneva consensus") in rels
    assert ("United States", "PARTY_TO", "Geneva consensus") in rels


def test_plural_and_singular_generic_agreements_are_one_node() -> None:
    agreements, _ = _graph("MP Materials signed two supply deals with Apple. "
                           "Apple and MP Materials signed the supply deal in July.")
    assert "supply deal" in agreements
    assert "supply deals" not in agreements


def test_a_generic_deal_whose_parties_are_named_is_their_known_agreement() -> None:
    agreements, rels = _graph("Apple signed a $500 million deal with MP Materials for "
                              "recycled magnets.")
    assert "Apple-MP Materials agreement" in agreements
    assert ("Apple", "PARTY_TO", "Apple-MP Materials agreement") in rels


def test_a_generic_agreement_of_another_kind_is_not_linked_by_its_parties() -> None:
    agreements, _ = _graph("In May MP Materials and Maaden signed a preliminary memorandum.")
    assert "MP-Maaden joint venture" not in agreements


def test_parties_of_several_known_agreements_need_a_modifier_to_choose() -> None:
    agreements, _ = _graph("Malaysia and the United States signed a trade agreement.")
    assert "US-Malaysia Agreement on Reciprocal Trade" in agreements
    agreements, _ = _graph("Malaysia and the United States signed an agreement.")
    assert not agreements & {"US-Malaysia Agreement on Reciprocal Trade",
                             "US-Malaysia critical minerals memorandum"}


def test_a_place_that_named_the_agreement_outweighs_its_parties() -> None:
    agreements, _ = _graph("The United States and China honoured the truce they reached in "
                           "Geneva.")
    assert "Geneva consensus" in agreements and "Busan truce" not in agreements


def test_a_joint_venture_is_an_agreement_and_venture_capital_is_not() -> None:
    agreements, rels = _graph("Lynas and Sojitz formed a joint venture to refine dysprosium.")
    assert "joint venture" in agreements
    assert ("Lynas Rare Earths", "PARTY_TO", "joint venture") in rels or \
        ("Lynas", "PARTY_TO", "joint venture") in rels
    agreements, _ = _graph("The start-up raised venture capital from Sojitz.")
    assert not agreements


def test_the_terms_of_an_agreement_name_what_it_addresses() -> None:
    _, rels = _graph("MP Materials signed a binding offtake agreement with Apple. "
                     "Under the agreement, MP will supply NdFeB magnets from Texas.")
    assert any(a.endswith("agreement") and r == "ADDRESSES" and b == "NdFeB magnet"
               for a, r, b in rels)


def test_bullet_lines_after_the_terms_are_what_the_agreement_addresses() -> None:
    _, rels = _graph("The London framework was agreed on Tuesday.\n\n"
                     "Key terms of the framework:\n\n"
                     "- China will approve export licences for rare earth magnets made by "
                     "its producers for buyers in the United States, case by case.\n\n"
                     "- The United States will ease its controls on jet engine parts for "
                     "Chinese buyers over the coming months.\n\n"
                     "Analysts doubt that gallium will follow.")
    assert ("London framework", "ADDRESSES", "rare earth magnet") in rels
    assert ("London framework", "ADDRESSES", "gallium") not in rels


def test_a_measure_eased_under_an_agreement_is_what_it_addresses() -> None:
    _, rels = _graph("China suspended its export ban on gallium and germanium, the latest "
                     "step in implementing the Busan truce.")
    assert ("Busan truce", "ADDRESSES", "gallium") in rels
    assert any(a == "Busan truce" and r == "ADDRESSES" and b != "gallium" and
               b != "germanium" for a, r, b in rels)  # the ban itself
    _, rels = _graph("China kept its export ban on gallium in place despite the Busan truce.")
    assert ("Busan truce", "ADDRESSES", "gallium") not in rels


def test_an_agreement_suspended_itself_does_not_address_the_measures_around_it() -> None:
    _, rels = _graph("India asked IREL to suspend the India-Japan rare earth agreement because "
                     "China's export controls hit its magnet makers.")
    assert not any(a == "India-Japan rare earth agreement" and r == "ADDRESSES"
                   for a, r, _ in rels)


def test_what_the_parties_undertook_in_an_agreement_is_what_it_addresses() -> None:
    _, rels = _graph("Vietnam signed a memorandum in which it undertook not to ban exports of "
                     "rare earth magnets to Japan.")
    assert ("memorandum", "ADDRESSES", "rare earth magnet") in rels


def test_a_commitment_in_the_next_sentence_is_what_the_agreement_addresses() -> None:
    _, rels = _graph("Japan and Australia met on Monday. The two countries signed a memorandum "
                     "on critical minerals. It commits both sides to joint stockpiles of gallium.")
    assert ("memorandum", "ADDRESSES", "gallium") in rels
    assert ("Japan", "PARTY_TO", "memorandum") in rels
    assert ("Australia", "PARTY_TO", "memorandum") in rels


def test_a_later_sentence_not_opening_on_the_agreement_adds_nothing() -> None:
    _, rels = _graph("Japan and Australia signed a memorandum on critical minerals. Separately, "
                     "Canada pledged support for gallium producers.")
    assert ("memorandum", "ADDRESSES", "gallium") not in rels


def test_bullets_after_a_line_on_the_agreement_in_focus_are_its_terms() -> None:
    text = ("Lynas and Noveon signed a memorandum of understanding on Monday.\n\n"
            "Under the MoU, the two companies intend to:\n"
            "- supply dysprosium and terbium oxides from Lynas to Noveon;\n"
            "- develop magnet production in Texas.")
    _, rels = _graph(text)
    assert ("memorandum of understanding", "ADDRESSES", "dysprosium oxide") in rels
    assert ("memorandum of understanding", "ADDRESSES", "terbium oxide") in rels


def test_bullets_after_a_line_on_something_else_are_not_terms() -> None:
    text = ("Lynas and Noveon signed a memorandum of understanding on Monday.\n\n"
            "Prices moved this week:\n"
            "- dysprosium rose.")
    _, rels = _graph(text)
    assert not any(r[1] == "ADDRESSES" and r[2] == "dysprosium" for r in rels)


def test_a_capitalised_short_name_is_the_agreement_named_before() -> None:
    _, rels = _graph("Leaders launched the G7 Critical Minerals Action Plan on Tuesday. "
                     "Australia and India have endorsed the Action Plan.")
    assert ("Australia", "PARTY_TO", "G7 Critical Minerals Action Plan") in rels
    assert ("India", "PARTY_TO", "G7 Critical Minerals Action Plan") in rels


def test_a_capitalised_noun_that_starts_a_longer_name_is_not_a_short_name() -> None:
    agreements, _ = _graph("Leaders launched the G7 Critical Minerals Action Plan on Tuesday. "
                           "Japan signed the Framework for Securing Supply Chains.")
    assert "Framework" not in agreements and "framework" not in agreements


def test_what_a_line_says_the_agreement_never_named_is_not_its_terms() -> None:
    text = ("Washington and Beijing reached a truce in Geneva on Monday. Three weeks later the "
            "truce is tested by something the statement never spelled out: rare earths.")
    _, rels = _graph(text)
    assert not any(r[1] == "ADDRESSES" and r[2] == "rare earth elements" for r in rels)


def _aliases(text: str) -> dict[str, list[str]]:
    fragment = run(Document(text=text, title="Test")).fragment
    return {n.name: n.aliases for n in fragment.nodes.values() if n.label is Label.AGREEMENT}


def test_an_agreement_with_its_complement_is_another_name_of_it() -> None:
    found = _aliases("Lynas signed a preliminary agreement with South Korea's JS Link.")
    assert "preliminary agreement with South Korea's JS Link" in found["preliminary agreement"]
    found = _aliases("POSCO International and ReElement Technologies signed a memorandum of "
                     "understanding on cooperation in rare earth magnets.")
    assert "memorandum of understanding on cooperation in rare earth magnets" in found[
        "memorandum of understanding"]


def test_a_complement_stops_at_a_comma_and_at_other_words() -> None:
    found = _aliases("Lynas signed a preliminary agreement with, among others, JS Link.")
    assert not any("with" in a for a in found["preliminary agreement"])
    found = _aliases("Lynas signed a preliminary agreement on Tuesday after months of talks "
                     "with JS Link over rare earth magnets.")
    assert all("Tuesday" not in a for a in found["preliminary agreement"])


def test_what_an_agreement_provides_under_which() -> None:
    _, rels = _graph("MP Materials announced a multi-year agreement with Apple under which Apple "
                     "will buy rare earth magnets made in Texas.")
    assert any(r[1] == "ADDRESSES" and r[2] == "rare earth magnet" for r in rels)


def test_the_relative_clause_of_an_agreement_ends_with_its_clause() -> None:
    _, rels = _graph("Japan signed an agreement under which it will fund a refinery; separately, "
                     "Korea buys rare earth magnets from China.")
    assert not any(r[1] == "ADDRESSES" and r[2] == "rare earth magnet" for r in rels)


def test_hyphen_joined_parties_both_name_the_agreement() -> None:
    found = _aliases("Paris and Tokyo signed a Japan-France declaration on critical minerals.")
    assert found["Japan-France declaration"] == [
        "Japan-France declaration", "Japan-France declaration on critical minerals"]


def test_hyphen_joined_parties_are_parties() -> None:
    _, rels = _graph("The Japan-France declaration on critical minerals was welcomed.")
    assert ("Japan", "PARTY_TO", "Japan-France declaration") in rels
    assert ("France", "PARTY_TO", "Japan-France declaration") in rels
    _, rels = _graph("Japan welcomed the French declaration on critical minerals.")
    assert not any(r[0] == "Japan" and r[1] == "PARTY_TO" for r in rels)


def test_partners_listed_two_sentences_after_are_parties() -> None:
    _, rels = _graph("The United States announced the Minerals Security Partnership in Toronto. "
                     "The announcement came during a mining convention. "
                     "The partners are Australia, Canada, Finland and Japan.")
    for country in ("Australia", "Canada", "Finland", "Japan"):
        assert (country, "PARTY_TO", "Minerals Security Partnership") in rels
    _, rels = _graph("The United States announced the Minerals Security Partnership in Toronto. "
                     "The announcement came during a mining convention. Prices fell. "
                     "The partners are Australia, Canada, Finland and Japan.")
    assert ("Australia", "PARTY_TO", "Minerals Security Partnership") not in rels


def test_three_agreement_nouns_in_a_row_are_one_agreement_node() -> None:
    ctx = run(Document(text="Kestrel Metals and Tarrow Mining signed a framework partnership "
                            "agreement on rare earths.", title="Test"))
    nouns = [m for view in ctx.sentences for m in view.of(Label.AGREEMENT)]
    assert len(nouns) == 3
    assert {m.node_id for m in nouns} == {nouns[-1].node_id} and nouns[-1].node_id
