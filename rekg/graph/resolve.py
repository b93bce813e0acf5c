"""One measure, one node: resolving restrictions and agreements across articles (issue 12).

Extraction makes one Restriction per article (its id hashes the article), so fifty reports of
one licensing regime arrive as fifty nodes. After merges (``rekg.loaders.ingest.Unresolved``
says when), ``resolve`` matches every report again, the kept ones (``rekg.graph.reports``)
and the new, in one canonical order (``rekg.graph.matching.match``), and writes only the
nodes whose result changed: the graph is a function of the set of reports, not of how they
were batched or ordered (issue 12), and a second pass writes nothing.

A restriction joins another when an imposer is in common (or, naming none, a covered node),
the kinds are of one family, the targets agree (or one names none) and the start dates the
text states agree within ``WINDOW_DAYS`` (an announcement and its entry into force within
``EFFECT_LAG_DAYS``). A start equal to the reporting article's publication day states
nothing, because extraction may have filled it in: such an undated report needs a covered
node in common (or a group it belongs to) and joins the latest measure that had started by
then; dated reports that agree compare coverage by family instead. Nodes one article reports
side by side stay apart. An agreement joins one whose distinctive name words agree (one set
within the other), whose parties agree (likewise) and whose dates agree. The merged node keeps
the smallest id, its members' aliases, dates, status events and relationships (sources and
evidence unioned), and their ids in ``merged_ids``.

A restriction kept apart is linked to the earlier measure it widens or replaces when its
evidence says so (EXPANDS, REPLACES; the earlier one gains an ``expanded`` status event). An
agreement SUSPENDS a restriction of one of its parties when an article reports the
restriction suspended or lifted in a sentence that names the agreement (a distinctive word of
its name, or its kind: "in line with the truce").
"""

from __future__ import annotations

import bisect
import functools
import gc
import hashlib
import json
import re
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rekg.graph.matching import match, name_words
from rekg.graph.measures import (
    Families,
    Measure,
    absorb,
    kind_family,
    same_id,
    status_props,
)
from rekg.graph.reports import REPORTS, RESOLVED, Report, from_fragment, from_node
from rekg.graph.store import (
    LOOKUP_KEYS,
    WRITE_BATCH_SIZE,
    MergeStats,
    Store,
)
from rekg.schema import GraphFragment, Label, RelType
from rekg.schema.events import StatusEvent, merge_events

__all__ = ["ResolveSummary", "kind_family", "merge_resolved", "resolve", "resolve_merged",
           "resolve_pending"]

_MEASURES = (Label.RESTRICTION, Label.AGREEMENT)
_EXPANDS = re.compile(r"\b(expand\w*|extend\w*|broaden\w*|widen\w*|add(?:s|ed|ing)? to|"
                      r"on top of|build(?:s|ing)? on|new additions?|additional)\b", re.I)
_REPLACES = re.compile(r"\b(replac\w*|supersed\w*|in place of|succeed\w*)\b", re.I)
_SUSPENDS = re.compile(r"\b(suspend\w*|paus\w*|put on hold|on hold|freez\w*|froze\w*|"
                       r"lift\w*|shelv\w*|postpon\w*)\b", re.I)
_READ_PAGE = 2_000

_RelKey = tuple[str, str, str, str, str]
"""(type, source label, source id, target label, target id)."""


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

# ---------------------------------------------------------------------------- reading


def _pages(ids: Sequence[str]) -> list[list[str]]:
    return [list(ids[i:i + _READ_PAGE]) for i in range(0, len(ids), _READ_PAGE)]


