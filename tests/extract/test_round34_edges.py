"""Edges read from the thirty-fourth round's misses: a country in the possessive before the
second company of a list, and what a slot of a pattern takes from a list it enters in the
middle."""

from __future__ import annotations

import pytest

from rekg.schema import RelType

from .fact_triples import has_fact, measure_chains, named_pairs


@pytest.mark.parametrize("makers", [
    "Kestrel Metals and Chile's Norvik Ltd",
    "Kestrel Metals, Orsa Corp and Chile's Norvik Ltd",
    "Kestrel Metals or Chile's Norvik Ltd",
])
def test_a_possessive_country_inside_a_list_of_makers_keeps_the_list(makers: str) -> None:
    pairs = named_pairs(f"{makers} refine antimony for export.", RelType.PRODUCES)
    assert {("Kestrel Metals", "antimony"), ("Norvik Ltd", "antimony")} <= pairs


@pytest.mark.parametrize("makers", [
    "Kestrel Metals and Chile's Norvik Ltd",
    "China's Kestrel Metals, Japan's Orsa Corp and Chile's Norvik Ltd",
])
def test_a_possessive_country_is_the_seat_of_its_own_company_only(makers: str) -> None:
    pairs = named_pairs(f"{makers} refine antimony for export.", RelType.LOCATED_IN)
    assert ("Norvik Ltd", "Chile") in pairs
    assert ("Kestrel Metals", "Chile") not in pairs


def test_makers_each_with_their_own_country_all_make() -> None:
    text = "Japan's Kestrel Metals and Germany's Norvik Ltd make sintered magnets."
    pairs = named_pairs(text, RelType.PRODUCES)
    assert {("Kestrel Metals", "NdFeB magnet"), ("Norvik Ltd", "NdFeB magnet")} <= pairs


def test_a_possessive_country_of_the_first_company_does_not_break_a_buyer_list() -> None:
    text = ("Kestrel Motors supplies spindle motors to three drive makers: Orsa Corp, Norvik "
            "Ltd and Chile's Tarrow Inc.")
    buyers = {b for s, b in named_pairs(text, RelType.SUPPLIES) if s == "Kestrel Motors"}
    assert {"Orsa Corp", "Norvik Ltd", "Tarrow Inc"} <= buyers


@pytest.mark.parametrize("verb", ["builds", "makes", "manufactures"])
def test_a_company_that_makes_goods_for_a_buyer_in_a_relative_clause_supplies_it(
        verb: str) -> None:
    text = f"The supplier is Kestrel Corp, which {verb} battery packs for Norvik Ltd in Orsa."
    assert ("Kestrel Corp", "Norvik Ltd") in named_pairs(text, RelType.SUPPLIES)


@pytest.mark.parametrize("verb", ["concluded", "completed", "finished", "finalised"])
def test_parties_that_ended_talks_on_an_agreement_are_its_parties(verb: str) -> None:
    text = f"Kestrel Corp and Chile {verb} negotiations on the Orsa Framework Agreement in May."
    parties = {p for p, _ in named_pairs(text, RelType.PARTY_TO)}
    assert {"Chile", "Kestrel Corp"} <= parties


@pytest.mark.parametrize("verb", ["opened", "began", "resumed"])
def test_parties_still_in_talks_on_an_agreement_are_not_yet_its_parties(verb: str) -> None:
    text = f"Kestrel Corp and Chile {verb} negotiations on the Orsa Framework Agreement in May."
    assert not named_pairs(text, RelType.PARTY_TO)


@pytest.mark.parametrize("appositive", [
    "the broadest widening of its lithium controls so far",
    "the latest step in its campaign of lithium controls",
])
def test_its_in_an_apposition_after_a_party_is_that_party(appositive: str) -> None:
    text = f"Norvik Ltd shares fell 3%. The trigger was a package from Chile, {appositive}."
    imposers = {i for _, i, _ in measure_chains(text)}
    assert imposers == {"chile"}


@pytest.mark.parametrize("verb", ["stress", "emphasise", "make clear", "point out"])
def test_a_speaker_who_wants_to_say_something_about_a_control_states_it(verb: str) -> None:
    text = f"I want to {verb} that export control of lithium carbonate is a normal practice."
    assert has_fact(text, "RESTRICTS", "*", "lithium carbonate")


