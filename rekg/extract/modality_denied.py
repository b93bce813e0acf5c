"""Part of the modality stage: a measure the next sentence says does not exist ("Reports said
Beijing had halted magnet shipments to India. The ministry said no such ban existed.")
restricts and targets nothing; a report the next sentence denies asserts nothing."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

# a denial that names its own item or country speaks of another measure: "no ban on cobalt"
_QUALIFIERS = frozenset({"on", "of", "for", "against", "to", "covering"})
_REPORTED = frozenset({RelType.RESTRICTS, RelType.TARGETS, RelType.SUPPLIES, RelType.PRODUCES})


def _denies(view: SentenceView) -> bool:
    words = view.words
    return any(end >= len(words) or words[end] not in _QUALIFIERS
               for _, end in word_sets()["measure_denied"].spans(words))


def _denies_report(ctx: ArticleContext, view: SentenceView) -> bool:
    """"Reuters reported that ... . The ministry denied the report.\""""
    sets = word_sets()
    return view.index > 0 and any(sets["report_denied"].spans(view.words)) \
        and any(sets["report_words"].spans(ctx.sentences[view.index - 1].words))


def denied_next(ctx: ArticleContext, dropped: set[int]) -> None:
    denied = {v.index - 1 for v in ctx.sentences if v.index > 0 and _denies(v)}
    reports = {v.index - 1 for v in ctx.sentences if _denies_report(ctx, v)}
    if not denied and not reports:
        return
    for fact in ctx.facts:
        if id(fact) in dropped:
            continue
        if fact.sentence in denied and fact.rel in (RelType.RESTRICTS, RelType.TARGETS) \
                and fact.source.label is Label.RESTRICTION:
            reason = "the next sentence denies such a measure exists"
        elif fact.sentence in reports and fact.rel in _REPORTED:
            reason = "the next sentence denies the report"
        else:
            continue
        dropped.add(id(fact))
        ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence, reason, fact.origin)
