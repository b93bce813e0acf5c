"""A measure followed straight by its imposer and a verb of imposing ("the permits Lima
introduced in May") belongs to that imposer, whatever other country the sentence names."""

from __future__ import annotations

from .fact_triples import measure_chains


def test_contact_relative_names_the_imposer() -> None:
    text = ("Smelters were hurt by Chilean duties and by the permits Lima introduced in May on"
            " tin concentrate.")
    assert ("RESTRICTS", "peru", "tin concentrate") in measure_chains(text)


def test_other_country_of_the_sentence_is_not_the_imposer() -> None:
    text = ("Smelters were hurt by Chilean duties and by the permits Lima introduced in May on"
            " tin concentrate.")
    assert ("RESTRICTS", "chile", "tin concentrate") not in measure_chains(text)
