"""A known deal between organisations, described by its terms in a sentence with no agreement
noun."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType

pytestmark = pytest.mark.usefixtures("patterns_only")


def _parties(text: str) -> set[tuple[str, str]]:
    fragment = run(Document(text=text, title="Test")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is RelType.PARTY_TO}


def test_a_guaranteed_price_between_the_two_parties_is_their_deal() -> None:
    parties = _parties("Last summer the Department of Defense guaranteed MP Materials a "
                       "minimum price for its oxide over ten years.")
    assert ("Department of Defense", "DoD-MP Materials partnership") in parties
    assert ("MP Materials", "DoD-MP Materials partnership") in parties


def test_a_purchase_commitment_between_the_two_parties_is_their_deal() -> None:
    parties = _parties("Apple committed several hundred million dollars to buy recycled "
                       "magnets from MP Materials.")
    assert ("Apple", "Apple-MP Materials agreement") in parties


def test_both_named_without_terms_is_no_deal() -> None:
    parties = _parties("MP Materials shares rose after the Department of Defense published "
                       "its annual report.")
    assert parties == set()


def test_one_party_alone_is_no_deal() -> None:
    parties = _parties("MP Materials guaranteed its customers a steady supply of oxide.")
    assert parties == set()


@pytest.mark.parametrize("text", [
    "The Department of Defense withdrew its guarantee to MP Materials in March.",
    "The Department of Defense did not agree to guarantee MP Materials a price floor.",
    "Under a plan that would have guaranteed MP Materials a price, the Department of Defense "
    "was to pay the difference.",
])
def test_a_denied_or_withdrawn_deal_is_no_deal(text: str) -> None:
    assert _parties(text) == set()


def test_the_counterparty_of_the_company_the_article_opened_on() -> None:
    parties = _parties("MP Materials reported higher output in the second quarter. Later in "
                       "the year Apple signed a long-term agreement to buy recycled magnets.")
    assert ("Apple", "Apple-MP Materials agreement") in parties


def test_a_counterparty_without_an_agreement_verb_is_left_alone() -> None:
    parties = _parties("MP Materials reported higher output in the second quarter. Apple's "
                       "agreement count with suppliers is secret.")
    assert ("Apple", "Apple-MP Materials agreement") not in parties


def test_a_counterparty_named_in_the_sentence_is_no_lead_company_deal() -> None:
    parties = _parties("MP Materials reported higher output in the second quarter. Later in "
                       "the year Apple signed a long-term agreement with Samsung.")
    assert ("Apple", "Apple-MP Materials agreement") not in parties
