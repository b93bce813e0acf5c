"""A generated inventory of how English states agreements and supply (round 21, agree21).

Agreements: signed, struck, reached, concluded, inked, entered into, joined; a pact, accord,
deal, memorandum, framework or partnership between A and B; "A and B signed", "A signed ...
with B", "A's deal with B", "the deal, signed by A and B,"; "under the agreement, A will ship
... to B"; an agreement "under which" A supplies B; a joint venture formed or set up; what it
covers ("on", "covering", "concerning", "focuses on", "aimed at", "to secure", "to develop",
"to refine", "for"). A sum committed to buy goods from a seller is a purchase commitment of
both, and a sum put into a company an investment.

Supply: supplies, sells, ships, delivers, provides, exports to; "supplies B with"; "is the
(sole) supplier of X to B", also set off in apposition with its rank and kind described ("A,
the largest foreign supplier of refined copper to B,"); B buys, sources, imports, gets,
receives, takes X from A; "B is A's biggest customer"; "A counts B among its customers"; a
share ("40% of B's cobalt comes from A"); a deal held to supply B with goods; "with B as its
first offtaker"; A awarded or winning B's contract to supply; B's deal with A to buy or take.

Every phrasing has twins that must give nothing: a deal only sought, expected, refused,
denied or collapsed; a supply stopped, planned, denied, only possible or in talks; another
role than supplier or customer ("as its partner", "the largest buyer of ... from"); a sum only
possible or spent on things, not a company. Names of companies are invented; the goods and
countries are the lexicon's (scorer on, as in evaluation)."""

from __future__ import annotations

import pytest

from rekg.loaders.document import Document

from .fact_triples import has_fact

# (first party, second party): invented companies the name rules find by their suffix, and
# countries
_COMPANIES = [("Tarrow Minerals", "Kestrel Holdings"), ("Velmora Mining", "Brastek Industries"),
              ("Ondrel Resources", "Pellor Group")]
_COUNTRIES = [("Norway", "Chile"), ("Japan", "Peru"), ("Canada", "Vietnam")]
_GOODS = ["cobalt", "lithium", "graphite"]



def _cases(templates: list[str], pairs: list[tuple[str, str]]) -> list[tuple[str, str, str, str]]:
    return [(t.format(A=a, B=b, g=_GOODS[(n + k) % len(_GOODS)]), a, b,
             _GOODS[(n + k) % len(_GOODS)])
            for n, t in enumerate(templates) for k, (a, b) in enumerate(pairs)]


def _ids(value: object) -> str:
    return str(value)[:70]


# --- agreements: both parties and what it covers ------------------------------------------
# {A}, {B} parties, {g} goods: each sentence names an agreement of both that covers {g}
STATE_DEALS = [
    "{A} and {B} signed a {g} agreement on Monday.",
    "{A} signed a {g} agreement with {B} on Monday.",
    "{A} and {B} reached an accord on {g} and copper.",
    "{A} concluded a framework agreement with {B} on {g}.",
    "A pact between {A} and {B} covers {g} and copper.",
    "The accord between {A} and {B} is aimed at securing {g}.",
    "The memorandum of understanding between {A} and {B} concerns {g}.",
    "{A} and {B} signed a memorandum of understanding on {g}.",
    "{A} signed the framework with {B} to secure supplies of {g}.",
    "The agreement between {A} and {B}, which covers {g}, was signed in May.",
    "{A} is a party to the {g} accord with {B}.",
    "{B} and {A} signed an agreement aimed at boosting {g} output.",
    "Under the {g} agreement, {B} will ship {g} to {A}.",
]
COMPANY_DEALS = [
    "{A} and {B} struck a deal to develop a {g} mine.",
    "{A} struck a deal with {B} covering {g} supplies.",
    "{A} inked an offtake agreement with {B} for {g}.",
    "{A} entered into a supply agreement with {B} for {g}.",
    "{A}'s deal with {B} covers {g}.",
    "Under the agreement, {A} will supply 500 tonnes of {g} to {B}.",
    "The partnership between {A} and {B} focuses on {g}.",
    "The deal, signed by {A} and {B}, covers {g} and nickel.",
    "{A} signed a binding offtake agreement with {B} to buy {g}.",
    "{B} and {A} formed a joint venture to refine {g}.",
    "{A} signed a five-year contract with {B} to deliver {g}.",
    "{A} agreed in 2012 to an arrangement under which it supplies {g} to {B}.",
    "Chile asked {A} to halt a 2019 deal under which it supplies {g} to {B}.",
    "{A} and {B} announced a partnership to produce {g}.",
    "{A} signed a term sheet with {B} for a {g} refinery.",
    "{B} committed $500 million to buy {g} from {A}.",
    "{B} has committed $300 million to buy {g} produced in Ohio by {A}.",
    "{B} agreed to put a further $200 million into {A} to expand its output of {g}.",
]


