"""One measure, one node: resolving restrictions and agreements across articles (issue 12).

Extraction makes one Restriction per article (its id hashes the article), so fifty reports of
one licensing regime arrive as fifty nodes. After each batch is merged, ``resolve_merged``
folds the new nodes into the measures they report, comparing them only with the measures
found through indexed keys (same imposer and kind family; a covered node in common when an
imposer is unknown). A restriction joins another when an imposer is in common (or, naming
none, a covered node), the kinds are of one family, the targets agree (or one names none)
and the start dates the text states agree within ``WINDOW_DAYS`` (an announcement and its
entry into force within ``EFFECT_LAG_DAYS``). A start equal to the reporting article's
publication day states nothing, because extraction may have filled it in: such an undated
report needs a covered node in common (or a group it belongs to) and joins the latest
measure that had started by then; dated reports that agree compare coverage by family
instead. Nodes one article reports side by side stay apart. An agreement joins one whose
distinctive name words agree (one set within the other), whose parties agree (likewise) and
whose dates agree. The merged node keeps the smallest id (so the graph does not depend on
the order articles came in), gains the others' aliases, dates, status events and
relationships (sources and evidence unioned), and remembers their ids in ``merged_ids`` so
that re-ingesting an article writes straight into it. ``resolve`` runs the same over a whole
graph; both run to a fixpoint, so running either again changes nothing.

A restriction kept apart is linked to the earlier measure it widens or replaces when its
evidence says so (EXPANDS, REPLACES; the earlier one gains an ``expanded`` status event). An
agreement SUSPENDS a restriction of one of its parties when an article reports the
restriction suspended or lifted in a sentence that names the agreement (a distinctive word of
its name, or its kind: "in line with the truce").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rekg.graph.store import (
    DERIVED_PROPERTIES,
    LOOKUP_KEYS,
    LOOKUP_KEYS_EXPRESSION,
    MergeStats,
    Store,
)
from rekg.schema import GraphFragment, Label, RelType
from rekg.schema.events import StatusEvent, events_from_report, merge_events, node_status

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
# Covered materials that stand for many others ("rare earths", "NdFeB magnets").
_GENERAL_MATERIALS = frozenset({"group", "magnet"})
_ACTIVE = frozenset({"announced", "in_force"})

_EXPANDS = re.compile(r"\b(expand\w*|extend\w*|broaden\w*|widen\w*|add(?:s|ed|ing)? to|"
                      r"on top of|build(?:s|ing)? on|new additions?|additional)\b", re.I)
_REPLACES = re.compile(r"\b(replac\w*|supersed\w*|in place of|succeed\w*)\b", re.I)
_SUSPENDS = re.compile(r"\b(suspend\w*|paus\w*|put on hold|on hold|freez\w*|froze\w*|"
                       r"lift\w*|shelv\w*|postpon\w*)\b", re.I)
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
class ResolveSummary:
    """Counts before and after, and what resolution did."""

    restrictions_before: int = 0
    restrictions_after: int = 0
    agreements_before: int = 0
    agreements_after: int = 0
    merged: int = 0
    links: int = 0

    def line(self) -> str:
        return (f"Restrictions: {self.restrictions_before} -> {self.restrictions_after}; "
                f"agreements: {self.agreements_before} -> {self.agreements_after}; "
                f"{self.merged} node{'' if self.merged == 1 else 's'} merged, "
                f"{self.links} link{'' if self.links == 1 else 's'} between measures.")

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


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

    @property
    def kind(self) -> str:
        return str(self.props.get("kind") or UNKNOWN_KIND)

    def stated(self) -> list[tuple[date, str]]:
        """(day, status) of every start the text states: announcements and entries into force
        (restrictions), any dated status (agreements). A date that is only the reporting
        article's publication date states nothing: extraction may have put it there."""
        found = set()
        for text in self.props.get("status_events") or []:
            event = StatusEvent.decode(text)
            if event.basis != "stated" or event.date == self.articles.get(event.source):
                continue
            if self.label is Label.RESTRICTION and event.status not in _ACTIVE:
                continue
            day = _day(event.date)
            if day is not None:
                found.add((day, event.status))
        return sorted(found)

    def start(self) -> str:
        stated = self.stated()
        return stated[0][0].isoformat() if stated else ""

    def first_reported(self) -> str:
        return min((p for p in self.articles.values() if p), default="")

    def order(self) -> tuple[bool, str, str, str]:
        return (not self.start(), self.start(), self.first_reported(), self.id)


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


