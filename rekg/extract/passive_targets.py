"""Part of stage 5: the country or firm before a passive measure verb is its target, not its
imposer ("Lockheed Martin and Raytheon were banned"), unless the passive is in a clause the
imposer reports ("Jakarta announced that exports of bauxite will be banned")."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.passive_measures import passive
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType


def passive_subjects(ctx: ArticleContext) -> None:
    """The country or firm before a passive measure verb is its target: the IMPOSES a pattern
    or the scorer read there becomes TARGETS."""
    for f in [f for f in ctx.facts if f.rel is RelType.IMPOSES and f.source.end <= f.target.start
              and passive(ctx.sentences[f.sentence], f.target)
              and not _reported(ctx.sentences[f.sentence], f.source.end, f.target.start) and any(
                  x is f.source for x in _passive_subjects(ctx.sentences[f.sentence], f.target))]:
        ctx.facts.remove(f)
        ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                   "the subject of a passive measure verb is its target", f.origin)
    for view in ctx.sentences:
        for m in view.of(Label.RESTRICTION):
            subjects = _passive_subjects(view, m) if passive(view, m) else []
            for subject in [x for x in subjects if not _reported(view, x.end, m.start)]:
                if not any(g.rel is RelType.TARGETS and g.source is m and g.target is subject
                           for g in ctx.facts):
                    ctx.facts.append(Fact(RelType.TARGETS, m, subject, view.index,
                                          "frame:passive-subject", 0.7, view.text))


_NOT_HIT = frozenset({"from", "by", "of", "in"})  # "exports from China were banned"
_REPORT_VERBS = frozenset({"said", "say", "says", "announced", "announce", "announces",
                           "declared", "ruled", "decided", "confirmed", "stated", "ordered"})


def _reported(view: SentenceView, start: int, end: int) -> bool:
    """"Jakarta announced that exports of bauxite will be banned", "the ministry said ore
    exports are banned": the passive is in a clause the imposer reports, so the imposer is not
    its subject."""
    return any(view.words[k] in _REPORT_VERBS for k in range(start, end))


def _passive_subjects(view: SentenceView, verb: Mention) -> list[Mention]:
    """The country or firm nearest before a passive verb, with the list it stands in."""
    for x in reversed([x for x in view.mentions if x.end <= verb.start]):
        if x.label not in (Label.COUNTRY, Label.ORGANIZATION) or x.form == "place":
            continue
        if x.label is Label.COUNTRY and any(  # "US defence contractors are barred": its own buyers
                w in word_sets()["own_procurers"] for w in view.words[x.end:x.end + 3]):
            return []
        k = x.start
        while k > 0 and view.words[k - 1] in ("the", "a", "an"):
            k -= 1
        if k > 0 and view.words[k - 1] in _NOT_HIT:
            return []
        return [y for y in view.mentions if y is x or 0 <= x.group == y.group]
    return []
