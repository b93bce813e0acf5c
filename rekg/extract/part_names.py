"""A part named after the product it goes into belongs to that product: "electric vehicle
motors" are motors of electric vehicles, so electric vehicles depend on them; so do "drone
batteries" for drones and "smartphone cameras" for smartphones.

Only a part head ends the name ("motor", "battery", "camera" ...: what is built into something
else), the product before it must be a lexicon entry other than the part's own, and either the
article names that product on its own too or the part's name states it in full ("electric
vehicle motors", "EV batteries": round 23, gold names the whole from such a part alone in 10
train articles by 8 writers); a one-word alias ("turbine blades") or a physical part ("voice
coil motors") is no whole of a part it merely opens. A part
that opens a sentence with "Its" or "Their" belongs to the products the sentence before opened
with (``use_subject.py`` marks them).
"""

from __future__ import annotations

from collections.abc import Collection

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.lexicon_mentions import case_ok
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType


def _named_whole(view: SentenceView, start: int, end: int) -> bool:
    """A whole the part's name alone states: two words or more, or a short form in capitals
    ("electric vehicle motors", "EV batteries"); not a one-word alias ("turbine blades"), nor a
    physical part the name opens with ("voice coil motors" are driven by a coil)."""
    surface = view.span_text(start, end)
    return (" " in surface or surface.isupper()) and not any(view.gaps[start + 1:end]) \
        and view.words[end - 1] not in word_sets()["part_nouns"]


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
            if entry.label is Label.PRODUCT and entry.id != m.node_id \
                    and (entry.id in named or _named_whole(view, m.start, m.start + size)) \
                    and (not surface.case_sensitive
                         or case_ok(view.tokens[m.start:m.start + size], surface)):
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


_SPREAD = frozenset({"in", "inside", "across", "throughout"})
_OWN = frozenset({"its", "their"})
_ITEM_WORDS = 4  # words an item of the list may have after its possessive


def owned_list_facts(view: SentenceView) -> list[Fact]:
    """"A tractor uses magnets in its starter, its pumps and its speakers": a list whose every
    item repeats the possessive names parts of the goods that use the input, also when its
    first item is no known part (the pattern ``depends_on.whole-uses-in-part`` needs one)."""
    low, gaps = view.words, view.gaps
    needs = word_sets()["need_verbs"]
    facts: list[Fact] = []
    for k in range(1, len(low) - 2):
        if low[k] not in _SPREAD or low[k + 1] not in _OWN:
            continue
        starts = [k + 2]  # where each item begins, after its possessive
        j = k + 2
        while j < len(low) and j - starts[-1] <= _ITEM_WORDS:
            if gaps[j] == "," and low[j] in _OWN:
                starts.append(j + 1)
            elif low[j] == "and" and j + 1 < len(low) and low[j + 1] in _OWN:
                starts.append(j + 2)
                j += 1
            elif gaps[j] not in ("", "-"):
                break
            j += 1
        if len(starts) < 3:
            continue
        whole = max((m for m in view.of(Label.PRODUCT) if m.end <= k
                     and any(needs.longest_at(low, v) for v in range(m.end, k))),
                    key=lambda m: m.end, default=None)
        if whole is None:
            continue
        facts.extend(Fact(RelType.DEPENDS_ON, whole, m, view.index, "depends_on.owned-list",
                          0.75, view.text)
                     for m in view.of(Label.PRODUCT) if m.start in starts[1:]
                     and m.node_id != whole.node_id)
    return facts
