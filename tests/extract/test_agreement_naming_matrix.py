"""A generated inventory of how news names a deal between two companies and refers to it
again: opening sentences (signed, entered into, struck, announced, inked, a possessive, a
passive) x kinds of deal with the words that describe them ("an exclusive long-term
partnership", "a $200 million supply contract") x later references ("the agreement", "the
deal", the same noun, "it", near or several sentences on). Each must give one agreement node, with
both companies party to it, the goods it covers, the whole noun phrase as written among its
names and a name made of its parties. Twins: a second deal between the two mentions, talks,
applications and offers, which must give no such node or fact (scorer on, as in evaluation)."""

from __future__ import annotations

import itertools

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import GraphFragment, Label, NodeBase, RelType

_PARTIES = [("Tarrow Minerals", "Kestrel Resources", "Tarrow-Kestrel"),
            ("Lynas", "Sojitz", "Lynas-Sojitz"),
            ("Iluka Resources", "Halden Metals Ltd", "Iluka-Halden"),
            ("Solvay", "Cyclic Materials", "Solvay-Cyclic")]
# (as written with its article, its noun for "the ...")
_KINDS = [("an exclusive long-term partnership", "partnership"),
          ("a binding offtake agreement", "agreement"),
          ("a $200 million supply contract", "contract"),
          ("a non-binding memorandum of understanding", "memorandum"),
          ("a five-year supply deal", "deal")]
_GOODS = ["germanium", "neodymium oxide", "dysprosium", "lithium"]

OPENINGS = [
    "{A} signed {k} with {B} on Tuesday.",
    "{A} and {B} signed {k} last month.",
    "{A} has entered into {k} with {B}.",
    "{A} said it had struck {k} with {B}.",
    "On Monday, {A} announced {k} with {B}.",
    "{A} agreed {k} with {B} in March.",
    "{A} inked {k} with {B} in May.",
    "{A} and {B} finalised {k} on Friday.",
    "{A} confirmed that it had signed {k} with {B}.",
    "In May {A} reached {k} with {B}, its biggest customer.",
    "{A}, a miner based in Perth, signed {k} with {B}.",
    "{A} signed {k} with Japanese trader {B}.",
    "{A}'s {kn} with {B} was signed in May.",
    "{Kc} between {A} and {B} was signed in May.",
    "{A} secured {k} with {B} in May.",
    "{A} and {B} have {k}.",
]
LATER = ["The agreement covers {t}.", "The deal covers {t}.", "The {h} covers {t}.",
         "The {h} runs for ten years and covers {t}.", "It covers {t}."]
BETWEEN = ["", " Shares rose 4% on the news.",
           " Shares rose 4% on the news. Analysts were upbeat. The company gave no price."]


