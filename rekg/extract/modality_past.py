"""Part of the modality stage: a measure aimed at a country in an episode years before the
article ("after the 2010 embargo on Japan, prices collapsed") is history, not a measure that
targets the country now, unless the sentence says it continues ("in force since 2012"); so is
a supply, output, use or membership told as lasting until a year before the article."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

OLD = 8  # years before the article from which a targeting episode is taken to be over
_NEAR = 4  # words between the year and the measure or its target
_STANDING = frozenset({"sanction", "entity_listing", "import_tariff", "technology_export_ban"})
_PERIOD = 10  # words between the end of a period and the measure or what it covers
# output, supply, use and membership end with "until" a year right after them, in their clause:
# "Lynas sold oxides to Japan until 2021" ("from 2020 to 2023" dates a statistic, not an end)
_CLAIMS = frozenset({RelType.DEPENDS_ON, RelType.PRODUCES, RelType.SUPPLIES, RelType.PARTY_TO})
_AFTER = 4


def _years(view: SentenceView, published: int) -> list[int]:
    """Positions of the years in the sentence that lie OLD or more years before the article."""
    return [k for k, w in enumerate(view.words)
            if len(w) == 4 and w.isdigit() and 1950 <= int(w) <= published - OLD]


def _continues(view: SentenceView) -> bool:
    return any(word_sets()["measure_continues"].spans(view.words))


def _episodic(ctx: ArticleContext, fact: Fact) -> bool:
    """A halt of trade is an episode; sanctions, listings and tariffs stay until lifted."""
    frame = ctx.restrictions.get(fact.source.node_id)
    return frame is None or frame.kind not in _STANDING


def _of_the_episode(fact: Fact, years: list[int]) -> bool:
    start = min(fact.source.start, fact.target.start)
    end = max(fact.source.end, fact.target.end)
    return any(start - _NEAR <= k < end + _NEAR for k in years)


def _year(word: str) -> int | None:
    return int(word) if len(word) == 4 and word.isdigit() and int(word) >= 1950 else None


_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december", "spring", "summer",
                     "autumn", "fall", "winter"})
_QUALIFIERS = frozenset({"early", "late", "mid", "the", "end", "start", "beginning", "middle",
                         "of", "last"})
_TO_COME = frozenset({"will", "would", "shall", "'ll", "plan", "plans", "expect", "expects"})


def _month_end(words: list[str], k: int, published: int) -> bool:
    """"until early 2025", "until April", "until the end of March" in the article's year or
    before, in a sentence not told as to come ("will ship until April" has not ended)."""
    if not _TO_COME.isdisjoint(words):
        return False
    while k < len(words) and words[k] in _QUALIFIERS:
        k += 1
    month = k < len(words) and words[k] in _MONTHS
    k += 1 if month else 0
    year = _year(words[k]) if k < len(words) else None
    return (year is not None and year <= published and (month or words[k - 1] in _QUALIFIERS)) \
        or (month and year is None)


def _period_ends(view: SentenceView, published: int) -> list[int]:
    """Positions of the periods that ended before the article's year: "until 2015", "from
    2019 to 2023", "between 2014 and 2017"."""
    words, ends = view.words, []
    for k in range(len(words) - 1):
        end = _year(words[k + 1])
        if end is None or end >= published:
            continue
        if words[k] in ("until", "till", "through") or (
                words[k] in ("to", "and") and k >= 2 and _year(words[k - 1]) is not None
                and words[k - 2] in ("from", "between")):
            ends.append(k)
    return ends


def _period_ends_of(periods: dict[int, list[int]], view: SentenceView, published: int
                    ) -> list[int]:
    """``_period_ends`` of the sentence, worked out once for all its facts."""
    found = periods.get(view.index)
    if found is None:
        found = periods[view.index] = _period_ends(view, published)
    return found


def long_past(ctx: ArticleContext, dropped: set[int]) -> None:
    """Refuse what a measure of a long-past episode targets, what a measure of a period that
    ended before the article restricts and targets, and a claim told as lasting until then."""
    published = (ctx.doc.published or "")[:4]
    if not published.isdigit():
        return
    periods: dict[int, list[int]] = {}
    for fact in ctx.facts:
        if id(fact) in dropped:
            continue
        view = ctx.sentences[fact.sentence]
        start = min(fact.source.start, fact.target.start)
        end = max(fact.source.end, fact.target.end)
        if fact.rel in _CLAIMS:
            ends = _period_ends_of(periods, view, int(published))
            if fact.rel is not RelType.PRODUCES:  # "shipped its concentrate until April":
                ends = ends + [k for k, w in enumerate(view.words)  # still made, not sold
                               if w in ("until", "till")
                               and _month_end(view.words, k + 1, int(published))]
            if not any((end <= k <= end + _AFTER or k == 0) and view.words[k] in ("until", "till")
                       and not any(c in view.gaps[j] for j in range(end, k + 1) for c in ",;:")
                       for k in ends):
                continue
            reason = "a claim of a period that ended before the article"
        elif fact.rel not in (RelType.TARGETS, RelType.RESTRICTS):
            continue
        elif any(start - _PERIOD <= k < end + _PERIOD
                 for k in _period_ends_of(periods, view, int(published))):
            reason = "a measure of a period that ended before the article"
        elif fact.rel is RelType.TARGETS and fact.target.label is Label.COUNTRY \
                and _episodic(ctx, fact) and (years := _years(view, int(published))) \
                and _of_the_episode(fact, years) and not _continues(view):
            reason = "a measure of an episode years before the article"
        else:
            continue
        dropped.add(id(fact))
        ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence, reason, fact.origin)
