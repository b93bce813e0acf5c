"""Part of the coreference stage: company titles and spokesmen named without their
organisation ("..., said chief executive Gary Evans") belong to the one in focus."""

from __future__ import annotations

from rekg.extract.context import SentenceView
from rekg.extract.focus import Salience, refer
from rekg.schema import Label

_COMPANY_TITLES = frozenset({"chief executive", "chief executive officer", "ceo", "chairman",
                             "chairwoman", "managing director", "founder", "chief financial "
                             "officer", "cfo", "chief operating officer", "coo",
                             "general manager", "chief technology officer", "cto"})


_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def titled_staff(view: SentenceView, orgs: Salience) -> None:
    """"..., said chief executive Gary Evans": a company title before a name, in a sentence
    that names no organisation or country, is a title at the company in focus, and a
    spokesman speaks for the ministry, agency or company named last; the title words take
    that organisation's node."""
    if any(m.label in (Label.ORGANIZATION, Label.COUNTRY) and m.form != "place"
           for m in view.mentions):
        return
    for person in view.of(Label.PERSON):
        role = str(person.props.get("role", ""))
        if "title_start" not in person.props or person.form == "anaphor" \
                or role not in _COMPANY_TITLES | _SPOKES:
            continue
        start = int(person.props["title_start"])
        owner = orgs.focus("company", view.index) if role in _COMPANY_TITLES else max(
            (m for m in (orgs.focus(k, view.index) for k in ("ministry", "agency", "company"))
             if m is not None), key=lambda m: orgs.seen[m.node_id][2], default=None)
        if owner is not None and start < person.start:
            view.mentions.append(refer(owner, view, start, person.start))
