"""Part of the agreements stage: "the reserve", "the strategy" after the article has named the
"Critical Minerals Strategic Reserve" or the "UK Critical Minerals Strategy" is that agreement,
named again by the last word of its name."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Mention
from rekg.extract.patterns import word_sets
from rekg.schema import Label

_DEFINITE = frozenset({"the", "this"})


def run(ctx: ArticleContext) -> list[Mention]:
    """Add the head-noun mentions; return them, so their pattern facts can be read."""
    triggers = word_sets()["agreement_nouns"]
    named: dict[str, Mention] = {}  # head word -> the last named agreement with that head
    added: list[Mention] = []
    for view in ctx.sentences:
        words, tokens = view.words, view.tokens
        taken = {k for m in view.mentions for k in range(m.start, m.end)}
        for i in range(1, len(words)):
            last = named.get(words[i])
            if last is None or i in taken or words[i - 1] not in _DEFINITE \
                    or not tokens[i].text.islower() or words[i] in triggers \
                    or i + 1 in taken or (i + 1 < len(words) and words[i + 1] in ("of", "'s")):
                continue  # "the reserve of lithium", "the trade agreement" name no agreement
            m = Mention(Label.AGREEMENT, last.node_id, last.name, i, i + 1, tokens[i].text,
                        "trigger", kind=words[i], entry=last.entry, props={"late": True})
            view.mentions.append(m)
            added.append(m)
        view.mentions.sort(key=lambda x: (x.start, -x.end))
        for m in view.of(Label.AGREEMENT):
            if m.form != "trigger" and m.node_id and m.end - m.start >= 2 \
                    and not m.props.get("generic"):
                named[words[m.end - 1]] = m
    return added