# ---------------------------------------------------------------------------- reading


def _load(store: Store, label: Label, ids: Sequence[str] | None) -> list[Measure]:
    """Measures of ``label`` (all, or those with ``ids``) with actors, coverage, articles."""
    scope = "UNWIND $ids AS wanted MATCH (m:`%s` {id: wanted})" if ids is not None \
        else "MATCH (m:`%s`)"
    head = scope % label.value
    params = {"ids": list(ids or [])}
    measures = {row[0]: Measure(row[0], label, dict(row[1]))
                for row in store.read(f"{head} RETURN m.id, properties(m)", params).rows}
    actor = "(a)-[x:IMPOSES]->(m)" if label is Label.RESTRICTION else "(a)-[x:PARTY_TO]->(m)"
    for measure_id, actor_id, evidence in store.read(
            f"{head} MATCH {actor} RETURN m.id, a.id, x.evidence", params).rows:
        measures[measure_id].actors.add(actor_id)
        measures[measure_id].evidence.extend(evidence or [])
    covered = "RESTRICTS" if label is Label.RESTRICTION else "ADDRESSES"
    for measure_id, covered_id, kind, evidence in store.read(
            f"{head} MATCH (m)-[x:{covered}]->(c) RETURN m.id, c.id, c.kind, x.evidence",
            params).rows:
        measures[measure_id].covers.add(covered_id)
        if kind in _GENERAL_MATERIALS:
            measures[measure_id].general.add(covered_id)
        measures[measure_id].evidence.extend(evidence or [])
    if label is Label.RESTRICTION:
        for measure_id, target_id in store.read(
                f"{head} MATCH (m)-[:TARGETS]->(t) RETURN m.id, t.id", params).rows:
            measures[measure_id].targets.add(target_id)
    for measure_id, article_id, published in store.read(
            f"{head} MATCH (p:Article)-[:MENTIONS]->(m) RETURN m.id, p.id, p.published",
            params).rows:
        measures[measure_id].articles[article_id] = published or ""
    return [measures[key] for key in sorted(measures)]


def _candidate_ids(store: Store, label: Label, seeds: Iterable[str]) -> list[str]:
    """The seeds and every measure that could be one of them, found through indexed ids:
    restrictions sharing an imposer and a kind family (or with an unknown kind), and those
    sharing a covered node where either has no imposer; agreements sharing a party, and
    those without parties."""
    seeds = sorted(set(seeds))
    if not seeds:
        return []
    found = set(seeds)
    if label is Label.AGREEMENT:
        rows = store.read(
            "UNWIND $ids AS seed MATCH (s:Agreement {id: seed})<-[:PARTY_TO]-()"
            "-[:PARTY_TO]->(m:Agreement) RETURN DISTINCT m.id", {"ids": seeds}).rows
        found |= {row[0] for row in rows}
        # an agreement without parties may be any of them: those are few, all are compared
        rows = store.read(
            "MATCH (m:Agreement) OPTIONAL MATCH (p)-[:PARTY_TO]->(m) "
            "WITH m, count(p) AS parties RETURN m.id, parties = 0").rows
        partyless = {agreement for agreement, alone in rows if alone}
        if partyless & found:
            return sorted(row[0] for row in rows)
        return sorted(found | partyless)
    rows = store.read(
        "UNWIND $ids AS seed MATCH (s:Restriction {id: seed})<-[:IMPOSES]-()"
        "-[:IMPOSES]->(m:Restriction) RETURN DISTINCT s.kind, m.id, m.kind",
        {"ids": seeds}).rows
    for seed_kind, other, other_kind in rows:
        kinds = {kind_family(str(k or UNKNOWN_KIND)) for k in (seed_kind, other_kind)}
        if len(kinds) == 1 or UNKNOWN_KIND in kinds:
            found.add(other)
    rows = store.read(
        "UNWIND $ids AS seed MATCH (s:Restriction {id: seed})-[:RESTRICTS]->()"
        "<-[:RESTRICTS]-(m:Restriction) WHERE m.id <> s.id "
        "OPTIONAL MATCH (a)-[:IMPOSES]->(s) OPTIONAL MATCH (b)-[:IMPOSES]->(m) "
        "WITH m, count(a) AS by_s, count(b) AS by_m WHERE by_s = 0 OR by_m = 0 "
        "RETURN DISTINCT m.id", {"ids": seeds}).rows
    found |= {row[0] for row in rows}
    return sorted(found)


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