@pytest.mark.parametrize(("text", "a", "b", "goods"),
                         _cases(STATE_DEALS, _COUNTRIES) + _cases(COMPANY_DEALS, _COMPANIES),
                         ids=_ids)
def test_an_agreement_has_both_parties_and_covers_its_goods(text: str, a: str, b: str,
                                                            goods: str) -> None:
    assert has_fact(text, "PARTY_TO", a, "*"), text
    assert has_fact(text, "PARTY_TO", b, "*"), text
    assert has_fact(text, "ADDRESSES", "*", goods), text


# a body joined: only the joining party is named
def test_joining_a_named_partnership_makes_a_party() -> None:
    for a, _ in _COMPANIES:
        assert has_fact(f"{a} joined the Minerals Security Partnership last year.", "PARTY_TO", a,
                    "Minerals Security Partnership")


# no deal between the two: only sought, expected, refused, denied, collapsed or criticised
NO_DEAL = [
    "{A} and {B} held talks on a {g} agreement, but no deal was reached.",
    "{A} and {B} are expected to sign a {g} agreement next year.",
    "{A} refused to sign the {g} agreement with {B}.",
    "{A} denied that it had signed a {g} agreement with {B}.",
    "{A} urged {B} to sign a {g} agreement.",
    "{A} wants a {g} deal with {B}.",
]
# a critic of a deal between others (a third party of the same kind)
CRITICS = ["{A} criticised the {g} deal between Brazil and {B}."]
COMPANY_CRITICS = ["{A} criticised the {g} deal between Orrin Lithium Corp and {B}."]


@pytest.mark.parametrize(("text", "a", "b", "goods"),
                         _cases(NO_DEAL + CRITICS, _COUNTRIES)
                         + _cases(NO_DEAL + COMPANY_CRITICS, _COMPANIES), ids=_ids)
def test_no_agreement_without_one(text: str, a: str, b: str, goods: str) -> None:
    assert not has_fact(text, "PARTY_TO", a, "*"), text


# no deal between buyer and a seller when the sum is only possible or buys nothing of theirs
NO_COMMITMENT = [
    "{B} could commit $500 million to buy {g} from {A}.",
    "{B} committed $500 million to buy {g}, analysts said of {A}.",
    "{B} put $250 million into new {g} equipment at its plant near {A}.",
    "{B} could put $250 million into {A}.",
]


@pytest.mark.parametrize(("text", "a", "b", "goods"), _cases(NO_COMMITMENT, _COMPANIES),
                         ids=_ids)
def test_no_commitment_without_a_sum_given_to_the_other(text: str, a: str, b: str,
                                                        goods: str) -> None:
    assert not has_fact(text, "PARTY_TO", a, "*"), text


