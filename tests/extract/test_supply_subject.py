"""A supply in a predicate joined by "and" has the sentence's subject at its other end."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType


def _supplied(text: str) -> set[tuple[str, str]]:
    """The supplies the joined-predicate rule gives (other patterns and the scorer aside)."""
    ctx = run(Document(text=text, title="Test", published="2025-11-10"))
    return {(f.source.name, f.target.name) for f in ctx.facts
            if f.rel is RelType.SUPPLIES and f.origin == "supplies.joined-predicate"}


@pytest.mark.parametrize(("text", "fact"), [
    ("Umicore, the Belgian materials group, refines germanium at Olen and sells it to Japan.",
     ("Umicore", "Japan")),
    ("Panasonic and Denso, which make parts for carmakers, run plants in Thailand and buy "
     "magnets mostly from China.", ("China", "Panasonic")),
    ("Vietnam has a few small mines and relies heavily on imports from Laos.",
     ("Laos", "Vietnam")),
    # the verb right after the comma that closes an apposition
    ("Umicore, the Belgian group, sells germanium to Japan.", ("Umicore", "Japan")),
    ("Arnold Magnetic Technologies, based in New York, has historically bought samarium from "
     "Chinese refiners.", ("China", "Arnold Magnetic Technologies")),
])
def test_the_subject_supplies_or_buys_through_the_joined_verb(
        text: str, fact: tuple[str, str]) -> None:
    assert fact in _supplied(text)


@pytest.mark.parametrize(("text", "fact"), [
    # another actor's verb: a relative clause after a second name, or reported speech
    ("Lynas works with Sojitz, which buys oxides and sells them to Japan.", ("Lynas", "Japan")),
    ("Toyota said Denso would cut output and buy magnets from China.", ("China", "Toyota")),
    # a noun, not a verb of the subject
    ("China publishes import and export volumes related to Japan.", ("China", "Japan")),
    # a weak verb (approvals and delays are obtained too), or a relative clause the verb may
    # go on with
    ("Canada and Mexico, which were threatened with tariffs, obtained a delay from the United "
     "States.", ("United States", "Canada")),
    ("Iluka, which mines sands and runs a plant, sells zircon to China.", ("Iluka Resources",
                                                                           "China")),
    # a place says where the goods go, not who buys them
    ("Syrah mines graphite in Mozambique and ships it to Louisiana.",
     ("Syrah Resources", "United States")),
    # the preposition leads to another name: oxides for a customer, not from a supplier
    ("The UK has no mines and relies on imported oxides for Less Common Metals.",
     ("Less Common Metals", "United Kingdom")),
])
def test_no_joined_supply_for_another_subject_or_object(
        text: str, fact: tuple[str, str]) -> None:
    assert fact not in _supplied(text)


def test_a_relative_clause_makes_the_object_of_a_preposition_the_actor() -> None:
    ctx = run(Document(text="A trader at Sojitz, which imports oxides from China, said stocks "
                            "were thin.", title="Test"))
    assert ("China", "Sojitz") in {(f.source.name, f.target.name) for f in ctx.facts
                                   if f.rel is RelType.SUPPLIES}


_REPORT = "China's exports of magnets rose in June. "


@pytest.mark.parametrize(("text", "found"), [
    (_REPORT + "Japan and Poland also received far more material.", True),
    (_REPORT + "Mexico took about 300 tonnes.", True),
    # no exporter reported, no goods received, or a measure in the sentence
    ("Japan and Poland also received far more material.", False),
    (_REPORT + "Japan and Poland also received assurances from Beijing.", False),
    (_REPORT + "Japan received fewer magnets after the export ban.", False),
])
def test_countries_that_received_goods_were_supplied_by_the_exporter(
        text: str, found: bool) -> None:
    ctx = run(Document(text=text, title="Test"))
    got = {(f.source.name, f.target.name) for f in ctx.facts
           if f.origin == "supplies.received-from-exporter"}
    assert bool(got) is found


def test_shipments_in_a_clause_after_another_country_are_the_exporters() -> None:
    ctx = run(Document(text=_REPORT + "Japan received more magnets, and shipments to Poland "
                       "were up sharply.", title="Test"))
    assert ("China", "Poland") in {(f.source.name, f.target.name) for f in ctx.facts
                                   if f.origin == "supplies.exports-to-named-buyer"}


def _relying(text: str) -> set[tuple[str, str]]:
    ctx = run(Document(text=text, title="Test"))
    return {(f.source.name, f.target.name) for f in ctx.facts
            if f.origin == "supplies.relying-subjects"}


def test_every_subject_named_before_a_verb_of_reliance_relies() -> None:
    found = _relying("Bosch, the German parts maker, and Denso, which builds motors in Japan, "
                     "both rely heavily on Chinese magnets.")
    assert found == {("China", "Bosch"), ("China", "Denso")}


@pytest.mark.parametrize("text", [
    # an object of a preposition, a comparison, a relative clause or a reporter is no subject
    "Unlike Bosch, carmakers such as Toyota rely on Chinese magnets.",
    "Toyota, which buys parts from Bosch, relies on Chinese magnets.",
    "Bosch estimates that Toyota relies on Chinese magnets.",
])
def test_no_reliance_for_names_that_are_no_subject(text: str) -> None:
    assert ("China", "Bosch") not in _relying(text)
