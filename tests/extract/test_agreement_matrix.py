"""A generated inventory of agreement phrasings: each template is filled with several pairs of
parties (countries, a bloc, companies), goods and deal nouns. A deal made must give who is
party to it (PARTY_TO) and what it covers (ADDRESSES); a deal only sought, proposed, expected
or in talks must give neither (scorer on, as in evaluation)."""

from __future__ import annotations

import itertools

import pytest

from .fragments import states

_PAIRS = [("Japan", "Australia", "Japan", "Australia"),
          ("the European Union", "Chile", "European Union", "Chile"),
          ("Lynas", "Sojitz", "Lynas", "Sojitz"),
          ("India", "Argentina", "India", "Argentina")]
_GOODS = [("lithium", "lithium"), ("rare earths", "rare earth"), ("graphite", "graphite")]
_DEALS = ["agreement", "deal", "memorandum of understanding", "framework"]

# {A}, {B}: the parties; {t}: the goods; {d}: the deal noun
MADE = [
    "{A} and {B} signed a {d} on {t} on Tuesday.",
    "{A} signed a {d} with {B} covering {t}.",
    "The {d}, signed by {A} and {B} in Tokyo, covers {t}.",
    "{A}'s {d} with {B} covers {t}.",
    "Under the {d} between {A} and {B}, {A} will supply {t} to {B}.",
    "{A} and {B} agreed a {d} that secures access to {t}.",
    "{A} and {B} reached a {d} on Monday. The {d}, signed in Tokyo, covers {t}.",
    "{A} and {B} reached a {d} on Monday. Under it, {A} will supply {t} to {B}.",
    "{A} and {B} held talks in Tokyo. The two sides agreed a {d} covering {t}.",
    "{A} entered into a {d} with {B} for the supply of {t}.",
    "A {d} between {A} and {B} secures supplies of {t}.",
    "{A} and {B} finalised a {d} on {t} cooperation last week.",
    "{A} and {B} hammered out a {d} on {t} in Tokyo.",
    "{A} and {B} penned a {d} on {t} on Friday.",
    "The {d} between {A} and {B}, which was signed on Friday, includes {t}.",
    "The {d} that {A} and {B} signed last year covers {t}.",
    "{A} and {B} signed a {d} in which {A} agreed to supply {t}.",
    "{A} and {B} struck a {d} covering {t}, cobalt and nickel.",
    "{A} signed a {d} with {B} on Tuesday. The {d} spans {t} and nickel.",
    "{A} and {B} have signed a {d}. It covers the mining and processing of {t}.",
    "{A} teamed up with {B} in a {d} on {t}.",
    "Officials from {A} and {B} signed the {d}, which covers {t}, in Tokyo.",
    "{A} signed a {d} with {B}, its main partner in the region, covering {t} projects.",
    "{A} is a party to the {d} with {B} on {t}.",
    "{A} and {B} renewed their {d} on {t} in May.",
    "The {d}, which {A} struck with {B} in May, covers {t}.",
    "{A}'s {d} with {B} ensures a steady supply of {t}.",
    "{A} and {B} signed a {d} in May. It commits {A} to supplying {t} to {B}.",
    "The {d} signed by {A} and {B} last month is about {t}.",
    "The {d} signed by {A} and {B} last month deals with {t}.",
    "The {d} signed by {A} and {B} last month targets {t}.",
    "The {d} signed by {A} and {B} last month extends to {t}.",
    "The {d} signed by {A} and {B} last month applies to {t}.",
    "Following talks between {A} and {B} in Tokyo, the two sides signed a {d} covering {t}.",
    "{A} and {B} signed a {d} on {t} that is expected to lift supply.",
    "{A} and {B} signed a {d} on {t}, ending years of talks.",
]

