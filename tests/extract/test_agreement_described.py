"""A deal named only by a noun such as "offtake" or "loan" is an agreement when a verb of
agreeing with a party governs it, and not otherwise."""

from __future__ import annotations

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import Label, RelType


def _deals(text: str) -> dict[str, set[str]]:
    ctx = run(Document(text=text, title="T", published="2025-06-01"))
    deals: dict[str, set[str]] = {}
    for f in ctx.facts:
        if f.rel is RelType.PARTY_TO and f.target.label is Label.AGREEMENT:
            deals.setdefault(f.target.name, set()).add(f.source.name)
    return deals


def _covers(text: str) -> set[tuple[str, str]]:
    ctx = run(Document(text=text, title="T", published="2025-06-01"))
    return {(f.source.name, f.target.name) for f in ctx.facts if f.rel is RelType.ADDRESSES}


def test_a_signed_offtake_is_a_deal_of_the_signer_and_the_buyer() -> None:
    deals = _deals("Tarrow Minerals Ltd signed a binding offtake with Baltic Magnetics Ltd "
                   "for its NdPr oxide.")
    assert deals == {"Tarrow Minerals Ltd-Baltic Magnetics Ltd offtake":
                     {"Tarrow Minerals Ltd", "Baltic Magnetics Ltd"}}


def test_a_loan_from_a_lender_and_a_loan_to_a_borrower() -> None:
    assert _deals("Tarrow Minerals Ltd secured a $90 million loan from Export Finance "
                  "Australia.") == {"Tarrow Minerals Ltd-Export Finance Australia loan":
                                    {"Tarrow Minerals Ltd", "Export Finance Australia"}}
    assert _deals("Export Finance Australia extended a loan to Tarrow Minerals Ltd.") == {
        "Export Finance Australia-Tarrow Minerals Ltd loan":
        {"Tarrow Minerals Ltd", "Export Finance Australia"}}


def test_a_later_definite_noun_is_the_same_deal() -> None:
    covers = _covers("Tarrow Minerals Ltd signed an offtake with Baltic Magnetics Ltd. "
                     "The offtake covers dysprosium oxide.")
    assert ("Tarrow Minerals Ltd-Baltic Magnetics Ltd offtake", "dysprosium oxide") in covers


def test_the_noun_alone_or_as_a_modifier_names_no_deal() -> None:
    assert _deals("Offtake volumes at Tarrow Minerals Ltd rose as loans got dearer.") == {}
    assert _deals("Tarrow Minerals Ltd signed loan guarantees for its staff.") == {}
    assert _deals("The state will secure offtake from Tarrow Minerals Ltd.") == {}


def test_a_denied_signing_makes_no_deal() -> None:
    assert _deals("Tarrow Minerals Ltd denied that it had signed an offtake with Baltic "
                  "Magnetics Ltd.") == {}


def test_a_company_in_another_clause_is_no_party() -> None:
    deals = _deals("Tarrow Minerals Ltd stalled for years until lenders approved a funding "
                   "package.")
    assert deals == {}


def test_the_company_before_an_apposition_signs_not_a_country_inside_it() -> None:
    deals = _deals("Tarrow Minerals Ltd, the largest miner outside China, signed an offtake "
                   "with Baltic Magnetics Ltd.")
    assert deals == {"Tarrow Minerals Ltd-Baltic Magnetics Ltd offtake":
                     {"Tarrow Minerals Ltd", "Baltic Magnetics Ltd"}}
