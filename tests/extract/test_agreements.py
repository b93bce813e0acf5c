"""Agreement frames: names of generic agreements, and parties and subjects across sentences."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import Label, RelType

pytestmark = pytest.mark.usefixtures("patterns_only")


def _graph(text: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    fragment = run(Document(text=text, title="Test")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    agreements = {n.name for n in fragment.nodes.values() if n.label is Label.AGREEMENT}
    rels = {(names[r.source], r.type.value, names[r.target])
            for r in fragment.relationships.values() if r.type is not RelType.MENTIONS}
    return agreements, rels


def test_a_generic_agreement_is_named_with_its_modifiers() -> None:
    agreements, rels = _graph("Arafura Rare Earths signed a binding offtake agreement for "
                              "NdPr oxide.")
    assert "binding offtake agreement" in agreements
    assert ("Arafura Rare Earths", "PARTY_TO", "binding offtake agreement") in rels


def test_memorandum_of_understanding_is_one_agreement() -> None:
    agreements, _ = _graph("POSCO International and ReElement Technologies signed a "
                           "memorandum of understanding on rare earth magnets.")
    assert "memorandum of understanding" in agreements
    assert "understanding" not in agreements


def test_partners_listed_in_the_next_sentence_are_parties() -> None:
    _, rels = _graph("The United States announced the Minerals Security Partnership in Toronto. "
                     "The partners are Australia, Canada, Finland and Japan.")
    for country in ("Australia", "Canada", "Finland", "Japan"):
        assert (country, "PARTY_TO", "Minerals Security Partnership") in rels


def test_countries_listed_without_a_membership_word_are_not_parties() -> None:
    _, rels = _graph("The United States announced the Minerals Security Partnership in Toronto. "
                     "Observers from Belgium, Poland and New Zealand watched the talks.")
    assert not any(r == "PARTY_TO" and a in ("Belgium", "Poland") for a, r, _ in rels)


def test_what_an_act_names_a_sentence_later_is_what_it_addresses() -> None:
    _, rels = _graph("The Critical Raw Materials Act entered into force today. "
                     "The strategic list includes lithium, cobalt and gallium.")
    for item in ("lithium", "cobalt", "gallium"):
        assert ("Critical Raw Materials Act", "ADDRESSES", item) in rels


def test_a_measure_covering_items_is_not_the_agreement_addressing_them() -> None:
    _, rels = _graph("The Critical Raw Materials Act entered into force today. "
                     "China's export ban covers gallium and germanium.")
    assert ("Critical Raw Materials Act", "ADDRESSES", "gallium") not in rels


def test_a_generic_truce_placed_by_its_city_brings_the_known_parties() -> None:
    _, rels = _graph("China and the United States met again. Tariffs fell under the truce "
                     "agreed in Geneva in May.")
    assert ("China", "PARTY_TO", "Geneva consensus") in rels
    assert ("United States", "PARTY_TO", "Geneva consensus") in rels


def test_plural_and_singular_generic_agreements_are_one_node() -> None:
    agreements, _ = _graph("MP Materials signed two supply deals with Apple. "
                           "Apple and MP Materials signed the supply deal in July.")
    assert "supply deal" in agreements
    assert "supply deals" not in agreements
