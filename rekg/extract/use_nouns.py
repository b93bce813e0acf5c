"""Uses named as nouns: "terbium has two main uses: phosphors and magnets", "gallium has many
applications, including LEDs", "the main uses of germanium: fibre optics and lenses". The goods
listed after the noun (or after its "of" phrase) depend on the material; the need verb "use"
read the other way ("terbium ... uses phosphors") is refused."""

from __future__ import annotations

from rekg.extract import gapped_quantities
from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_GOODS = (Label.MATERIAL, Label.PRODUCT)
_LEADS = 4  # words from "has" to the noun: "has a wide range of uses"


def _members(view: SentenceView, m: Mention | None) -> list[Mention]:
    """``m`` with the goods of its list: "terbium and dysprosium have ..." are both subjects."""
    if m is None:
        return []
    return [m] if m.group < 0 else [o for o in view.mentions
                                    if o.group == m.group and o.label in _GOODS]


def _subject(view: SentenceView, noun: int) -> Mention | None:
    sets = word_sets()
    words, leads = view.words, sets["filler"] | sets["use_noun_leads"]
    k = noun - 1
    while k >= max(noun - 1 - _LEADS, 0) and words[k] in leads:
        k -= 1
    if k < 1 or words[k] not in ("has", "have", "had"):
        return None
    while k >= 1 and words[k - 1] in sets["filler"]:
        k -= 1
    return next((m for m in view.mentions if m.end == k and m.label in _GOODS), None)


def _of_phrase(view: SentenceView, noun: int) -> Mention | None:
    """"uses of germanium": the goods named right after the noun's "of"."""
    if noun + 2 >= len(view.words) or view.words[noun + 1] != "of":
        return None
    return next((m for m in view.mentions if m.start == noun + 2 and m.label in _GOODS), None)


def _listed(view: SentenceView, noun: int) -> list[Mention]:
    words, at = view.words, noun + 1
    if at >= len(words):
        return []
    if ":" not in view.gaps[at]:
        link = word_sets()["use_noun_links"].longest_at(words, at)
        if not link:
            return []
        at += link
    while at < len(words) and words[at] in word_sets()["filler"]:
        at += 1
    return _members(view, next((m for m in view.mentions if m.start == at and m.label in _GOODS),
                               None))


def run(ctx: ArticleContext) -> None:
    nouns = word_sets()["use_nouns"]
    for view in ctx.sentences:
        for k in (k for k, w in enumerate(view.words) if w in nouns):
            subjects, end = [m for m in _members(view, _subject(view, k)) if m.end < k], k
            # "uses of terbium: magnets and phosphors" may list the uses with the subject
            if not subjects and (of := _of_phrase(view, k)) is not None:
                subjects, end = [of], of.end - 1
            own = {m.node_id for m in subjects}
            listed = [m for m in _listed(view, end) if m.node_id not in own]
            for subject in subjects:
                for used in listed:
                    _refuse_reverse(ctx, view, subject, used)
                    ctx.facts.append(Fact(RelType.DEPENDS_ON, used, subject, view.index,
                                          "use_nouns.has-uses", 0.8, view.text))
            _refuse_between(ctx, view, {m.node_id for m in listed})
    gapped_quantities.run(ctx)


def _refuse_reverse(ctx: ArticleContext, view: SentenceView, subject: Mention,
                    used: Mention) -> None:
    for fact in [f for f in ctx.facts if f.rel is RelType.DEPENDS_ON
                 and f.sentence == view.index and f.source.node_id == subject.node_id
                 and f.target.node_id == used.node_id]:
        ctx.facts.remove(fact)
        ctx.refuse(fact.rel.value, fact.source, fact.target, view.index,
                   "the goods listed are the subject's uses, not its inputs", fact.origin)


def _refuse_between(ctx: ArticleContext, view: SentenceView, uses: set[str]) -> None:
    """Two uses of one material listed side by side need nothing of each other."""
    for fact in [f for f in ctx.facts if f.rel is RelType.DEPENDS_ON and f.sentence == view.index
                 and f.origin.startswith("scorer") and f.source.node_id in uses
                 and f.target.node_id in uses]:
        ctx.facts.remove(fact)
        ctx.refuse(fact.rel.value, fact.source, fact.target, view.index,
                   "two uses of one input need nothing of each other", fact.origin)
