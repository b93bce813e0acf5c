"""Generated matrix of coordinated element names before a form head: "refines dysprosium and
terbium oxides" names dysprosium oxide and terbium oxide, whatever word opens the
phrase, when the first element joined with the head is a lexicon name of its own. Twins: a comma
before "and", a modifier that is no material, or a pair the lexicon does not join give no such
name. Every sentence is written for this test (made-up companies and places, no corpus text)."""

from __future__ import annotations

import itertools

import pytest

from rekg.extract import extract
from rekg.loaders.document import Document
from rekg.schema import Label

pytestmark = pytest.mark.usefixtures("patterns_only")


def _materials(text: str) -> set[str]:
    graph = extract(Document(text=text, title="Test", published="2025-06-01"))
    return {n.name.lower() for n in graph.nodes.values() if n.label is Label.MATERIAL}


# (first element, second element, head): both "<element> <head>" are lexicon materials
_PAIRS = [
    ("europium", "yttrium", "oxide"),
    ("dysprosium", "terbium", "oxide"),
    ("lanthanum", "cerium", "oxide"),
    ("samarium", "gadolinium", "metal"),
    ("cobalt", "nickel", "sulphate"),
    ("lithium", "cobalt", "hydroxide"),
]
# verbs (and a noun phrase) that open the phrase with no boundary word before the modifier
_FRAMES = [
    "Velmora Metals {verb} {a} and {b} {head}s at its Tarnby works.",
    "Last year Kestrun Refining {verb} {a} and {b} {head} for magnet makers in Ostrava.",
    "Orlith Group said it {verb} {a} and {b} {head}s under a new licence.",
]
_VERBS = ["refines", "produces", "ships", "sells", "stockpiles"]


def _cases() -> list[tuple[str, str, str, str]]:
    return [(frame.format(verb=verb, a=a, b=b, head=head), a, b, head)
            for frame, verb, (a, b, head) in itertools.product(_FRAMES, _VERBS, _PAIRS)]


@pytest.mark.parametrize(("text", "a", "b", "head"), _cases())
def test_an_element_before_and_shares_the_form_head(text: str, a: str, b: str,
                                                     head: str) -> None:
    names = _materials(text)
    assert f"{a} {head}" in names, names
    assert f"{b} {head}" in names, names
    assert a not in names, names


@pytest.mark.parametrize(("frame", "verb", "pair"),
                         list(itertools.product(_FRAMES, _VERBS[:2], _PAIRS[:3])))
def test_a_comma_before_and_keeps_the_bare_element(frame: str, verb: str,
                                                   pair: tuple[str, str, str]) -> None:
    a, b, head = pair
    names = _materials(frame.format(verb=verb, a=a + ",", b=b, head=head))
    assert f"{a} {head}" not in names, names
    assert f"{b} {head}" in names, names


# modifiers that are no material, or materials that the lexicon never joins with the head
_NOT_JOINED = [
    ("magnets", "praseodymium", "oxide", "magnets oxide"),
    ("copper", "praseodymium", "metal", "copper metal"),
    ("rhodium", "terbium", "oxide", "rhodium oxide"),
]


@pytest.mark.parametrize(("frame", "verb", "case"),
                         list(itertools.product(_FRAMES, _VERBS[:3], _NOT_JOINED)))
def test_a_modifier_the_lexicon_does_not_join_names_nothing_new(frame: str, verb: str,
                                                                case: tuple[str, ...]) -> None:
    a, b, head, joined = case
    names = _materials(frame.format(verb=verb, a=a, b=b, head=head))
    assert joined not in names, names
    assert f"{b} {head}" in names, names


def _organizations(text: str) -> set[str]:
    graph = extract(Document(text=text, title="Test", published="2025-06-01"))
    return {n.name for n in graph.nodes.values() if n.label is Label.ORGANIZATION}


# stock and commodity exchanges named in full are organisations; a bare ticker prefix is not
_EXCHANGES = ["Toronto Stock Exchange", "Australian Securities Exchange", "Nasdaq",
              "New York Stock Exchange", "London Stock Exchange", "Tokyo Stock Exchange",
              "Comex", "NYSE American"]
_LISTING_FRAMES = [
    "Shares of Velmora Metals rose 4 percent on the {x} on Monday.",
    "Kestrun Mining, which is listed on the {x}, said output would rise.",
    "Orlith Group plans to list on the {x} next year.",
]


@pytest.mark.parametrize(("frame", "exchange"),
                         list(itertools.product(_LISTING_FRAMES, _EXCHANGES)))
def test_an_exchange_named_in_full_is_an_organization(frame: str, exchange: str) -> None:
    assert exchange in _organizations(frame.format(x=exchange))


@pytest.mark.parametrize(("ticker", "frame"), list(itertools.product(
    ["ASX", "TSX", "NYSE"],
    ["Velmora Metals ({t}: VLM) said output would rise.",
     "Kestrun Mining, whose shares trade under {t}: KSM, expects more ore."])))
def test_a_ticker_prefix_names_no_exchange(ticker: str, frame: str) -> None:
    assert not any("Exchange" in name or name == ticker
                   for name in _organizations(frame.format(t=ticker)))
