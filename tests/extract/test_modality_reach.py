"""Where a modality cue stops: a measure whose lifting is denied stands, a pause does not reach
over "and" + a verb that keeps another measure, a cue inside a quotation or a relative clause
leaves facts outside it, an inverted conditional supposes its measure, and a verb that delays
a measure names none of its own."""

from __future__ import annotations

import pytest

from rekg.extract import modality
from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType

from .fact_triples import scorer_pair
from .fragments import restricted_items


def _facts(text: str) -> set[tuple[str, str, str]]:
    fragment = run(Document(text=text, title="Test", published="2025-11-10")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(r.type.value, names[r.source], names[r.target])
            for r in fragment.relationships.values()}


@pytest.mark.parametrize("text", [
    "Nor has Hanoi lifted its quotas on tungsten exports.",
    "Neither were the quotas on tungsten exports eased.",
    "Hanoi did not lift the quotas on tungsten exports.",
])
def test_a_lifting_denied_leaves_the_measure_standing(text: str) -> None:
    assert "tungsten" in restricted_items(text)


def test_a_lifting_not_denied_still_pauses_the_measure() -> None:
    assert "tungsten" not in restricted_items(
        "Hanoi lifted the quotas on tungsten exports in March.")


def test_a_pause_does_not_reach_over_and_a_keeping_verb() -> None:
    assert "copper" in restricted_items(
        "Zambia put the planned rise on hold and kept the 5% duty on copper exports.")


def test_a_negation_inside_a_quotation_leaves_the_speakers_title() -> None:
    facts = _facts('"Supply is no longer secure," said Anna Berg, chief executive of Lynas.')
    assert ("REPRESENTS", "Anna Berg", "Lynas") in facts


def test_a_negation_inside_a_quotation_still_denies_what_the_quotation_says() -> None:
    assert "tungsten" not in restricted_items(
        '"Hanoi has not capped tungsten exports," said Anna Berg, a trade lawyer.')


def _kept_by_modality(text: str, producer: str, goods: str) -> bool:
    """Whether the modality stage keeps a PRODUCES fact built by hand between the two mentions,
    whatever the model would score the pair."""
    ctx, _, fact = scorer_pair(text, RelType.PRODUCES, producer, goods)
    ctx.facts = [fact]
    modality.run(ctx)
    return ctx.facts == [fact]


def test_a_plan_in_a_relative_clause_leaves_the_main_clause_standing() -> None:
    # built by hand: the PRODUCES model of round 27 scores this pair 0.44, under its threshold
    assert _kept_by_modality("Lynas, a company which intends to build a magnet plant in Texas, "
                             "separates dysprosium in Malaysia.", "Lynas", "dysprosium")
    assert not _kept_by_modality("Lynas intends to separate dysprosium in Malaysia.", "Lynas",
                                 "dysprosium")


@pytest.mark.parametrize("text", [
    "Were Hanoi to ban tungsten exports to Korea, prices would climb.",
    "Should Vietnam widen the quota on tungsten exports to Korea, buyers would suffer.",
    "Buyers would suffer, were Hanoi to ban tungsten exports to Korea.",
])
def test_an_inverted_conditional_supposes_its_measure(text: str) -> None:
    assert not any(rel in (RelType.RESTRICTS.value, RelType.TARGETS.value)
                   for rel, _, _ in _facts(text))


def test_a_verb_that_delays_a_measure_is_no_measure() -> None:
    assert not any(rel in ("RESTRICTS", "TARGETS") for rel, _, _ in _facts(
        "Hanoi will delay its ban on tungsten exports to Korea."))


def test_an_item_left_untouched_is_not_restricted() -> None:
    items = restricted_items("The quotas cap tungsten exports but leave tin untouched.")
    assert "tin" not in items


def test_a_stated_intent_to_place_controls_is_no_measure_yet() -> None:
    assert not any(rel == "RESTRICTS" for rel, _, _ in _facts(
        "The senator said Washington would slap export controls on all drone parts.")) \
        and not any(rel == "IMPOSES" for rel, _, _ in _facts(
            "The senator said Washington would slap export controls on all drone parts."))


def test_the_noun_plan_set_off_by_a_comma_leaves_the_clause_after_it() -> None:
    assert "tungsten" in restricted_items(
        "Released together with the plan, the study lists the quotas Vietnam set on tungsten "
        "exports.")


def test_a_measure_under_a_plan_is_still_planned() -> None:
    assert "tungsten" not in restricted_items(
        "Under the plan, Vietnam would restrict exports of tungsten.")


def test_a_disclaimer_naming_another_kind_of_measure_keeps_the_ban_target() -> None:
    text = ("Vietnam banned exports of tungsten to Korea. Separately, the trade ministry said "
            "the new tariffs on beef were not aimed at any country.")
    assert any(rel == "TARGETS" and dst == "South Korea" for rel, _, dst in _facts(text))


def test_a_disclaimer_naming_the_measures_keeps_their_targets_out() -> None:
    text = ("Vietnam banned exports of tungsten to Korea. The trade ministry said the measures "
            "were not aimed at any country.")
    assert not any(rel == "TARGETS" for rel, _, _ in _facts(text))
