"""Modality across sentences, with the trained scorer on (it proposes the IMPOSES facts that
give a suspended measure its node)."""

from __future__ import annotations

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType

from .fragments import restricted_items as _restricted


def test_a_measure_named_by_the_date_of_a_paused_one_restricts_nothing() -> None:
    assert "holmium" not in _restricted(
        "China imposed export controls on holmium on October 9. "
        "Beijing later suspended the export controls announced on October 9.")


def test_a_measure_of_another_date_keeps_its_items() -> None:
    assert "dysprosium" in _restricted(
        "China imposed export controls on dysprosium on April 4. "
        "Beijing later suspended the export controls announced on October 9.")


def test_the_date_a_pause_ends_names_no_measure() -> None:
    assert "dysprosium" in _restricted(
        "China imposed export controls on dysprosium from November 10. "
        "Beijing suspended the export controls on holmium until November 10.")


def _targeted(text: str) -> set[str]:
    fragment = run(Document(text=text, title="Test", published="2025-11-10")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {names[r.target] for r in fragment.relationships.values()
            if r.type is RelType.TARGETS}


def test_the_measure_named_right_after_its_suspension_targets_nothing() -> None:
    text = ("China has suspended its export ban on gallium for the United States. "
            "The ban, announced in December, was aimed at the United States.")
    assert "United States" not in _targeted(text)
    kept = ("China has suspended its export ban on gallium for the United States. "
            "Separately, a new ban announced in December was aimed at the United States.")
    assert "United States" in _targeted(kept)


def test_a_requirement_for_every_destination_targets_no_country() -> None:
    text = "China's licensing requirement applies to every destination, including Japan."
    assert "Japan" not in _targeted(text)


def test_that_measure_paused_in_the_next_sentence_restricts_nothing() -> None:
    assert "holmium" not in _restricted(
        "China said on October 9 it would add holmium to its export licensing list. "
        "That addition was suspended for a year in November.")


def test_only_the_last_measure_of_the_sentence_before_is_paused() -> None:
    restricted = _restricted(
        "China has required export licences for gallium since 2023, and in December it "
        "banned exports of germanium to the United States. That ban was suspended in November.")
    assert "gallium" in restricted


def test_that_ban_is_the_ban_of_the_sentence_before_not_its_last_measure() -> None:
    fragment = run(Document(text="In March China banned sales of tungsten to Japan and imposed "
                            "end-use checks on cobalt buyers. That ban was lifted in October.",
                            title="Test", published="2025-11-10")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    assert ("China export ban", "Japan") not in {
        (names[r.source], names[r.target]) for r in fragment.relationships.values()
        if r.type is RelType.TARGETS}


def test_a_date_named_with_a_pause_in_a_sentence_without_facts_pauses_that_measure() -> None:
    restricted = _restricted(
        "China imposed export controls on holmium on October 9. "
        "China's October 9 measures will be put on hold for a year.")
    assert "holmium" not in restricted


def test_a_date_named_with_a_measure_that_stays_pauses_nothing() -> None:
    restricted = _restricted(
        "China imposed export controls on dysprosium on April 4. "
        "The April 4 controls remain in place while other measures are put on hold.")
    assert "dysprosium" in restricted


def test_a_pronoun_does_not_restore_an_item_the_text_denies() -> None:
    restricted = _restricted(
        "China requires export licences for dysprosium. "
        "The rule does not cover cerium or lanthanum, the cheap light rare earths. "
        "Beijing says the licences keep its materials away from military users.")
    assert "dysprosium" in restricted
    assert not {"cerium", "lanthanum"} & restricted


def test_the_bullets_under_a_suspension_are_paused() -> None:
    restricted = _restricted(
        "China requires export licences for dysprosium.\n\n"
        "The ministry said the following export control measures announced by China are "
        "suspended until next year:\n"
        "- the export control on cobalt hydroxide and nickel matte;\n"
        "- the export control on lithium batteries and cathode materials;\n"
        "- the export control on superhard materials.\n")
    assert "dysprosium" in restricted
    assert not {"lithium battery", "superhard materials"} & restricted


def test_a_measure_does_not_reach_over_a_semicolon() -> None:
    restricted = _restricted(
        "Indonesia banned exports of nickel ore in 2020. That ban remains in place; the new "
        "accord concerns nickel matte and cobalt hydroxide, not ore.")
    assert "nickel ore" in restricted
    assert not {"nickel matte", "cobalt hydroxide"} & restricted


def test_a_measure_aimed_at_a_country_years_before_the_article_targets_it_no_longer() -> None:
    assert "Vietnam" not in _targeted(
        "During a border row in 2011, Beijing halted tungsten shipments to Vietnam for a season, "
        "and buyers there turned to Bolivian ore.")


def test_an_old_measure_the_sentence_says_still_runs_keeps_its_target() -> None:
    assert "Vietnam" in _targeted(
        "Beijing has halted tungsten shipments to Vietnam since 2011.")


def test_a_recent_measure_keeps_its_target() -> None:
    assert "Vietnam" in _targeted(
        "In 2024 Beijing halted tungsten shipments to Vietnam.")


def test_a_measure_opening_its_sentence_then_suspended_restricts_nothing() -> None:
    assert "cobalt hydroxide" not in _restricted(
        "The export licence requirement for cobalt hydroxide sold to battery makers, introduced "
        "last spring after a long consultation with the industry, was also suspended.")


def test_a_measure_opening_its_sentence_keeps_items_when_another_is_suspended() -> None:
    assert "cobalt hydroxide" in _restricted(
        "The export licence requirement for cobalt hydroxide remains, while the tariff on "
        "Korean steel was suspended.")


def test_the_bullets_under_a_suspension_heading_are_paused() -> None:
    restricted = _restricted(
        "China requires export licences for dysprosium.\n\n"
        "PAUSED FOR ONE YEAR\n"
        "- The export control on lithium batteries and cathode materials.\n"
        "- The export control on superhard materials.\n")
    assert "dysprosium" in restricted
    assert not {"lithium battery", "superhard materials"} & restricted


def test_the_country_a_paused_ban_was_aimed_at_is_targeted_by_no_measure_of_that_sentence(
        ) -> None:
    assert "Vietnam" not in _targeted(
        "Beijing has required export licences for tungsten since 2023, and last year it banned "
        "shipments to Vietnam altogether. That ban was lifted in March.")


def test_the_ban_lifted_in_the_next_sentence_restricts_nothing() -> None:
    restricted = _restricted(
        "Jakarta banned bauxite exports to China in June. Three months later the ban was lifted "
        "after talks.")
    assert "bauxite" not in restricted


def test_that_measure_suspended_as_an_object_restricts_nothing() -> None:
    assert "gallium" not in _restricted(
        "Beijing banned exports of gallium to the United States in December. In November the "
        "ministry suspended that measure until next year.")


def test_the_ban_that_still_stands_beside_a_lifted_tax_keeps_its_items() -> None:
    assert "bauxite" in _restricted(
        "Jakarta banned bauxite exports to China in June. The ban hurt miners, and a tax on "
        "nickel was later lifted.")
    assert "bauxite" in _restricted(
        "Jakarta banned bauxite exports to China in June. The ban on nickel was lifted after "
        "talks.")


def test_an_item_exempted_after_a_sentence_adverb_is_not_restricted() -> None:
    restricted = _restricted(
        "Hanoi added tungsten and bismuth to its export licence list. Tin, by contrast, was "
        "left off the list.")
    assert "tungsten" in restricted
    assert "tin" not in restricted


def test_a_measure_the_next_sentence_says_does_not_exist_targets_nothing() -> None:
    assert "Vietnam" not in _targeted(
        "Shipping data suggest Beijing blocked tungsten cargoes to Vietnam. Officials in Beijing "
        "insist there was no embargo.")


def test_a_denial_naming_another_item_leaves_the_measure_before() -> None:
    assert "Vietnam" in _targeted(
        "Shipping data show Beijing blocked tungsten cargoes to Vietnam. There is no ban on "
        "cobalt.")


def test_a_measure_of_a_period_that_ended_before_the_article_restricts_nothing() -> None:
    assert "bauxite" not in _restricted(
        "Between 2014 and 2017 Malaysia banned bauxite mining and exports to China.")
    assert "photoresist" not in _restricted(
        "From 2019 to 2023 Tokyo required licences for photoresist exports to Korea.")


def test_a_period_that_runs_past_the_article_leaves_the_measure() -> None:
    assert "photoresist" in _restricted(
        "From 2019 to 2027 Tokyo requires licences for photoresist exports to Korea.")


def test_a_measure_of_the_date_set_against_a_paused_one_is_not_paused() -> None:
    restricted = _restricted(
        "China imposed export controls on dysprosium on April 4. "
        "The October 9 rules were suspended, but the April 4 controls stay.")
    assert "dysprosium" in restricted


def test_sanctions_of_years_ago_still_target_their_country() -> None:
    assert "Russia" in _targeted(
        "The European Union imposed sanctions on Russia in 2014 over the annexation of Crimea.")


def test_that_measure_that_remains_suspended_restricts_nothing() -> None:
    assert "holmium" not in _restricted(
        "China said on October 9 it would add holmium to its export licensing list. "
        "That addition remains suspended until next year.")


def _produced(text: str) -> set[tuple[str, str]]:
    fragment = run(Document(text=text, title="Test", published="2025-11-10")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is RelType.PRODUCES}


def test_what_a_country_imports_as_its_goods_it_does_not_produce() -> None:
    assert ("Italy", "tungsten") not in _produced(
        "Italy imports nearly all of its tungsten from a handful of suppliers.")
