"""A bare "deal" of an article whose headline names the place of a known summit."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType

pytestmark = pytest.mark.usefixtures("patterns_only")


def _parties(text: str, title: str) -> set[tuple[str, str]]:
    fragment = run(Document(text=text, title=title)).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is RelType.PARTY_TO}


def test_the_deal_of_a_summit_article_is_the_summit_agreement() -> None:
    parties = _parties("Leaders of China and the United States talk in Busan\n\nThe American "
                       "president told the press that the deal would last twelve months and "
                       "that Beijing had settled the rare earth question.",
                       "Leaders of China and the United States talk in Busan")
    assert ("United States", "Busan truce") in parties
    assert ("China", "Busan truce") in parties


def test_a_dateline_in_capitals_is_no_summit() -> None:
    parties = _parties("GENEVA\n\nChina and the United States trade copper. Glencore said "
                       "the deal would run for ten years.", "GENEVA")
    assert not any(agreement == "Geneva consensus" for _, agreement in parties)


def test_a_summit_place_without_its_parties_changes_nothing() -> None:
    parties = _parties("Mining executives gather in Busan\n\nLynas said the deal with Sojitz "
                       "would run for ten years.", "Mining executives gather in Busan")
    assert not any(agreement == "Busan truce" for _, agreement in parties)


def test_the_headline_alone_may_name_the_summit() -> None:
    parties = _parties("Officials of China and the United States spent two days together. "
                       "Negotiators said they had reached a preliminary consensus.",
                       "Talks end in Kuala Lumpur")
    assert ("United States", "Kuala Lumpur consensus") in parties


def test_signatories_before_the_noun_choose_among_their_agreements() -> None:
    parties = _parties("The United States and Australia signed a rare earths agreement on "
                       "Monday to reduce reliance on China.", "Test")
    assert ("Australia", "US-Australia critical minerals framework") in parties
    assert not any(agreement == "Busan truce" for _, agreement in parties)


def test_the_parties_next_to_the_noun_choose_among_their_agreements() -> None:
    parties = _parties("Steps so far include the Pentagon's price floor deal with MP Materials, "
                       "and frameworks the United States signed with Japan and Australia.",
                       "Test")
    assert ("MP Materials", "DoD-MP Materials partnership") in parties


def test_a_pact_of_three_is_not_the_agreement_of_two_of_them() -> None:
    parties = _parties("Leaders also discussed the submarine pact between Australia, the United "
                       "States and Britain.", "Test")
    assert not any(agreement == "US-Australia critical minerals framework"
                   for _, agreement in parties)


def test_a_company_deal_in_a_summit_article_is_its_own() -> None:
    parties = _parties("Leaders of China and the United States talk in Busan. Separately, "
                       "Glencore said the deal with Vale would close in March.",
                       "Leaders talk in Busan")
    assert not any(party == "Vale" and agreement == "Busan truce"
                   for party, agreement in parties)