def _name_words(measure: Measure) -> frozenset[str]:
    """The distinctive words of a canonical name: 'Geneva consensus' -> {'geneva'}.

    Aliases are left out: generic surface forms ('critical minerals agreement') are shared
    by unrelated agreements.
    """
    name = str(measure.props.get("name") or "").lower()
    return frozenset(w for w in re.findall(r"[a-z0-9]+", name) if w not in _GENERIC)


def _reported_before_start(a: Measure, b: Measure) -> bool:
    """Was one of the two, stating no start, reported before the other started?"""
    for early, late in ((a, b), (b, a)):
        reported, start = _day(early.first_reported()), _day(late.start())
        if not early.start() and reported and start and \
                (start - reported).days > WINDOW_DAYS:
            return True
    return False


def _kinds_agree(a: Measure, b: Measure) -> bool:
    return UNKNOWN_KIND in (a.kind, b.kind) or kind_family(a.kind) == kind_family(b.kind)


def _same_restriction(a: Measure, b: Measure, families: Families) -> bool:
    if a.articles.keys() & b.articles.keys():
        return False  # extraction kept them apart in an article that reports both
    if a.actors and b.actors and not a.actors & b.actors:
        return False  # an imposer in common: a ministry and its country are both named
    if not (a.actors and b.actors) and not a.covers & b.covers:
        return False  # without an imposer, only a covered node in common tells
    if not _kinds_agree(a, b):
        return False
    if a.targets and b.targets and not a.targets & b.targets:
        return False
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
    words_a, words_b = _name_words(a), _name_words(b)
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


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


def _absorb(survivor: Measure, duplicate: Measure) -> None:
    """The survivor takes in the duplicate: properties, relations and reports. The merged
    node keeps the smaller of the two ids, so that its id depends on which reports it holds,
    not on the order they came in."""
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
    final = min(survivor.id, duplicate.id)
    props["merged_ids"] = sorted((set(survivor.props.get("merged_ids") or [])
                                  | set(other.get("merged_ids") or [])
                                  | {duplicate.id, survivor.id}) - {final})
    props["status_events"] = merge_events(survivor.props.get("status_events") or [],
                                          other.get("status_events") or [])
    survivor.actors |= duplicate.actors
    survivor.covers |= duplicate.covers
    survivor.general |= duplicate.general
    survivor.targets |= duplicate.targets
    survivor.articles.update(duplicate.articles)
    survivor.evidence += [e for e in duplicate.evidence if e not in survivor.evidence]
    events, published = props["status_events"], survivor.articles
    keys = {"announced": ("announced",), "effective": ("in_force",)} \
        if survivor.label is Label.RESTRICTION else {"date": None}
    for key, statuses in keys.items():
        stated = _earliest(events, statuses, published)
        present = sorted(str(v) for v in (survivor.props.get(key), other.get(key)) if v)
        if stated or present:
            props[key] = stated or present[0]
    props["id"] = survivor.id = final
    props.update(_status_props(survivor.label, props))
    survivor.props = props


def _status_props(label: Label, props: Mapping[str, Any]) -> dict[str, Any]:
    events = list(props.get("status_events") or [])
    status = node_status(events)
    if label is Label.AGREEMENT and all(e.endswith("|mentioned") for e in events):
        return {}  # a mention alone says nothing about an agreement's status
    return {"status": status} if status is not None else {}


