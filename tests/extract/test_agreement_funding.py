"""Deals told by a verb of funding and a sum given to a named party ("the agency awarded
$35 million to X", "the bank lent X $90 million", "the funds committed $200 million to X"),
and their twins that tell no deal: no sum, no named recipient, a denied or passive funding,
goods counted instead of money."""

from __future__ import annotations

from rekg.extract import extract
from rekg.loaders.document import Document
from rekg.schema import Label, RelType

from .fragments import produced_pairs


def _deals(text: str) -> dict[str, tuple[set[str], set[str]]]:
    """Agreement name -> (its parties, its aliases)."""
    fragment = extract(Document(text=text, title="T", published="2025-06-01"))
    names = {n.id: n.name for n in fragment.nodes.values()}
    deals: dict[str, tuple[set[str], set[str]]] = {}
    for rel in fragment.relationships.values():
        if rel.type is RelType.PARTY_TO:
            node = fragment.nodes[rel.target]
            if node.label is Label.AGREEMENT:
                deals.setdefault(node.name, (set(), set(node.aliases)))[0].add(names[rel.source])
    return deals


def test_an_award_of_a_sum_to_a_company_is_an_award_deal() -> None:
    deals = _deals("The Department of Energy has awarded $12 million to Halden Magnetics Corp "
                   "for a recycling line.")
    assert deals == {"Department of Energy-Halden Magnetics Corp award": (
        {"Department of Energy", "Halden Magnetics Corp"},
        {"awarded $12 million", "award"})}


def test_a_loan_with_the_borrower_before_the_sum() -> None:
    deals = _deals("Last year Japan lent Halden Magnetics Corp about $75 million.")
    assert set(deals) == {"Japan-Halden Magnetics Corp loan"}
    assert "loan" in deals["Japan-Halden Magnetics Corp loan"][1]


def test_an_investment_and_a_commitment_by_two_funders() -> None:
    assert set(_deals("The European Union invested EUR 40 million in Halden Magnetics "
                      "Corp.")) == {"European Union-Halden Magnetics Corp investment"}
    deals = _deals("Sojitz and JOGMEC pledged another $90 million to Halden Magnetics Corp "
                   "to widen its separation plant.")
    assert deals == {"Sojitz-JOGMEC-Halden Magnetics Corp commitment": (
        {"Sojitz", "JOGMEC", "Halden Magnetics Corp"},
        {"pledged another $90 million", "commitment"})}


def test_a_later_definite_noun_of_the_kind_is_the_same_deal() -> None:
    fragment = extract(Document(
        text="The Department of Energy has awarded $12 million to Halden Magnetics Corp. "
             "The award will help it separate dysprosium.", title="T", published="2025-06-01"))
    agreements = [n for n in fragment.nodes.values() if n.label is Label.AGREEMENT]
    assert [n.name for n in agreements] == ["Department of Energy-Halden Magnetics Corp award"]


def test_no_sum_or_no_named_recipient_is_no_deal() -> None:
    assert _deals("The Department of Energy awarded contracts to Halden Magnetics Corp.") \
        .keys() <= {"contract"}
    assert _deals("Japan invested heavily in Halden Magnetics Corp last year.") == {}
    assert _deals("Lynas invested $500 million in Malaysia over a decade.") == {}
    assert _deals("The Department of Energy awarded $12 million to the project.") == {}
    assert _deals("Japan committed $500 million to buy magnets from abroad.") == {}


def test_a_passive_or_denied_funding_names_no_funder_and_no_deal() -> None:
    assert _deals("Halden Magnetics Corp was awarded $12 million last week.") == {}
    assert _deals("The Department of Energy did not award $12 million to Halden Magnetics "
                  "Corp.") == {}


def test_a_hedged_or_planned_funding_is_no_deal() -> None:
    assert _deals("Japan could lend $90 million to Halden Magnetics Corp next year.") == {}
    assert _deals("Japan plans to lend $90 million to Halden Magnetics Corp.") == {}


def test_goods_counted_in_millions_are_no_sum() -> None:
    assert _deals("Japan will lend 2 million tonnes of rice to Halden Magnetics Corp.") == {}


def test_a_funded_company_still_produces_what_it_makes() -> None:
    pairs = produced_pairs("Halden Magnetics Corp produces neodymium magnets in Ohio. The "
                           "Department of Energy has awarded $12 million to Halden Magnetics "
                           "Corp.")
    assert ("Halden Magnetics Corp", "NdFeB magnet") in pairs


def _covers(text: str) -> set[tuple[str, str]]:
    fragment = extract(Document(text=text, title="T", published="2025-06-01"))
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is RelType.ADDRESSES}


def test_the_purpose_of_the_sum_names_what_the_deal_covers() -> None:
    assert _covers("The Department of Energy has awarded $12 million to Halden Magnetics "
                   "Corp to design a plant for separating heavy rare earths.") == {
        ("Department of Energy-Halden Magnetics Corp award", "heavy rare earths")}
    assert _covers("Sojitz pledged another $90 million to Halden Magnetics Corp, partly to "
                   "fund output of terbium.") == {
        ("Sojitz-Halden Magnetics Corp commitment", "terbium")}


