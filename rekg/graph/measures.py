"""Restrictions and agreements as resolution handles them: a ``Measure`` made from the
reports of one or more articles, and ``absorb``, which merges one into another (dates,
statuses, sources, evidence). Which reports are one measure is ``rekg.graph.matching``;
``rekg.graph.resolve`` reads measures from the store and writes the merges.
"""

from __future__ import annotations

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


# ---------------------------------------------------------------------------- writing


_TREES: dict[tuple[object, object], object] = {}
"""(token, token) -> the token of their absorb: one object per combination in a process."""


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
