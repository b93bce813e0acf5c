"""Sentences that leave their subject unsaid take the goods in focus: under a line that only
names a material ("Tellurium."), or after a sentence that opens with one, "Recovered mainly from
copper refining." and "Used in solar panels." speak of that material.

The unsaid subject becomes a mention of no width before the sentence's first word, so that the
relation patterns read the sentence as they read "Tellurium is recovered mainly from ...".
Only a sentence that opens with a participle of use or making (``focus_participles``), perhaps
after an adverb (``focus_adverbs``), is read so, and only when the focus is one material or
product, or one list of them, that opened the sentence before in the same paragraph or that
was the whole of a short line before.
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label

_GOODS = (Label.MATERIAL, Label.PRODUCT)
_SUBJECT_OPENERS = frozenset({"the", "it", "its", "they", "their", "these", "those", "this",
                              "such", "many", "most", "some", "all", "we", "he", "she"})
_HEADING = 4  # words at most on a line that only names the goods it introduces
_GROUP = 9000  # groups of the lists this stage copies, apart from those of earlier stages


def _opens_unsaid(view: SentenceView) -> bool:
    sets = word_sets()
    low = view.words
    at = 1 if low[:1] and low[0] in sets["focus_adverbs"] else 0
    if len(low) <= at + 2 or low[at] not in sets["focus_participles"] or any(
            view.gaps[1:at + 2]) or any(m.start <= at + 1 for m in view.mentions):
        return False  # "Used batteries contain ...": the participle qualifies a noun
    # "Made in China, the magnets ...": the participle's clause comes before a subject
    return not any(view.gaps[k] == "," and low[k] in _SUBJECT_OPENERS for k in range(at, len(low)))


def _focus(view: SentenceView, heading_only: bool) -> list[Mention]:
    """The goods ``view`` is about: all it names when it is a short line naming only goods,
    else (unless ``heading_only``) the goods or the one list of goods it opens with."""
    mentions = [m for m in view.mentions if m.form != "place"]
    if not mentions:
        return []
    first = min(mentions, key=lambda m: m.start)
    if first.label not in _GOODS or first.start > 1:
        return []
    same = [m for m in mentions if m is first or (first.group >= 0 and m.group == first.group)]
    if len(view.words) <= _HEADING:
        return same if len(same) == len(mentions) else []
    if heading_only or len({m.node_id for m in same}) != len(same):
        return []
    return same


def run(ctx: ArticleContext) -> None:
    group = _GROUP
    for k, view in enumerate(ctx.sentences):
        if k == 0 or not _opens_unsaid(view):
            continue
        before = ctx.sentences[k - 1]
        focus = _focus(before, before.paragraph != view.paragraph)
        for m in focus:
            copy = Mention(m.label, m.node_id, m.name, 0, 0, "", "anaphor", kind=m.kind,
                           entry=m.entry, props={**m.props, "unsaid": True})
            if len(focus) > 1:
                copy.group = group
            view.mentions.append(copy)
        group += 1