def _move_relationships(store: Store, label: Label, survivor_of: Mapping[str, str]) -> None:
    """Give each survivor the relationships of the duplicates merged into it."""
    params = {"ids": sorted(survivor_of)}
    head = f"UNWIND $ids AS id MATCH (d:`{label.value}` {{id: id}})"
    rows = [[row[0], True, *row[1:]] for row in store.read(
        f"{head}-[r]->(x) RETURN d.id, type(r), x.id, labels(x)[0], properties(r)",
        params).rows]
    rows += [[row[0], False, *row[1:]] for row in store.read(
        f"{head}<-[r]-(x) RETURN d.id, type(r), x.id, labels(x)[0], properties(r)",
        params).rows]
    merged: dict[tuple[str, bool, str, str, str], dict[str, Any]] = {}
    for duplicate, outgoing, rel_type, other, other_label, props in sorted(
            rows, key=lambda row: (row[0], row[1], row[2], row[3])):
        survivor = survivor_of[duplicate]
        other = survivor_of.get(other, other) if other_label == label.value else other
        if other == survivor:
            continue  # a link between the two would become a loop
        RelType(rel_type)  # only the schema's types are ever formatted into Cypher
        Label(other_label)
        row = merged.setdefault((rel_type, bool(outgoing), other_label, survivor, other), {
            "survivor": survivor, "other": other, "props": {}, "sources": [],
            "evidence": [], "confidence": 0.0})
        row["props"].update({k: v for k, v in props.items()
                             if k not in ("sources", "evidence", "confidence")})
        row["sources"] += [s for s in props.get("sources") or [] if s not in row["sources"]]
        row["evidence"] += [e for e in props.get("evidence") or [] if e not in row["evidence"]]
        row["confidence"] = max(row["confidence"], float(props.get("confidence", 1.0)))
    groups: dict[tuple[str, bool, str], list[dict[str, Any]]] = {}
    for (rel_type, outgoing, other_label, _, _), row in merged.items():
        groups.setdefault((rel_type, outgoing, other_label), []).append(row)
    for (rel_type, outgoing, other_label), batch in sorted(groups.items()):
        pattern = f"(s)-[r:`{rel_type}`]->(x)" if outgoing else f"(x)-[r:`{rel_type}`]->(s)"
        store.write(
            f"UNWIND $rows AS row MATCH (s:`{label.value}` {{id: row.survivor}}) "
            f"MATCH (x:`{other_label}` {{id: row.other}}) MERGE {pattern} "
            "ON CREATE SET r += row.props "
            "SET r.sources = coalesce(r.sources, []) + "
            "[s IN row.sources WHERE NOT s IN coalesce(r.sources, [])], "
            "r.evidence = coalesce(r.evidence, []) + "
            "[e IN row.evidence WHERE NOT e IN coalesce(r.evidence, [])], "
            "r.confidence = CASE WHEN r.confidence IS NULL OR r.confidence < row.confidence "
            "THEN row.confidence ELSE r.confidence END",
            {"rows": batch})


def _set_props(store: Store, label: Label, updates: Mapping[str, Mapping[str, Any]]) -> None:
    """Write properties (the lookup keys follow the merged names and aliases)."""
    rows = [{"id": k, "props": {p: x for p, x in v.items() if p not in DERIVED_PROPERTIES}}
            for k, v in sorted(updates.items())]
    if rows:
        store.write(f"UNWIND $rows AS row MATCH (n:`{label.value}` {{id: row.id}}) "
                    f"SET n += row.props SET n.{LOOKUP_KEYS} = {LOOKUP_KEYS_EXPRESSION}",
                    {"rows": rows})


def _apply_merges(store: Store, label: Label, survivor_of: Mapping[str, str],
                  survivors: Sequence[Measure]) -> None:
    """Write what matching decided: relationships moved, survivors updated, duplicates gone."""
    if not survivor_of:
        return
    _move_relationships(store, label, survivor_of)
    winners = set(survivor_of.values())
    _set_props(store, label, {m.id: m.props for m in survivors if m.id in winners})
    store.write(f"UNWIND $ids AS id MATCH (d:`{label.value}` {{id: id}}) DETACH DELETE d",
                {"ids": sorted(survivor_of)})