NOT_MADE = [
    "{A} and {B} held talks on {t} but did not reach a {d}.",
    "{A} and {B} proposed a {d} on {t}.",
    "{A} and {B} are negotiating a {d} on {t}.",
    "A {d} between {A} and {B} on {t} is expected next year.",
    "{A} and {B} failed to agree a {d} on {t}.",
    "{A} and {B} are in talks over a {d} covering {t}.",
    "{A} and {B} discussed a possible {d} on {t}.",
    "{A} wants a {d} with {B} on {t}.",
    "Talks between {A} and {B} on a {d} covering {t} stalled.",
    "{A} and {B} are weighing a {d} on {t}.",
    "{A} rejected a {d} with {B} on {t}.",
    "The {d} between {A} and {B} on {t} is still under negotiation.",
    "A {d} between {A} and {B} on {t} is due to be signed in June.",
]


def _filled(templates: list[str]) -> list[tuple[str, str, str, str]]:
    """Each template with four combinations of parties, goods and deal noun (turned so that
    every pair, good and noun comes up), as (text, party A, party B)."""
    combos = list(itertools.product(range(4), range(3), range(4)))
    out = []
    for n, template in enumerate(templates):
        for k in range(4):
            p, g, d = combos[(n * 7 + k * 13) % len(combos)]
            a, b, a_name, b_name = _PAIRS[(p + k) % 4]
            text = template.format(A=a, B=b, t=_GOODS[g][0], d=_DEALS[(d + k) % 4])
            out.append((text[0].upper() + text[1:], a_name, b_name, _GOODS[g][1]))
    return out


# what the deal covers, said in the sentence after the signing ({T}: the goods capitalised)
_SIGNED = "{A} and {B} signed a {d} on Monday. "
COVERS_NEXT = [
    "The {d}, which focuses on {t} and cobalt, runs for ten years.",
    "The {d} paves the way for investment in {t}.",
    "Under the {d}, Japanese firms gain access to {t}.",
    "The {d} will see {B} supply {t} to {A}.",
    "The {d} is aimed at securing supplies of {t}.",
    "The {d} is centred on {t}.",
    "The {d}, worth $2 billion, covers {t}.",
    "The {d} sets a price floor for {t}.",
    "{T} is at the heart of the {d}.",
    "{T} is central to the {d}.",
    "{T} is also part of the {d}.",
    "{T} is included in the {d}.",
    "The {d} contains commitments on {t} supply.",
    "The {d} commits both sides to develop {t} projects.",
    "The {d} also touches on {t}.",
    "{T} and cobalt are among the minerals covered by the {d}.",
    "{T} and cobalt are covered by the {d}.",
    "It focuses on {t}.",
    "The {d} spans mining, refining and recycling of {t}.",
]


@pytest.mark.parametrize(("text", "goods"), [
    ((_SIGNED + t).format(A=a, B=b, d=_DEALS[(n + k) % 4], t=g, T=g.capitalize()), key)
    for n, t in enumerate(COVERS_NEXT) for k in range(2)
    for a, b, _, _ in [_PAIRS[(n + k) % 4]] for g, key in [_GOODS[(n + 2 * k) % 3]]],
    ids=lambda v: str(v)[:50])
def test_what_a_deal_covers_in_the_next_sentence(text: str, goods: str) -> None:
    assert states(text[0].upper() + text[1:], "ADDRESSES", "*", goods)


# goods the deal leaves out, or news of the same sentence beside the deal: not what it covers
_ON_COBALT = "{A} and {B} signed a {d} on cobalt on Monday. "
NOT_COVERED = [
    "{T} was left out of the {d}.",
    "{T} is not part of the {d}.",
    "The {d} does not extend to {t}.",
    "The {d} covers cobalt but not {t}.",
    "{T} was dropped from the {d}.",
    "{T} remains outside the {d}.",
    "The {d} leaves {t} out.",
    "The {d} excludes {t}.",
    "The {d} is silent on {t}.",
    "{T} was excluded from the {d} at the last minute.",
    "{T} is not covered by the {d}.",
    "The {d} stops short of covering {t}.",
    "The {d} was signed even as {t} prices fell.",
    "The {d} came as {t} output rose in Chile.",
]


@pytest.mark.parametrize(("text", "goods"), [
    ((_ON_COBALT + t).format(A=a, B=b, d=_DEALS[(n + k) % 4], t=g, T=g.capitalize()), key)
    for n, t in enumerate(NOT_COVERED) for k in range(2)
    for a, b, _, _ in [_PAIRS[(n + k) % 4]] for g, key in [_GOODS[(n + 2 * k) % 3]]],
    ids=lambda v: str(v)[:50])
