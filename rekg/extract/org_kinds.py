"""Agreement in kind between "the company" and the organisation it stands for (for the
coreference stage). "The company", "the firm", "the miner" ... name a business: a bank, a
university, an armed group or an international body named lately is not what they mean, so the
last business in focus is. "The group" may mean any of them ("the armed group", "the industry
group")."""

from __future__ import annotations

from rekg.extract.context import Mention
from rekg.extract.focus import Salience

_NOT_BUSINESS = frozenset({"bank", "other", "international"})
_ANY_BODY = frozenset({"group"})


def business(noun: str, referent: Mention | None, orgs: Salience) -> Mention | None:
    """``referent`` when it fits ``noun``, else the business named most lately, else none."""
    if referent is None or noun in _ANY_BODY or referent.kind not in _NOT_BUSINESS:
        return referent
    fitting = [v for v in orgs.seen.values() if v[0] == "company"
               and v[3].kind not in _NOT_BUSINESS]
    return max(fitting, key=lambda v: (v[2], v[1]))[3] if fitting else None
