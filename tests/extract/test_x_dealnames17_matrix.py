"""A generated inventory of deals that no lexicon names, known only by a noun phrase headed by
an agreement word with a distinguishing modifier (a sum, a kind such as "offtake", "supply" or
"financing", a party before the noun): invented companies x kinds of deal x phrasings x later
references ("the deal", the same noun). Each must give one agreement node that carries the
phrase as written among its names, both companies party to it and the goods it covers. Twins:
the same phrases in talks, proposals, rejected or failed deals, which must give no agreement
node and no PARTY_TO or ADDRESSES fact (agreement_sought.py, modality)."""

from __future__ import annotations

import itertools

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import GraphFragment, Label, RelType

_PARTIES = [("Tarrow Minerals", "Kestrel Resources"),
            ("Corvane Metals", "Halden Metals Ltd"),
            ("Ostrava Magnetics", "Pellmark Resources")]
# (the phrase as written after its article, the noun a later "the ..." uses)
_KINDS = [("$400 million offtake deal", "deal"),
          ("long-term supply agreement", "agreement"),
          ("memorandum of understanding", "memorandum"),
          ("five-year supply contract", "contract"),
          ("strategic partnership", "partnership")]
_GOODS = ["germanium", "dysprosium", "lithium"]

OPENINGS = [
    "{A} signed a {k} with {B} in May.",
    "{A} has a {k} to supply {B} with {t}.",
    "{A} signed a {k} to sell {t} to {B}.",
    "{A} and {B} signed a {k} last month.",
    "A {k} between {A} and {B} was signed in March.",
    "{A} has entered into a {k} with {B}.",
]
LATER = ["The {h} covers {t}.", "The deal covers {t}.", "Under the {h}, {B} will buy {t}."]

TWINS = [
    "{A} is in talks with {B} on a {k} for {t}.",
    "{A} rejected a proposed {k} with {B} for {t}.",
    "{A} and {B} failed to reach a {k} for {t}.",
    "{A} said it hopes to sign a {k} with {B} for {t}.",
    "{A} and {B} have discussed a possible {k} for {t}.",
    "{A} wants to strike a {k} with {B} for {t}.",
    "{A} plans to sign a {k} with {B} for {t}.",
    "{A} wants a {k} to supply {B} with {t}.",
    "{A} is seeking a {k} to sell {t} to {B}.",
]


def _fragment(text: str) -> GraphFragment:
    return run(Document(text=text, title="Test", published="2025-06-01")).fragment


def _facts(fragment: GraphFragment, rel: RelType) -> set[tuple[str, str]]:
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is rel}


def _cases() -> list[tuple[str, str, str, str, str]]:
    cases = []
    for j, (opening, later) in enumerate(itertools.product(OPENINGS, LATER)):
        a, b = _PARTIES[j % len(_PARTIES)]
        kind, head = _KINDS[j % len(_KINDS)]
        goods = _GOODS[j % len(_GOODS)]
        text = (opening.format(A=a, B=b, k=kind, t=goods) + " "
                + later.format(h=head, t=goods, B=b))
        cases.append((text, a, b, kind, goods))
    return cases


@pytest.mark.parametrize(("text", "a", "b", "kind", "goods"), _cases())
def test_described_deal_is_one_agreement_with_parties_and_goods(
        text: str, a: str, b: str, kind: str, goods: str) -> None:
    fragment = _fragment(text)
    deals = [n for n in fragment.nodes.values() if n.label is Label.AGREEMENT]
    assert len(deals) == 1, text
    deal = deals[0]
    forms = {deal.name.lower(), *(x.lower() for x in deal.aliases)}
    written = kind.replace("$400 million ", "")
    assert any(written in form for form in forms), (text, forms)
    parties = {p for p, d in _facts(fragment, RelType.PARTY_TO) if d == deal.name}
    assert {a, b} <= parties, (text, parties)
    assert (deal.name, goods) in _facts(fragment, RelType.ADDRESSES), text


def _twins() -> list[tuple[str, str]]:
    cases = []
    for j, twin in enumerate(TWINS * 3):
        a, b = _PARTIES[j % len(_PARTIES)]
        kind, _ = _KINDS[j % len(_KINDS)]
        cases.append((twin.format(A=a, B=b, k=kind, t=_GOODS[j % len(_GOODS)]), kind))
    return cases


@pytest.mark.parametrize(("text", "kind"), _twins())
def test_deal_only_sought_or_refused_gives_no_party_or_goods(text: str, kind: str) -> None:
    fragment = _fragment(text)
    assert not _facts(fragment, RelType.PARTY_TO), text
    assert not _facts(fragment, RelType.ADDRESSES), text


@pytest.mark.parametrize("opening", ["{A} agreed to sign a {k} with {B} for {t}.",
                                     "{A} signed a {k} with {B} for {t}."])
@pytest.mark.parametrize("kind", [k for k, _ in _KINDS])
def test_a_deal_signed_with_a_sum_or_a_hyphened_kind_stands(opening: str, kind: str) -> None:
    """The twins' rules read over sums and hyphened words; a deal made still stands."""
    text = opening.format(A="Tarrow Minerals", B="Kestrel Resources", k=kind, t="germanium")
    fragment = _fragment(text)
    assert "Kestrel Resources" in {p for p, _ in _facts(fragment, RelType.PARTY_TO)}, text
    assert any(t == "germanium" for _, t in _facts(fragment, RelType.ADDRESSES)), text


@pytest.mark.parametrize("party", ["Tarrow Minerals", "Corvane Metals"])
def test_party_before_the_noun_is_a_party(party: str) -> None:
    fragment = _fragment(f"The {party} partnership with Kestrel Resources covers germanium.")
    parties = {p for p, _ in _facts(fragment, RelType.PARTY_TO)}
    assert {party, "Kestrel Resources"} <= parties
    assert any(t == "germanium" for _, t in _facts(fragment, RelType.ADDRESSES))


@pytest.mark.parametrize("noun", ["volumes", "prices", "market"])
def test_agreement_word_as_modifier_names_no_deal(noun: str) -> None:
    fragment = _fragment(f"Tarrow Minerals said offtake {noun} for germanium rose in May.")
    assert not [n for n in fragment.nodes.values() if n.label is Label.AGREEMENT]