def _link(store: Store, rel_type: RelType, source: Measure, target: Measure,
          sources: list[str], evidence: str) -> None:
    store.write(
        f"MATCH (a:`{source.label.value}` {{id: $a}}) MATCH (b:`{target.label.value}` {{id: $b}}) "
        f"MERGE (a)-[r:`{rel_type.value}`]->(b) "
        "SET r.sources = coalesce(r.sources, []) + "
        "[s IN $sources WHERE NOT s IN coalesce(r.sources, [])], "
        "r.evidence = coalesce(r.evidence, []) + "
        "[e IN [$evidence] WHERE NOT e IN coalesce(r.evidence, [])], "
        "r.confidence = coalesce(r.confidence, 0.6)",
        {"a": source.id, "b": target.id, "sources": sorted(sources), "evidence": evidence})


# ---------------------------------------------------------------------------- resolving


_Key = tuple[str, str] | None


def _buckets(measure: Measure) -> list[_Key] | None:
    """Where a measure's possible matches are filed (imposer, kind family); None when it
    could match anything (an agreement, no imposer, an unknown kind)."""
    if measure.label is Label.AGREEMENT or not measure.actors or measure.kind == UNKNOWN_KIND:
        return None
    return [(actor, kind_family(measure.kind)) for actor in sorted(measure.actors)]


class _Filed:
    """Survivors filed by bucket, so that a measure is compared with its possible matches."""

    def __init__(self) -> None:
        self.all: list[Measure] = []
        self.by_key: dict[_Key, list[Measure]] = {}

    def add(self, measure: Measure) -> None:
        self.all.append(measure)
        for key in _buckets(measure) or [None]:
            self.by_key.setdefault(key, []).append(measure)

    def refile(self, measure: Measure, before: list[_Key] | None) -> None:
        for key in before or [None]:
            self.by_key[key].remove(measure)
        for key in _buckets(measure) or [None]:
            self.by_key.setdefault(key, []).append(measure)

    def pool(self, measure: Measure) -> list[Measure]:
        keys = _buckets(measure)
        if keys is None:
            return self.all
        found = {id(m): m for key in [*keys, None] for m in self.by_key.get(key, [])}
        return list(found.values())


def _match(measures: list[Measure], families: Families) -> tuple[list[Measure], dict[str, str]]:
    """Merge matching measures (in memory) until none match: the survivors, and each merged
    id's survivor."""
    survivor_of: dict[str, str] = {}
    measures = sorted(measures, key=Measure.order)
    changed = True
    while changed:
        changed = False
        filed = _Filed()
        for measure in measures:
            pool = filed.pool(measure)
            if measure.label is Label.RESTRICTION:
                matches = [s for s in pool if _same_restriction(s, measure, families)]
            else:
                matches = [s for s in pool if _same_agreement(s, measure)]
            matches.sort(key=Measure.order)
            chosen = _pick(matches, measure) if matches else None
            if chosen is None:
                filed.add(measure)
                continue
            before = _buckets(chosen)
            gone = {chosen.id, measure.id}
            _absorb(chosen, measure)
            gone.discard(chosen.id)
            for merged, survivor in list(survivor_of.items()):
                if survivor in gone:
                    survivor_of[merged] = chosen.id
            survivor_of.update(dict.fromkeys(gone, chosen.id))
            if _buckets(chosen) != before:
                filed.refile(chosen, before)
            changed = True
        measures = sorted(filed.all, key=Measure.order)
    return measures, survivor_of


def _resolve_label(store: Store, label: Label, ids: Sequence[str] | None,
                   families: Families) -> tuple[list[Measure], int]:
    """Merge matching measures among ``ids`` (None: all) until none match; the survivors."""
    measures = _load(store, label, ids)
    recorded = {m.id: m.props for m in measures if _record_events(m)}
    survivors, survivor_of = _match(measures, families)
    _set_props(store, label, {k: v for k, v in recorded.items() if k not in survivor_of})
    _apply_merges(store, label, survivor_of, survivors)
    return survivors, len(survivor_of)
