"""A generated matrix of value chains told as links ("turns oxides into metals, metals into
alloys, and alloys into magnets"): several chains of materials x several phrasings by invented
companies. Every link of a chain must give later stage -> earlier stage (DEPENDS_ON). Twins with
the same materials must give no link: a switch from one material to another, trade and prices
("to Japan", "to records"), a lone "A to B", and a chain under a negation or a hypothetical
(scorer on, as in evaluation)."""

from __future__ import annotations

import pytest

from rekg.extract.context import SentenceView
from rekg.extract.explain import FoundFact, explain
from rekg.extract.value_chain import ORIGIN, chain_facts

from .fragments import dependency_pairs, states

# stages of a chain (surfaces) and a word of each stage's canonical name
CHAINS = [
    (("rare earth oxides", "rare earth metals", "alloys", "magnets"),
     ("rare earth oxide", "rare earth metal", "rare earth alloy", "magnet")),
    (("bauxite", "alumina", "aluminium"), ("bauxite", "alumina", "aluminium")),
    (("cobalt hydroxide", "cobalt sulphate", "cathode material"),
     ("cobalt hydroxide", "cobalt sulphate", "cathode material")),
    (("flake graphite", "spherical graphite", "anode material"),
     ("flake graphite", "spherical graphite", "anode material")),
]
_COMPANIES = ["Velmora", "Kestrel Metals", "Orsa Refining"]

# {C}: a company; {a}, {b}, {c}: the stages in order
LINKS = [
    "{C} turns {a} into {b}, {b} into {c}.",
    "{C} turns {a} into {b} and {b} into {c}.",
    "The plant converts {a} to {b}, {b} to {c}.",
    "The scheme covers every step: {a} to {b}, {b} to {c}.",
    "The grant covers the conversion of {a} into {b}, and of {b} into {c}.",
    "{C} runs a chain from {a} to {b}, and from {b} to {c}.",
    "{C} refines {a} into {b} and then into {c}.",
    "Integrated sites must convert {a} to {b}, {b} to {c}, a ministry official said.",
]
# templates that must give no link between the stages
TWINS = [
    "Carmakers moved from {a} to {b}, and from {b} to {c}.",
    "{C} switched from {a} to {b} and then to {c}.",
    "Prices of {a} rose to records, and {b} to a ten-year high.",
    "Exports of {a} to Japan, and {b} to Korea, fell.",
    "{C} sells {a} to Japan and {b} to Korea.",
    "{C} could one day turn {a} into {b}, {b} into {c}.",
    "{C} does not turn {a} into {b}, {b} into {c}.",
]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _text(template: str, chain: int, company: int) -> str:
    stages = CHAINS[chain][0]
    return _cap(template.format(C=_COMPANIES[company], a=stages[0], b=stages[1], c=stages[2]))


def _linked(pairs: set[tuple[str, str]], chain: int, later: int, earlier: int) -> bool:
    names = CHAINS[chain][1]
    return any(names[later] in a and names[earlier] in b for a, b in pairs)


_CASES = [(chain, company) for chain in range(len(CHAINS)) for company in range(len(_COMPANIES))
          if (chain + company) % 2 == 0]


@pytest.mark.parametrize("template", LINKS)
def test_every_link_of_a_chain_gives_the_dependency(template: str) -> None:
    missed = []
    for chain, company in _CASES:
        text = _text(template, chain, company)
        pairs = dependency_pairs(text)
        if not (_linked(pairs, chain, 1, 0) and _linked(pairs, chain, 2, 1)):
            missed.append(text)
    assert missed == []


@pytest.mark.parametrize("template", TWINS)
def test_no_chain_the_text_does_not_assert(template: str) -> None:
    wrong = [_text(template, chain, company) for chain, company in _CASES
             if states(_text(template, chain, company), "DEPENDS_ON", "*", "*")
             and any(_linked(dependency_pairs(_text(template, chain, company)), chain, x, y)
                     for x, y in ((1, 0), (2, 1)))
             and _chain_origin(_text(template, chain, company))]
    assert wrong == []


def _chain_origin(text: str) -> bool:
    from rekg.extract.explain import explain
    from rekg.loaders.document import Document

    facts = explain(Document(text=text, title="Test", published="2025-06-01")).facts
    return any(f.origin == ORIGIN for f in facts)


@pytest.mark.parametrize("template", TWINS[:5])
def test_a_switch_or_a_sale_gives_no_dependency_at_all(template: str) -> None:
    wrong = [_text(template, chain, company) for chain, company in _CASES
             if any(_linked(dependency_pairs(_text(template, chain, company)), chain, x, y)
                    for x, y in ((1, 0), (2, 1), (2, 0), (0, 1)))]
    assert wrong == []


def test_the_chain_is_never_read_backwards() -> None:
    for chain, company in _CASES:
        pairs = dependency_pairs(_text(LINKS[2], chain, company))
        assert not _linked(pairs, chain, 0, 1) and not _linked(pairs, chain, 1, 2)


def test_a_lone_link_gives_no_chain_fact() -> None:
    from rekg.extract.pipeline import mentions_for
    from rekg.loaders.document import Document

    views: list[SentenceView] = mentions_for(Document(
        text="Velmora turns rare earth oxides into rare earth metals."))
    assert [f for v in views for f in chain_facts(v)] == []


