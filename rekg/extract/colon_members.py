"""A class of goods whose members a colon lists: "licences for electronic components: namely
capacitors, resistors and sensors", "the pack needs three inputs: lithium, nickel and graphite".

A fact that a rule read on the class (what a measure restricts, what a product needs) holds
for each member of the coordinated list of goods that opens right after the colon. Only a list
of two goods or more counts (a single noun after a colon opens a clause of its own as often),
and only after the class itself or the last goods of its list. Read before the frames and
modality stages, so the members join the measure's node and a denial of the class denies them
too; the scorer's guesses lend nothing."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.heading_uses import ORIGIN as HEADING_ORIGIN
from rekg.schema import Label, RelType

_ORIGIN = "+colon-members"
_RELATIONS = frozenset({RelType.RESTRICTS, RelType.DEPENDS_ON})
_ITEMS = frozenset({Label.MATERIAL, Label.PRODUCT})
_LEADS = frozenset({"some", "the", "certain", "various", "namely", "mainly", "mostly",
                    "chiefly", "notably", "including", "specifically"})


def members(view: SentenceView, goods: Mention) -> list[Mention]:
    """The goods listed after a colon right after ``goods`` (or after the list it ends)."""
    end = goods.end
    if goods.group >= 0:
        end = max(m.end for m in view.mentions if m.group == goods.group)
        if goods.end != end:
            return []
    words, gaps = view.words, view.gaps
    if end >= len(words) or gaps[end].strip() != ":":
        return []
    k = end
    while k < len(words) and words[k] in _LEADS and k - end < 2 \
            and (k == end or not gaps[k]):
        k += 1
    if k > end and gaps[k]:
        return []
    first = next((m for m in view.mentions if m.start == k and m.label in _ITEMS
                  and m.form != "anaphor"), None)
    if first is None or first.group < 0:
        return []
    listed = [m for m in view.mentions if m.group == first.group and m.label in _ITEMS]
    return listed if len(listed) > 1 else []


def run(ctx: ArticleContext) -> None:
    read = [f for f in ctx.facts if f.rel in _RELATIONS and f.target.label in _ITEMS
            and not f.origin.startswith("scorer") and f.origin != HEADING_ORIGIN]
    have = {(f.rel, id(f.source), f.target.node_id) for f in ctx.facts}
    for fact in read:
        view = ctx.sentences[fact.sentence]
        if not any(m is fact.target for m in view.mentions):
            continue
        for member in members(view, fact.target):
            key = (fact.rel, id(fact.source), member.node_id)
            if key in have or member.node_id == fact.source.node_id:
                continue
            have.add(key)
            ctx.facts.append(Fact(fact.rel, fact.source, member, fact.sentence,
                                  fact.origin + _ORIGIN, fact.confidence, fact.evidence))