class _Memory:
    """The measure nodes as the last resolution through one store object wrote them (digest,
    articles mentioning them, properties, reports), so that the next one, after the next
    batch, reads from the store only the nodes that changed since: reading every node's
    reports again made each batch cost as much as the whole graph (issue 14)."""

    def __init__(self) -> None:
        self.nodes: dict[Label, dict[str, tuple[str, int, dict[str, Any]]]] = {
            label: {} for label in _MEASURES}
        self.reports: dict[str, list[Report]] = {}
        self.decoded: dict[tuple[Label, str], Report] = {}
        self.generation: str | None = None
        self.touched: set[str] | None = None
        """The nodes merges wrote since, when the others are as remembered; None: unknown."""
        self.digests: dict[str, tuple[tuple[dict[str, Any], list[Any]], str]] = {}
        """Node id -> the state the last resolution wanted for it and its digest."""

    def check(self, store: Store) -> None:
        """Forget the nodes unless the store changed since by merges alone (a direct write
        may have changed a node, keeping its digest); a store that keeps no generation is
        read whole every time."""
        self.touched = None if self.generation is None \
            else store.merged_since(self.generation)
        if self.touched is None:
            self.nodes = {label: {} for label in _MEASURES}
            self.reports = {}

    def decode(self, label: Label, text: str) -> Report:
        key = (label, text)
        if key not in self.decoded:
            self.decoded[key] = Report.decode(label, text)
        return self.decoded[key]

    def remember(self, store: Store, plan: _Plan) -> None:
        """Take what ``plan`` wrote: its reports as the next resolution would decode them
        from the store (a fresh report is decoded once, from its text)."""
        self.generation = store.generation()
        previous, self.decoded, self.reports = self.decoded, {}, {}
        for label in _MEASURES:
            known = self.nodes[label] = {}
            for node_id, props in plan.nodes[label].items():
                reports = []
                for text in props[REPORTS]:
                    report = previous.get((label, text)) or Report.decode(label, text)
                    self.decoded[(label, text)] = report
                    reports.append(report)
                covered = {a for report in reports for a in report.articles()}
                known[node_id] = (props[RESOLVED], len(covered), props)
                self.reports[node_id] = reports


_MEMORIES: weakref.WeakKeyDictionary[Store, _Memory] = weakref.WeakKeyDictionary()


def _memory(store: Store) -> _Memory:
    if store not in _MEMORIES:
        _MEMORIES[store] = _Memory()
    return _MEMORIES[store]


def _read(store: Store, label: Label, fresh: Mapping[str, list[Report]], memory: _Memory,
          ) -> tuple[dict[str, dict[str, Any]], list[Report]]:
    """Every node of ``label`` (properties without lookup keys) and the reports it holds:
    those it kept and those of ``fresh`` (the batch just merged, by node id). A node that
    some article mentions beyond those reports (a merge that was never resolved, or a graph
    resolved before reports were kept) is read whole, as one report. Nodes unchanged since
    ``memory`` saw them (same digest, as many articles mentioning them, nothing fresh) are
    taken from it."""
    known = memory.nodes[label]
    nodes: dict[str, dict[str, Any]] = {}
    held: dict[str, list[Report]] = {}
    unknown = []
    if memory.touched is not None:
        # only merges followed: the nodes they touched are read, the others remembered
        for node_id, remembered in known.items():
            if node_id not in fresh and node_id not in memory.touched:
                nodes[node_id] = remembered[2]
                held[node_id] = memory.reports[node_id]
        unknown = sorted((set(fresh) | memory.touched) - set(nodes))
    else:
        digests = dict(store.read(f"MATCH (m:`{label.value}`) RETURN m.id, m.{RESOLVED}").rows)
        counts = dict(store.read(f"MATCH (a:Article)-[:MENTIONS]->(m:`{label.value}`) "
                                 "RETURN m.id, count(DISTINCT a)").rows)
        for node_id, digest in digests.items():
            seen = known.get(node_id)
            if seen is not None and digest is not None and node_id not in fresh \
                    and seen[0] == digest and seen[1] == counts.get(node_id, 0):
                nodes[node_id] = seen[2]
                held[node_id] = memory.reports[node_id]
            else:
                unknown.append(node_id)
    mentions: dict[str, set[str]] = {}
    for page in _pages(sorted(unknown)):
        for node_id, props in store.read(
                f"UNWIND $ids AS i MATCH (m:`{label.value}` {{id: i}}) "
                "RETURN m.id, properties(m)", {"ids": page}).rows:
            props = dict(props)
            props.pop(LOOKUP_KEYS, None)
            nodes[node_id] = props
        for node_id, article in store.read(
                f"UNWIND $ids AS i MATCH (a:Article)-[:MENTIONS]->(m:`{label.value}` {{id: i}}) "
                "RETURN m.id, a.id", {"ids": page}).rows:
            mentions.setdefault(node_id, set()).add(article)
    unknown = [node_id for node_id in unknown if node_id in nodes]
    for node_id in unknown:
        props = nodes[node_id]
        kept = [memory.decode(label, text) for text in props.get(REPORTS) or []]
        reports = kept + fresh.get(node_id, [])
        covered = {a for report in reports for a in report.articles()}
        # Kept reports without a digest: a resolution was cut short after rewriting the
        # node, before its relationships; those still name the articles it held before.
        if (kept and RESOLVED not in props) or \
                (reports and mentions.get(node_id, set()) <= covered):
            held[node_id] = reports
    plain = sorted(set(nodes) - set(held))
    rels: dict[str, list[list[Any]]] = {k: [] for k in plain}
    for page in _pages(plain):
        for outgoing, pattern in ((True, "(m)-[r]->(x)"), (False, "(m)<-[r]-(x)")):
            for node_id, *row in store.read(
                    f"UNWIND $ids AS i MATCH (m:`{label.value}` {{id: i}}) MATCH {pattern} "
                    "RETURN m.id, type(r), x.id, labels(x)[0], x.kind, x.published, "
                    "properties(r)", {"ids": page}).rows:
                rels[node_id].append([row[0], outgoing, *row[1:]])
    for node_id in plain:
        held[node_id] = from_node(label, nodes[node_id], rels[node_id], {LOOKUP_KEYS})
    reports_by_key = {report.key: report for node_id in sorted(held)
                      for report in held[node_id]}
    return nodes, [reports_by_key[k] for k in sorted(reports_by_key)]


