"""Round 23 (addr23): an inventory of how English names deals, their parties and what one deal
carries out, each with twins that give nothing.

Parties: the company a deal's buyer buys from ("a deal to buy cobalt from Brill"), the seller
and buyer a deal "will see" trade, parties that "put pen to paper", and a list of parties in a
sentence after the deal that "started it", "signed it" or counts them "among its members";
not a country the goods come from, a refusal, a negation or a joining only possible.
Lineage: a later deal that "follows up on", "carries out", "puts into practice" or "fleshes
out" an earlier one implements it; one that replaced it or came after it does not. Names are
invented; countries are the lexicon's (scorer on, as in evaluation)."""

from __future__ import annotations

import pytest

from .fact_triples import facts_of, has_fact

_PACT = "The Arctic Minerals Pact was launched in 2021. "


@pytest.mark.parametrize(("text", "party", "deal"), [
    ("Harlow Minerals signed a deal to buy cobalt from Brill Resources.", "Brill Resources",
     "deal"),
    ("Orrin Magnetics has a five-year contract to source terbium oxide from Vantor Chemicals.",
     "Vantor Chemicals", "contract"),
    ("The deal will see Brill Resources supply cobalt to Vantor Chemicals.", "Brill Resources",
     "deal"),
    ("The deal will see Brill Resources supply cobalt to Vantor Chemicals.", "Vantor Chemicals",
     "deal"),
    ("Orrin Magnetics and Brill Resources put pen to paper on a terbium supply deal.",
     "Brill Resources", "supply deal"),
    (_PACT + "Five partners started it: Norway, Finland, Sweden, Iceland and Denmark.",
     "Iceland", "Arctic Minerals Pact"),
    (_PACT + "It now counts Norway, Finland and Sweden among its members.", "Sweden",
     "Arctic Minerals Pact"),
    (_PACT + "Norway and Finland were the first to sign it.", "Finland", "Arctic Minerals Pact"),
    (_PACT + "Norway and Finland signed it last week, while Iceland stayed out.", "Norway",
     "Arctic Minerals Pact"),
])
def test_party_phrasings(text: str, party: str, deal: str) -> None:
    assert has_fact(text, "PARTY_TO", party, deal)


@pytest.mark.parametrize(("text", "party"), [
    ("Under the deal Harlow Minerals may buy cobalt from Brill Resources.", "Brill Resources"),
    ("Harlow Minerals signed a contract and plans to buy cobalt from Brill Resources later.",
     "Brill Resources"),
    ("The deal will see prices rise as Brill Resources supplies cobalt.", "Brill Resources"),
    ("The deal will see Brill Resources lose its licence.", "Brill Resources"),
    (_PACT + "Norway and Finland refused to sign it.", "Norway"),
    (_PACT + "Norway and Finland have not signed it.", "Norway"),
    (_PACT + "Norway and Finland have not joined it.", "Finland"),
    (_PACT + "Norway and Finland may soon join it.", "Norway"),
    (_PACT + "Norway and Finland criticised it last week.", "Norway"),
    (_PACT + "Iceland declined to join, and Norway and Finland signed it.", "Iceland"),
])
def test_party_twins(text: str, party: str) -> None:
    assert not has_fact(text, "PARTY_TO", party, "*")


@pytest.mark.parametrize("verb", [
    "follows up on", "follows up", "carries out", "puts into practice", "fleshes out",
    "operationalises", "is the follow-up to", "gives effect to", "builds on",
])
def test_later_deal_implements_earlier(verb: str) -> None:
    text = f"The Madrid framework {verb} the Lisbon accord."
    assert ("IMPLEMENTS", "madrid framework", "lisbon accord") in facts_of(text)


@pytest.mark.parametrize("text", [
    "The Madrid framework was agreed to put into practice the Lisbon accord.",
    "The Madrid framework was signed to flesh out the Lisbon accord.",
])
def test_deal_made_to_implement(text: str) -> None:
    assert ("IMPLEMENTS", "madrid framework", "lisbon accord") in facts_of(text)


@pytest.mark.parametrize("text", [
    "The Madrid framework replaced the Lisbon accord.",
    "The Madrid framework was signed after the Lisbon accord.",
    "The Madrid framework follows the Lisbon accord by a decade.",
    "The Madrid framework was agreed, and critics say it fails to carry out the Lisbon accord.",
])
def test_lineage_twins(text: str) -> None:
    assert not any(rel == "IMPLEMENTS" for rel, _, _ in facts_of(text))


@pytest.mark.parametrize(("text", "refuser"), [
    ("Peru and Chile signed the lithium accord, while Bolivia declined to join.", "Bolivia"),
    ("Bolivia refused to sign the lithium accord that Peru and Chile agreed.", "Bolivia"),
    ("Bolivia opted out of the lithium accord signed by Peru and Chile.", "Bolivia"),
    ("Peru and Chile signed the lithium accord, which Bolivia refused to join.", "Bolivia"),
    ("Bolivia stayed out of the lithium accord signed by Peru and Chile.", "Bolivia"),
])
def test_refusal_leaves_the_signers(text: str, refuser: str) -> None:
    """Only the one that refused, declined or stayed out is no party; the signers are."""
    assert has_fact(text, "PARTY_TO", "Peru", "lithium accord")
    assert has_fact(text, "PARTY_TO", "Chile", "lithium accord")
    assert not has_fact(text, "PARTY_TO", refuser, "*")


@pytest.mark.parametrize("text", [
    "Lisbon has refused to sign the mining accord with the two investors.",
    "The accord, which Norway declined to join, covers cobalt.",
    "Bolivia has yet to sign the lithium accord.",
])
def test_refuser_alone_is_no_party(text: str) -> None:
    assert not any(rel == "PARTY_TO" for rel, _, _ in facts_of(text))