def test_a_government_that_wants_to_control_a_good_has_not_yet() -> None:
    text = "Chile wants to impose export control of lithium carbonate."
    assert not has_fact(text, "RESTRICTS", "*", "lithium carbonate")


@pytest.mark.parametrize("goods", ["dual-use items", "exports", "shipments"])
def test_a_country_goods_are_bound_for_imposes_nothing(goods: str) -> None:
    text = ("Chile paused the rule under which sales of lithium to the United States were "
            "not permitted, together with the tighter end-use check of lithium carbonate "
            f"{goods} for the United States.")
    imposers = {i for i, _ in named_pairs(text, RelType.IMPOSES)}
    assert "Chile" in imposers
    assert "United States" not in imposers


@pytest.mark.parametrize("deal", [
    "a Memorandum of Understanding on joint work in lithium",
    "a Memorandum of Understanding on lithium",
    "a Framework Agreement on lithium",
])
def test_a_capitalised_deal_noun_after_a_is_a_deal_its_signers_are_party_to(deal: str) -> None:
    text = f"On Sunday, Kestrel Corp and Chile signed {deal}."
    parties = {p for p, _ in named_pairs(text, RelType.PARTY_TO)}
    assert {"Chile", "Kestrel Corp"} <= parties


def test_parts_that_run_the_listed_parts_of_a_whole_are_needed_by_each() -> None:
    text = ("Kestrel Corp's transistors end up in control units that operate a truck's lamps, "
            "doors, brakes and airbags.")
    users = {u for u, part in named_pairs(text, RelType.DEPENDS_ON)
             if part == "electronic control unit"}
    assert {"braking system", "airbag"} <= users


_TRACKER = """The Orsa Minerals Pact is a club of governments that pools money for mines.

{heading}
- Chile
- Kestrel Corp
- Peru

Minerals in scope
- lithium
"""


@pytest.mark.parametrize("heading", ["Founding members (May 2021)", "Signatories", "Parties"])
def test_bullets_under_a_members_heading_are_parties_to_the_deal_in_focus(heading: str) -> None:
    pairs = named_pairs(_TRACKER.format(heading=heading), RelType.PARTY_TO)
    assert {("Chile", "Orsa Minerals Pact"), ("Kestrel Corp", "Orsa Minerals Pact"),
            ("Peru", "Orsa Minerals Pact")} <= pairs


@pytest.mark.parametrize("heading", ["Observers", "Countries outside the pact", "Former members"])
def test_bullets_under_a_heading_of_non_members_are_no_parties(heading: str) -> None:
    pairs = named_pairs(_TRACKER.format(heading=heading), RelType.PARTY_TO)
    assert ("Peru", "Orsa Minerals Pact") not in pairs


_SCOPE = """Chile and Kestrel Corp inked a Memorandum of Understanding (MoU) about mining.
It follows the Orsa Framework Agreement of 2022.
Under the MoU, Chile and Kestrel Corp will cooperate in three areas:
1. Value chains, with attention to lithium and copper.
2. Research on {item}.
3. Skills for the sector.
"""


def test_goods_in_the_points_under_a_scope_line_are_what_the_deal_addresses() -> None:
    goods = {g for deal, g in named_pairs(_SCOPE.format(item="tin smelting"),
                                          RelType.ADDRESSES)
             if deal == "Memorandum of Understanding"}
    assert {"lithium", "copper", "tin"} <= goods


def test_a_defined_short_name_is_the_deal_it_was_defined_for() -> None:
    deals = {deal for deal, g in named_pairs(_SCOPE.format(item="tin smelting"),
                                             RelType.ADDRESSES) if g == "copper"}
    assert deals == {"Memorandum of Understanding"}


def test_a_demonym_before_suppliers_is_their_seat_not_their_buyer() -> None:
    text = "Kestrel Corp and Orsa Corp, the large German suppliers of brake modules, cut output."
    assert not {b for _, b in named_pairs(text, RelType.SUPPLIES)} & {"Germany"}


