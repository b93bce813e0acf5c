"""Part of the modality stage: what a country or company imports or gets from others, named
as "its" goods ("The US imports almost all of its gallium", "relies on China for most of its
rare earths"), is not what it produces: neither the "its" nor the subject of the verb of
getting ("Japan relied on China for 90% of its rare earths") is the goods' producer (a
country that qualifies makers, "Chinese refiners relied on ... their feed", may be). Not a
cue: the sentence still speaks of the goods, so it keeps its cross-sentence pairs."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_REACH = 8  # words from the verb of getting to the "its" that names the producer
_OWN = frozenset({"its", "their"})
_BREAKS = (",", ";", ":", "—")
# "buys ore from Myanmar and refines its own oxides": another verb of its own
_CLAUSES = frozenset({"and", "but", "while", "which", "that", "then", "to"})
_SUBJECT_GAP = 3  # words from the subject to its verb of getting: "Japan has long relied"
_OWN_GAP = 3  # words from "its" to the goods: "its own refined gallium"
_AGENTS = frozenset({Label.COUNTRY, Label.ORGANIZATION})
_OBJECT_LEADS = frozenset({"on", "upon", "from", "of", "for", "to", "with", "by", "than"})


def _getting_verb(view: SentenceView, at: int, lo: int) -> int | None:
    """The verb of getting from ``lo`` up to the "its" at ``at``, in the same clause."""
    getting = word_sets()["sourcing_verbs"].phrases
    for k in range(max(lo, at - _REACH), at):
        if (view.words[k],) in getting and not any(
                c in view.gaps[j] for j in range(k + 1, at + 1) for c in _BREAKS) \
                and _CLAUSES.isdisjoint(view.words[k + 1:at]):
            return k
    return None


def _own_before(view: SentenceView, good: Mention) -> int | None:
    """The "its" or "their" just before ``good`` ("most of its rare earths")."""
    for at in range(good.start - 1, max(-1, good.start - 1 - _OWN_GAP), -1):
        if view.words[at] in _OWN:
            return at
        if any(m.start <= at < m.end for m in view.mentions):
            return None
    return None


def _subject_gets(view: SentenceView, fact: Fact) -> int | None:
    """The producer is the subject of a verb of getting whose "its" goods are the target."""
    producer, good = fact.source, fact.target
    words = view.words
    if _OWN.isdisjoint(words[max(0, good.start - _OWN_GAP):good.start]):
        return None  # no "its" before the goods (a slice: safe whatever sentence they are of)
    if not (any(m is producer for m in view.mentions) and any(m is good for m in view.mentions)):
        return None  # a cross-sentence pair: its ends are not all of this sentence
    if producer.label not in _AGENTS or producer.end > good.start or (
            producer.end < len(words) and words[producer.end] in word_sets()["producer_heads"]):
        return None  # "Chinese refiners relied on Myanmar for their feed": makers still
    if producer.start > 0 and words[producer.start - 1] in _OBJECT_LEADS:
        return None  # "relied on Chinese imports for its magnets": no subject
    at = _own_before(view, good)
    if at is None or at < producer.end:
        return None
    k = _getting_verb(view, at, producer.end)
    if k is None or k - producer.end > _SUBJECT_GAP or any(
            m.start >= producer.end and m.end <= k for m in view.mentions) \
            or any(c in view.gaps[j] for j in range(producer.end, k + 1) for c in _BREAKS):
        return None
    return k


def sourced_elsewhere(ctx: ArticleContext, dropped: set[int]) -> None:
    for fact in ctx.facts:
        producer = fact.source
        if fact.rel is not RelType.PRODUCES or id(fact) in dropped:
            continue
        view = ctx.sentences[fact.sentence]
        k: int | None = None
        if producer.form == "anaphor" and producer.end - producer.start == 1:
            at = producer.start
            if view.words[at] in _OWN and fact.target.start >= at:
                k = _getting_verb(view, at, 0)
        if k is None:
            k = _subject_gets(view, fact)
        if k is not None:
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       f"what it gets from others: '{view.words[k]}'", fact.origin)
