"""A hyphened compound that names what its head holds ("dysprosium-containing magnets",
"erbium-doped glass"): the head depends on the first half. A need
verb read over the compound ("containing" as a verb) would point the other way; that reading
is dropped and the head's need is added when no fact already holds it."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_GOODS = (Label.MATERIAL, Label.PRODUCT)
_ORIGIN = "depends_on.compound-input"


def _element(m: Mention) -> bool:
    """A bare element heads no compound of contents: "manganese-doped potassium fluorosilicate"
    is read only up to "potassium"."""
    return m.label is Label.MATERIAL and m.entry is not None \
        and "symbol" in m.entry.properties and m.end - m.start == 1


def compound_pairs(view: SentenceView) -> list[tuple[Mention, Mention]]:
    """(head, input) for each "INPUT-word HEAD" of the sentence."""
    words = word_sets()["compound_input_words"]
    goods = [m for m in view.mentions if m.label in _GOODS and m.end > m.start]
    starts: dict[int, list[Mention]] = {}
    for m in goods:
        starts.setdefault(m.start, []).append(m)
    pairs: list[tuple[Mention, Mention]] = []
    for first in goods:
        k = first.end
        if k + 1 >= len(view.words) or view.gaps[k] != "-" or view.words[k] not in words \
                or view.gaps[k + 1] != "":
            continue
        pairs.extend((head, first) for head in starts.get(k + 1, ())
                     if head.node_id != first.node_id and not _element(head))
    return pairs


def run(ctx: ArticleContext) -> None:
    by_sentence: dict[int, list[tuple[Mention, Mention]]] = {}
    for view in ctx.sentences:
        if "-" in view.gaps:
            pairs = compound_pairs(view)
            if pairs:
                by_sentence[view.index] = pairs
    if not by_sentence:
        return
    kept: list[Fact] = []
    held = {(f.sentence, f.source.node_id, f.target.node_id) for f in ctx.facts
            if f.rel is RelType.DEPENDS_ON}
    for f in ctx.facts:
        pairs = by_sentence.get(f.sentence, [])
        if f.rel is RelType.DEPENDS_ON and any(
                f.source.node_id == inp.node_id and f.target.node_id == head.node_id
                for head, inp in pairs):
            ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                       "a compound names what its head holds", f.origin)
        else:
            kept.append(f)
    for index, pairs in by_sentence.items():
        view = ctx.sentences[index]
        for head, inp in pairs:
            if (index, head.node_id, inp.node_id) not in held:
                held.add((index, head.node_id, inp.node_id))
                kept.append(Fact(RelType.DEPENDS_ON, head, inp, index, _ORIGIN, 0.75, view.text))
    ctx.facts = kept
