"""Part of the agreements stage: agreement mentions no trigger or lexicon entry found, added
before naming ("a joint venture", "the venture"; a press release's capitalised short name, "the
Agreement", "the MoU", "the Action Plan")."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Mention
from rekg.schema import Label

_VENTURE_BEFORE = frozenset({"joint", "the", "this", "that", "a", "its", "their", "new"})
_NOT_VENTURE = frozenset({"capital", "capitalist", "fund", "funding", "investor", "arm"})


def ventures(ctx: ArticleContext) -> list[Mention]:
    """"a joint venture", "the venture": a lower-case venture is an agreement between its
    partners ("GM Ventures" is a company, "venture capital" money)."""
    added: list[Mention] = []
    for view in ctx.sentences:
        words, tokens = view.words, view.tokens
        taken = {k for m in view.mentions for k in range(m.start, m.end)}
        for i, word in enumerate(words):
            if word != "venture" or i == 0 or i in taken or not tokens[i].text.islower() \
                    or words[i - 1] not in _VENTURE_BEFORE \
                    or (i + 1 < len(words) and words[i + 1] in _NOT_VENTURE):
                continue
            m = Mention(Label.AGREEMENT, "", "venture", i, i + 1, tokens[i].text, "trigger",
                        kind="venture", props={"late": True})
            view.mentions.append(m)
            view.mentions.sort(key=lambda x: (x.start, -x.end))
            added.append(m)
    return added


_DEFINED = frozenset({"agreement", "framework", "memorandum", "mou", "deal", "partnership",
                      "arrangement", "accord", "initiative", "strategy", "plan", "consensus",
                      "pact", "treaty"})


def defined_terms(ctx: ArticleContext) -> list[Mention]:
    """"the Agreement", "the MoU", "the Action Plan": a press release's capitalised short name
    for the agreement it has named (a full name that goes on, "the Framework for Securing ...",
    is the lexicon's to find)."""
    added: list[Mention] = []
    named = False
    defined: dict[str, Mention] = {}  # "(MoU)" after a named agreement: what "the MoU" is
    for view in ctx.sentences:
        words, tokens = view.words, view.tokens
        taken = {k for m in view.mentions for k in range(m.start, m.end)}
        for i, word in enumerate(words):
            if word in defined and i not in taken and i > 0 and words[i - 1] in ("the", "this") \
                    and tokens[i].text[:1].isupper() and "(" not in view.gaps[i] \
                    and words[i + 1:i + 2] not in (["on"], ["for"], ["of"]):  # "the MOU on X"
                d = defined[word]
                m = Mention(Label.AGREEMENT, d.node_id, d.name, i, i + 1, tokens[i].text,
                            "anaphor", kind=d.kind, entry=d.entry, props={"late": True})
                view.mentions.append(m)
                view.mentions.sort(key=lambda x: (x.start, -x.end))
                added.append(m)
                continue
            start = i - 1 if word == "plan" and i > 0 and words[i - 1] == "action" else i
            if not named or word not in _DEFINED or i in taken or start < 1 \
                    or words[start - 1] not in ("the", "this") \
                    or not tokens[start].text[:1].isupper():
                continue
            end = i + 1
            if words[end:end + 2] == ["of", "understanding"]:
                end += 2
            if end < len(words) and not view.gaps[end].strip() \
                    and any(t.text[:1].isupper() for t in tokens[end:end + 2]):
                continue  # the start of a longer name (not across a comma: "the MoU, the EU")
            m = Mention(Label.AGREEMENT, "", view.span_text(start, end).lower(), start, end,
                        view.span_text(start, end), "trigger", kind=word, props={"late": True})
            view.mentions.append(m)
            view.mentions.sort(key=lambda x: (x.start, -x.end))
            added.append(m)
        named = named or any(m.form != "trigger" for m in view.of(Label.AGREEMENT))
        defined.update((words[m.end], m) for m in view.of(Label.AGREEMENT)
                       if m.form != "trigger" and m.end < len(words) and "(" in view.gaps[m.end]
                       and words[m.end] in _DEFINED)
    return added
