"""Descriptions of a company that open a sentence, for the coreference stage: "Its Malaysian
plant", "The Toronto-listed company", "The Hanoi-based company", "The Belgian chemicals
group", "The Narva factory". The phrase stands for the company in focus, unless it names the
company's country or seat ("Belgian", "Hanoi-based") and the lexicon seats the company in focus
elsewhere or nowhere: then it is the company of the last sentences the lexicon seats there, else
the one in focus if the lexicon seats it nowhere, else none. A site's place word says where the
site is ("Its Malaysian plant"), not where its company is seated.
"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.focus import Salience, refer
from rekg.schema import Label

_SITE_NOUNS = frozenset({"plant", "mill", "refinery", "facility", "factory", "smelter", "mine",
                         "project", "operation", "complex"})
# Nouns of the company itself, whose seat word is where it is seated ("The Belgian group"); a
# site's is where the site is ("Its Malaysian plant").
_FIRM_NOUNS = frozenset({"company", "miner", "group", "firm", "producer", "manufacturer",
                         "refiner", "enterprise"})
OWNED = _SITE_NOUNS | _FIRM_NOUNS
SEATS = ("place", "demonym", "capital")  # forms of a country mention that name a seat


def _seat(m: Mention) -> str | None:
    """The ISO code of the country the lexicon seats an organisation in, if it does."""
    return m.entry.country if m.entry is not None else None


def _country_code(m: Mention) -> str | None:
    if m.entry is None:
        return None
    code = m.entry.properties.get("iso2")
    return str(code) if code else None


def seated_owner(view: SentenceView, start: int, end: int, owner: Mention | None,
                 orgs: Salience, kind: str = "company") -> Mention | None:
    """``owner``, or the company seated in the country a seat word between ``start`` and
    ``end`` names when the lexicon seats ``owner`` in another country."""
    codes = {_country_code(m) for m in view.mentions if m.label is Label.COUNTRY
             and m.form in SEATS and start <= m.start and m.end <= end} - {None}
    if owner is None or not codes or _seat(owner) in codes:
        return owner
    near = [v for v in orgs.seen.values() if v[0] == kind and view.index - v[2] <= orgs.WINDOW
            and _seat(v[3]) in codes]
    if near:  # one seated there is likelier than one the lexicon does not seat
        return max(near, key=lambda v: (v[1], v[2]))[3]
    return owner if _seat(owner) is None else None


def owned_subject(view: SentenceView, orgs: Salience) -> Mention | None:
    """A sentence that opens with "Its Malaysian plant", "The Toronto-listed company" or "The
    Narva factory" speaks of the company in focus: the phrase takes its node. The words
    between the determiner and the noun are modifiers only (no comma, no other mention but a
    seat), and the noun is singular; a bare "The company" is read by the main loop."""
    low, tokens = view.words, view.tokens
    if len(low) < 3 or low[0] not in ("its", "the", "this"):
        return None
    for k in range(1, min(len(low), 5)):
        if view.gaps[k] not in ("", "-"):
            return None
        if any(m.start <= k < m.end and m.form not in SEATS for m in view.mentions):
            return None
        if low[k] in OWNED and tokens[k].text.lower() == low[k]:
            if k == 1 and low[0] != "its":
                return None
            owner = orgs.focus("company", view.index)
            if low[k] in _FIRM_NOUNS:
                owner = seated_owner(view, 0, k, owner, orgs)
            if owner is None:
                return None
            return refer(owner, view, 0, k + 1)
        if not tokens[k].text[:1].isalpha():
            return None
    return None