def test_what_the_recipient_does_otherwise_is_not_what_the_deal_covers() -> None:
    assert _covers("Japan lent $75 million to Halden Magnetics Corp, which sells gallium to "
                   "Korea.") == set()


def test_a_sum_in_a_deal_noun_with_its_other_party() -> None:
    assert set(_deals("Lynas secured $40 million in financing from Export Finance "
                      "Australia.")) == {"Lynas-Export Finance Australia financing"}
    assert set(_deals("Lynas won $9 million in grants from the European Union.")) == {
        "Lynas-European Union grant"}


def test_a_sum_with_no_other_party_or_no_deal_noun_is_money_only() -> None:
    assert _deals("Japan and Korea will each provide $1 billion in financing to projects.") \
        == {}
    assert _deals("Lynas secured $40 million in new orders from Sojitz.") == {}


def test_a_completed_merger_with_a_company() -> None:
    deals = _deals("Lynas completed its merger with Sojitz last month.")
    assert deals == {"Lynas-Sojitz merger": ({"Lynas", "Sojitz"}, {"merger"})}
    assert _deals("Lynas completed its plant in Texas after the merger talks failed.") == {}


def _parties(text: str) -> set[str]:
    fragment = extract(Document(text=text, title="T", published="2025-06-01"))
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {names[r.source] for r in fragment.relationships.values()
            if r.type is RelType.PARTY_TO}


def test_parties_listed_after_the_kind_of_party_they_are() -> None:
    assert _parties("Lynas has signed supply agreements with carmakers including Hyundai "
                    "and Kia.") == {"Lynas", "Hyundai", "Kia"}
    assert _parties("Lynas signed a memorandum with partners such as Sojitz.") == {
        "Lynas", "Sojitz"}


def test_a_place_after_the_kind_of_party_is_no_party() -> None:
    assert _parties("Lynas signed an agreement with buyers in Japan.") == {"Lynas"}


def _party_pairs(text: str) -> set[tuple[str, str]]:
    fragment = extract(Document(text=text, title="T", published="2025-06-01"))
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is RelType.PARTY_TO}


def test_plural_frameworks_with_a_list_are_the_signer_deals_with_each() -> None:
    pairs = _party_pairs("Washington has signed critical minerals frameworks with Japan and "
                         "Australia in recent weeks.")
    assert {("United States", "US-Japan critical minerals framework"),
            ("Japan", "US-Japan critical minerals framework"),
            ("United States", "US-Australia critical minerals framework"),
            ("Australia", "US-Australia critical minerals framework")} <= pairs


def test_a_second_plural_noun_keeps_the_signer_and_takes_its_own_partners() -> None:
    pairs = _party_pairs("The United States this month signed frameworks with Japan and "
                         "memorandums with Malaysia.")
    assert ("Malaysia", "US-Malaysia critical minerals memorandum") in pairs
    assert ("Malaysia", "US-Japan critical minerals framework") not in pairs


def test_plural_deals_of_two_signers_or_of_another_kind_link_no_lexicon_deal() -> None:
    pairs = _party_pairs("The United States and China signed frameworks with Japan.")
    assert not any(a.startswith("US-Japan") for _, a in pairs)
    pairs = _party_pairs("The United States signed trade frameworks with Australia.")
    assert not any(a == "US-Australia critical minerals framework" for _, a in pairs)


def test_the_other_party_after_a_short_description_of_it() -> None:
    assert set(_deals("Lynas completed its merger with the Texas-based shell company "
                      "Sojitz.")) == {"Lynas-Sojitz merger"}


def test_a_description_with_a_preposition_names_no_other_party() -> None:
    assert set(_deals("Lynas signed an offtake with the largest magnet maker in Japan.")) \
        == {"Lynas offtake"}
    assert set(_deals("Lynas secured a loan from the state to build a plant near Sojitz.")) \
        == {"Lynas loan"}


def test_a_demonym_or_place_in_the_description_is_not_the_other_party() -> None:
    assert set(_deals("Lynas signed an offtake with Japanese carmaker Toyota.")) == {
        "Lynas-Toyota offtake"}
    assert set(_deals("Lynas completed its merger with the Japanese trading house "
                      "Sojitz.")) == {"Lynas-Sojitz merger"}


def test_a_commitment_from_a_country_s_agency_is_the_agency_s() -> None:
    deals = _deals("Lynas has received a commitment of A$90 million from Japan's JOGMEC for "
                   "its plant.")
    assert set(deals) == {"Lynas-JOGMEC commitment"}
    assert "Japan" not in deals["Lynas-JOGMEC commitment"][0]


def test_a_commitment_made_alone_is_no_deal() -> None:
    assert _deals("Lynas made a commitment to cut its emissions by 2030.") == {}
    assert _deals("Commitment levels at Lynas stayed high.") == {}
