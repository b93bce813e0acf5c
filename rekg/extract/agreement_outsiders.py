"""Part of the agreement_sought stage: countries and companies that a sentence names beside an
agreement without making them its parties. One asked, urged or invited to sign or join it
("Japan urged India to join the pact": neither has joined), and one that only reacts to it
("China criticised the deal between Japan and Australia", "the pact was welcomed by China")."""

from __future__ import annotations

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets


def _words(view: SentenceView, party: Mention, deal: Mention) -> list[str]:
    """The words from just before the party to the deal, or from the deal to just after the
    party, whichever comes first."""
    if party.end <= deal.start:
        return view.words[max(0, party.start - 3):deal.start]
    return view.words[deal.end:party.end + 4]


def asked_to_join(view: SentenceView, party: Mention, deal: Mention) -> bool:
    """"urged India to sign", "India was asked to join", "the pact Japan wants India to sign"."""
    sets = word_sets()
    words = _words(view, party, deal)
    joins = sets["deal_joining_verbs"]
    return any(words[k] == "to" and words[k + 1] in joins for k in range(len(words) - 1)) \
        and any(w in sets["deal_asking_verbs"] for w in words)


def only_reacts(view: SentenceView, fact: Fact, party: Mention, deal: Mention) -> bool:
    """A party whose only verb toward the deal is a reaction: "China criticised the deal",
    "the pact was welcomed by China", "the pact, which China criticised" (a scorer or pattern
    fact)."""
    if not (fact.origin.startswith("scorer:") or fact.origin.startswith("party_to.")):
        return False
    sets = word_sets()
    react, agree = sets["deal_reaction_verbs"], sets["agree_verbs"]
    words = view.words
    if party.end <= deal.start:
        between = _words(view, party, deal)
        if any(w in agree for w in words[deal.end:deal.end + 3]):
            return False  # "Japan welcomed the pact it signed"
    else:
        between = words[deal.end:party.start]
        after = words[party.end:party.end + 1]
        if after and after[0] in react and not view.gaps[party.end].strip():
            return True  # "..., which China criticised"
    return any(w in react for w in between) and not any(w in agree for w in between)
