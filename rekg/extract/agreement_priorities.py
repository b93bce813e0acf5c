"""Part of the agreements stage: goods named as the priorities of the agreement in focus.

"The pact covers joint research. Officials said tin, nickel and helium were the priorities":
goods that are the subject of "is/are/were [the main] priority|focus" in a sentence about the
agreement in focus (named in it, or up to two sentences back) are what it ADDRESSES; not when
a party earlier in the clause claims the priority ("Chile said lithium remains the priority"),
nor after a deal the earlier sentence says was not made. A sentence about a restriction is
left to the restriction; the facts pass modality after this stage ("were not the
priorities").
"""

from __future__ import annotations

from functools import cache

from rekg.extract.agreement_scope import in_focus
from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.modality import cue_rules, find_cues
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_GOODS = (Label.MATERIAL, Label.PRODUCT)
_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)
_BE = frozenset({"is", "are", "was", "were", "remain", "remains", "remained"})


def _priority_subjects(view: SentenceView) -> list[Mention]:
    """Goods right before "are the priorities" ("tin, nickel and helium were the top
    priorities"), with every good of their list."""
    words = view.words
    nouns = word_sets()["agreement_priority_nouns"].singles
    leads = word_sets()["agreement_priority_leads"].singles
    found: list[Mention] = []
    for m in view.of(*_GOODS):
        k = m.end
        if k >= len(words) or words[k] not in _BE or view.gaps[k].strip():
            continue
        j = k + 1
        while j < len(words) and words[j] in leads and not view.gaps[j].strip():
            j += 1
        if j < len(words) and words[j] in nouns and not view.gaps[j].strip() and (
                j + 1 >= len(words) or view.gaps[j + 1].strip() or words[j + 1] != "of"):
            found.extend(x for x in view.of(*_GOODS) if x is m or (
                m.in_list and x.group == m.group))
    return found


@cache
def _dropping() -> frozenset[str]:
    return frozenset(rule.name for rule in cue_rules() if rule.spec.effect == "drop")


def _unmade(view: SentenceView) -> bool:
    """The sentence that named the deal says it was not made ("did not sign it")."""
    return any(c.name in _dropping() for c in find_cues(view))


def _own_claim(view: SentenceView, item: Mention) -> bool:
    """A party earlier in the clause makes the priority its own: "Chile said lithium remains
    the priority"."""
    start = max((k for k in range(item.start + 1) if any(c in view.gaps[k] for c in ",;:")),
                default=0)
    return any(start <= m.start < item.start for m in view.of(*_PARTIES))


def run(ctx: ArticleContext) -> None:
    for view, focus in zip(ctx.sentences, in_focus(ctx), strict=True):
        if focus is None or view.of(Label.RESTRICTION):
            continue
        agreement, distance = focus
        if distance and _unmade(ctx.sentences[view.index - distance]):
            continue
        subjects = _priority_subjects(view)
        if not subjects or _own_claim(view, min(subjects, key=lambda m: m.start)):
            continue
        for item in subjects:
            if item.form != "anaphor" and item.node_id:
                ctx.facts.append(Fact(RelType.ADDRESSES, agreement, item, view.index,
                                      "frame:agreement-priorities", 0.7, view.text))