@pytest.mark.parametrize("goods", ["parts", "chips", "components"])
def test_buyers_of_parts_named_by_their_maker_are_its_customers(goods: str) -> None:
    text = (f"Kestrel Corp and Orsa Corp, the German suppliers that buy Norvik Ltd {goods}, "
            "said stocks were thin.")
    pairs = named_pairs(text, RelType.SUPPLIES)
    assert {("Norvik Ltd", "Kestrel Corp"), ("Norvik Ltd", "Orsa Corp")} <= pairs
    assert ("Norvik Ltd", "Germany") not in pairs


def test_a_counted_class_restricted_covers_the_list_its_class_heads_next() -> None:
    text = ("Kestrel made seven rare earth elements subject to export licensing. Q: Which ones? "
            "A: Seven metals, each a medium or heavy rare earth: samarium, gadolinium, "
            "terbium, dysprosium, lutetium, scandium and yttrium.")
    assert all(has_fact(text, "RESTRICTS", "*", item) for item in ("samarium", "lutetium"))


_CONTENT = """Kestrel Corp builds warships for Chile.
{lead}
- destroyer: about 2,400 kg
- submarine: about 4,100 kg
Most of that sits in motors.
"""


def test_products_with_figures_under_a_line_of_their_content_need_the_material() -> None:
    text = _CONTENT.format(lead="Estimates of the rare earth content of each vessel:")
    needs = named_pairs(text, RelType.DEPENDS_ON)
    assert {("destroyer", "rare earth elements"), ("submarine", "rare earth elements")} <= needs


def test_products_with_figures_under_a_line_of_prices_need_nothing() -> None:
    text = _CONTENT.format(lead="Prices paid for each vessel, as rare earth costs rose:")
    assert ("submarine", "rare earth elements") not in named_pairs(text, RelType.DEPENDS_ON)


def test_a_company_a_listed_owner_owns_is_not_listed_with_it() -> None:
    text = ("The Commerce Department added 140 companies to its Entity List, among them "
            "tool makers Orsa Corp and Tarrow Inc, and Kestrel Technology, the Chinese owner of "
            "the Dutch chipmaker Nexperia.")
    targets = {t for _, _, t in measure_chains(text)}
    assert "kestrel technology" in targets
    assert "nexperia" not in targets


@pytest.mark.parametrize("verb", ["has built", "runs", "operates"])
def test_the_owner_of_a_site_that_makes_a_good_produces_it(verb: str) -> None:
    text = f"Kestrel Corp {verb} a plant which makes germanium concentrate out of slag."
    assert ("Kestrel Corp", "germanium concentrate") in named_pairs(text, RelType.PRODUCES)


@pytest.mark.parametrize("determiner", ["those", "these"])
def test_a_second_clause_that_takes_up_the_first_ones_noun_keeps_the_need(
        determiner: str) -> None:
    text = (f"A Kestrel pump motor carries permanent magnets in its rotor, and in small models "
            f"{determiner} magnets are mostly neodymium-iron-boron.")
    assert has_fact(text, "DEPENDS_ON", "motor", "NdFeB")


def test_a_second_clause_about_another_noun_still_stands_apart() -> None:
    text = ("A Kestrel pump motor carries permanent magnets in its rotor, and in Chile those "
            "mines are mostly run by Orsa Corp.")
    assert not has_fact(text, "DEPENDS_ON", "motor", "mine")


@pytest.mark.parametrize(("text", "pair"), [
    ("Neither lanthanum nor cerium needs a licence; both are plentiful, and Chile produces most "
     "of them.", ("Chile", "lanthanum")),
    ("Neodymium and praseodymium stay off the April licence list, and are not covered by it, "
     "but China also leads in their processing.", ("China", "neodymium")),
])
def test_a_maker_in_a_later_clause_is_not_denied_with_the_good(
        text: str, pair: tuple[str, str]) -> None:
    assert pair in named_pairs(text, RelType.PRODUCES)


def test_a_maker_in_the_denied_clause_is_still_denied() -> None:
    text = "Chile does not mine lanthanum; Peru mines copper."
    assert ("Chile", "lanthanum") not in named_pairs(text, RelType.PRODUCES)