def test_goods_a_deal_leaves_out_are_not_what_it_covers(text: str, goods: str) -> None:
    assert not states(text[0].upper() + text[1:], "ADDRESSES", "*", goods)


# deals named by a noun that names one only as the object of a verb of agreeing
DESCRIBED = [
    "{A} and {B} launched a {t} initiative in July.",
    "{A} and {B} adopted a {t} action plan at the summit.",
    "{A} and {B} launched a {t} dialogue in 2023.",
    "{A} and {B} issued a joint statement on {t}.",
    "{A} and {B} agreed a {t} roadmap in May.",
]


@pytest.mark.parametrize(("text", "a", "b", "goods"), [
    (t.format(A=a, B=b, t=g), a_name, b_name, key) for n, t in enumerate(DESCRIBED)
    for a, b, a_name, b_name in _PAIRS[n % 2:n % 2 + 3:2]
    for g, key in _GOODS[n % 3:n % 3 + 1]], ids=lambda v: str(v)[:50])
def test_a_deal_named_by_what_it_is_gives_its_parties(text: str, a: str, b: str,
                                                      goods: str) -> None:
    assert states(text, "PARTY_TO", a, "*")
    assert states(text, "PARTY_TO", b, "*")
    assert states(text, "ADDRESSES", "*", goods)


# who is party, said in other ways (each sentence with its parties)
PARTIES = [
    ("The Japanese-Australian lithium pact runs to 2030.", ["Japan", "Australia"]),
    ("Japan and Australia's lithium pact runs to 2030.", ["Japan", "Australia"]),
    ("A trilateral pact among Japan, India and Australia covers lithium.",
     ["Japan", "India", "Australia"]),
    ("Japan joined India and Australia in signing the lithium pact.",
     ["Japan", "India", "Australia"]),
    ("Japan, India and Australia are signatories to the lithium pact.",
     ["Japan", "India", "Australia"]),
    ("The pact, to which Japan and Australia are parties, covers lithium.",
     ["Japan", "Australia"]),
    ("Japan and Australia formalised their lithium partnership on Monday.",
     ["Japan", "Australia"]),
    ("Japan and Australia deepened their lithium partnership with a new accord.",
     ["Japan", "Australia"]),
    ("Japan is bound by a lithium supply pact with Australia.", ["Japan", "Australia"]),
    ("The lithium pact commits Japan and Australia to joint stockpiles.", ["Japan", "Australia"]),
    ("Lynas, Sojitz and JOGMEC are partners in the Mount Weld deal.",
     ["Lynas", "Sojitz", "JOGMEC"]),
    ("The accord, negotiated by Japan and Australia over two years, covers lithium.",
     ["Japan", "Australia"]),
    ("Japan and Australia signed an MoU on lithium.", ["Japan", "Australia"]),
    ("Lynas signed an MOU with Sojitz for NdPr oxide.", ["Lynas", "Sojitz"]),
    ("Japan and Australia signed a protocol on lithium.", ["Japan", "Australia"]),
]


@pytest.mark.parametrize(("text", "parties"), PARTIES, ids=lambda v: str(v)[:50])
def test_parties_said_in_other_ways(text: str, parties: list[str]) -> None:
    assert all(states(text, "PARTY_TO", p, "*") for p in parties)


# deals between companies: {A} sells or borrows, {B} buys or lends
_FIRMS = [("Lynas", "Sojitz"), ("Arafura", "Hyundai"), ("Iluka", "Posco"),
          ("MP Materials", "General Motors"), ("Syrah Resources", "Tesla")]
_FIRM_GOODS = [("NdPr oxide", "NdPr"), ("graphite", "graphite"),
               ("rare earth magnets", "magnet"), ("dysprosium", "dysprosium")]
