"""A deal noun such as "offtake", "loan" or "financing package" held, announced or given to a
named party: generated sentences (holding and reporting verbs x deal nouns x names of our own)
each give a deal of both parties; twins with no other party, a deal only hoped for, denied or
applied for, or a noun that only modifies another give none."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import Label, RelType

_HOLDERS = ["Velmont Metals Ltd", "Korrin Rare Earths Ltd", "Anselm Magnet Works Inc"]
_BUYERS = ["Tessaro Motors Ltd", "Brightwell Magnetics Inc"]
_LENDERS = ["Export Finance Australia", "the Export-Import Bank of Korea"]
_HOLD = ["has", "holds", "already had", "announced", "confirmed", "unveiled"]
_OFFTAKES = ["a binding offtake", "a long-term offtake", "a supply commitment",
             "a letter of intent", "a term sheet"]
_LOANS = ["a $90 million loan", "a loan guarantee", "a debt facility", "a funding package",
          "a conditional loan commitment"]
_GIVE = ["approved", "confirmed", "announced", "extended", "signed", "unveiled"]
_TO = ["a conditional loan commitment", "a A$120 million financing package",
       "a loan guarantee", "a debt facility", "a $40 million grant"]


def _parties(text: str) -> set[str]:
    ctx = run(Document(text=text, title="T", published="2025-06-01"))
    return {f.source.name for f in ctx.facts
            if f.rel is RelType.PARTY_TO and f.target.label is Label.AGREEMENT}


def _name(org: str) -> str:
    return org.removeprefix("the ")


def _offtakes() -> list[tuple[str, str, str]]:
    return [(f"{h} {v} {n} with {b} for its dysprosium oxide.", h, b)
            for k, (v, n) in enumerate((v, n) for v in _HOLD for n in _OFFTAKES)
            for h, b in [(_HOLDERS[k % 3], _BUYERS[k % 2])]]


def _loans() -> list[tuple[str, str, str]]:
    return [(f"{h} {v} {n} from {lender} to build its gallium refinery.", h, _name(lender))
            for k, (v, n) in enumerate((v, n) for v in _HOLD for n in _LOANS)
            for h, lender in [(_HOLDERS[k % 3], _LENDERS[k % 2])]]


def _given() -> list[tuple[str, str, str]]:
    return [(f"{lender[0].upper()}{lender[1:]} {v} {n} to {h} for its terbium project.",
             _name(lender), h)
            for k, (v, n) in enumerate((v, n) for v in _GIVE for n in _TO)
            for h, lender in [(_HOLDERS[k % 3], _LENDERS[k % 2])]]


@pytest.mark.parametrize(("text", "one", "other"), _offtakes() + _loans() + _given())
def test_a_held_or_given_deal_has_both_parties(text: str, one: str, other: str) -> None:
    assert {one, other} <= _parties(text), text


_TWINS = [
    "Velmont Metals Ltd has a roadmap for its gallium output.",
    "Velmont Metals Ltd announced an investment in its terbium plant.",
    "Velmont Metals Ltd has an offtake strategy for dysprosium oxide.",
    "Velmont Metals Ltd confirmed a loan guarantee scheme for its workers.",
    "Velmont Metals Ltd hopes to have a binding offtake with Tessaro Motors Ltd by June.",
    "Velmont Metals Ltd expects to announce an offtake with Tessaro Motors Ltd next year.",
    "Velmont Metals Ltd could have a loan from Export Finance Australia by March.",
    "Velmont Metals Ltd denied that it had an offtake with Tessaro Motors Ltd.",
    "Velmont Metals Ltd does not have an offtake with Tessaro Motors Ltd.",
    "Velmont Metals Ltd has no offtake with Tessaro Motors Ltd for its terbium.",
    "Velmont Metals Ltd applied for a loan guarantee from Export Finance Australia.",
    "Export Finance Australia offered a loan guarantee to Velmont Metals Ltd last year.",
    "Velmont Metals Ltd has had talks with Tessaro Motors Ltd on an offtake for terbium.",
    "Velmont Metals Ltd announced that funding packages for miners were too small.",
]


@pytest.mark.parametrize("text", _TWINS)
def test_no_deal_without_a_held_or_given_one(text: str) -> None:
    assert _parties(text) == set(), text
