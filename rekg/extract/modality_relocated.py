"""Part of the modality stage: a company that moved its legal home, domicile or headquarters
away from a country ("In March Kestrel shifted its domicile out of Chile and to Peru", "it
moved its head office from Chile", "Kestrel, formerly based in Peru, ...") is not
located in that country any more, whatever the lexicon or another sentence says. The company
is named in the sentence, or is the one the previous sentence names when the sentence names
no other ("Last spring it relocated its headquarters from Norway to Chile")."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_AFTER = 6  # words between the end of a relocation cue and "from"


def _left(view: SentenceView) -> set[str]:
    """Node ids of the countries the sentence says a company left."""
    sets, low, found = word_sets(), view.words, set()
    for k in range(len(low)):
        if size := sets["relocation_cues"].longest_at(low, k):
            fro = next((j for j in range(k + size, min(len(low), k + size + _AFTER))
                        if low[j] == "from"), None)
            at = fro + 1 if fro is not None else None
        elif size := sets["former_seat_cues"].longest_at(low, k):
            at = k + size
        else:
            continue
        found |= {m.node_id for m in view.of(Label.COUNTRY) if m.start == at}
    return found


def relocated(ctx: ArticleContext, dropped: set[int]) -> None:
    left: dict[str, set[str]] = {}  # company node -> countries it left
    for view in ctx.sentences:
        countries = _left(view)
        if not countries:
            continue
        orgs = {m.node_id for m in view.of(Label.ORGANIZATION) if m.node_id}
        if not orgs and view.index > 0:
            orgs = {m.node_id for m in ctx.sentences[view.index - 1].of(Label.ORGANIZATION)
                    if m.node_id}
            orgs = orgs if len(orgs) == 1 else set()
        for org in orgs:
            left.setdefault(org, set()).update(countries)
    if not left:
        return
    for fact in ctx.facts:
        if fact.rel is RelType.LOCATED_IN and id(fact) not in dropped \
                and fact.target.node_id in left.get(fact.source.node_id, ()):
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "the company moved its seat away from the country", fact.origin)
