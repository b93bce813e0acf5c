"""A part after "Its" belongs to the product the pronoun was resolved to, also when the
sentence before names that product under no lexicon form."""

from __future__ import annotations

from .fact_triples import has_fact

_UNDER_HEADING = ("Gadgets at home\n\nThe smartphone\n\nA phone holds dozens of metals. "
                  "Its speakers depend on small neodymium magnets.")


def test_part_after_resolved_pronoun_belongs_to_its_product() -> None:
    assert has_fact(_UNDER_HEADING, "DEPENDS_ON", "smartphone", "speaker")


def test_part_without_owner_names_no_whole() -> None:
    text = "Prices were flat in May. Its speakers depend on small neodymium magnets."
    assert not has_fact(text, "DEPENDS_ON", "*", "speaker")
