"""Round-16 review: bugs of the merged extraction lanes, each with invented sentences."""

from __future__ import annotations

import pytest

from .fragments import states


@pytest.mark.parametrize("owner", ["its", "Vessen Motors'", "Japan's"])
def test_hyphenated_rank_of_a_customers_supplier_is_no_producer_of_focus(owner: str) -> None:
    """"X is its second-largest supplier": the supplier of a customer, as "its largest
    supplier" is (the possessive check looked at "largest", not at the whole rank)."""
    text = f"Cobalt prices fell last year. Brennick Resources is {owner} second-largest supplier."
    assert not states(text, "PRODUCES", "Brennick", "cobalt")


def test_hyphenated_rank_supplier_still_produces_focus() -> None:
    text = "Cobalt prices fell last year. Brennick Resources is the second-largest supplier."
    assert states(text, "PRODUCES", "Brennick", "cobalt")


LEAD = "China and the United States held talks in Geneva. "


@pytest.mark.parametrize("sentence", [
    "Washington hopes China will lift its ban on gallium exports after the meeting in Busan "
    "next month.",
    "Beijing may agree to ease its ban on gallium exports at the meeting in Busan next month.",
    "Beijing may agree to ease its ban on gallium exports at the upcoming meeting in Busan.",
])
def test_a_meeting_still_to_come_is_no_agreement_reached_there(sentence: str) -> None:
    """agreement_summit.meetings reads a meeting as the agreement of its place only when told
    as done; "next month" or "upcoming" tells of one still to come."""
    assert not states(LEAD + sentence, "ADDRESSES", "Busan", "*")


def test_a_meeting_told_as_done_is_the_agreement_reached_there() -> None:
    text = LEAD + "Beijing eased its ban on gallium exports after the meeting in Busan."
    assert states(text, "ADDRESSES", "Busan", "gallium")


@pytest.mark.parametrize("sentence", [
    "Zambia, which banned cobalt exports to Vietnam in May, rejected false claims about its mines.",
    "Zambia banned cobalt exports to Vietnam in May and dismissed social media posts about it.",
])
def test_a_fact_told_before_a_false_claim_stands(sentence: str) -> None:
    """modality.posted-claim reached 99 words after the fact too: a stated fact before
    "false claims" about something else was dropped."""
    assert states(sentence, "RESTRICTS", "*", "cobalt")


def test_a_fact_told_by_posts_is_still_dropped() -> None:
    assert not states("Social media posts claim that Zambia banned cobalt exports to Vietnam.",
                      "RESTRICTS", "*", "cobalt")


@pytest.mark.parametrize("sentence", [
    "Zambia will ban cobalt exports to Vietnam, and copper exports too, if the talks fail.",
    "Zambia will ban cobalt exports to Vietnam, and tax copper, if the talks fail.",
])
def test_a_condition_set_off_at_the_end_reaches_every_clause(sentence: str) -> None:
    """modality_scope.later_clause kept the condition from reaching back across ", and" even
    when the condition, set off by its own comma, is said of the whole sentence."""
    assert not states(sentence, "RESTRICTS", "*", "cobalt")


def test_a_condition_inside_a_later_clause_does_not_reach_back() -> None:
    text = ("Zambia banned cobalt exports to Vietnam in May, and warned that Peru could face "
            "duties if it resells the metal.")
    assert states(text, "RESTRICTS", "*", "cobalt")


@pytest.mark.parametrize("sentence", [
    "Kestrel Metals held off on selling its cobalt to Vessen Motors.",
    "Kestrel Metals is looking into shipping its tungsten to Vessen Motors.",
])
def test_the_goods_own_possessive_keeps_a_gerund_governed(sentence: str) -> None:
    """modality_governor.gerund_governed let any "its" near the second end free the claim; only
    the owned site of "at its zinc smelter" should."""
    assert not states(sentence, "SUPPLIES", "Kestrel", "Vessen")

