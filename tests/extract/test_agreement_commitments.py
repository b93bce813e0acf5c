"""What a party of the agreement in focus undertakes in the next sentence is what the
agreement addresses."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType

pytestmark = pytest.mark.usefixtures("patterns_only")


def _addresses(text: str) -> set[tuple[str, str]]:
    fragment = run(Document(text=text, title="Test")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is RelType.ADDRESSES}


def test_a_party_opening_the_next_sentence_commits_the_agreement() -> None:
    found = _addresses("Officials of both governments met on Tuesday to confirm the Geneva "
                       "consensus. China also agreed to restart sales of gallium to American "
                       "buyers.")
    assert ("Geneva consensus", "gallium") in found


def test_an_outsider_opening_the_next_sentence_commits_nothing() -> None:
    found = _addresses("Officials of both governments met on Tuesday to confirm the Geneva "
                       "consensus. Vietnam also agreed to restart sales of gallium to "
                       "Korean buyers.")
    assert ("Geneva consensus", "gallium") not in found


def test_the_accord_is_the_accord_just_described() -> None:
    found = _addresses("Japan and Indonesia signed a minerals accord on Tuesday. The accord "
                       "covers nickel and cobalt.")
    assert {("minerals accord", "nickel"), ("minerals accord", "cobalt")} <= found


def test_an_accord_described_long_before_another_is_not_the_accord() -> None:
    found = _addresses("Japan and Indonesia signed a minerals accord on Tuesday. Trade grew "
                       "fast. Korea and Vietnam signed a shipping pact. Analysts were cautious. "
                       "The accord covers nickel.")
    assert ("minerals accord", "nickel") not in found


def test_the_only_accord_made_is_the_accord_however_far_back() -> None:
    found = _addresses("Japan and Indonesia signed a minerals accord on Tuesday. Trade grew "
                       "fast. Shipping rates fell. Analysts were cautious. The accord covers "
                       "nickel.")
    assert ("minerals accord", "nickel") in found


_SCHEME = ("The cabinet approved the Scheme to Promote Manufacturing of Sintered Rare Earth "
           "Permanent Magnets on Wednesday. Officials met later. Markets were calm. Traders "
           "waited. ")


def test_the_noun_of_a_lexicon_agreements_kind_names_it_again() -> None:
    found = _addresses(_SCHEME + "The scheme focuses on dysprosium and terbium.")
    assert ("Scheme to Promote Manufacturing of Sintered Rare Earth Permanent Magnets",
            "dysprosium") in found


def test_a_noun_of_another_kind_does_not() -> None:
    found = _addresses(_SCHEME + "The plan focuses on dysprosium and terbium.")
    assert not any(agreement.startswith("Scheme") and item == "dysprosium"
                   for agreement, item in found)


def test_a_party_easing_a_measure_after_the_agreement_is_named() -> None:
    found = _addresses("Officials of both governments met on Tuesday to confirm the Geneva "
                       "consensus. Talks went on late. China will suspend its export ban on "
                       "gallium for a year, while Japan keeps its tariffs on steel.")
    assert ("Geneva consensus", "gallium") in found
    assert not any(item == "steel" for _, item in found)


def test_a_measure_left_in_force_after_the_agreement_is_not_eased_by_it() -> None:
    found = _addresses("Officials of both governments met on Tuesday to confirm the Geneva "
                       "consensus. China did not suspend its export ban on gallium.")
    assert not any(item == "gallium" for _, item in found)
