"""Who imposes a measure when the scorer's guesses run beside the patterns."""

from __future__ import annotations

from rekg.extract import extract
from rekg.loaders.document import Document

from .fragments import restricted_pairs


def test_the_target_of_a_tariff_imposes_no_other_tariff_of_that_sentence() -> None:
    fragment = extract(Document(
        text="The trade office on Friday confirmed the Section 301 tariff increases on Chinese "
             "goods, keeping 25% duties on natural graphite and permanent magnets.",
        title="Test", published="2025-06-01"))
    restricted = restricted_pairs(fragment)
    assert ("United States", "natural graphite") in restricted
    assert ("China", "natural graphite") not in restricted


def test_an_unnamed_ministry_acts_for_the_country_in_focus_not_for_china() -> None:
    fragment = extract(Document(
        text="India has suspended the licensing requirement on neodymium exports that it "
             "announced on March 3, the commerce ministry said on Monday. Officials said the "
             "titanium licences were not affected.",
        title="India suspends its neodymium export licences", published="2025-12-02"))
    restricted = restricted_pairs(fragment)
    assert ("India", "titanium") in restricted
    assert not {pair for pair in restricted if pair[0] == "China"}
