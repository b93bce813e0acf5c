"""How resolution compares measures: which reports are one restriction or agreement.

Pure functions over ``Measure`` (no store): dates within a window, kinds by family, coverage
by overlap, agreements by name words and parties, and the matching of a group of measures
into survivors. ``rekg.graph.resolve`` reads measures from the store and writes the merges.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rekg.schema import Label
from rekg.schema.events import StatusEvent, events_from_report, node_status

WINDOW_DAYS = 7
EFFECT_LAG_DAYS = 45
"""A measure may take effect up to this long after it was announced."""
Families = Callable[[str], frozenset[str]]
"""Covered node id -> the families it belongs to ('rare-earths'); overlap means same scope."""

# Reporters call one regime a ban or a licensing requirement, a sanction or a listing.
KIND_FAMILIES: Mapping[str, str] = {
    "export_prohibition": "export-control", "export_licensing": "export-control",
    "export_tax": "export-price", "minimum_export_price": "export-price",
    "sanction": "listing", "entity_listing": "listing",
}
UNKNOWN_KIND = "other"
_ACTIVE = frozenset({"announced", "in_force"})

_GENERIC = frozenset({
    "agreement", "agreements", "deal", "deals", "framework", "truce", "consensus", "accord",
    "pact", "treaty", "memorandum", "understanding", "arrangement", "the", "a", "an", "of",
    "on", "and", "trade", "talks", "partnership", "act", "-", "mou",
})


def same_id(node_id: str) -> frozenset[str]:
    """The default family function: a covered node is only its own family."""
    return frozenset({node_id})


def kind_family(kind: str) -> str:
    return KIND_FAMILIES.get(kind, kind)


@dataclass
class _Pending:
    """What absorbing has gathered and ``Measure.finish`` has not yet written into the
    properties: rewriting the merged history at every absorb made one measure reported by k
    articles cost k squared (issue 14)."""

    events: set[str]
    merged_ids: set[str]
    dates: dict[str, set[str]]
    seen_evidence: set[str]


@dataclass
class Measure:
    """A Restriction or Agreement as resolution sees it."""

    id: str
    label: Label
    props: dict[str, Any]
    actors: set[str] = field(default_factory=set)  # imposers or parties
    covers: set[str] = field(default_factory=set)
    general: set[str] = field(default_factory=set)  # covered groups and magnets
    targets: set[str] = field(default_factory=set)
    articles: dict[str, str] = field(default_factory=dict)  # article id -> published
    evidence: list[str] = field(default_factory=list)
    # stated starts and first report, kept until ``absorb`` changes the measure: matching
    # asks for them millions of times on a large graph (issue 14)
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    pending: _Pending | None = field(default=None, repr=False, compare=False)
    # the sets, lists and cache are a report's own until ``absorb`` first changes them:
    # copying every report's measure for every resolution cost more than matching it
    shared: bool = field(default=False, repr=False, compare=False)
    # one object per report, and per absorb of two tokens, in a process (``_same``)
    token: object = field(default=None, repr=False, compare=False)

    @property
    def kind(self) -> str:
        if "kind" not in self.cache:
            self.cache["kind"] = str(self.props.get("kind") or UNKNOWN_KIND)
        return str(self.cache["kind"])

    def family(self) -> str:
        """The kind's family, "*" for an unknown kind."""
        if "family" not in self.cache:
            kind = self.kind
            self.cache["family"] = "*" if kind == UNKNOWN_KIND else kind_family(kind)
        return str(self.cache["family"])

    def events(self) -> Iterable[str]:
        return self.props.get("status_events") or [] if self.pending is None \
            else self.pending.events

    def stated(self) -> list[tuple[date, str]]:
        """(day, status) of every start the text states: announcements and entries into force
        (restrictions), any dated status (agreements). A date that is only the reporting
        article's publication date states nothing: extraction may have put it there."""
        if "stated" in self.cache:
            return list(self.cache["stated"])
        found = set()
        closed = True
        for text in self.events():
            event = StatusEvent.decode(text)
            closed = closed and event.source in self.articles
            if event.basis != "stated" or event.date == self.articles.get(event.source):
                continue
            if self.label is Label.RESTRICTION and event.status not in _ACTIVE:
                continue
            day = _day(event.date)
            if day is not None:
                found.add((day, event.status))
        self.cache["stated"] = sorted(found)
        self.cache["closed"] = closed
        return list(self.cache["stated"])

    def start(self) -> str:
        if "start" not in self.cache:
            stated = self.stated()
            self.cache["start"] = stated[0][0].isoformat() if stated else ""
        return str(self.cache["start"])

    def first_reported(self) -> str:
        if "first" not in self.cache:
            self.cache["first"] = min((p for p in self.articles.values() if p), default="")
        return str(self.cache["first"])

    def days(self) -> tuple[date | None, date | None]:
        """The stated start and the first report as dates."""
        if "days" not in self.cache:
            self.cache["days"] = (_day(self.start()), _day(self.first_reported()))
        return self.cache["days"]  # type: ignore[no-any-return]

    def order(self) -> tuple[bool, str, str, str]:
        return (not self.start(), self.start(), self.first_reported(), self.id)

    def warm(self) -> None:
        """Compute what matching asks of every measure, for copies to share."""
        self.order(), self.days(), self.family()

    def unshare(self) -> None:
        """Take copies of what the measure shares with the report it was made from."""
        if self.shared:
            self.shared = False
            self.actors, self.covers = set(self.actors), set(self.covers)
            self.general, self.targets = set(self.general), set(self.targets)
            self.articles, self.evidence = dict(self.articles), list(self.evidence)
            self.cache = dict(self.cache)

    def finish(self) -> None:
        """Write what absorbing gathered into the properties."""
        pending, self.pending = self.pending, None
        if pending is None:
            return
        props = self.props
        props["merged_ids"] = sorted(pending.merged_ids - {self.id})
        props["status_events"] = sorted(pending.events)
        for key, statuses in _date_statuses(self.label).items():
            stated = _earliest(pending.events, statuses, self.articles)
            if stated or pending.dates[key]:
                props[key] = stated or min(pending.dates[key])
        props.update(status_props(self.label, props))


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def report_events(label: Label, props: Mapping[str, Any], article: str,
                  published: str | None) -> list[str]:
    """The events one article's report gives, a start date equal to its publication date
    counting as none stated (the report only shows the measure existed by then)."""
    if published:
        props = {k: v for k, v in props.items()
                 if not (k in ("announced", "effective", "date") and str(v) == published)}
    return events_from_report(label.value, props, article, published)


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


