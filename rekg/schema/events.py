"""Dated status events of restrictions and agreements, and the status they give on a day.

A measure keeps its history in one list property, ``status_events``, of strings
``DATE|STATUS|ARTICLE|BASIS`` kept in sorted order (DESIGN.md section 3a). One list of
self-contained strings rather than event nodes or parallel lists, because both stores query it
with the same ``split``/``reduce`` Cypher, every export carries it as a plain list, and a
format that keeps no list order (RDF) reads it back in the same order by sorting.

``BASIS`` says where the date comes from: ``stated`` (the text gives it), ``reported`` (the
article's publication date: the status held when it was written) or ``mentioned`` (the article
names the measure without a status cue; it proves the measure existed, and never overrides a
status reported before it). Conflicting reports are all kept; on one day the status that sorts
last wins, as it does in the Cypher of the as-of queries.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

SEPARATOR = "|"
BASES = ("stated", "reported", "mentioned")
RESTRICTION_EVENT_STATUSES = (
    "announced", "in_force", "expanded", "suspended", "lifted", "threatened", "denied", "alleged",
)
AGREEMENT_EVENT_STATUSES = (
    "proposed", "preliminary", "agreed", "approved", "in_force", "suspended", "collapsed",
)
# Statuses under which a restriction applies (an expansion is in force by definition).
ACTIVE_EVENT_STATUSES = ("announced", "in_force", "expanded", "alleged")
_NODE_STATUS = {"expanded": "in_force"}


@dataclass(frozen=True, order=True)
class StatusEvent:
    """One dated status of a measure, as one article reported it."""

    date: str
    status: str
    source: str
    basis: str = "stated"

    def encode(self) -> str:
        return SEPARATOR.join((self.date, self.status, self.source, self.basis))

    @classmethod
    def decode(cls, text: str) -> StatusEvent:
        return _decoded(text)


@lru_cache(maxsize=1 << 17)
def _decoded(text: str) -> StatusEvent:
    # resolution decodes each measure's whole history after every merge it takes part in
    parts = text.split(SEPARATOR)
    if len(parts) != 4:
        raise ValueError(f"status event {text!r} is not DATE|STATUS|ARTICLE|BASIS")
    return StatusEvent(*parts)


def merge_events(*lists: Iterable[str]) -> list[str]:
    """The union of encoded event lists, in their canonical (sorted) order."""
    return sorted({event for events in lists for event in events})


def status_on(events: Iterable[str], day: str | None = None) -> str | None:
    """The status on ``day`` (a date or a prefix such as 2025-04; None: the latest).

    Mirrors the Cypher of the as-of queries: the last event dated up to the day wins, except
    that a mention never overrides a status already reported.
    """
    status: str | None = None
    for text in events:
        if day is not None and text[: len(day)] > day:
            continue
        event = StatusEvent.decode(text)
        if status is not None and event.basis == "mentioned":
            continue
        status = event.status
    return status


def node_status(events: Iterable[str]) -> str | None:
    """The ``status`` property a measure gets from its history (expanded counts as in force)."""
    status = status_on(events)
    return None if status is None else _NODE_STATUS.get(status, status)


def events_from_report(label: str, props: Mapping[str, Any], article: str,
                       published: str | None) -> list[str]:
    """Events one article's report of a measure gives (its node properties as extracted)."""
    published = published or ""
    found: set[StatusEvent] = set()
    status = props.get("status")
    if label == "Restriction":
        announced, effective = props.get("announced"), props.get("effective")
        if announced:
            found.add(StatusEvent(str(announced), "announced", article, "stated"))
        if effective:
            found.add(StatusEvent(str(effective), "in_force", article, "stated"))
        if status == "announced" and not announced:
            found.add(StatusEvent(published, "announced", article, "mentioned"))
        elif status == "in_force" and not effective:
            found.add(StatusEvent(published, "in_force", article, "reported"))
        elif status in RESTRICTION_EVENT_STATUSES and status not in ("announced", "in_force"):
            found.add(StatusEvent(published, str(status), article, "reported"))
    elif label == "Agreement":
        date = props.get("date")
        if status in AGREEMENT_EVENT_STATUSES:
            found.add(StatusEvent(str(date or published), str(status), article,
                                  "stated" if date else "reported"))
        elif date:
            found.add(StatusEvent(str(date), "agreed", article, "stated"))
        else:
            found.add(StatusEvent(published, "agreed", article, "mentioned"))
    return sorted(event.encode() for event in found)


AGREEMENT_ACTIVE_STATUSES = ("preliminary", "agreed", "approved", "in_force")


def active_spells(events: Iterable[str], active: Iterable[str] = ACTIVE_EVENT_STATUSES,
                  ) -> list[tuple[str, str | None]]:
    """(start, end) periods in which a measure applied; end None means still applying.

    ``active`` names the statuses that count (restrictions by default; agreements use
    ``AGREEMENT_ACTIVE_STATUSES``). Undated events are ignored: a spell needs a first day.
    """
    active = tuple(active)
    spells: list[tuple[str, str | None]] = []
    start: str | None = None
    days = sorted({text.split(SEPARATOR, 1)[0] for text in events} - {""})
    listed = list(events)
    for day in days:
        applies = status_on(listed, day) in active
        if applies and start is None:
            start = day
        elif not applies and start is not None:
            spells.append((start, day))
            start = None
    if start is not None:
        spells.append((start, None))
    return spells