def _cases() -> list[tuple[str, int]]:
    cases = []
    for j, (opening, later, between) in enumerate(itertools.product(OPENINGS, LATER, BETWEEN)):
        if j % 2 or (later.startswith("It") and "company" in between):
            continue  # half the product: every opening, reference and distance still comes up;
            # "it" after "The company ..." is the company
        i = j // 2
        a, b, _ = _PARTIES[i % 4]
        k, h = _KINDS[(i // 4) % 5]
        kn = k.split(" ", 1)[1]
        text = opening.format(A=a, B=b, k=k, kn=kn, Kc=k[0].upper() + k[1:]) + between + " " \
            + later.format(t=_GOODS[i % 4], h=h)
        cases.append((text, i))
    return cases


def _fragment(text: str) -> GraphFragment:
    return run(Document(text=text, title="Test", published="2025-06-01")).fragment


def _agreements(fragment: GraphFragment) -> list[NodeBase]:
    return [n for n in fragment.nodes.values() if n.label is Label.AGREEMENT]


def _facts(fragment: GraphFragment, rel: RelType) -> set[tuple[str, str]]:
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is rel}


@pytest.mark.parametrize(("text", "i"), _cases())
def test_one_deal_named_by_its_phrase_and_parties_and_found_again(text: str, i: int) -> None:
    a, b, pair = _PARTIES[i % 4]
    k, _ = _KINDS[(i // 4) % 5]
    fragment = _fragment(text)
    agreements = _agreements(fragment)
    assert len(agreements) == 1, [n.name for n in agreements]
    deal = agreements[0]
    parties = {p for p, d in _facts(fragment, RelType.PARTY_TO) if d == deal.name}
    assert {a.removesuffix(" Ltd"), b.removesuffix(" Ltd")} <= {p.removesuffix(" Ltd")
                                                                 for p in parties}
    assert any(d == deal.name and _GOODS[i % 4].split()[0] in item
               for d, item in _facts(fragment, RelType.ADDRESSES))
    names = [n.lower().lstrip("$") for n in [deal.name, *deal.aliases]]
    assert k.split(" ", 1)[1].lower().lstrip("$") in names
    assert any(n.startswith(pair.lower()) or n.startswith("-".join(reversed(pair.split("-")))
                                                          .lower()) for n in names)


def test_a_deal_named_again_by_a_party_is_the_same_deal() -> None:
    fragment = _fragment("Lynas signed a contract with the Pentagon in 2023. The Pentagon "
                         "contract covers a plant in Texas that will separate dysprosium.")
    assert len(_agreements(fragment)) == 1
    assert ("Lynas", "Pentagon contract") in _facts(fragment, RelType.PARTY_TO)


def test_a_deal_of_the_kind_made_by_others_is_not_named_by_that_party() -> None:
    fragment = _fragment("Lynas signed a contract with the Pentagon in 2023. Separately, Iluka "
                         "has a supply contract with Sojitz. The Pentagon contract covers "
                         "dysprosium.")
    assert ("Sojitz", "Pentagon contract") not in _facts(fragment, RelType.PARTY_TO)


def test_the_agreement_after_a_second_deal_is_not_the_first() -> None:
    fragment = _fragment("Tarrow Minerals signed an exclusive supply agreement with Kestrel "
                         "Resources on Tuesday. Korea and Vietnam signed a shipping pact. Shares "
                         "rose. Analysts were upbeat. The agreement covers germanium.")
    assert ("supply agreement", "germanium") not in _facts(fragment, RelType.ADDRESSES)


def test_the_phrase_of_a_deal_stops_at_a_clause() -> None:
    fragment = _fragment("The company signed supply deals with Solvay.")
    names = [a for n in _agreements(fragment) for a in [n.name, *n.aliases]]
    assert not any("company" in a or "signed" in a for a in names)


@pytest.mark.parametrize("text", [
    "Tarrow Minerals applied for a loan from Kestrel Resources to build a germanium plant.",
    "Tarrow Minerals and Kestrel Resources discussed a possible partnership on germanium.",
    "Tarrow Minerals said talks with Kestrel Resources on a supply contract had collapsed.",
    "Tarrow Minerals rejected a takeover offer from Kestrel Resources.",
    "Tarrow Minerals and Kestrel Resources are weighing a non-binding memorandum on lithium.",
    "If Tarrow Minerals and Kestrel Resources sign a supply deal, lithium prices could fall.",
    "The plant will close unless Tarrow Minerals signs a supply deal with Kestrel Resources.",
    "Tarrow Minerals said a deal with Kestrel Resources was unlikely.",
])
def test_no_deal_made_gives_no_party(text: str) -> None:
    assert not _facts(_fragment(text), RelType.PARTY_TO)


def test_plural_deals_on_a_topic_with_several_partners_are_one_deal_each() -> None:
    fragment = _fragment("KUALA LUMPUR, Oct 27 - The United States signed separate memorandums "
                         "of understanding on critical minerals with Malaysia and Thailand.")
    parties = _facts(fragment, RelType.PARTY_TO)
    assert ("United States", "US-Malaysia critical minerals memorandum") in parties
    assert ("Thailand", "US-Thailand critical minerals memorandum") in parties
    assert not any(deal == "Kuala Lumpur consensus" for _, deal in parties)


def test_a_known_deal_is_known_by_all_its_names() -> None:
    fragment = _fragment("Malaysia and the United States signed the US-Malaysia MOU on Sunday.")
    deal = next(n for n in _agreements(fragment)
                if n.name == "US-Malaysia critical minerals memorandum")
    assert "US-Malaysia critical minerals MOU" in deal.aliases


@pytest.mark.parametrize(("text", "phrase"), [
    ("The award adds to a 2021 Title III agreement with Kestrel Resources for neodymium.",
     "2021 Title III agreement"),
    ("Tarrow Minerals has a long-standing arrangement with Sojitz to sell dysprosium.",
     "long-standing arrangement"),
    ("Kestrel Resources said its 13-year-old contract with Lynas covers terbium.",
     "13-year-old contract"),
])
def test_the_phrase_of_a_deal_keeps_its_figures_and_names(text: str, phrase: str) -> None:
    names = [a for n in _agreements(_fragment(text)) for a in [n.name, *n.aliases]]
    assert phrase in names


def test_a_deal_of_the_parties_and_kind_of_a_known_one_is_that_one() -> None:
    fragment = _fragment("President Donald Trump and Prime Minister Anwar Ibrahim signed a "
                         "reciprocal trade agreement and a separate memorandum of understanding "
                         "on diversifying critical mineral supply chains.")
    parties = _facts(fragment, RelType.PARTY_TO)
    assert ("Malaysia", "US-Malaysia critical minerals memorandum") in parties
    assert ("United States", "US-Malaysia Agreement on Reciprocal Trade") in parties


def test_a_deal_of_their_parties_but_of_another_kind_is_not_the_known_one() -> None:
    fragment = _fragment("President Donald Trump and Prime Minister Anwar Ibrahim signed a "
                         "shipping contract on Sunday.")
    deals = {deal for _, deal in _facts(fragment, RelType.PARTY_TO)}
    assert not any(deal.startswith("US-Malaysia") for deal in deals)


@pytest.mark.parametrize("verb", ["approved", "agreed", "finalised", "extended"])
def test_a_loan_to_a_company_has_it_as_party(verb: str) -> None:
    fragment = _fragment(f"Export Finance Australia {verb} a A$100 million loan to Tarrow "
                         "Minerals for its germanium refinery.")
    assert any(p == "Tarrow Minerals" for p, _ in _facts(fragment, RelType.PARTY_TO))


def test_a_loan_to_build_something_names_no_party_after_it() -> None:
    fragment = _fragment("The bank approved a loan to build a plant for Tarrow Minerals.")
    assert not any(p == "Tarrow Minerals" for p, _ in _facts(fragment, RelType.PARTY_TO))


@pytest.mark.parametrize(("text", "made"), [
    ("Japan and India agreed on a joint statement on critical minerals.", True),
    ("Japan and India agreed to a roadmap on rare earths.", True),
    ("Japan and India failed to agree on a joint statement on critical minerals.", False),
    ("Japan and India are still trying to agree on a roadmap on rare earths.", False),
])
def test_a_deal_agreed_on_or_to(text: str, made: bool) -> None:
    parties = _facts(_fragment(text), RelType.PARTY_TO)
    assert (("India", "Japan-India joint statement") in parties
            or ("India", "Japan-India roadmap") in parties) is made


def test_a_described_deal_keeps_its_phrase() -> None:
    fragment = _fragment("A week later, Apple agreed to a separate $500 million purchase "
                         "commitment for recycled magnets from MP Materials.")
    names = [a for n in _agreements(fragment) for a in [n.name, *n.aliases]]
    assert "separate $500 million purchase commitment" in names


@pytest.mark.parametrize("reference", ["The Solvay-Cyclic deal", "The Solvay-Cyclic agreement",
                                       "The Cyclic deal", "This Solvay-Cyclic agreement"])
def test_the_deal_named_again_by_its_parties_is_the_deal_made(reference: str) -> None:
    fragment = _fragment("Solvay signed a supply agreement with Cyclic Materials in June. "
                         f"{reference} covers recycled rare earth oxide.")
    assert len(_agreements(fragment)) == 1


def test_a_deal_named_by_other_parties_is_another_deal() -> None:
    fragment = _fragment("Solvay signed a supply agreement with Cyclic Materials in June. "
                         "The Umicore deal covers recycled rare earth oxide.")
    assert len(_agreements(fragment)) == 2


@pytest.mark.parametrize(("text", "other"), [
    ("Arafura's offtake with Hyundai covers NdPr oxide.", "Hyundai"),
    ("Lynas said its offtake with Hyundai covers NdPr oxide.", "Hyundai"),
    ("Arafura's binding offtake with Hyundai and Kia runs for seven years.", "Kia"),
    ("Arafura's loan from Export Finance Australia will fund the Nolans plant.",
     "Export Finance Australia"),
])
def test_a_deal_held_by_one_party_with_another(text: str, other: str) -> None:
    assert any(p == other for p, _ in _facts(_fragment(text), RelType.PARTY_TO))


@pytest.mark.parametrize("text", [
    "Arafura's offtake volumes with Hyundai are small.",
    "Arafura's offtake talks with Hyundai stalled.",
    "The Netherlands will continue its dialogue with China on chip supply.",
])
def test_no_deal_held_in_a_possessive_that_names_none(text: str) -> None:
    assert not _agreements(_fragment(text))


@pytest.mark.parametrize(("text", "name"), [
    ("The European Union and Chile signed an advanced framework agreement covering lithium.",
     "framework agreement"),
    ("Lynas and Sojitz renewed their partnership agreement on dysprosium.",
     "partnership agreement"),
])
def test_two_deal_nouns_in_a_row_are_one_deal(text: str, name: str) -> None:
    fragment = _fragment(text)
    assert [n.name for n in _agreements(fragment)] == [name]
    assert len({d for _, d in _facts(fragment, RelType.PARTY_TO)}) == 1


def test_deal_nouns_apart_are_two() -> None:
    fragment = _fragment("The framework of the deal covers lithium.")
    assert len(_agreements(fragment)) == 2
