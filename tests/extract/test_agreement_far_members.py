"""Members listed a few sentences after the agreement was named are its parties."""

from __future__ import annotations

from .fact_triples import has_fact

_OPENING = ("The Minerals Security Partnership gathers a dozen governments. It was set up to steer "
            "public finance toward new mines. It holds no money of its own. Officials meet "
            "twice a year in different capitals. ")


def test_founding_members_five_sentences_on() -> None:
    text = _OPENING + "Its founding members were Norway, Chile and Peru."
    for country in ("Norway", "Chile", "Peru"):
        assert has_fact(text, "PARTY_TO", country, "Minerals Security Partnership")


def test_a_bare_join_that_far_is_no_membership() -> None:
    text = _OPENING + "Norway and Chile have joined projects to recycle old batteries."
    assert not has_fact(text, "PARTY_TO", "Norway", "Minerals Security Partnership")


def test_members_that_may_join_are_no_parties() -> None:
    text = _OPENING + "Norway and Chile may become founding members later."
    assert not has_fact(text, "PARTY_TO", "Chile", "Minerals Security Partnership")


def test_a_later_agreement_takes_the_focus() -> None:
    text = (_OPENING + "Separately, Norway signed the Inflation Reduction Act side letter. "
            "Its founding members were Chile and Peru.")
    assert not has_fact(text, "PARTY_TO", "Chile", "Minerals Security Partnership")


def test_members_of_a_party_body_that_far_are_parties() -> None:
    text = ("Leaders of the G7 adopted the G7 Critical Minerals Action Plan on Monday. "
            "The text is short. It sets no tariffs. It promises a roadmap by December. "
            "Aides told reporters that the G7 members were Canada, Italy and France.")
    assert has_fact(text, "PARTY_TO", "France", "G7 Critical Minerals Action Plan")


def test_bare_partners_that_far_are_nobody_in_particular() -> None:
    text = _OPENING + "The partners are Norway, Chile and Peru."
    assert not has_fact(text, "PARTY_TO", "Peru", "Minerals Security Partnership")
