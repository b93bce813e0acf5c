"""Which reports are one restriction or agreement, and the matching of a group of measures
into survivors.

Pure functions over ``rekg.graph.measures.Measure`` (no store): dates within a window, kinds
by family, coverage by overlap, agreements by name words and parties. ``rekg.graph.resolve``
reads measures from the store and writes the merges.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from rekg.graph.measures import (
    _TREES,
    EFFECT_LAG_DAYS,
    UNKNOWN_KIND,
    WINDOW_DAYS,
    Families,
    Measure,
    _day,
    absorb,
    kind_family,
)
from rekg.schema import Label

_GENERIC = frozenset({
    "agreement", "agreements", "deal", "deals", "framework", "truce", "consensus", "accord",
    "pact", "treaty", "memorandum", "understanding", "arrangement", "the", "a", "an", "of",
    "on", "and", "trade", "talks", "partnership", "act", "-", "mou",
})


# ---------------------------------------------------------------------------- matching


def _dates_agree(a: Measure, b: Measure) -> bool | None:
    """Do the stated starts agree (within the window, or an announcement and its entry into
    force within the lag)? None when either states none."""
    days_a, days_b = a.stated(), b.stated()
    if not days_a or not days_b:
        return None
    for day_a, status_a in days_a:
        for day_b, status_b in days_b:
            gap = (day_b - day_a).days
            if abs(gap) <= WINDOW_DAYS:
                return True
            if status_a != status_b and 0 < (gap if status_b == "in_force" else -gap) \
                    <= EFFECT_LAG_DAYS:
                return True
    return False


def _scope_agrees(a: Measure, b: Measure, families: Families, *, strict: bool) -> bool:
    """Could the two cover the same things? By family when the dates already agree; when
    they do not tell, only by a covered node in common (or a group one covers and the other
    is in)."""
    if not a.covers or not b.covers or a.covers & b.covers:
        return True

    def fam(ids: Iterable[str]) -> set[str]:
        return {f for c in ids for f in families(c)}

    if not strict:
        return bool(fam(a.covers) & fam(b.covers))
    return bool(fam(a.general) & fam(b.covers)) or bool(fam(b.general) & fam(a.covers))


def name_words(measure: Measure) -> frozenset[str]:
    """The distinctive words of a canonical name: 'Geneva consensus' -> {'geneva'}.

    Aliases are left out: generic surface forms ('critical minerals agreement') are shared
    by unrelated agreements.
    """
    name = str(measure.props.get("name") or "").lower()
    return frozenset(w for w in re.findall(r"[a-z0-9]+", name) if w not in _GENERIC)


def _reported_before_start(a: Measure, b: Measure) -> bool:
    """Was one of the two, stating no start, reported before the other started?"""
    start_a, reported_a = a.days()
    start_b, reported_b = b.days()
    for reported, start, early_start in ((reported_a, start_b, start_a),
                                         (reported_b, start_a, start_b)):
        if early_start is None and reported and start and \
                (start - reported).days > WINDOW_DAYS:
            return True
    return False


def _kinds_agree(a: Measure, b: Measure) -> bool:
    family_a, family_b = a.family(), b.family()
    return family_a == family_b or "*" in (family_a, family_b)


def _same_restriction(a: Measure, b: Measure, families: Families) -> bool:
    # cheapest tests first: they all only say no
    if not _kinds_agree(a, b):
        return False
    if a.actors and b.actors and a.actors.isdisjoint(b.actors):
        return False  # an imposer in common: a ministry and its country are both named
    if not (a.actors and b.actors) and a.covers.isdisjoint(b.covers):
        return False  # without an imposer, only a covered node in common tells
    if a.targets and b.targets and a.targets.isdisjoint(b.targets):
        return False
    if not a.articles.keys().isdisjoint(b.articles):
        return False  # extraction kept them apart in an article that reports both
    near = _dates_agree(a, b)
    if near is False or _reported_before_start(a, b):
        return False
    unknown_kind = UNKNOWN_KIND in (a.kind, b.kind)
    if not near and (unknown_kind or not (a.actors or b.actors)):
        return False  # two unknown imposers, or an unknown kind: only when the dates agree
    return _scope_agrees(a, b, families, strict=near is None)


def _same_agreement(a: Measure, b: Measure) -> bool:
    if a.articles.keys() & b.articles.keys():
        return False
    if a.actors and b.actors and not (a.actors <= b.actors or b.actors <= a.actors):
        return False
    if _dates_agree(a, b) is False or _reported_before_start(a, b):
        return False
    words_a, words_b = name_words(a), name_words(b)
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


_SAME: list[dict[tuple[object, object, Families], bool]] = [{}, {}]  # this match's, the last's


def _same(a: Measure, b: Measure, families: Families) -> bool:
    """``_same_restriction`` remembered by tokens: a batch compares again mostly what the last
    one compared (issue 14); only that is kept, so memory follows the graph, not the run."""
    if a.token is None or b.token is None:
        return _same_restriction(a, b, families)
    key = (a.token, b.token, families)
    current = _SAME[0]
    found = current.get(key)
    if found is None:
        found = _SAME[1].get(key)
        if found is None:
            found = _same_restriction(a, b, families)
        current[key] = found
    return found


def _pick(candidates: list[Measure], measure: Measure) -> Measure | None:
    """Of several measures a report could belong to (those of its own kind first, then of its
    kind's family), the latest that started by its date; None when it names no imposer and
    they are different countries' measures."""
    named = [c.actors for c in candidates if c.actors]
    if not measure.actors and named and not set.intersection(*named):
        return None
    candidates = [c for c in candidates if c.kind == measure.kind] or candidates
    reported = measure.first_reported()
    started = [c for c in candidates if c.start() and (not reported or c.start() <= reported)]
    if started:
        return max(started, key=lambda c: (c.start(), c.id))
    return candidates[0]


# ---------------------------------------------------------------------------- resolving


_REACH = max(WINDOW_DAYS, EFFECT_LAG_DAYS)
"""Stated starts further apart than this never agree (``_dates_agree``)."""
_SPAN = _REACH + 1
Bucket = int | None
"""A span of ``_SPAN`` days holding a stated start (its ordinal // _SPAN); None: no start."""


def _buckets(measure: Measure) -> set[Bucket]:
    return {day.toordinal() // _SPAN for day, _ in measure.stated()} or {None}


def _near_buckets(measure: Measure) -> Callable[[Bucket], bool]:
    """Which buckets can hold a survivor the measure matches: those near its stated starts
    (and the undated), or when it states none, those not starting after it was reported."""
    days = measure.stated()
    if days:
        near: set[Bucket] = {None}
        for day, _ in days:
            ordinal = day.toordinal()
            near.update(range((ordinal - _REACH) // _SPAN, (ordinal + _REACH) // _SPAN + 1))
        return near.__contains__
    reported = _day(measure.first_reported())
    if reported is None:
        return lambda bucket: True
    # a survivor whose start is all of its buckets' days, or later, was reported before it
    # started (``_reported_before_start``)
    last = (reported.toordinal() + WINDOW_DAYS) // _SPAN
    return lambda bucket: bucket is None or bucket <= last


class _Filed:
    """Survivors indexed by what a match needs in common, so that a measure is compared only
    with its possible matches: an imposer and a kind family (or an unknown kind), or a
    covered node where either names no imposer; within those, by stated start, since two
    measures whose starts are all more than ``_REACH`` days apart never match. Agreements
    are few: each meets them all."""

    def __init__(self) -> None:
        self.all: dict[int, Measure] = {}
        self.index: dict[tuple[str, str, str], dict[Bucket, dict[int, Measure]]] = {}
        self.keys: dict[int, tuple[set[tuple[str, str, str]], set[Bucket]]] = {}

    @staticmethod
    def _keys(measure: Measure) -> list[tuple[str, str, str]]:
        if measure.label is Label.AGREEMENT:
            return []
        family = "*" if measure.kind == UNKNOWN_KIND else kind_family(measure.kind)
        keys = [("kind", actor, family) for actor in measure.actors]
        keys += [("actor", actor, "") for actor in measure.actors]
        keys += [("cover", covered, "") for covered in measure.covers]
        if not measure.actors:
            keys += [("loose", covered, "") for covered in measure.covers]
        return keys

    def add(self, measure: Measure) -> None:
        self.all[id(measure)] = measure
        self.keys[id(measure)] = (set(), set())
        self.refile(measure)

    def refile(self, measure: Measure) -> None:
        """File the measure under each (key, bucket) it now holds: absorbing mostly adds keys
        and starts, so only new pairs are written (listing all at every absorb cost k^2)."""
        keys, buckets = set(self._keys(measure)), _buckets(measure)
        old_keys, old_buckets = self.keys[id(measure)]
        ident = id(measure)
        if old_keys <= keys and old_buckets <= buckets:
            pairs = [(k, b) for k in keys - old_keys for b in buckets] \
                + [(k, b) for k in old_keys for b in buckets - old_buckets]
        else:
            for key in old_keys:
                for bucket in old_buckets:
                    del self.index[key][bucket][ident]
            pairs = [(k, b) for k in keys for b in buckets]
        for key, bucket in pairs:
            self.index.setdefault(key, {}).setdefault(bucket, {})[ident] = measure
        self.keys[ident] = (keys, buckets)

    def _union(self, keys: list[tuple[str, str, str]], near: Callable[[Bucket], bool],
               ) -> list[Measure]:
        found: dict[int, Measure] = {}
        for key in keys:
            for bucket, filed in self.index.get(key, {}).items():
                if near(bucket):
                    found.update(filed)
        return list(found.values())

    def pick_undated(self, measure: Measure, families: Families) -> Measure | None:
        """``_pick`` of the matches of a restriction that names an imposer and a kind but
        states no start: the latest of its kind that started by its report wins, so the
        buckets are searched from the latest down and the search stops once no survivor
        left can have started later than the best found (its pool is every earlier measure
        of its imposers, and grows with the graph)."""
        family = kind_family(measure.kind)
        keys = [("kind", actor, family) for actor in measure.actors] \
            + [("kind", actor, "*") for actor in measure.actors] \
            + [("loose", covered, "") for covered in measure.covers]
        near = _near_buckets(measure)
        reported = measure.first_reported()
        by_bucket: dict[Bucket, list[dict[int, Measure]]] = {}
        for key in keys:
            for bucket, filed in self.index.get(key, {}).items():
                if near(bucket):
                    by_bucket.setdefault(bucket, []).append(filed)
        seen: set[int] = set()
        matches: list[Measure] = []
        best: Measure | None = None
        dated = sorted((b for b in by_bucket if b is not None), reverse=True)
        for bucket in [*dated, None]:
            for filed in by_bucket.get(bucket, []):
                for ident, survivor in filed.items():
                    if ident in seen:
                        continue
                    seen.add(ident)
                    if not _same(survivor, measure, families):
                        continue
                    matches.append(survivor)
                    start = survivor.start()
                    if survivor.kind == measure.kind and start \
                            and (not reported or start <= reported) \
                            and (best is None or (start, survivor.id) > (best.start(), best.id)):
                        best = survivor
            started = best.days()[0] if best is not None else None
            if bucket is not None and started is not None \
                    and started.toordinal() // _SPAN >= bucket:
                return best  # every survivor not yet seen started before the best
        matches.sort(key=Measure.order)
        return _pick(matches, measure) if matches else None

    def pool(self, measure: Measure) -> list[Measure]:
        if measure.label is Label.AGREEMENT:
            return list(self.all.values())
        if measure.kind == UNKNOWN_KIND and not measure.stated():
            return []  # an unknown kind matches only when stated dates agree
        near = _near_buckets(measure)
        loose = [("loose", covered, "") for covered in measure.covers]
        if not measure.actors:
            return self._union([("cover", covered, "") for covered in measure.covers], near)
        if measure.kind == UNKNOWN_KIND:
            return self._union([("actor", actor, "") for actor in measure.actors] + loose, near)
        family = kind_family(measure.kind)
        return self._union([("kind", actor, family) for actor in measure.actors]
                           + [("kind", actor, "*") for actor in measure.actors] + loose, near)


def match(measures: list[Measure], families: Families) -> tuple[list[Measure], dict[str, str]]:
    """Merge matching measures (in memory) until none match: the survivors, and each merged
    id's survivor."""
    renamed: dict[str, str] = {}
    if any(m.label is Label.RESTRICTION for m in measures):
        _SAME[:] = [{}, _SAME[0]]
    if len(_TREES) > 1 << 20:
        _TREES.clear()
    measures = sorted(measures, key=Measure.order)
    changed = True
    while changed:
        changed = False
        filed = _Filed()
        for measure in measures:
            if measure.label is Label.RESTRICTION and measure.actors \
                    and measure.kind != UNKNOWN_KIND and not measure.stated():
                chosen = filed.pick_undated(measure, families)
            else:
                pool = filed.pool(measure)
                if measure.label is Label.RESTRICTION:
                    matches = [s for s in pool if _same(s, measure, families)]
                else:
                    matches = [s for s in pool if _same_agreement(s, measure)]
                matches.sort(key=Measure.order)
                chosen = _pick(matches, measure) if matches else None
            if chosen is None:
                filed.add(measure)
                continue
            before = chosen.id
            absorb(chosen, measure)
            for gone in {before, measure.id} - {chosen.id}:
                renamed[gone] = chosen.id
            filed.refile(chosen)
            changed = True
        measures = sorted(filed.all.values(), key=Measure.order)
    for measure in measures:
        measure.finish()
    survivor_of = {}
    for merged in renamed:
        final = merged
        while final in renamed:
            final = renamed[final]
        survivor_of[merged] = final
    return measures, survivor_of
