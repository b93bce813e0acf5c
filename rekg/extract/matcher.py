"""Matching the relation patterns of ``pattern_rules.py`` against one sentence.

A pattern is anchored on its first required word element (or, without one, on its first
slot): the matcher walks the elements after the anchor rightwards and those before it
leftwards. Filler words may stand between elements; a gap (``...``) skips up to ``gap`` words
(a coordinated list or a ", which ...," clause counting as one) and never crosses strong
punctuation or the start of another clause."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from rekg.extract.anchor_ranges import anchor_range, near_enough
from rekg.extract.clause_heads import acted_on_at, clause_head_at, heads_clause, relative_ahead
from rekg.extract.context import Mention, SentenceView
from rekg.extract.label_extremes import Extremes
from rekg.extract.match_agents import AGENTIVE, PREPOSITIONS, prepositional, word_before
from rekg.extract.match_bounds import boundary, in_number, new_clause, new_subject
from rekg.extract.measure_nouns import MEASURE_RELATIONS, measure_words
from rekg.extract.pattern_rules import _MAX_FILLERS, _SLOT_ANCHOR, Element, Pattern, anchor_index
from rekg.extract.patterns import _SOFT, PATTERN_DIR, STRONG_BREAKS, WordSet, word_sets
from rekg.extract.relatives import before_relative
from rekg.extract.sentence_index import SentenceIndex
from rekg.extract.viable import viable as _viable
from rekg.extract.viable import viable_table as _viable_table
from rekg.schema import Label

Bindings = dict[str, list[Mention]]
Emit = Callable[[int, Bindings], bool]


@dataclass(slots=True)  # not frozen: cheaper to make, and nothing changes a match
class Match:
    pattern: Pattern
    bindings: dict[str, tuple[Mention, ...]]
    start: int
    end: int


_NO_BINDINGS: Bindings = {}
_PRONOUNS = frozenset({"it", "they", "them", "this", "these", "those", "both", "its", "their"})


def _step(idx: SentenceIndex, el: Element, pos: int, forward: bool
          ) -> list[tuple[int, Bindings]]:
    """Match one element at ``pos``: the next positions and the slot bindings made."""
    if el.kind == "slot":
        pool = idx.by_start.get(pos) if forward else idx.by_end.get(pos)
        if pool is None:
            return []
        found = []
        for m in pool:
            if m.label in el.labels and el.takes(m.props) and not (
                    el.named and m.end - m.start == 1 and idx.words[m.start] in _PRONOUNS):
                members, start, end = idx.group_of(m, el.labels, forward)
                found.append(((end if forward else start - 1), {el.slot: members}))
        return found
    words, n = idx.words, idx.n
    if not 0 <= pos < n:
        return []
    phrases = (el.by_first if forward else el.by_last).get(words[pos])
    if phrases is None:
        return []
    found = []
    for phrase in phrases:
        size = len(phrase)
        if size == 1:  # looked up by this very word
            found.append((pos + 1 if forward else pos - 1, _NO_BINDINGS))
            continue
        lo = pos if forward else pos - size + 1
        if lo < 0 or lo + size > n:
            continue
        if tuple(words[lo:lo + size]) == phrase and all(
                idx.gaps[k] in _SOFT for k in range(lo + 1, lo + size)):
            found.append((lo + size if forward else lo - 1, _NO_BINDINGS))
    return found


def _could_start(idx: SentenceIndex, el: Element, p: int, forward: bool) -> bool:
    """Could element ``el`` match right at token ``p`` (a quick test before walking)?"""
    if not idx.first <= p < idx.n:
        return False
    if el.kind == "slot":
        pool = idx.by_start.get(p) if forward else idx.by_end.get(p)
        for m in pool or ():  # noqa: SIM110 (no generator: run at every gap step)
            if m.label in el.labels:
                return True
        return False
    if el.kind == "words":
        return idx.words[p] in (el.by_first if forward else el.by_last)
    return True


def _walk(idx: SentenceIndex, elements: tuple[Element, ...], k: int, pos: int, forward: bool,
          gap: int, bound: Bindings, emit: Emit, after_gap: int = 0) -> bool:
    """Hand every way to match ``elements[k:]`` from ``pos`` to ``emit`` in order, until it
    returns True (then True). No generator: making, resuming and closing one costs more.
    ``after_gap``: 1 after a gap, 2 after a gap that stepped over a parenthetical aside onto
    ``pos`` (whose bracket edge is then no break)."""
    count = len(elements)
    if k == count:
        return emit(pos, bound)
    el = elements[k]
    n = idx.n
    last = k + 1 == count
    if el.kind == "gap":
        nxt_el = elements[k + 1] if not last else None
        p = pos if forward else before_relative(idx.words, idx.gaps, pos)
        start = (p - 1, True) if forward else (p + 1, False)
        landed = bool(idx.asides) and start in idx.asides  # on the word just past an aside
        if landed:
            p = idx.asides[start]
        first = p
        for _ in range(gap + 1):
            if nxt_el is None:
                if emit(p, bound):
                    return True
            elif (nxt_el.optional or _could_start(idx, nxt_el, p, forward)) \
                    and _walk(idx, elements, k + 1, p, forward, gap, bound, emit,
                              2 if landed else 1):
                return True
            if not 0 <= p < n or (boundary(idx, p, forward) in STRONG_BREAKS and not landed) \
                    or p in idx.ranks \
                    or new_clause(idx, p, forward) \
                    or (not forward and new_subject(idx, p, first)) or (
                        nxt_el is not None and nxt_el.kind == "slot"
                        and heads_clause(idx, p, nxt_el.labels) if not forward
                        else relative_ahead(idx, p)):
                return False
            aside = idx.asides.get((p, forward)) if idx.asides else None
            landed = aside is not None
            p = aside if aside is not None else idx.step_over(p, forward)
        return False
    words, filler, inside, gaps = idx.words, idx.filler, idx.inside, idx.gaps
    p = pos
    for _ in range(_MAX_FILLERS + 1):
        if not idx.first <= p < n:
            break
        edge_at = p if forward else p + 1
        edge = gaps[edge_at] if 0 < edge_at < n else ""
        if (edge in STRONG_BREAKS and not (after_gap == 2 and p == pos)) or (
                not after_gap and edge not in _SOFT and not in_number(idx, edge_at, edge)):
            break
        for nxt, made in _step(idx, el, p, forward):
            merged = {**bound, **made} if made else bound
            if last:
                if emit(nxt, merged):
                    return True
            elif _walk(idx, elements, k + 1, nxt, forward, gap, merged, emit):
                return True
        if (words[p] not in filler and not words[p][:1].isdigit()) or p in inside:
            break
        p = p + 1 if forward else p - 1
    if not el.optional:
        return False
    if last:
        return emit(pos, bound)
    return _walk(idx, elements, k + 1, pos, forward, gap, bound, emit, after_gap)


_TABLES: dict[Path, tuple[dict[str, tuple[Pattern, ...]], WordSet]] = {}


def _tables(directory: Path) -> tuple[dict[str, tuple[Pattern, ...]], WordSet]:
    """The anchor index and the filler words, looked up once."""
    tables = _TABLES.get(directory)
    if tables is None:
        tables = _TABLES[directory] = (anchor_index(directory), word_sets(directory)["filler"])
    return tables


def _head_first(idx: SentenceIndex, pattern: Pattern, i: int) -> tuple[int, Bindings] | None:
    """The nearest way to match leftwards, unless its nearest slot is the object of a
    preposition ("the magnets inside the motors of EVs carry ...") or lies in a clause on an
    earlier noun ("radars able to spot drones need ..."): then the head before it."""
    seen: list[tuple[int, Bindings]] = []  # the ways looked at
    chosen: list[tuple[int, Bindings]] = []

    def emit(start: int, left: Bindings) -> bool:
        seen.append((start, left))
        nearest = max((m for ms in left.values() for m in ms), key=lambda m: m.end, default=None)
        if nearest is None or (word_before(idx, nearest) not in PREPOSITIONS
                               and clause_head_at(idx, nearest) < 0):
            chosen.append((start, left))
            return True
        return len(seen) >= 5

    _walk(idx, pattern.before, 0, i - 1, False, pattern.gap, {}, emit)
    if chosen or not seen:
        return chosen[0] if chosen else None
    nearest = max((m for ms in seen[0][1].values() for m in ms), key=lambda m: m.end, default=None)
    return None if nearest is not None and acted_on_at(idx, nearest) else seen[0]


_NEVER = (0, 0)  # no anchor position lies strictly between


def _accept(idx: SentenceIndex, pattern: Pattern, i: int, own: Bindings,
            left: list[tuple[int, Bindings] | None], found: list[Match], end: int,
            right: Bindings) -> bool:
    """A way rightwards from the anchor at ``i`` and the left side (walked once: it depends on
    the anchor only) make a match when both ends are bound. True ends the walk."""
    if not left:
        way = _head_first(idx, pattern, i)
        if way is not None and pattern.relation in AGENTIVE \
                and prepositional(idx, way[1], pattern.relation):
            way = None
        left.append(way)
    if left[0] is None:
        return True
    start, bindings = left[0]
    bound = {**bindings, **own, **right}
    if pattern.source in bound and pattern.target in bound:
        found.append(Match(pattern, {k: tuple(v) for k, v in bound.items()}, start + 1, end))
        return True
    return False


def match_sentence(view: SentenceView, directory: Path = PATTERN_DIR) -> list[Match]:
    """Every way a pattern matches ``view``, anchored on its first required word element."""
    found: list[Match] = []
    if len(view.mentions) < 2:
        return found
    index, filler = _tables(directory)
    idx: SentenceIndex | None = None
    words = view.words
    ends: dict[Label, list[int]] = {}
    starts_of: dict[Label, list[int]] = {}
    at: dict[int, list[Mention]] = {}
    for m in view.mentions:
        label = m.label
        ends.setdefault(label, []).append(m.end)
        starts_of.setdefault(label, []).append(m.start if m.end > m.start else -1)  # unsaid
        at.setdefault(m.start, []).append(m)
    present = frozenset(ends)
    has_verb = any(m.props.get("verb") for m in view.mentions)
    viable = _viable_table(directory)
    named = measure_words(view)  # "export controls" is no verb "controls"
    n = len(words)
    first, last = Extremes(starts_of, n + 1, min), Extremes(ends, -1, max)
    held = frozenset(words)
    ranges: dict[int, tuple[int, int]] = {}

    def live(patterns: tuple[Pattern, ...]) -> list[tuple[Pattern, int, int, bool]]:
        """The patterns whose anchor range holds a token, with the range: a word that comes
        back, or a pattern under several words, is not tested again."""
        kept = []
        for pattern in patterns:
            bounds = ranges.get(id(pattern))
            if bounds is None:
                for firsts in pattern.needs_words:
                    if firsts.isdisjoint(held):
                        bounds = _NEVER
                        break
                else:
                    bounds = anchor_range(pattern, first, last, n)
                ranges[id(pattern)] = bounds
            if bounds[0] + 1 < bounds[1]:
                kept.append((pattern, *bounds, pattern.near_before is not None
                             or pattern.near_after is not None))
        return kept

    by_word: dict[str, list[tuple[Pattern, int, int, bool]]] = {}
    tries: list[tuple[int, Pattern]] = []
    for i, word in enumerate(words):
        if word not in index:
            continue
        kept = by_word.get(word)
        if kept is None:
            kept = by_word[word] = live(_viable(viable, index, word, present, has_verb))
        for p, lo, hi, near in kept:
            if lo < i < hi and (i not in named or p.relation in MEASURE_RELATIONS) \
                    and not (near and not near_enough(p, i, ends, starts_of)):
                tries.append((i, p))
    slot_anchored = live(_viable(viable, index, _SLOT_ANCHOR, present, has_verb))
    if slot_anchored:
        for start, here in sorted(at.items()):
            labels_here = {m.label for m in here}
            verb_here = any(m.props.get("verb") for m in here)
            for p, lo, hi, near in slot_anchored:
                slot = p.elements[p.anchor]
                if not slot.labels.isdisjoint(labels_here) and (verb_here or not slot.verb_only) \
                        and lo < start < hi \
                        and not (near and not near_enough(p, start, ends, starts_of)):
                    tries.append((start, p))
    for i, pattern in tries:
        if idx is None:
            idx = SentenceIndex(view, filler)
        anchor = pattern.elements[pattern.anchor]
        left: list[tuple[int, Bindings] | None] = []  # the left side, once walked
        for after, own in _step(idx, anchor, i, True):
            _walk(idx, pattern.after, 0, after, True, pattern.gap, {},
                  partial(_accept, idx, pattern, i, own, left, found))
            if left and left[0] is None:
                break
    return found

