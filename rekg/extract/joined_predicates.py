"""A second predicate of output joined by "and" to the first speaks of the first one's subject:
"Kazakhstan produces 40% of the world's uranium, through Kazatomprom, and is a significant
producer of chromium", "Harlow Graphite mines graphite in Tanzania and turns it into anode
material in Ohio", "Lynas is the largest producer outside China and this year produced the
first terbium". For the unsaid subjects stage (``focus_subject.py``): a mention of no width of
the subject stands before the second verb, so the relation patterns read the predicate as they
read it with its subject said.

The subject is the country or company, alone and not a possessor, that opens the sentence. The
second predicate opens, after "and" and perhaps a filler word or "this year", with a verb of
output or sale (``joined_output_verbs``, ``joined_sale_verbs``: "and supplies customers in
Japan", not "and supplies of cobalt") in a form with "-s" or "-ed" ("made", "sold"), or with a
copula (``joined_copulas``) that a producer noun follows within a few words. A relative or
subordinate clause or reported speech before the "and" (``joined_stops``) has a subject of its
own, so none is read there; nor in a sentence whose subject a list of companies is.
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Mention, SentenceView
from rekg.extract.focus import covered
from rekg.extract.patterns import word_sets
from rekg.schema import Label

_PRODUCERS = (Label.COUNTRY, Label.ORGANIZATION)
_NOUN_REACH = 5  # words after a copula within which its producer noun stands
_TIMES = frozenset({"this", "last", "that", "next", "year", "month", "quarter"})
_LEADS = 3  # filler or time words at most between "and" and the verb


def _subject(view: SentenceView) -> Mention | None:
    mentions = [m for m in view.mentions if m.form != "place" and m.end > m.start]
    first = min(mentions, key=lambda m: m.start, default=None)
    if first is None or first.start != 0 or first.label not in _PRODUCERS or first.group >= 0 \
            or first.end >= len(view.words) or view.words[first.end] in ("'s", "and", "or"):
        return None
    return first


def _opens_output(view: SentenceView, at: int) -> bool:
    sets = word_sets()
    low = view.words
    word, text = low[at], view.tokens[at].text.lower()
    if word in sets["joined_output_verbs"] or (
            word in sets["joined_sale_verbs"] and low[at + 1] != "of"):
        return text.endswith(("s", "ed")) or text in ("made", "sold")
    if word in sets["joined_copulas"]:
        nouns = sets["producer_nouns"]
        return any(low[j] in nouns for j in range(at + 1, min(at + 1 + _NOUN_REACH, len(low))))
    return False


def _second_verb(view: SentenceView, subject: Mention) -> int:
    """Where the second predicate's verb stands, or -1."""
    sets = word_sets()
    stops, filler = sets["joined_stops"], sets["filler"]
    low = view.words
    for k in range(subject.end, len(low) - 2):
        if low[k] in stops:
            return -1
        if low[k] != "and" or covered(view, k):
            continue
        at = k + 1
        while at < len(low) - 1 and at - k <= _LEADS and view.gaps[at] != "," \
                and (low[at] in filler or low[at] in _TIMES) and low[at] not in ("a", "the"):
            at += 1
        if not covered(view, at) and not view.gaps[at] and _opens_output(view, at):
            return at
    return -1


def run(ctx: ArticleContext) -> None:
    for view in ctx.sentences:
        subject = _subject(view)
        if subject is None:
            continue
        at = _second_verb(view, subject)
        if at > 0:
            view.mentions.append(Mention(
                subject.label, subject.node_id, subject.name, at, at, "", "anaphor",
                kind=subject.kind, entry=subject.entry,
                props={**subject.props, "unsaid": True}))
