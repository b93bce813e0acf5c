"""What the lexicon knows of a named agreement (its parties, what it covers) becomes facts only
when the article names those parties and goods too."""

from __future__ import annotations

import pytest

from rekg.schema import RelType

from .fact_triples import named_pairs as _facts

pytestmark = pytest.mark.usefixtures("patterns_only")


def test_framework_covers_the_goods_named() -> None:
    text = ("Mining ministers praised the REIF at a briefing on Monday. "
            "Traders in Goma expect more tin and tungsten to move through licensed buyers.")
    found = _facts(text, RelType.ADDRESSES)
    assert ("Regional Economic Integration Framework", "tin") in found
    assert ("Regional Economic Integration Framework", "tungsten") in found


def test_goods_the_framework_does_not_cover_are_not_added() -> None:
    text = ("Mining ministers praised the REIF at a briefing on Monday. "
            "Separately, a lithium buyer in Zorvana raised prices.")
    assert ("Regional Economic Integration Framework", "lithium") not in _facts(
        text, RelType.ADDRESSES)


def test_parties_named_in_the_article_join_the_framework() -> None:
    text = ("Officials reviewed the REIF this week. "
            "Rwanda sent a delegation to the talks in Brellin.")
    assert ("Rwanda", "Regional Economic Integration Framework") in _facts(text, RelType.PARTY_TO)


def test_a_country_outside_the_framework_is_no_party() -> None:
    text = ("Officials reviewed the REIF this week. "
            "Uganda sent an observer to the talks in Brellin.")
    assert ("Uganda", "Regional Economic Integration Framework") not in _facts(
        text, RelType.PARTY_TO)


def test_company_deal_by_its_news_name() -> None:
    text = ("Analysts at Corvane Research discussed the Codelco-SQM lithium partnership this week. "
            "They said SQM would keep running the brine ponds until 2030.")
    found = _facts(text, RelType.PARTY_TO)
    assert ("SQM", "Codelco-SQM partnership") in found
