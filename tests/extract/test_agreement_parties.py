"""Parties of an agreement named after "with", and the one who agreed with them."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import Label, RelType

pytestmark = pytest.mark.usefixtures("patterns_only")


def _parties(text: str) -> set[tuple[str, str]]:
    fragment = run(Document(text=text, title="Test")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is RelType.PARTY_TO}


def test_the_organisation_after_its_country_is_the_party() -> None:
    parties = _parties("Arafura Rare Earths signed a supply agreement with Japan's Sojitz to "
                       "sell NdPr oxide.")
    assert ("Sojitz", "supply agreement") in parties
    assert not any(party == "Japan" for party, _ in parties)


def test_each_organisation_of_a_with_list_is_a_party() -> None:
    parties = _parties("Iluka Resources will form a joint venture with the US Department of "
                       "Energy and Saudi Arabia's state-owned miner Maaden.")
    assert {party for party, _ in parties} >= {"Iluka Resources", "Department of Energy",
                                                "Ma'aden"}
    assert not any(party in ("United States", "Saudi Arabia") for party, _ in parties)


def test_agreed_with_a_party_on_an_agreement() -> None:
    parties = _parties("Shin-Etsu said it had agreed with Canadian miner Vital Metals on a "
                       "long-term purchase arrangement for rare earth carbonate.")
    assert {party for party, _ in parties} == {"Shin-Etsu Chemical", "Vital Metals"}


def test_a_country_alone_after_with_stays_a_party() -> None:
    parties = _parties("Kazakhstan signed a critical minerals memorandum with the European "
                       "Union in Brussels.")
    assert ("European Union", "critical minerals memorandum") in parties
    assert ("Kazakhstan", "critical minerals memorandum") in parties


def test_agreeing_with_a_view_names_no_party() -> None:
    parties = _parties("Lynas said it agreed with Japan that prices were too low, and later "
                       "signed nothing.")
    assert parties == set()


def test_a_contract_is_an_agreement_of_its_signatories() -> None:
    parties = _parties("Perpetua Resources signed a supply contract with the Defense "
                       "Logistics Agency for antimony trisulfide.")
    assert ("Perpetua Resources", "supply contract") in parties
    assert ("Defense Logistics Agency", "supply contract") in parties


def test_a_party_that_opens_an_agreement_name_is_its_party() -> None:
    parties = _parties("The Quad met in Washington. Officials said the Quad Critical Minerals "
                       "Initiative would map supplies of gallium.")
    assert ("Quad", "Quad Critical Minerals Initiative") in parties


def test_a_party_named_only_inside_the_name_is_not_added() -> None:
    parties = _parties("The Quad Critical Minerals Initiative mapped supplies of gallium.")
    assert not any(party == "Quad" for party, _ in parties)


def _addresses(text: str) -> set[tuple[str, str]]:
    fragment = run(Document(text=text, title="Test")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is RelType.ADDRESSES}


def test_the_head_noun_names_the_agreement_again() -> None:
    found = _addresses("Australia launched its Critical Minerals Strategic Reserve on Monday. "
                       "Officials expect strong demand. Prices rose. Miners were pleased. "
                       "The reserve will focus on gallium and rare earths.")
    assert ("Critical Minerals Strategic Reserve", "gallium") in found


def test_the_head_noun_with_of_is_no_agreement() -> None:
    found = _addresses("Australia launched its Critical Minerals Strategic Reserve on Monday. "
                       "Officials expect strong demand. The reserve of gallium in the mine "
                       "covers ten years.")
    assert ("Critical Minerals Strategic Reserve", "gallium") not in found


def test_the_head_noun_before_another_agreement_noun_is_not_that_agreement() -> None:
    ctx = run(Document(text="The US signed the Agreement on Reciprocal Trade with Malaysia. The "
                       "trade deal with Thailand covers gallium.", title="Test"))
    surfaces = {m.surface for v in ctx.sentences for m in v.of(Label.AGREEMENT)}
    assert "trade" not in surfaces
