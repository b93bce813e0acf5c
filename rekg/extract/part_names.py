"""A part named after the product it goes into belongs to that product: "electric vehicle
motors" are motors of electric vehicles, so electric vehicles depend on them; so do "drone
batteries" for drones and "smartphone cameras" for smartphones.

Only a part head ends the name ("motor", "battery", "camera" ...: what is built into something
else), the product before it must be a lexicon entry other than the part's own, and the article
must name that product on its own too, so that a passing "EV motor" adds no EV node. A part
that opens a sentence with "Its" or "Their" belongs to the products the sentence before opened
with (``use_subject.py`` marks them).
"""

from __future__ import annotations

from collections.abc import Collection

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.mentions import _case_ok
from rekg.schema import Label, RelType


def whole_facts(ctx: ArticleContext, view: SentenceView, named: Collection[str],
                part_heads: Collection[str]) -> list[Fact]:
    lexicon, low = ctx.lexicon, view.words
    facts: list[Fact] = []
    for m in view.of(Label.PRODUCT):
        owners = m.props.get("owners")
        if isinstance(owners, list) and low[m.end - 1] in part_heads:
            facts.extend(Fact(RelType.DEPENDS_ON, owner, m, view.index,
                              "depends_on.owned-part", 0.7, view.text) for owner in owners)
        if m.form not in ("name", "alias", "open") or m.end - m.start < 2 \
                or low[m.end - 1] not in part_heads:
            continue
        for size in range(m.end - 1 - m.start, 0, -1):
            surface = lexicon.surfaces.get(tuple(low[m.start:m.start + size]))
            if surface is None:
                continue
            entry = surface.entry
            if entry.label is Label.PRODUCT and entry.id != m.node_id and entry.id in named \
                    and (not surface.case_sensitive
                         or _case_ok(view.tokens[m.start:m.start + size], surface)):
                whole = Mention(Label.PRODUCT, entry.id, entry.name, m.start, m.start + size,
                                view.span_text(m.start, m.start + size), "component",
                                entry=entry)
                facts.append(Fact(RelType.DEPENDS_ON, whole, m, view.index,
                                  "depends_on.named-whole", 0.75, view.text))
            break
    return facts


_INSIDE = frozenset({"inside", "in", "within"})
_BACK = frozenset({"it", "them"})
_JOINS = frozenset({"and", "or"})


def inside_facts(view: SentenceView) -> list[Fact]:
    """"Drones, and the motors inside them, ...", "magnets, or the metals in them": the goods
    the pronoun points back to, named just before the joining word, hold the part, so each
    depends on it (with the other items of its list)."""
    low = view.words
    if _BACK.isdisjoint(low) or _INSIDE.isdisjoint(low):
        return []
    goods = sorted(view.of(Label.PRODUCT, Label.MATERIAL), key=lambda m: m.start)
    facts: list[Fact] = []
    for i, part in enumerate(goods):
        k = part.end
        if i == 0 or k + 1 >= len(low) or low[k] not in _INSIDE or low[k + 1] not in _BACK \
                or part.start < 2 or low[part.start - 1] != "the":
            continue
        whole = goods[i - 1]
        if low[whole.end:part.start - 1] not in (["and"], ["or"]) \
                or any(g not in ("", ",") for g in view.gaps[whole.end:part.start]) \
                or whole.node_id == part.node_id or whole.form in ("place", "component"):
            continue
        wholes = [m for m in goods if m is whole or (whole.group >= 0 and m.group == whole.group
                                                     and m.label is whole.label)]
        facts.extend(Fact(RelType.DEPENDS_ON, w, part, view.index, "depends_on.inside-them",
                          0.75, view.text) for w in wholes if w.node_id != part.node_id)
    return facts
