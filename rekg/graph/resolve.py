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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rekg.graph.measures import (
    UNKNOWN_KIND,
    Families,
    Measure,
    kind_family,
    match,
    name_words,
    report_events,
    same_id,
    status_props,
)
from rekg.graph.store import (
    DERIVED_PROPERTIES,
    LOOKUP_KEYS,
    LOOKUP_KEYS_EXPRESSION,
    MergeStats,
    Store,
)
from rekg.schema import GraphFragment, Label, RelType
from rekg.schema.events import StatusEvent, merge_events

# Covered materials that stand for many others ("rare earths", "NdFeB magnets").
_GENERAL_MATERIALS = frozenset({"group", "magnet"})

_EXPANDS = re.compile(r"\b(expand\w*|extend\w*|broaden\w*|widen\w*|add(?:s|ed|ing)? to|"
                      r"on top of|build(?:s|ing)? on|new additions?|additional)\b", re.I)
_REPLACES = re.compile(r"\b(replac\w*|supersed\w*|in place of|succeed\w*)\b", re.I)
_SUSPENDS = re.compile(r"\b(suspend\w*|paus\w*|put on hold|on hold|freez\w*|froze\w*|"
                       r"lift\w*|shelv\w*|postpon\w*)\b", re.I)


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



def _resolve_label(store: Store, label: Label, ids: Sequence[str] | None,
                   families: Families) -> tuple[list[Measure], int]:
    """Merge matching measures among ``ids`` (None: all) until none match; the survivors."""
    measures = _load(store, label, ids)
    recorded = {m.id: m.props for m in measures if _record_events(m)}
    survivors, survivor_of = match(measures, families)
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
            names = name_words(agreement) | {str(agreement.props.get("kind") or "").lower()}
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
    props.update(status_props(measure.label, props))
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
            props.update(status_props(label, props))
            updates.append({"id": node_id, "props": props})
    if updates:
        store.write(f"UNWIND $rows AS row MATCH (n:`{label.value}` {{id: row.id}}) "
                    "SET n += row.props", {"rows": updates})
