"""Agreement in kind between "the company" and the organisation it stands for (for the
coreference stage). "The company", "the firm", "the miner" ... name a business: a bank, a
university, an armed group or an international body named lately is not what they mean, so a
business named before it in its sentence, or else the business in focus, is. "The group" may
mean any of them ("the armed group", "the industry group")."""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.focus import Salience
from rekg.schema import Label

_NOT_BUSINESS = frozenset({"bank", "other", "international"})
_ANY_BODY = frozenset({"group"})


def business(noun: str, referent: Mention | None, orgs: Salience, view: SentenceView,
             at: int) -> Mention | None:
    """``referent`` when it fits ``noun``; else the business named last before token ``at`` in
    its own sentence, or in focus in the last sentences; else none."""
    if referent is None or noun in _ANY_BODY or referent.kind not in _NOT_BUSINESS:
        return referent
    here = [m for m in view.mentions if m.label is Label.ORGANIZATION and m.end <= at
            and m.form != "anaphor" and m.kind not in _NOT_BUSINESS and m.kind in (None, "company")]
    if here:
        return max(here, key=lambda m: m.start)
    fitting = [v for v in orgs.seen.values() if v[0] == "company" and v[3].kind in (None, "company")
               and view.index - v[2] <= orgs.WINDOW]
    return max(fitting, key=lambda v: (v[1], v[2]))[3] if fitting else None