def _links(store: Store, restrictions: list[Measure], agreements: list[Measure]) -> int:
    """Link measures where the evidence says so; returns how many links there are."""
    wanted: list[tuple[RelType, Measure, Measure, list[str], str]] = []
    groups: dict[tuple[str, str], list[Measure]] = {}
    for measure in restrictions:
        for actor in measure.actors:
            groups.setdefault((actor, kind_family(measure.kind)), []).append(measure)
    for measure in sorted(restrictions, key=Measure.order):
        peers = {id(m): m for actor in measure.actors
                 for m in groups[(actor, kind_family(measure.kind))]}
        earlier = sorted((m for m in peers.values() if m.start() and measure.start()
                          and m.start() < measure.start()), key=Measure.order)
        if earlier:
            for rel_type, cue in ((RelType.EXPANDS, _EXPANDS), (RelType.REPLACES, _REPLACES)):
                sentence = next((e for e in measure.evidence if cue.search(e)), None)
                if sentence is not None:
                    wanted.append((rel_type, measure, earlier[-1], sorted(measure.articles),
                                   sentence))
    for agreement in agreements:
        for restriction in restrictions:
            if not agreement.actors & restriction.actors:
                continue
            stopped = {e.split("|")[2] for e in restriction.props.get("status_events") or []
                       if e.split("|")[1] in ("suspended", "lifted")}
            shared = sorted(stopped & set(agreement.articles))
            names = _name_words(agreement) | {str(agreement.props.get("kind") or "").lower()}
            sentence = next((e for e in restriction.evidence if _SUSPENDS.search(e)
                             and names & set(re.findall(r"[a-z0-9]+", e.lower()))), None)
            if shared and sentence is not None:
                wanted.append((RelType.SUSPENDS, agreement, restriction, shared, sentence))
    present: dict[tuple[str, str, str], tuple[set[str], set[str]]] = {}
    for rel_type, source_label, target_label in {(w[0], w[1].label, w[2].label) for w in wanted}:
        pairs = [[w[1].id, w[2].id] for w in wanted if w[0] is rel_type]
        for a, b, sources, evidence in store.read(
                f"UNWIND $pairs AS p MATCH (a:`{source_label.value}` {{id: p[0]}})"
                f"-[r:`{rel_type.value}`]->(b:`{target_label.value}` {{id: p[1]}}) "
                "RETURN a.id, b.id, r.sources, r.evidence", {"pairs": pairs}).rows:
            present[(a, rel_type.value, b)] = (set(sources or []), set(evidence or []))
    for rel_type, source, target, sources, sentence in wanted:
        known = present.get((source.id, rel_type.value, target.id))
        if known is None or not set(sources) <= known[0] or sentence not in known[1]:
            _link(store, rel_type, source, target, sources, sentence)
    expanded: dict[str, list[str]] = {}
    for rel_type, source, target, _, _ in wanted:
        if rel_type is RelType.EXPANDS and source.start():
            # the earlier measure's history records the widening, as its first report told it
            first = min(source.articles.items(), key=lambda item: (item[1], item[0]))[0] \
                if source.articles else source.id
            expanded.setdefault(target.id, []).append(
                StatusEvent(source.start(), "expanded", first, "stated").encode())
    _add_events(store, Label.RESTRICTION, expanded)
    return len({(w[0], w[1].id, w[2].id) for w in wanted})


def _record_events(measure: Measure) -> bool:
    """Give a measure without a history the events its own reports imply; did it need any?"""
    if measure.props.get("status_events"):
        return False
    events = merge_events(*(report_events(measure.label, measure.props, article, published)
                            for article, published in sorted(measure.articles.items())))
    if not events:
        return False
    props: dict[str, Any] = {"status_events": events}
    props.update(_status_props(measure.label, props))
    measure.props.update(props)
    return True


def _count(store: Store, label: Label) -> int:
    return int(store.read(f"MATCH (n:`{label.value}`) RETURN count(n)").rows[0][0])


def resolve(store: Store, families: Families = same_id,
            seeds: Mapping[Label, Sequence[str]] | None = None) -> ResolveSummary:
    """Resolve the measures of the whole graph (or those sharing an actor with ``seeds``).

    Node counts before and after are only taken for the whole graph (``seeds`` None).
    """
    summary = ResolveSummary()
    if seeds is None:
        summary.restrictions_before = _count(store, Label.RESTRICTION)
        summary.agreements_before = _count(store, Label.AGREEMENT)
    survivors: dict[Label, list[Measure]] = {}
    for label in (Label.RESTRICTION, Label.AGREEMENT):
        ids = None if seeds is None else _candidate_ids(store, label, seeds.get(label, ()))
        if ids is not None and not ids:
            survivors[label] = []
            continue
        survivors[label], merged = _resolve_label(store, label, ids, families)
        summary.merged += merged
    summary.links = _links(store, survivors[Label.RESTRICTION], survivors[Label.AGREEMENT])
    if seeds is None:
        summary.restrictions_after = _count(store, Label.RESTRICTION)
        summary.agreements_after = _count(store, Label.AGREEMENT)
    return summary


