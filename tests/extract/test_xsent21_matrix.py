"""A generated inventory of facts whose two ends stand in different sentences: how English
makes a later sentence reach back to an entity of an earlier one, and twins where the
reference must not resolve to it.

The ways of reaching back: a pronoun ("it", "its", "they", "them"), a definite noun phrase
with the head or the kind of an earlier entity ("the company", "the miner", "these
elements"), a counted phrase ("both elements", "the two metals", "the two countries"), a
demonstrative with a head ("these magnets"), and the subject carried over from the sentence
before - also when that subject stands after a fronted "To ..." clause, after a heading with a
colon, behind a hyphenated place modifier, or in the last coordinated clause of a sentence
that no party opens. Twins: a nearer party of the same kind, a different head noun, a subject
that is no party, a party named before the heading's colon, a sentence that still names the
party in focus. Names of companies are invented."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import mentions_for
from rekg.loaders.document import Document

from .fragments import states

_FIRMS = [("Orvane Metals", "Tessik Mining"), ("Quorra Resources", "Varnel Holdings"),
          ("Kelder Minerals", "Brast Industries")]


def referents(text: str, sentence: int, word: str) -> set[str]:
    """The names the anaphor mentions that cover ``word`` of sentence ``sentence`` stand for."""
    views = mentions_for(Document(text=text, title="Test", published="2025-06-01"))
    view = views[sentence]
    at = [k for k, t in enumerate(view.tokens) if t.text == word]
    return {m.name for m in view.mentions if m.form == "anaphor"
            and any(m.start <= k < m.end for k in at)}


# The subject of the sentence before, found past what opens it: {A} is what "It"/"Its" means.
CARRIED = [
    ("To secure more ore, {A} bought a mill in Peru in 2024. It also owns a smelter in Chile.",
     1, "It"),
    ("To cut its costs, {A} closed a mine in Peru. It now buys ore from Chile.", 1, "It"),
    ("Nickel: {A} mines a fifth of the world's nickel. It has stopped selling ore abroad.",
     1, "It"),
    ("Update: {A} reported higher output of cobalt. Its shares rose in Toronto.", 1, "Its"),
    ("Perth-based {A}, which recycles magnets, says it will build a plant. Its output is a "
     "mixed rare earth oxide.", 1, "Its"),
    ("Oslo-listed {A} has opened a mill. Its first customer is a carmaker.", 1, "Its"),
    ("The parties gave no date, and {A} does not mine rare earths at all. Its main business is "
     "gold and copper.", 1, "Its"),
    ("{A} mines copper in Peru. It also owns a smelter in Chile.", 1, "It"),
    ("After the price fell, {A} closed a mine in Peru. It now buys ore from Chile.", 1, "It"),
]
# A nearer party of the same kind, or one named before what opens the sentence: {B} is meant.
NEARER = [
    ("{A} sells tin. To secure more ore, {B} bought a mill in Peru. It also owns a smelter in "
     "Chile.", 2, "It"),
    ("{A} sells tin. Nickel: {B} mines a fifth of the world's nickel. It has stopped selling "
     "ore abroad.", 2, "It"),
    ("{A} sells tin. Perth-based {B} has opened a mill. Its first customer is a carmaker.", 2,
     "Its"),
]
# The subject carried so far goes on: {A} stays, {B} is not meant.
KEPT = [
    ("{A} mines tin in Bolivia. To cut costs, the board closed a mill in Peru near a site of {B}. "
     "It also owns a mine in Chile.", 2, "It"),
    ("{A} mines tin in Bolivia. The buyers are unknown, and {B} holds a stake in {A}. Its main "
     "business is copper.", 2, "Its"),
    ("{A} mines tin in Bolivia. {A} has one aim: {B} must sell its mill. It also owns a mine in "
     "Chile.", 2, "It"),
]


def _filled(cases: list[tuple[str, int, str]]) -> list[tuple[str, int, str, str, str]]:
    return [(t.format(A=a, B=b), n, w, a, b) for t, n, w in cases for a, b in _FIRMS]


@pytest.mark.parametrize(("text", "sentence", "word", "a", "b"), _filled(CARRIED))
def test_the_carried_subject_is_the_referent(text: str, sentence: int, word: str, a: str,
                                             b: str) -> None:
    assert referents(text, sentence, word) == {a}, text


@pytest.mark.parametrize(("text", "sentence", "word", "a", "b"), _filled(NEARER))
def test_a_nearer_subject_takes_over(text: str, sentence: int, word: str, a: str,
                                     b: str) -> None:
    assert referents(text, sentence, word) == {b}, text


@pytest.mark.parametrize(("text", "sentence", "word", "a", "b"), _filled(KEPT))
def test_the_subject_so_far_goes_on(text: str, sentence: int, word: str, a: str,
                                    b: str) -> None:
    assert b not in referents(text, sentence, word), text


@pytest.mark.parametrize("text", [
    "Perth-based analysts expect higher prices. Its output is a mixed rare earth oxide.",
    "Toronto-based funds sold shares. Its first customer is a carmaker.",
])
def test_a_place_modifier_of_no_party_gives_no_country(text: str) -> None:
    assert not referents(text, 1, "Its") & {"Australia", "Canada"}, text


# Facts whose ends the later sentence reaches back to; the twin changes only the reference.
FACTS = [
    ("To secure more ore, {A} bought a mill in Peru in 2024. It also owns the Santa Rita mine "
     "in Brazil.", "LOCATED_IN", "{A}", "Brazil"),
    ("Nickel: Indonesia is the biggest miner of nickel. It has banned the export of nickel ore "
     "since January 2020.", "RESTRICTS", "Indonesia", "nickel ore"),
    ("Perth-based {A}, which recycles magnets, says it will build a plant. Its output is a "
     "mixed rare earth oxide that is sold to separators.", "PRODUCES", "{A}",
     "rare earth oxide"),
    ("{A} mines copper in Peru. The company also produces cobalt at a mine in Zambia.",
     "PRODUCES", "{A}", "cobalt"),
    ("{A} mines copper in Peru. It also produces cobalt.", "PRODUCES", "{A}", "cobalt"),
    ("Dysprosium and terbium are added to magnets. Both elements are mined in Myanmar.",
     "PRODUCES", "Myanmar", "terbium"),
    ("Dysprosium and terbium are added to magnets. The two metals are mined in Myanmar.",
     "PRODUCES", "Myanmar", "dysprosium"),
]
NO_FACTS = [
    ("To secure more ore, {B} bought a mill from {A} in 2024. It also owns the Santa Rita mine "
     "in Brazil.", "LOCATED_IN", "{A}", "Brazil"),
    ("{A} mines copper in Peru. {B} also produces cobalt at a mine in Zambia.", "PRODUCES",
     "{A}", "cobalt"),
    ("{A} mines copper in Peru. The ministry wants more cobalt produced at home.", "PRODUCES",
     "{A}", "cobalt"),
]


def _facts(cases: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    return [(t.format(A=a, B=b), rel, s.format(A=a, B=b), o.format(A=a, B=b))
            for t, rel, s, o in cases for a, b in _FIRMS[:2]]


@pytest.mark.parametrize(("text", "rel", "source", "target"), _facts(FACTS))
def test_a_fact_across_sentences(text: str, rel: str, source: str, target: str) -> None:
    assert states(text, rel, source, target), text


@pytest.mark.parametrize(("text", "rel", "source", "target"), _facts(NO_FACTS))
def test_no_fact_when_the_reference_is_elsewhere(text: str, rel: str, source: str,
                                                 target: str) -> None:
    assert not states(text, rel, source, target), text


# A bare "both" stands for the pair of materials named last; {g} and {h} are that pair.
_PAIRS = [("Dysprosium", "terbium"), ("Gallium", "germanium"), ("Tungsten", "antimony")]
BOTH = [
    ("{G} and {h} are added to magnets. Both are mined in Myanmar.", 1, "Both"),
    ("{G} and {h} are added to magnets. Both were placed under licence in April.", 1, "Both"),
    ("{G} and {h} are added to magnets. China restricted exports of both.", 1, "both"),
    ("{G} and {h} are added to magnets. Carmakers rely on China for both, analysts say.", 1,
     "both"),
]
NOT_BOTH = [
    # a nearer pair of countries, a noun after "both", a floating "both", a list of three
    ("{G} and {h} are added to magnets. Chile and Peru sell copper. Both are big miners.", 2,
     "Both"),
    ("{G} and {h} are added to magnets. Both the magnets and the motors come from China.", 1,
     "Both"),
    ("{G} and {h} are added to magnets. Orvane Metals and Tessik Mining both buy them.", 1,
     "both"),
    ("{G}, {h} and samarium are added to magnets. China restricted exports of both.", 1, "both"),
]


@pytest.mark.parametrize(("text", "sentence", "word", "pair"), [
    (t.format(G=g, h=h), n, w, (g.lower(), h)) for t, n, w in BOTH for g, h in _PAIRS])
def test_a_bare_both_is_the_last_pair_of_materials(text: str, sentence: int, word: str,
                                                   pair: tuple[str, str]) -> None:
    assert referents(text, sentence, word) == set(pair), text


@pytest.mark.parametrize(("text", "sentence", "word"), [
    (t.format(G=g, h=h), n, w) for t, n, w in NOT_BOTH for g, h in _PAIRS])
def test_both_before_a_noun_or_after_other_pairs_is_no_material(text: str, sentence: int,
                                                                word: str) -> None:
    names = referents(text, sentence, word)
    assert not names & {"dysprosium", "terbium", "gallium", "germanium", "tungsten",
                        "antimony"}, text


@pytest.mark.parametrize("text", [
    "Dysprosium and terbium are added to magnets. China restricted exports of both in April.",
    "Gallium and germanium are used in chips. China restricted exports of both in 2023.",
])
def test_a_restriction_of_both(text: str) -> None:
    first = text.split()[0].lower()
    assert states(text, "RESTRICTS", "China", first), text


# "Its"/"Their" after a sentence that opens with a product: the product's parts.
_DEVICES = [("Fibre lasers work", "Their", "fibre laser"),
            ("The fibre laser works", "Its", "fibre laser"),
            ("Traction motors work", "Their", "traction motor")]


@pytest.mark.parametrize(("text", "word", "device"), [
    (f"{d} differently. {w} active medium is a crystal doped with ytterbium.", w, n)
    for d, w, n in _DEVICES] + [
    (f"{d.rsplit(' ', 1)[0]} are common in industry. {w} cores are doped with neodymium.", w, n)
    for d, w, n in _DEVICES if w == "Their"])
def test_a_possessive_after_a_product_is_the_product(text: str, word: str, device: str) -> None:
    assert any(device in name.lower() for name in referents(text, 1, word)), text


@pytest.mark.parametrize(("text", "word", "not_meant"), [
    # a party named in the sentence before, a material (only its uses), a company
    ("Orvane Metals makes fibre lasers. Its active medium is doped with ytterbium.", "Its",
     "fibre laser"),
    ("Tungsten is very hard. Its price rose sharply in May.", "Its", "tungsten"),
    ("Fibre lasers are common. Tessik Mining sells copper. Its main mine is in Chile.", "Its",
     "fibre laser"),
])
def test_a_possessive_is_no_product_when_a_party_or_a_material_comes_first(
        text: str, word: str, not_meant: str) -> None:
    sentence = text.count(". ")
    assert not any(not_meant in name.lower() for name in referents(text, sentence, word)), text


def test_a_part_of_a_product_across_sentences() -> None:
    text = "Fibre lasers are another matter. Their gain medium is a glass fibre doped with " \
           "ytterbium."
    assert states(text, "DEPENDS_ON", "fibre laser", "ytterbium"), text


# Definite noun phrases with the head or the kind of an earlier entity, and their twins.
DEFINITE = [
    ("{A} mines copper in Peru. The company also owns a smelter in Chile.", 1, "company",
     "{A}"),
    ("{A} mines copper in Peru. The miner also owns a smelter in Chile.", 1, "miner", "{A}"),
    ("{A} mines copper in Peru. The Toronto-listed company also owns a smelter in Chile.", 1,
     "The", "{A}"),
    ("{A} mines copper in Peru. The Peruvian miner also owns a smelter in Chile.", 1, "miner",
     "{A}"),
    ("{A} and {B} signed a supply deal. Both companies mine copper in Peru.", 1, "companies",
     "{A}|{B}"),
    ("Dysprosium and terbium are added to magnets. These elements are mined in Myanmar.", 1,
     "elements", "dysprosium|terbium"),
    ("Gallium and germanium are used in chips. The two metals are refined in China.", 1,
     "metals", "gallium|germanium"),
    ("Chile and Peru signed a mining pact. The two countries mine most of the copper.", 1,
     "countries", "Chile|Peru"),
    ("Orvane Metals makes neodymium-iron-boron magnets in Texas. These magnets go into traction "
     "motors.", 1, "magnets", "NdFeB magnet"),
]
NOT_DEFINITE = [
    # a different head noun, a nearer entity of another kind, nothing of that kind named
    ("{A} mines copper in Peru. The ministry wants more copper mined at home.", 1, "ministry",
     "{A}"),
    ("Dysprosium and terbium are added to magnets. These magnets are made in Japan.", 1,
     "magnets", "dysprosium"),
    ("Chile mines copper. The two companies signed a deal in Lima.", 1, "companies", "Chile"),
    ("Orvane Metals makes neodymium-iron-boron magnets in Texas. These motors go into cars.", 1,
     "motors", "NdFeB magnet"),
]


def _definite(cases: list[tuple[str, int, str, str]]) -> list[tuple[str, int, str, set[str]]]:
    a, b = _FIRMS[0]
    return [(t.format(A=a, B=b), n, w, set(e.format(A=a, B=b).split("|")))
            for t, n, w, e in cases]


@pytest.mark.parametrize(("text", "sentence", "word", "meant"), _definite(DEFINITE))
def test_a_definite_phrase_reaches_back(text: str, sentence: int, word: str,
                                        meant: set[str]) -> None:
    assert meant <= referents(text, sentence, word), text


@pytest.mark.parametrize(("text", "sentence", "word", "meant"), _definite(NOT_DEFINITE))
def test_a_definite_phrase_of_another_head_does_not(text: str, sentence: int, word: str,
                                                    meant: set[str]) -> None:
    assert not meant & referents(text, sentence, word), text
