"""Cross-sentence candidates for the trained scorer: what one sentence names, the next goes on
about ("Hybrid cars need powerful motors. They use neodymium magnets.").

For each sentence, its mentions are paired with the entity in focus of the one or two sentences
before it: per label, the first mention of that label there. Only labels the sentence does not
name itself are carried over (a sentence that names its own company speaks of that one), and
only pairs whose labels fit a relation's endpoint rules. The pair's input is the focus mention,
a boundary, then the current sentence, so the words between are those opening the current
sentence up to its mention; features say how far back the focus was, whether it led its
sentence, and how the current sentence opens. The scorer's cross models (``cross_relations``
of the weights, trained on these same pairs by ``make train``) decide.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.modality import find_cues
from rekg.extract.scorer.features import PairInput
from rekg.extract.scorer.model import RelationScorer
from rekg.schema import ENDPOINTS, Label, RelType

BACK = 2  # sentences before the current one whose focus may be carried over
BOUNDARY = "|"
ORIGIN = "scorer-cross"
CUE_FREE = True  # neither sentence of a cross pair may hold a modality cue
# The relations a cross pair may give. Measured on corpus/dev, one cross model left out at a
# time: DEPENDS_ON, RESTRICTS and LOCATED_IN found facts; ADDRESSES, PARTY_TO, REPRESENTS and
# TARGETS found none more and ADDRESSES added an absent one. LOCATED_IN is left out too: 16 of
# the 20 it gave on a sample of dev articles placed a company in a country its article names
# for other reasons. PRODUCES is the issue's own case; training ships it only when its
# cross-validated F passes MIN_CV_F1.
CROSS_SCORED = (RelType.DEPENDS_ON, RelType.PRODUCES, RelType.RESTRICTS)


@cache
def _fitting(source: Label, target: Label) -> bool:
    return any(source in ENDPOINTS[rel][0] and target in ENDPOINTS[rel][1]
               for rel in CROSS_SCORED)


@cache
def _openers() -> frozenset[str]:
    from rekg.extract.patterns import word_sets

    return frozenset(p[0] for p in word_sets()["cross_openers"].phrases if len(p) == 1)


def _mentions(view: SentenceView) -> list[Mention]:
    return sorted((m for m in view.mentions if m.form != "place"), key=lambda m: m.start)


def _focus(mentions: list[Mention]) -> dict[Label, list[Mention]]:
    """Per label, the mentions a sentence is about: the first of that label and the other
    items of its coordinated list ("Cars, drones and phones. They all use...")."""
    found: dict[Label, list[Mention]] = {}
    for m in mentions:
        first = found.setdefault(m.label, [m])[0]
        if m is not first and first.group >= 0 and m.group == first.group:
            found[m.label].append(m)
    return found


def _opening(view: SentenceView) -> str:
    if not view.tokens:
        return "-"
    first = view.tokens[0].text.lower()
    return first if first in _openers() else "-"


def _blocked(view: SentenceView) -> bool:
    """A modality cue in the sentence: negation, plan, hedge... (modality reads positions in
    one sentence, so a cross pair would escape it)."""
    return CUE_FREE and any(c.start >= 0 for c in find_cues(view))


class _Sentences:
    """Per sentence of one article, computed once: its mentions in order, its focus, whether
    a cue blocks it."""

    def __init__(self, sentences: list[SentenceView]) -> None:
        self.views = sentences
        self._known: dict[int, tuple[list[Mention], dict[Label, list[Mention]], bool]] = {}

    def __getitem__(self, k: int) -> tuple[list[Mention], dict[Label, list[Mention]], bool]:
        known = self._known.get(k)
        if known is None:
            view = self.views[k]
            blocked = _blocked(view)
            here = [] if blocked else _mentions(view)
            known = self._known[k] = (here, _focus(here) if here else {}, blocked)
        return known


def cross_candidates(sentences: list[SentenceView] | _Sentences, k: int,
                     wanted: Callable[[Mention, Mention], bool] | None = None
                     ) -> tuple[list[tuple[Mention, Mention]], list[PairInput]]:
    """The cross-sentence pairs of sentence ``k`` and their scorer inputs; with ``wanted``,
    only the pairs it accepts (at run time: those a model may add a new fact for)."""
    known = sentences if isinstance(sentences, _Sentences) else _Sentences(sentences)
    here, _, blocked = known[k]
    if blocked or not here:
        return [], []
    view = known.views[k]
    labels_here = {m.label for m in here}
    nodes_here = {m.node_id for m in here}
    carried: dict[Label, list[tuple[int, Mention, bool, bool]]] = {}
    for back in range(1, min(BACK, k) + 1):
        before, found, blocked = known[k - back]
        if blocked or not before:
            continue
        same = known.views[k - back].paragraph == view.paragraph
        for label, ms in found.items():
            if label in carried or label in labels_here:
                continue
            kept = [(back, m, m is before[0], same) for m in ms if m.node_id not in nodes_here]
            if kept:
                carried[label] = kept
    if not carried:
        return [], []
    pairs: list[tuple[Mention, Mention]] = []
    inputs: list[PairInput] = []
    words = tuple(view.words)
    opening = f"x:open:{_opening(view)}"
    for back, f, led, same in (item for items in carried.values() for item in items):
        size = f.end - f.start
        shift = size + 1
        joined: tuple[str, ...] | None = None
        others: tuple[tuple[int, int, str], ...] = ()
        for m in here:
            for a, b, role in ((f, m, "S"), (m, f, "T")):
                if not _fitting(a.label, b.label) or (wanted is not None
                                                      and not wanted(a, b)):
                    continue
                if joined is None:
                    joined = (*known.views[k - back].words[f.start:f.end], BOUNDARY, *words)
                    others = ((0, size, f.label.value),
                              *((x.start + shift, x.end + shift, x.label.value) for x in here))
                extra = (f"x:back:{back}", f"x:led:{led}", f"x:par:{same}", f"x:role:{role}",
                         f"x:form:{m.form}", f"x:lead_here:{m is here[0]}", opening)
                span_f, span_m = (0, size), (m.start + shift, m.end + shift)
                a_span, b_span = (span_f, span_m) if a is f else (span_m, span_f)
                pairs.append((a, b))
                inputs.append(PairInput(joined, a_span, b_span, a.label.value, b.label.value,
                                        a.kind, b.kind, a.group >= 0, b.group >= 0, (),
                                        others, extra))
    return pairs, inputs


def all_cross_candidates(sentences: list[SentenceView]
                         ) -> Iterator[tuple[Mention, Mention, PairInput]]:
    known = _Sentences(sentences)
    for k in range(1, len(sentences)):
        pairs, inputs = cross_candidates(known, k)
        for (a, b), pair in zip(pairs, inputs, strict=True):
            yield a, b, pair


def prepare(ctx: ArticleContext) -> _Sentences:
    return _Sentences(ctx.sentences)


def cross_facts(ctx: ArticleContext, known: _Sentences, k: int,
                found: set[tuple[str, str, str]]) -> list[Fact]:
    """The cross pairs of sentence ``k`` that the cross models accept, less the relations
    the article already holds between the two nodes."""
    scorer = RelationScorer.load_cross()
    if not scorer.models:
        return []
    relations_for = scorer.relations_for

    def wanted(a: Mention, b: Mention) -> bool:
        return any((rel, a.node_id, b.node_id) not in found
                   for rel in relations_for(a.label.value, b.label.value))

    pairs, inputs = cross_candidates(known, k, wanted)
    if not pairs:
        return []
    facts: list[Fact] = []
    for (a, b), scores in zip(pairs, scorer.score(inputs), strict=True):
        for rel_name in scorer.accepted(scores):
            key = (rel_name, a.node_id, b.node_id)
            if key in found:
                continue
            found.add(key)
            p = scores[rel_name]
            back = next(i for i in range(k - 1, -1, -1)
                        if any(x is a or x is b for x in ctx.sentences[i].mentions))
            evidence = " ".join(s.text for s in ctx.sentences[back:k + 1])
            facts.append(Fact(RelType(rel_name), a, b, k, f"{ORIGIN}:{p:.2f}",
                              round(p * 0.7, 3), evidence))
    return facts