def _redirect(store: Store, fragment: GraphFragment) -> None:
    """Rename fragment measures whose ids were merged away earlier to their survivors."""
    for label in (Label.RESTRICTION, Label.AGREEMENT):
        ids = [n.id for n in fragment.nodes.values() if n.label is label]
        if not ids:
            continue
        rows = store.read(
            f"MATCH (n:`{label.value}`) WHERE any(m IN coalesce(n.merged_ids, []) "
            "WHERE m IN $ids) RETURN n.id, [m IN n.merged_ids WHERE m IN $ids]",
            {"ids": ids}).rows
        renames = {old: survivor for survivor, olds in rows for old in olds}
        if renames:
            _rename(fragment, renames)


def _rename(fragment: GraphFragment, renames: Mapping[str, str]) -> None:
    nodes = list(fragment.nodes.values())
    relationships = list(fragment.relationships.values())
    fragment.nodes.clear()
    fragment.relationships.clear()
    for node in nodes:
        if node.id in renames:
            node = node.model_copy(update={"id": renames[node.id]})
        fragment.add_node(node)
    for rel in relationships:
        if rel.source in renames or rel.target in renames:
            rel = rel.model_copy(update={"source": renames.get(rel.source, rel.source),
                                         "target": renames.get(rel.target, rel.target)})
        if rel.source != rel.target:
            fragment.add_relationship(rel)


def redirect_to_survivors(store: Store, fragment: GraphFragment) -> None:
    """Before a merge: point a fragment's measures that were merged away at their survivors."""
    _redirect(store, fragment)


def resolve_merged(store: Store, fragments: Sequence[GraphFragment],
                   families: Families = same_id) -> int:
    """After a merge: record each article's status events on its measures, then resolve the
    measures the fragments touched. Returns how many nodes were merged into others."""
    seeds: dict[Label, list[str]] = {Label.RESTRICTION: [], Label.AGREEMENT: []}
    reported: dict[Label, dict[str, list[str]]] = {label: {} for label in seeds}
    for fragment in fragments:
        article = next((n for n in fragment.nodes.values() if n.label is Label.ARTICLE), None)
        for label in seeds:
            measures = [node for node in fragment.nodes.values() if node.label is label]
            seeds[label].extend(node.id for node in measures)
            if article is None:
                continue
            published = getattr(article, "published", None)
            for node in measures:
                reported[label].setdefault(node.id, []).extend(
                    report_events(label, node.properties(), article.id, published))
    for label, events in reported.items():
        _add_events(store, label, events)
    if not any(seeds.values()):
        return 0
    return resolve(store, families, seeds).merged


def merge_resolved(store: Store, fragment: GraphFragment,
                   families: Families = same_id) -> MergeStats:
    """Merge one article's fragment, then resolve the measures it touched.

    Nodes merged into an existing measure do not count as created.
    """
    redirect_to_survivors(store, fragment)
    stats = store.merge(fragment)
    merged = resolve_merged(store, [fragment], families)
    stats.nodes_created = max(0, stats.nodes_created - merged)
    return stats


def _add_events(store: Store, label: Label, reported: Mapping[str, list[str]]) -> None:
    """Add each node's newly reported events to its history, in one read and one write."""
    if not reported:
        return
    rows = store.read(f"UNWIND $ids AS id MATCH (n:`{label.value}` {{id: id}}) "
                      "RETURN n.id, n.status_events", {"ids": sorted(reported)}).rows
    updates = []
    for node_id, current in rows:
        merged = merge_events(current or [], reported[node_id])
        if merged != list(current or []):
            props: dict[str, Any] = {"status_events": merged}
            props.update(_status_props(label, props))
            updates.append({"id": node_id, "props": props})
    if updates:
        store.write(f"UNWIND $rows AS row MATCH (n:`{label.value}` {{id: row.id}}) "
                    "SET n += row.props", {"rows": updates})