# ---------------------------------------------------------------------------- deciding


def _links(restrictions: list[Measure], agreements: list[Measure],
           ) -> tuple[list[tuple[RelType, Measure, Measure, list[str], str]], dict[str, list[str]]]:
    """The links the evidence asks for, and the ``expanded`` events they give."""
    wanted: list[tuple[RelType, Measure, Measure, list[str], str]] = []
    # each imposer's started measures of a family in order, with their starts beside them: the
    # latest started before a cued measure is found by bisection, not by a scan of the group
    groups: dict[tuple[str, str], tuple[list[str], list[Measure]]] = {}
    ordered = sorted(restrictions, key=Measure.order)
    for measure in ordered:
        if measure.start():
            for actor in measure.actors:
                starts, members = groups.setdefault((actor, kind_family(measure.kind)), ([], []))
                starts.append(measure.start())
                members.append(measure)
    for measure in ordered:
        cued = [(rel_type, sentence) for cue, rel_type in
                enumerate((RelType.EXPANDS, RelType.REPLACES))
                if (sentence := next((e for e in measure.evidence if _cues(e)[cue]), None))
                is not None] if measure.start() else []
        if not cued:
            continue
        earlier = []
        for actor in measure.actors:
            starts, members = groups[(actor, kind_family(measure.kind))]
            before = bisect.bisect_left(starts, measure.start())
            if before:
                earlier.append(members[before - 1])
        if earlier:
            latest = max(earlier, key=Measure.order)
            for rel_type, sentence in cued:
                wanted.append((rel_type, measure, latest, sorted(measure.articles), sentence))
    # only restrictions some article reports suspended or lifted can be suspended by a deal
    imposed: dict[str, list[int]] = {}
    stopped: dict[int, set[str]] = {}
    for position, restriction in enumerate(restrictions):
        articles = {article for e in restriction.props.get("status_events") or []
                    if (article := _stopped_by(e)) is not None}
        if articles:
            stopped[position] = articles
            for actor in restriction.actors:
                imposed.setdefault(actor, []).append(position)
    for agreement in agreements:
        names = name_words(agreement) | {str(agreement.props.get("kind") or "").lower()}
        reporting = set(agreement.articles)
        for position in sorted({p for actor in agreement.actors for p in imposed.get(actor, [])}):
            restriction = restrictions[position]
            shared = sorted(stopped[position] & reporting)
            if not shared:
                continue
            sentence = next((e for e in restriction.evidence if _cues(e)[2]
                             and names & _words(e)), None)
            if sentence is not None:
                wanted.append((RelType.SUSPENDS, agreement, restriction, shared, sentence))
    expanded: dict[str, list[str]] = {}
    for rel_type, source, target, _, _ in wanted:
        if rel_type is RelType.EXPANDS and source.start():
            # the earlier measure's history records the widening, as its first report told it
            first = min(source.articles.items(), key=lambda item: (item[1], item[0]))[0] \
                if source.articles else source.id
            expanded.setdefault(target.id, []).append(
                StatusEvent(source.start(), "expanded", first, "stated").encode())
    return wanted, expanded


