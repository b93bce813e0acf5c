"""After modality: a sentence that opens on its country ("In Australia, Tarrow Mining produces
antimony concentrate at Hillvale", "In Narva, Estonia, Kestrel opened a magnet factory") says
that country makes what a company of its main clause makes there. Read from the company's
surviving fact, so a plan or a denial gives the country nothing; a clause that names another
country as the site ("... makes magnets in Vietnam") keeps its own."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.schema import Label, RelType

_SITE_WORDS = frozenset({"in", "at"})
_CLAUSE_BREAKS = frozenset({";", ":", "—", "–", "--"})
_AFTER_PLACE = 4  # ", in north-eastern Estonia,": words from the place to its country


def _country_at(view: SentenceView, k: int) -> Mention | None:
    return next((m for m in view.mentions if m.start == k and m.label is Label.COUNTRY), None)


def fronted_country(view: SentenceView) -> tuple[Mention, int] | None:
    """The country of an opening "In (the) X," and the index where the main clause starts."""
    words, gaps, n = view.words, view.gaps, len(view.words)
    if n < 4 or words[0] != "in":
        return None
    country = _country_at(view, 2 if words[1] == "the" else 1)
    if country is None or country.end >= n or gaps[country.end] != ",":
        return None
    k = country.end
    if words[k] == "in" or (country.form == "place" and _country_at(view, k) is not None):
        # "In Narva, in north-eastern Estonia," / "In Narva, Estonia,": the country named next
        later = next((m for m in view.mentions if m.label is Label.COUNTRY
                      and k <= m.start <= k + _AFTER_PLACE and m.end < n
                      and gaps[m.end] == ","), None)
        if later is not None and all(gaps[i] in ("", "-") for i in range(k + 1, later.end)):
            country, k = later, later.end
    return country, k


def _other_site(view: SentenceView, country: Mention, start: int, fact: Fact) -> bool:
    """Another country names the site ("in Chile"), or the fact stands in a later clause
    (after ";", ":" or a dash)."""
    words, gaps = view.words, view.gaps
    end = max(fact.source.end, fact.target.end)
    if any(g and g in _CLAUSE_BREAKS for g in gaps[start + 1:end]):
        return True
    return any(m.label is Label.COUNTRY and m.start > start and m.node_id != country.node_id
               and words[m.start - 1] in _SITE_WORDS for m in view.mentions)


def country_output(country: Mention, fact: Fact, origin: str) -> Fact:
    """The country where ``fact``'s company makes its goods makes them too, a step less sure
    (also for the sites ``site_countries`` reads)."""
    return Fact(RelType.PRODUCES, country, fact.target, fact.sentence, origin,
                round(fact.confidence * 0.9, 3), fact.evidence)


def run(ctx: ArticleContext) -> None:
    have = {(f.source.node_id, f.target.node_id) for f in ctx.facts if f.rel is RelType.PRODUCES}
    added: list[Fact] = []
    for fact in ctx.facts:
        if fact.rel is not RelType.PRODUCES or fact.origin.startswith("scorer") \
                or fact.source.label is not Label.ORGANIZATION:
            continue
        view = ctx.sentences[fact.sentence]
        front = fronted_country(view)
        if front is None or fact.source.start < front[1]:
            continue
        country = front[0]
        if (country.node_id, fact.target.node_id) in have \
                or _other_site(view, country, front[1], fact):
            continue
        have.add((country.node_id, fact.target.node_id))
        added.append(country_output(country, fact, "frame:made-in-fronted-country"))
    ctx.facts.extend(added)
