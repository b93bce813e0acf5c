"""Part of the modality stage: a measure aimed at a country in an episode years before the
article ("after the 2010 embargo on Japan, prices collapsed") is history, not a measure that
targets the country now, unless the sentence says it continues ("in force since 2012")."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

OLD = 8  # years before the article from which a targeting episode is taken to be over
_NEAR = 4  # words between the year and the measure or its target


def _years(view: SentenceView, published: int) -> list[int]:
    """Positions of the years in the sentence that lie OLD or more years before the article."""
    return [k for k, w in enumerate(view.words)
            if len(w) == 4 and w.isdigit() and 1950 <= int(w) <= published - OLD]


def _continues(view: SentenceView) -> bool:
    phrases = word_sets()["measure_continues"].phrases
    words = view.words
    return any(tuple(words[k:k + len(p)]) == p for k in range(len(words)) for p in phrases)


def _of_the_episode(fact: Fact, years: list[int]) -> bool:
    start = min(fact.source.start, fact.target.start)
    end = max(fact.source.end, fact.target.end)
    return any(start - _NEAR <= k < end + _NEAR for k in years)


def long_past(ctx: ArticleContext, dropped: set[int]) -> None:
    """Refuse what a measure of a long-past episode targets."""
    published = (ctx.doc.published or "")[:4]
    if not published.isdigit():
        return
    for fact in ctx.facts:
        if fact.rel is not RelType.TARGETS or fact.target.label is not Label.COUNTRY \
                or id(fact) in dropped:
            continue
        view = ctx.sentences[fact.sentence]
        years = _years(view, int(published))
        if years and _of_the_episode(fact, years) and not _continues(view):
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "a measure of an episode years before the article", fact.origin)
