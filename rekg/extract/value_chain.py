"""What a material is made from, told as a value chain or as an apposed mixture.

A value chain told as links: "converting rare earth oxides to metals, metals to alloys, and
alloys to finished magnets", "from oxide to metal to magnet", "into metals and then into
magnets". In each link "A to B" (or "into") between two materials, B is made from A, so B
depends on A.

A link is read only when it chains with another link of the sentence: the next link starts
from the node this one ends on, or this one starts from the node the one before ended on. A
lone "from neodymium to ferrite" or "gallium to Japan" is no chain, and neither is a sentence
about switching ("moved from neodymium to ferrite, and from ferrite to copper windings").
A modality cue before the chain's last link (a negation, a hypothetical: "could one day turn
oxides into metals, metals into alloys") leaves the whole chain out, as the modality stage
would refuse its first link only.

A mixture named in apposition: "ferrocerium, an alloy of iron and cerium", "yttria-stabilised
zirconia, a ceramic of zirconium oxide and yttrium oxide": the thing before the comma is made
of the materials after "of" (the copular "X is an alloy of Y" is the pattern
``depends_on.mixture-of``).
"""

from __future__ import annotations

from itertools import pairwise

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.extract.modality import find_cues
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

ORIGIN = "depends_on.value-chain"
MIXTURE_ORIGIN = "depends_on.mixture-apposed"
_MIXTURE_REACH = 3  # words from "a"/"an" to the mixture noun: "a hard, heat-proof ceramic"
_LINKS = frozenset({"to", "into"})
# Words a link may have between "to"/"into" and the later stage: "into finished magnets".
_BEFORE_STAGE = frozenset({"the", "finished"})
# What may open a link that goes on from the one before: "and then into magnets".
_GOING_ON = frozenset({"and", "then"})


def _link(view: SentenceView, a: Mention, b: Mention) -> tuple[bool, bool]:
    """(is "a to|into b" a link, does it go on from the stage before a: "and then into b")."""
    between = view.words[a.end:b.start]
    k = next((i for i, w in enumerate(between) if w in _LINKS), -1)
    if k < 0 or any(w not in _BEFORE_STAGE for w in between[k + 1:]) \
            or any(g not in ("", "-") for g in view.gaps[a.end + k + 1:b.start + 1]):
        return False, False
    opening = between[:k]
    if not opening:
        return view.gaps[a.end] in ("", "-"), False
    return set(opening) <= _GOING_ON, True


def chain_facts(view: SentenceView) -> list[Fact]:
    if _LINKS.isdisjoint(view.words) or not word_sets()["switching_verbs"].isdisjoint(view.words):
        return []
    materials = sorted((m for m in view.mentions if m.label is Label.MATERIAL
                        and m.form not in ("place", "component") and m.end > m.start),
                       key=lambda m: m.start)
    links: list[tuple[Mention, Mention]] = []
    for a, b in pairwise(materials):
        direct, going_on = _link(view, a, b)
        if not direct or a.node_id == b.node_id:
            continue
        if going_on:  # "A into B and then into C": C is made from B, the stage before
            if links and links[-1][1] is a:
                links.append((a, b))
            continue
        links.append((a, b))
    facts: list[Fact] = []
    if len(links) < 2 or any(0 <= c.start < links[-1][1].start for c in find_cues(view)):
        return facts
    for i, (a, b) in enumerate(links):
        chained = any(j != i and (c.node_id == b.node_id or d.node_id == a.node_id)
                      for j, (c, d) in enumerate(links))
        if chained:
            facts.append(Fact(RelType.DEPENDS_ON, b, a, view.index, ORIGIN, 0.75, view.text))
    return facts


def mixture_facts(view: SentenceView) -> list[Fact]:
    """"X, an alloy of A and B": X depends on A and B (and on any other item of their list)."""
    low, gaps = view.words, view.gaps
    facts: list[Fact] = []
    mixtures = word_sets()["mixture_nouns"]
    if mixtures.isdisjoint(low):
        return facts
    for x in view.mentions:
        k = x.end
        if x.label not in (Label.MATERIAL, Label.PRODUCT) or x.form in ("place", "component") \
                or k + 3 >= len(low) or gaps[k] != "," or low[k] not in ("a", "an"):
            continue
        noun = next((j for j in range(k + 1, min(k + 1 + _MIXTURE_REACH, len(low) - 1))
                     if low[j] in mixtures), -1)
        if noun < 0 or low[noun + 1] != "of" \
                or any(g not in ("", "-", ",") for g in gaps[k + 1:noun + 2]):
            continue
        first = next((m for m in view.mentions if m.start == noun + 2
                      and m.label is Label.MATERIAL), None)
        if first is None:
            continue
        inputs = [m for m in view.mentions if m is first or (
            first.group >= 0 and m.group == first.group and m.label is Label.MATERIAL)]
        facts.extend(Fact(RelType.DEPENDS_ON, x, m, view.index, MIXTURE_ORIGIN, 0.75, view.text)
                     for m in inputs if m.node_id != x.node_id)
    return facts
