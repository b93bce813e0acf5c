"""The subject a sentence hands on to an "It" or "Its" that opens a later sentence (for the
coreference stage).

English keeps the subject of a sentence as the topic of the next one: "Orvane bought Kestrel
Mining in 2024. It also owns a mill in Chile." The coreference stage carries the subject of
each sentence forward; this module finds it where the plain reading (a party opening the
sentence or its main clause, see ``fronted_subjects``) does not:

* after a fronted purpose clause: "To secure more ore, Orvane bought ... . It also owns ...";
* after a heading that ends in a colon: "Tin: Veltria mines a third of it. It has banned ...";
* behind a place modifier: "Perth-based Orvane, which ..., said ... . Its output is ...";
* in the last coordinated clause, when no party opens the sentence and the party in focus is
  not named in it: "The parties gave no date, and Orvane mines no tin. Its business is gold."

Anything else keeps the subject carried so far.
"""

from __future__ import annotations

from rekg.extract import fronted_subjects as fronted
from rekg.extract.context import Mention, SentenceView
from rekg.schema import Label

_PURPOSE_REACH = 12  # words at most in a fronted "To ..." clause
_HEADING_REACH = 3  # words at most in a heading before its colon
# A comma before these goes on inside the fronted clause: "To build, and then run, ...".
_GOES_ON = frozenset({"and", "or", "but", "which", "who", "whose", "including", "then", "such",
                      "as", "not"})


def _after_opening(view: SentenceView) -> int:
    """Where the sentence's subject starts after a fronted "To ..." clause or a short heading
    ending in a colon, else -1."""
    low, gaps = view.words, view.gaps
    if low and low[0] == "to" and len(low) > 2 and view.tokens[0].text == "To":
        for k in range(2, min(len(low), _PURPOSE_REACH + 1)):
            if "," in gaps[k] and low[k] not in _GOES_ON:
                return k
            if any(p in gaps[k] for p in (";", ":", "(", '"')):
                return -1
        return -1
    for k in range(1, min(len(low), _HEADING_REACH + 1)):
        if ":" in gaps[k]:
            return k if not any(m.label in (Label.ORGANIZATION, Label.COUNTRY)
                                and m.start < k for m in view.mentions) else -1
        if gaps[k] not in ("", "-"):
            return -1
    return -1


def _modified_party(view: SentenceView) -> Mention | None:
    """"Perth-based Orvane", "Oslo-listed Kestrel Mining": the party behind a hyphenated place
    modifier that opens the sentence."""
    gaps = view.gaps
    place = next((m for m in view.mentions if m.start == 0 and m.form in ("place", "capital")),
                 None)
    if place is None or place.end + 1 >= len(gaps) or gaps[place.end] != "-":
        return None
    return next((m for m in view.mentions if m.start == place.end + 1 and m.label in (
        Label.ORGANIZATION, Label.COUNTRY) and m.form not in ("place", "demonym")), None)


def carried_subject(view: SentenceView, current: Mention | None) -> Mention | None:
    """The subject ``view`` hands on to the pronouns of the next sentences (``current`` when
    it names none)."""
    found = _modified_party(view) or fronted.clause_subject(view, None)
    if found is not None:
        return found
    main = fronted.main_start(view)
    if main >= 0:  # a fronted clause or phrase: only its main clause may give the subject
        return current
    opening = _after_opening(view)
    if opening >= 0:
        return fronted.party_at(view, opening) or current
    if current is None or all(m.node_id != current.node_id for m in view.mentions):
        found = _last_clause(view)  # the topic so far goes on while the sentence names it
    return found or current


def _last_clause(view: SentenceView) -> Mention | None:
    """"The parties gave no date, and Orvane does not mine tin at all": when no party opens
    the sentence (and it does not name the party in focus), the party that opens its last
    coordinated clause (after ", and", ", but" or a semicolon)."""
    low, gaps = view.words, view.gaps
    for k in range(len(low) - 2, 1, -1):
        opens = ";" in gaps[k] or ("," in gaps[k - 1] and low[k - 1] in ("and", "but")
                                    and not gaps[k])
        if opens:
            party = fronted.party_at(view, k)
            return party if party is not None and party.label in (
                Label.ORGANIZATION, Label.COUNTRY) else None
    return None