# --- supply: seller to buyer, in that direction ---------------------------------------------
SUPPLY = [
    "{A} supplies {B} with {g}.",
    "{A} will supply {B} with up to 1,500 tonnes of {g} a year.",
    "{A} agreed to supply {B} with {g}.",
    "{A} has a binding agreement to supply {B} with {g}.",
    "{A} won a ten-year contract to provide {B} with {g}.",
    "{A} mines {g} in Tanzania, with {B} as its first offtaker.",
    "{A} opened a {g} plant in Ohio, with {B} as its anchor customer.",
    "{B} is the anchor customer of {A}.",
    "{B} is {A}'s biggest customer.",
    "{A} counts {B} among its customers.",
    "{B} sources {g} from {A}.",
    "{B} relies on {A} for {g}.",
    "{B} gets its {g} from {A}.",
    "About 40% of {B}'s {g} comes from {A}.",
    "{A} is the sole supplier of {g} to {B}.",
    "{A}, the sole supplier of refined {g} to {B}, raised prices.",
    "{A}, the largest foreign supplier of {g} to {B}, raised prices.",
    "{A} provides {g} to {B}.",
    "{A} will sell all its {g} to {B} under a ten-year offtake agreement.",
    "{B} has agreed to take all of {A}'s {g} output.",
    "{A} delivered its first {g} cargo to {B}.",
    "{A} began shipping {g} to {B} in March.",
    "{B} received its first {g} from {A}.",
    "{B} purchases {g} from {A} under a long-term contract.",
    "{A} is a key supplier to {B}.",
    "{B} is supplied with {g} by {A}.",
    "Under the agreement, {A} will supply 500 tonnes of {g} to {B}.",
    "{A} was awarded a {B} contract this year to supply {g}.",
    "{A}, which smelts ore in Ohio, won a {B} contract to deliver {g}.",
    "{B} signed an agreement in 2024 with {A} to take {g} recovered from scrap.",
    "{B} has a long-term contract with {A} to buy {g}.",
]
STATE_SUPPLY = [
    "{A} exports most of its {g} to {B}.",
    "{B} imports most of its {g} from {A}.",
    "{B} buys {g} from {A}.",
    "{A} is {B}'s main source of {g}.",
    "{A} accounts for 60% of {B}'s {g} imports.",
    "{A}, the main supplier of refined {g} to {B}, was spared.",
]


@pytest.mark.parametrize(("text", "a", "b", "goods"),
                         _cases(SUPPLY, _COMPANIES) + _cases(STATE_SUPPLY, _COUNTRIES),
                         ids=_ids)
def test_supply_is_read_from_seller_to_buyer(text: str, a: str, b: str, goods: str) -> None:
    assert has_fact(text, "SUPPLIES", a, b), text
    assert not has_fact(text, "SUPPLIES", b, a), text


# the plain stopped, planned, denied, possible and talked-of supplies are in test_supply20_matrix
NO_SUPPLY = [
    "{A}, the largest foreign buyer of refined {g} from {B}, raised prices.",
    "{A}, once the largest supplier of {g}, sent a delegation to {B}.",
    "{A} opened a {g} plant, with {B} as its partner.",
    "{A}, with {B} as its largest shareholder, opened a {g} plant.",
    "{A} hopes to win a contract to supply {B} with {g}.",
    "{A} has a binding agreement to supply {g}, and {B} has one with rivals.",
    "{A} lost a {B} contract to supply {g}.",
    "{B} signed an agreement with {A} to build a {g} plant.",
]


@pytest.mark.parametrize(("text", "a", "b", "goods"), _cases(NO_SUPPLY, _COMPANIES), ids=_ids)
def test_no_supply_without_one(text: str, a: str, b: str, goods: str) -> None:
    assert not has_fact(text, "SUPPLIES", a, b), text


# --- naming: the field of work after the goods an agreement is "on" -----------------------
def _agreement_aliases(text: str) -> set[str]:
    from rekg.extract.pipeline import run

    fragment = run(Document(text=text, title="Test", published="2025-06-01")).fragment
    return {alias.lower() for n in fragment.nodes.values() if n.label.value == "Agreement"
            for alias in (n.name, *n.aliases)}


FIELDS = ["cooperation", "supply chains", "processing", "investment"]


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize(("a", "b"), _COUNTRIES)
def test_the_field_after_the_goods_is_part_of_the_name(a: str, b: str, field: str) -> None:
    text = f"{a} and {b} signed a memorandum of understanding on critical minerals {field}."
    assert f"memorandum of understanding on critical minerals {field}" \
        in _agreement_aliases(text), text


@pytest.mark.parametrize(("a", "b"), _COUNTRIES)
def test_a_clause_after_the_goods_is_no_part_of_the_name(a: str, b: str) -> None:
    for tail in (", officials said", " covering exports", " signed in May"):
        text = f"{a} and {b} signed a memorandum of understanding on lithium{tail}."
        aliases = _agreement_aliases(text)
        assert "memorandum of understanding on lithium" in aliases, (text, aliases)
        assert not any(alias.startswith("memorandum of understanding on lithium ")
                       for alias in aliases), (text, aliases)