# Mixtures: (the mixture's surface, a word of its name, the two inputs' surfaces and name words)
MIXTURES = [
    ("ferrocerium", "ferrocerium", ("iron", "iron"), ("cerium", "cerium")),
    ("Velmora's new magnet alloy", "alloy", ("neodymium", "neodymium"), ("cobalt", "cobalt")),
    ("the cathode material", "cathode material", ("nickel", "nickel"), ("manganese",
                                                                        "manganese")),
]
MIXED = [
    "{X} is an alloy of {a} and {b}.",
    "The flints are made of {x}, an alloy of {a} and {b}.",
    "Kestrel tested {x}, a blend of {a} and {b}, last year.",
    "{X}, a compound of {a} and {b}, coats the blades.",
]
UNMIXED = [
    "{X} prices rose, and a blend of {a} and {b} was shipped to Japan.",
    "Kestrel sells {x} and a mixture of {a} and {b}.",
    "Kestrel bought {x}, then a blend of {a} and {b}.",
    "{X} is not an alloy of {a} and {b}.",
    "{X} could one day become an alloy of {a} and {b}.",
]


def _mixed(template: str, i: int) -> tuple[str, bool]:
    x, name, (a, a_name), (b, b_name) = MIXTURES[i]
    text = _cap(template.format(X=_cap(x), x=x, a=a, b=b))
    pairs = dependency_pairs(text)
    return text, any(name in s and t in (a_name, b_name) for s, t in pairs)


@pytest.mark.parametrize("template", MIXED)
def test_a_mixture_depends_on_what_it_is_made_of(template: str) -> None:
    assert [t for t, found in (_mixed(template, i) for i in range(len(MIXTURES)))
            if not found] == []


def _mixture_origins(text: str) -> list[str]:
    from rekg.extract.explain import explain
    from rekg.loaders.document import Document

    facts = explain(Document(text=text, title="Test", published="2025-06-01")).facts
    return [f.origin for f in facts if f.origin in ("depends_on.mixture-of",
                                                     "depends_on.mixture-apposed")]


@pytest.mark.parametrize("template", UNMIXED)
def test_a_mixture_the_text_does_not_assert_gives_no_mixture_fact(template: str) -> None:
    # the trained scorer may still guess a pair here (its own matter); no mixture rule may
    texts = [_mixed(template, i)[0] for i in range(len(MIXTURES))]
    assert [t for t in texts if _mixture_origins(t)] == []


# A negated verb of attention ("never think about") denies the reader's attention, not the use
# it speaks of; a negated verb of use still denies the use.
_PARTS = [("window motors", "window motor"), ("hub motors", "hub motor"),
          ("loudspeakers", "speaker")]
_PARTS_INPUTS = [("neodymium magnets", "ndfeb"), ("samarium-cobalt magnets", "samarium-cobalt")]
ATTENTION = [
    "Most drivers never think about the {m} in their {p}.",
    "You probably don't think about the {m} in your {p}.",
    "Few buyers notice it, but most people never notice the {m} in their {p}.",
]
DENIED = [
    "Velmora's {p} do not use {m}.",
    "Velmora's {p} no longer use {m}.",
    "Velmora's {p} don't need {m}.",
]


def _part_pairs(template: str) -> list[tuple[str, bool]]:
    out = []
    for (p, p_name), (m, m_name) in zip(_PARTS, _PARTS_INPUTS * 2, strict=False):
        text = _cap(template.format(p=p, m=m))
        out.append((text, any(p_name in a and m_name in b for a, b in dependency_pairs(text))))
    return out


@pytest.mark.parametrize("template", ATTENTION)
def test_a_negated_verb_of_attention_keeps_the_use(template: str) -> None:
    assert [t for t, found in _part_pairs(template) if not found] == []


@pytest.mark.parametrize("template", DENIED)
def test_a_negated_verb_of_use_still_denies_it(template: str) -> None:
    assert [t for t, found in _part_pairs(template) if found] == []


# "A and other B" is one list: what is said of A's list is said of B too.
OTHER = [
    ("{m}, used in {p} and other {q}, is scarce.", True),
    ("Makers of {p} and other {q} need {m}.", True),
    ("{m} goes into {p} and other {q}.", True),
    ("{m} goes into {p}; other {q} are made without it.", False),
    ("{m} prices rose, and {p} and other {q} sold well.", False),
]
_OTHER_CASES = [("drones", "drone", "electronics", "electronic"),
                ("heat pumps", "heat pump", "smartphones", "smartphone"),
                ("loudspeakers", "speaker", "consumer electronics", "consumer electronic")]
_OTHER_INPUTS = [("gallium", "gallium"), ("germanium", "germanium"), ("indium", "indium")]


@pytest.mark.parametrize(("template", "stated"), OTHER, ids=lambda v: str(v)[:30])
def test_an_item_after_and_other_shares_the_list(template: str, stated: bool) -> None:
    wrong = []
    for (p, _, q, q_name), (m, m_name) in zip(_OTHER_CASES, _OTHER_INPUTS, strict=True):
        text = _cap(template.format(p=p, q=q, m=m))
        if stated:
            found = any(q_name in a and m_name in b for a, b in dependency_pairs(text))
        else:  # the trained scorer may still guess here (its own matter); no rule may
            found = any(q_name in f.source.lower() and m_name in f.target.lower()
                        and not f.origin.startswith("scorer") for f in _facts(text))
        if found != stated:
            wrong.append(text)
    assert wrong == []


def _facts(text: str) -> list[FoundFact]:
    from rekg.loaders.document import Document

    return [f for f in explain(Document(text=text, title="Test", published="2025-06-01")).facts
            if f.relation == "DEPENDS_ON"]
