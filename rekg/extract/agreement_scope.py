"""What an agreement covers and who is party to it, read from the sentences around it.

Parties listed in a sentence about the agreement in focus ("The partners are A, B and C"), or
named as "both sides" / "the two countries" when the sentence before named the two; what the
agreement covers, whether named in the sentence ("The act names lithium ...", "a critical
minerals agreement") or a sentence or two after it ("The pact also covers ...", "It commits both
sides to ...").
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention
from rekg.extract.patterns import WordSet, word_sets
from rekg.schema import Label, RelType

_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)


_WEAK_SCOPE = frozenset({"including", "such as", "among them"})


def _in_focus(ctx: ArticleContext) -> list[tuple[Mention, int] | None]:
    """Per sentence, the agreement it speaks of and how many sentences back it was named:
    the one agreement the sentence names, else the last one named up to two sentences back."""
    focus: list[tuple[Mention, int] | None] = []
    last: tuple[Mention, int] | None = None
    for view in ctx.sentences:
        named = {m.node_id: m for m in view.of(Label.AGREEMENT)
                 if m.node_id and not m.props.get("generic")}
        if len(named) == 1:
            last = (next(iter(named.values())), view.index)
            focus.append((last[0], 0))
        elif not named and last is not None and view.index - last[1] <= 2:
            focus.append((last[0], view.index - last[1]))
        else:
            last = None if named else last
            focus.append(None)
    return focus


def _has_phrase(words: list[str], phrases: WordSet) -> bool:
    return any(tuple(words[i:i + len(p)]) == p for i in range(len(words)) if words[i] in
               phrases.firsts for p in phrases.phrases if p[0] == words[i])


def run(ctx: ArticleContext) -> None:
    """Parties listed in a sentence about the agreement in focus ("The partners are A, B and
    C"), and what it covers ("The act names ... lithium, cobalt ...") even a sentence or two
    after the agreement is named."""
    sets = word_sets()
    members, scope = sets["agreement_member_words"], sets["agreement_scope_words"]
    agree, before_list = sets["agree_verbs"], sets["agreement_with_words"]
    for view, focus in zip(ctx.sentences, _in_focus(ctx), strict=True):
        if focus is None:
            continue
        agreement, distance = focus
        words = view.words
        listed = distance <= 1 and _has_phrase(words, members)
        joined = distance == 0 and any(w in agree for w in words)
        if listed or joined:
            groups: dict[int, list[Mention]] = {}
            for m in view.of(*_PARTIES):
                if m.in_list:
                    groups.setdefault(m.group, []).append(m)
            for group in groups.values():
                first = min(m.start for m in group)
                lead = first - 1 if first > 0 and words[first - 1] != "the" else first - 2
                if len(group) < 2 or not (listed or (lead >= 0 and words[lead] in before_list)):
                    continue
                for party in group:
                    ctx.facts.append(Fact(RelType.PARTY_TO, party, agreement, view.index,
                                          "frame:agreement-members", 0.7, view.text))
        if view.of(Label.RESTRICTION):
            continue  # "the ban covers gallium" speaks of the measure
        cue = next((i for i, w in enumerate(words) if w in scope and (
            distance == 0 or w not in _WEAK_SCOPE)), None)
        if cue is None:
            cue = next((i for i in range(len(words) - 1) if (words[i], words[i + 1]) in
                        scope.phrases and (distance == 0 or
                                           " ".join(words[i:i + 2]) not in _WEAK_SCOPE)), None)
        if cue is None:
            continue
        start = agreement.start if distance == 0 else -1
        if any(start < m.start < cue for m in view.of(Label.AGREEMENT)) or (
                distance == 0 and agreement.start > cue):
            continue  # the cue speaks of another agreement, or of something before the name
        for item in view.of(Label.MATERIAL, Label.PRODUCT):
            if item.start > cue and item.form != "anaphor":
                ctx.facts.append(Fact(RelType.ADDRESSES, agreement, item, view.index,
                                      "frame:agreement-scope", 0.7, view.text))