FIRMS_MADE = [
    "{A} signed an offtake agreement with {B} for {t}.",
    "{A} has signed a binding offtake with {B} for {t}.",
    "{B} agreed to buy {t} from {A} under a ten-year offtake deal.",
    "{A} struck a supply agreement with {B} to deliver {t} from 2026.",
    "{A} and {B} formed a joint venture to produce {t}.",
    "{A} and {B} set up a joint venture to produce {t}.",
    "{A} formed a joint venture with {B} to refine {t}.",
    "{A} won a contract from {B} to supply {t}.",
    "{B} awarded {A} a contract to supply {t}.",
    "{A} inked a memorandum of understanding with {B} on {t} supply.",
    "{A} announced an offtake agreement with {B}. Under the deal, {B} will buy {t}.",
    "{A}'s offtake agreement with {B} covers {t}.",
    "{B} signed a deal with {A} to buy {t}.",
    "{A} said on Monday it had signed a supply agreement with {B} covering {t}.",
    "{A} has agreed to supply {t} to {B} under a deal signed in March.",
    "{A} reached an agreement with {B} on the supply of {t}.",
    "{A} signed a $100 million offtake agreement with {B} for {t}.",
]
FIRMS_NOT_MADE = [
    "{A} is in talks with {B} about an offtake agreement for {t}.",
    "{A} hopes to sign an offtake agreement with {B} for {t}.",
    "{A} could sign an offtake agreement with {B} for {t} this year.",
    "{B} is weighing an offtake agreement with {A} for {t}.",
    "{B} rejected an offtake agreement with {A} for {t}.",
    "An offtake agreement between {A} and {B} for {t} is still being negotiated.",
    "{A} and {B} are considering a joint venture to produce {t}.",
    "{A} and {B} are exploring a joint venture to produce {t}.",
    "{A} denied that it had signed an offtake agreement with {B} for {t}.",
]


def _firms(templates: list[str]) -> list[tuple[str, str, str, str]]:
    out = []
    for n, template in enumerate(templates):
        for k in range(3):
            a, b = _FIRMS[(n + 2 * k) % len(_FIRMS)]
            goods, key = _FIRM_GOODS[(n + k) % len(_FIRM_GOODS)]
            out.append((template.format(A=a, B=b, t=goods), a.split()[0], b.split()[0], key))
    return out


@pytest.mark.parametrize(("text", "a", "b", "goods"), _filled(MADE) + _firms(FIRMS_MADE),
                         ids=lambda v: str(v)[:50])
def test_a_deal_made_gives_its_parties_and_cover(text: str, a: str, b: str, goods: str) -> None:
    assert states(text, "PARTY_TO", a, "*")
    assert states(text, "PARTY_TO", b, "*")
    assert states(text, "ADDRESSES", "*", goods)


@pytest.mark.parametrize(("text", "a", "b", "goods"),
                         _filled(NOT_MADE) + _firms(FIRMS_NOT_MADE), ids=lambda v: str(v)[:50])
def test_a_deal_not_made_gives_nothing(text: str, a: str, b: str, goods: str) -> None:
    assert not states(text, "PARTY_TO", "*", "*")
    assert not states(text, "ADDRESSES", "*", goods)


@pytest.mark.parametrize("verb", ["suspends", "freezes", "shelves", "postpones", "scraps"])
def test_a_measure_a_named_deal_eases_is_what_it_covers(verb: str) -> None:
    text = ("Washington and Beijing agreed a trade truce in Busan in October. "
            f"The truce {verb} the export ban on gallium.")
    assert states(text, "ADDRESSES", "truce", "export ban")


@pytest.mark.parametrize(("text", "outsider"), [
    ("China criticised the deal between Japan and Australia.", "China"),
    ("The lithium pact was welcomed by China.", "China"),
    ("Japan and Australia signed the lithium pact, which China criticised.", "China"),
    ("The pact, which Japan signed and China welcomed, covers lithium.", "China"),
    ("India was asked to join the lithium pact.", "India"),
    ("Ottawa invited Seoul to sign the graphite accord.", "South Korea"),
])
def test_who_only_reacts_or_is_asked_to_join_is_no_party(text: str, outsider: str) -> None:
    assert not states(text, "PARTY_TO", outsider, "*")


def test_who_welcomes_the_deal_it_signed_stays_a_party() -> None:
    assert states("Japan welcomed the pact it signed with Australia.", "PARTY_TO", "Japan", "*")