_TREES: dict[tuple[object, object], object] = {}
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


# ---------------------------------------------------------------------------- writing


def _earliest(events: Iterable[str], statuses: Iterable[str] | None,
              published: Mapping[str, str]) -> str | None:
    wanted = None if statuses is None else set(statuses)
    days = [e.date for e in map(StatusEvent.decode, events)
            if e.basis == "stated" and (wanted is None or e.status in wanted)
            and e.date != published.get(e.source)]
    return min(days) if days else None


def _date_statuses(label: Label) -> dict[str, tuple[str, ...] | None]:
    """Each date property of the label and the statuses whose stated events set it (None:
    any)."""
    if label is Label.RESTRICTION:
        return {"announced": ("announced",), "effective": ("in_force",)}
    return {"date": None}


def _pending(measure: Measure) -> _Pending:
    if measure.pending is None:
        props = measure.props
        measure.pending = _Pending(
            set(props.get("status_events") or []),
            set(props.get("merged_ids") or []) | {measure.id},
            {key: {str(props[key])} if props.get(key) else set()
             for key in _date_statuses(measure.label)},
            set(measure.evidence))
    return measure.pending


def absorb(survivor: Measure, duplicate: Measure) -> None:
    """The survivor takes in the duplicate: properties, relations and reports. The merged
    node keeps the smaller of the two ids, so that its id depends on which reports it holds,
    not on the order they came in. The merged history, dates and status are written by
    ``survivor.finish()``."""
    survivor.unshare()
    duplicate.finish()
    tokens = (survivor.token, duplicate.token)
    survivor.token = None if None in tokens else _TREES.setdefault(tokens, object())
    props = dict(survivor.props)
    other = duplicate.props
    for key, value in other.items():
        if key not in props or props[key] in (None, [], ""):
            props[key] = value
    if props.get("kind") in (None, UNKNOWN_KIND) and other.get("kind"):
        props["kind"] = other["kind"]
    if not survivor.actors and duplicate.actors and other.get("name"):
        props["name"] = other["name"]  # the name that says who imposes it
    for key in ("aliases", "hs_codes"):
        merged = sorted(set(survivor.props.get(key) or []) | set(other.get(key) or []))
        if merged:
            props[key] = merged
    pending = _pending(survivor)
    pending.merged_ids.update(other.get("merged_ids") or [])
    pending.merged_ids.update((duplicate.id, survivor.id))
    pending.events.update(other.get("status_events") or [])
    for key in pending.dates:
        if other.get(key):
            pending.dates[key].add(str(other[key]))
    cache = survivor.cache
    stated = cache.get("stated") if cache.get("closed") else None
    other_stated = duplicate.stated() if stated is not None else None
    survivor.actors |= duplicate.actors
    survivor.covers |= duplicate.covers
    survivor.general |= duplicate.general
    survivor.targets |= duplicate.targets
    survivor.articles.update(duplicate.articles)
    for sentence in duplicate.evidence:
        if sentence not in pending.seen_evidence:
            pending.seen_evidence.add(sentence)
            survivor.evidence.append(sentence)
    survivor.id = min(survivor.id, duplicate.id)
    props["id"] = survivor.id
    survivor.props = props
    first = min((p for p in (cache.get("first"), duplicate.first_reported()) if p), default="") \
        if "first" in cache else None
    cache.clear()
    if stated is not None and other_stated is not None and duplicate.cache.get("closed"):
        # every event's article belongs to its own measure, so no publication date changes
        # which events state a start: the union of both is the merged measure's
        cache["stated"] = sorted(set(stated) | set(other_stated))
        cache["closed"] = True
    if first is not None:
        cache["first"] = first


def status_props(label: Label, props: Mapping[str, Any]) -> dict[str, Any]:
    events = list(props.get("status_events") or [])
    status = node_status(events)
    if label is Label.AGREEMENT and all(e.endswith("|mentioned") for e in events):
        return {}  # a mention alone says nothing about an agreement's status
    return {"status": status} if status is not None else {}
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
