"""Part of the agreements stage: two agreement nouns in a row name one agreement. "an
advanced framework agreement", "their partnership agreement": the first noun is a word of the
second's kind, not an agreement of its own, and its facts are the second's."""

from __future__ import annotations

from itertools import pairwise

from rekg.extract.context import ArticleContext, Mention
from rekg.schema import Label


def absorb(ctx: ArticleContext) -> list[tuple[Mention, Mention]]:
    """Mark each first noun of such a pair; return the pairs, to be joined once named."""
    pairs: list[tuple[Mention, Mention]] = []
    for view in ctx.sentences:
        nouns = [m for m in view.of(Label.AGREEMENT) if m.form == "trigger"
                 and not m.props.get("absorbed")]
        for first, second in pairwise(nouns):
            if second.start == first.end and not view.gaps[second.start].strip() \
                    and view.tokens[first.start].text.islower():
                first.props["absorbed"] = True
                pairs.append((first, second))
    return pairs


def join(pairs: list[tuple[Mention, Mention]], ctx: ArticleContext | None = None) -> None:
    """The first noun's facts go to the agreement the pair names (from the back, so that in
    "framework partnership agreement" the middle noun has its node before the first takes it).
    The "understanding" of "a memorandum of understanding signed with Kestrel" is that
    memorandum too: a pattern that read it as the agreement gives its facts to the memorandum."""
    for first, second in reversed(pairs):
        first.node_id, first.name, first.entry = second.node_id, second.name, second.entry
        if second.props.get("generic"):
            first.props["generic"] = True
    if ctx is None:
        return
    inners: dict[int, Mention] = {}  # id of the absorbed "understanding" -> its memorandum
    for view in ctx.sentences:
        for memo in view.of(Label.AGREEMENT):
            if view.words[memo.end:memo.end + 2] == ["of", "understanding"] and memo.node_id:
                inners.update((id(inner), memo) for inner in view.of(Label.AGREEMENT)
                              if inner.start == memo.end + 1 and inner.props.get("absorbed")
                              and not inner.node_id)
    for fact in ctx.facts if inners else ():
        fact.source = inners.get(id(fact.source), fact.source)
        fact.target = inners.get(id(fact.target), fact.target)


__all__ = ["absorb", "join"]