# Every resolution looks for the cues in every measure's evidence again: the sentences (and
# status events) are mostly the same ones, so what they say is remembered.
@functools.lru_cache(maxsize=1 << 16)
def _cues(sentence: str) -> tuple[bool, bool, bool]:
    """Does the sentence say expands, replaces, suspends?"""
    return (bool(_EXPANDS.search(sentence)), bool(_REPLACES.search(sentence)),
            bool(_SUSPENDS.search(sentence)))


@functools.lru_cache(maxsize=1 << 16)
def _words(sentence: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", sentence.lower()))


@functools.lru_cache(maxsize=1 << 16)
def _stopped_by(event: str) -> str | None:
    """The article of a suspended or lifted status event."""
    parts = event.split("|")
    return parts[2] if parts[1] in ("suspended", "lifted") else None


def _add_rel(rels: dict[_RelKey, dict[str, Any]], key: _RelKey, props: Mapping[str, Any]) -> None:
    row = rels.setdefault(key, {k: v for k, v in props.items()
                                if k not in ("sources", "evidence", "confidence")})
    for name in ("sources", "evidence"):
        if name in props:
            have = row.setdefault(name, [])
            seen = set(have)
            for item in props[name] or []:
                if item not in seen:
                    seen.add(item)
                    have.append(item)
    if props.get("confidence") is not None:
        confidence = float(props["confidence"])
        row["confidence"] = max(float(row.get("confidence", confidence)), confidence)


def _lookup_keys(props: Mapping[str, Any]) -> list[str]:
    """``LOOKUP_KEYS_EXPRESSION`` computed here, for nodes written whole."""
    node_id = str(props["id"])
    forms = [props.get("name"), node_id, node_id.split(":", 1)[-1], props.get("symbol"),
             props.get("iso3"), *(props.get("aliases") or [])]
    return [str(form).lower() for form in forms if form is not None]


@dataclass
class _Plan:
    """The state resolution wants for every measure node, and the one it found."""

    found: dict[Label, dict[str, dict[str, Any]]]
    nodes: dict[Label, dict[str, dict[str, Any]]]
    rels: dict[_RelKey, dict[str, Any]]
    links: int


def _by_id(reports: Sequence[Report]) -> list[Measure]:
    """One measure per node id: the reports of one id are one node whatever they say, as a
    merge makes them; taken in canonical order."""
    groups: dict[str, list[Measure]] = {}
    for report in reports:
        groups.setdefault(report.id, []).append(report.measure())
    measures = []
    for group in groups.values():
        group.sort(key=Measure.order)
        for other in group[1:]:
            absorb(group[0], other)
        measures.append(group[0])
    return measures


def _plan(store: Store, families: Families, fresh: Sequence[Report], memory: _Memory,
          ) -> _Plan:
    found: dict[Label, dict[str, dict[str, Any]]] = {}
    survivors: dict[Label, list[Measure]] = {}
    members: dict[str, list[Report]] = {}
    survivor_of: dict[str, str] = {}
    for label in _MEASURES:
        new: dict[str, list[Report]] = {}
        for report in fresh:
            if report.label is label:
                new.setdefault(report.id, []).append(report)
        found[label], reports = _read(store, label, new, memory)
        merged_into: dict[str, str]
        survivors[label], merged_into = match(_by_id(reports), families)
        for report in reports:
            final = merged_into.get(report.id, report.id)
            members.setdefault(final, []).append(report)
            survivor_of[report.id] = final
            for old in report.props.get("merged_ids") or []:
                survivor_of.setdefault(old, final)
    wanted, expanded = _links(survivors[Label.RESTRICTION], survivors[Label.AGREEMENT])
    nodes: dict[Label, dict[str, dict[str, Any]]] = {label: {} for label in _MEASURES}
    rels: dict[_RelKey, dict[str, Any]] = {}
    for label in _MEASURES:
        for measure in sorted(survivors[label], key=lambda m: m.id):
            props = {k: v for k, v in measure.props.items() if k not in (REPORTS, RESOLVED)}
            if measure.id in expanded:
                props["status_events"] = merge_events(props.get("status_events") or [],
                                                      expanded[measure.id])
                props.update(status_props(label, props))
            props[REPORTS] = sorted(r.encode() for r in members[measure.id])
            nodes[label][measure.id] = props
            for report in sorted(members[measure.id], key=lambda r: r.id):
                for rel in report.rels:
                    other = survivor_of.get(rel.other, rel.other) \
                        if rel.other_label in (Label.RESTRICTION.value, Label.AGREEMENT.value) \
                        else rel.other
                    if other == measure.id:
                        continue  # two reports of one measure: no loop
                    key = (rel.type, label.value, measure.id, rel.other_label, other) \
                        if rel.outgoing else (rel.type, rel.other_label, other, label.value,
                                              measure.id)
                    _add_rel(rels, key, rel.props)
    for rel_type, source, target, sources, sentence in wanted:
        _add_rel(rels, (rel_type.value, source.label.value, source.id, target.label.value,
                        target.id), {"sources": sources, "evidence": [sentence],
                                     "confidence": 0.6})
    links = len({(w[0], w[1].id, w[2].id) for w in wanted})
    _digest(nodes, rels, memory)
    return _Plan(found, nodes, rels, links)


def _digest(nodes: dict[Label, dict[str, dict[str, Any]]],
            rels: Mapping[_RelKey, Mapping[str, Any]], memory: _Memory) -> None:
    """Stamp each wanted node with a digest of its properties and relationships; a node
    wanted as the last resolution wanted it keeps that one's digest (most are unchanged,
    and writing every node's text cost as much as the whole graph)."""
    touching: dict[str, list[Any]] = {}
    for key in sorted(rels):
        for node_id in {key[2], key[4]}:
            touching.setdefault(node_id, []).append([*key, rels[key]])
    digests = {}
    for wanted in nodes.values():
        for node_id, props in wanted.items():
            state = (props, touching.get(node_id, []))
            known = memory.digests.get(node_id)
            if known is not None and known[0] == state:
                digest = known[1]
            else:
                text = json.dumps(state, sort_keys=True, ensure_ascii=False, default=str)
                digest = hashlib.sha256(text.encode()).hexdigest()[:32]
            digests[node_id] = ((dict(props), state[1]), digest)
            props[RESOLVED] = digest
    memory.digests = digests


# ---------------------------------------------------------------------------- writing


def _batches(rows: Sequence[Any]) -> list[Sequence[Any]]:
    return [rows[i:i + WRITE_BATCH_SIZE] for i in range(0, len(rows), WRITE_BATCH_SIZE)]


def _write(store: Store, plan: _Plan) -> tuple[set[str], set[str]]:
    """Write the nodes whose wanted state differs from the stored one; returns the ids
    removed and the ids created. Reports are written into their survivors before any node
    is removed, and a node's digest last, so that an interrupted write is redone."""
    changed: dict[Label, list[str]] = {}
    gone: dict[Label, list[str]] = {}
    for label in _MEASURES:
        found, wanted = plan.found[label], plan.nodes[label]
        changed[label] = sorted(k for k, v in wanted.items() if found.get(k) != v)
        gone[label] = sorted(set(found) - set(wanted))
    for label in _MEASURES:
        rows = []
        for node_id in changed[label]:
            props = {p: v for p, v in plan.nodes[label][node_id].items() if p != RESOLVED}
            rows.append({"id": node_id, "props": {**props, LOOKUP_KEYS: _lookup_keys(props)}})
        for batch in _batches(rows):
            store.write(f"UNWIND $rows AS row MERGE (n:`{label.value}` {{id: row.id}}) "
                        "SET n = row.props", {"rows": batch})
    for label in _MEASURES:
        for batch in _batches(changed[label]):
            store.write(f"UNWIND $ids AS i MATCH (n:`{label.value}` {{id: i}})-[r]-() "
                        "WITH DISTINCT r DELETE r", {"ids": batch})
        for batch in _batches(gone[label]):
            store.write(f"UNWIND $ids AS i MATCH (n:`{label.value}` {{id: i}}) DETACH DELETE n",
                        {"ids": batch})
    rewritten = {k for ids in changed.values() for k in ids}
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for (rel_type, source_label, source, target_label, target), props in sorted(
            plan.rels.items()):
        if source in rewritten or target in rewritten:
            groups.setdefault((rel_type, source_label, target_label), []).append(
                {"s": source, "t": target, "props": props})
    for (rel_type, source_label, target_label), rows in sorted(groups.items()):
        # only the schema's names are ever formatted into Cypher
        RelType(rel_type), Label(source_label), Label(target_label)
        for batch in _batches(rows):
            store.write(f"UNWIND $rows AS row MATCH (a:`{source_label}` {{id: row.s}}) "
                        f"MATCH (b:`{target_label}` {{id: row.t}}) "
                        f"CREATE (a)-[r:`{rel_type}`]->(b) SET r = row.props", {"rows": batch})
    for label in _MEASURES:
        rows = [{"id": k, "digest": plan.nodes[label][k][RESOLVED]} for k in changed[label]]
        for batch in _batches(rows):
            store.write(f"UNWIND $rows AS row MATCH (n:`{label.value}` {{id: row.id}}) "
                        f"SET n.{RESOLVED} = row.digest", {"rows": batch})
    removed = {k for ids in gone.values() for k in ids}
    created = {k for label in _MEASURES for k in changed[label] if k not in plan.found[label]}
    return removed, created


def resolve(store: Store, families: Families = same_id,
            fragments: Sequence[GraphFragment] = (), *,
            reports: Sequence[Report] = ()) -> ResolveSummary:
    """Resolve the measures of the whole graph, with the reports of ``fragments`` and
    ``reports`` (those merged since the last resolution); running it again changes
    nothing."""
    memory = _memory(store)
    memory.check(store)
    before = store.generation()
    # Resolution makes many objects and few reference cycles, and the collections its
    # allocations set off walked every report and measure kept: a third of its CPU at 1,000
    # articles (issue 14). Its cycles are left to the next collection after it.
    collecting = gc.isenabled()
    gc.disable()
    try:
        fresh = [*reports, *(r for f in fragments for r in from_fragment(f))]
        plan = _plan(store, families, fresh, memory)
        rewritten = {label.value: {k for k, v in plan.nodes[label].items()
                                   if plan.found[label].get(k) != v} | (
                                       set(plan.found[label]) - set(plan.nodes[label]))
                     for label in _MEASURES}
        removed, created = _write(store, plan)
        store.note_written(before, rewritten)
        memory.remember(store, plan)
    finally:
        if collecting:
            gc.enable()
    return ResolveSummary(
        restrictions_before=len(plan.found[Label.RESTRICTION]),
        restrictions_after=len(plan.nodes[Label.RESTRICTION]),
        agreements_before=len(plan.found[Label.AGREEMENT]),
        agreements_after=len(plan.nodes[Label.AGREEMENT]),
        merged=len(removed) - len(created), links=plan.links)


def resolve_merged(store: Store, fragments: Sequence[GraphFragment],
                   families: Families = same_id) -> int:
    """After a merge: resolve again if the fragments reported any measure. Returns how many
    nodes fewer there are."""
    if not any(node.label in _MEASURES for fragment in fragments
               for node in fragment.nodes.values()):
        return 0
    return resolve(store, families, fragments).merged


def resolve_pending(store: Store, families: Families = same_id) -> int:
    """Finish a resolution an interrupted run left undone (a node without its digest); the
    articles it came from are complete, so no later batch would bring them back."""
    for label in _MEASURES:
        if store.read(f"MATCH (m:`{label.value}`) WHERE m.{RESOLVED} IS NULL "
                      "RETURN m.id LIMIT 1").rows:
            return resolve(store, families).merged
    return 0


def merge_resolved(store: Store, fragment: GraphFragment,
                   families: Families = same_id) -> MergeStats:
    """Merge one article's fragment, then resolve. Nodes merged into an existing measure do
    not count as created."""
    stats = store.merge(fragment)
    merged = resolve_merged(store, [fragment], families)
    stats.nodes_created = max(0, stats.nodes_created - merged)
    return stats
