"""What one article reported about one restriction or agreement, kept so resolution can redo.

Resolution decides which reports are one measure by comparing them in a canonical order, and
a report that arrives later may sort before ones already merged (issue 12: the graph depended
on how articles were batched). So every resolved node keeps its members' reports (``_reports``:
one JSON text per report: the node's own properties and its relationships as the article gave
them) and each resolution re-reads them and matches them again from scratch; the graph is then
a function of the set of reports, whatever their batches or order. A node written by a merge
and never resolved is its own report, read from the node and its relationships.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rekg.graph.measures import Measure, report_events, status_props
from rekg.schema import GraphFragment, Label, RelType
from rekg.schema.events import merge_events

REPORTS = "_reports"
"""A resolved node's members' reports (hidden from exports)."""
RESOLVED = "_resolved"
"""Digest of the state resolution last wrote for a node (properties and relationships)."""
# Relationships resolution derives between measures; they are recomputed, never reported.
LINK_TYPES = frozenset({RelType.EXPANDS.value, RelType.REPLACES.value, RelType.SUSPENDS.value})
GENERAL_MATERIALS = frozenset({"group", "magnet"})
"""Covered materials that stand for many others ("rare earths", "NdFeB magnets")."""


@dataclass(frozen=True)
class ReportRel:
    """One relationship of a report: its type, direction and other end, and its properties.
    ``info`` is what resolution needs of the other end: a material's kind, an article's
    publication date."""

    type: str
    outgoing: bool
    other: str
    other_label: str
    info: str
    props: Mapping[str, Any]

    def as_list(self) -> list[Any]:
        return [self.type, self.outgoing, self.other, self.other_label, self.info,
                dict(self.props)]


@dataclass
class Report:
    """A measure as one article (or, for a graph resolved before reports were kept, one
    stored node) reported it."""

    id: str
    label: Label
    props: dict[str, Any]
    rels: list[ReportRel]
    # every resolution encodes every report it keeps; a report is never changed once made
    text: str | None = field(default=None, repr=False, compare=False)
    # the measure it gives, made once: every resolution matches every kept report again
    made: Measure | None = field(default=None, repr=False, compare=False)

    def encode(self) -> str:
        if self.text is None:
            self.text = json.dumps({"id": self.id, "props": self.props,
                                    "rels": [r.as_list() for r in self.rels]},
                                   sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return self.text

    @classmethod
    def decode(cls, label: Label, text: str) -> Report:
        data = json.loads(text)
        return cls(data["id"], label, data["props"],
                   [ReportRel(t, bool(o), x, xl, info or "", p)
                    for t, o, x, xl, info, p in data["rels"]])

    @property
    def key(self) -> tuple[str, tuple[str, ...]]:
        """Its node id and articles: a node id may be reported by many articles (an
        agreement's id is its name), and an article written again reports the same."""
        return (self.id, tuple(sorted(self.articles())))

    def articles(self) -> set[str]:
        return {r.other for r in self.rels
                if r.type == RelType.MENTIONS.value and not r.outgoing}

    def measure(self) -> Measure:
        """The report as resolution compares it (with the status events it implies): a
        measure that matching may change, sharing the report's own until it does."""
        if self.made is None:
            self.made = self._measure()
            self.made.warm()
            self.made.token = object()
        made = self.made
        return Measure(made.id, made.label, made.props, made.actors, made.covers,
                       made.general, made.targets, made.articles, made.evidence, made.cache,
                       shared=True, token=made.token)

    def _measure(self) -> Measure:
        measure = Measure(self.id, self.label, dict(self.props))
        actor = RelType.IMPOSES.value if self.label is Label.RESTRICTION \
            else RelType.PARTY_TO.value
        covered = RelType.RESTRICTS.value if self.label is Label.RESTRICTION \
            else RelType.ADDRESSES.value
        for rel in self.rels:
            evidence = list(rel.props.get("evidence") or [])
            if rel.type == actor and not rel.outgoing:
                measure.actors.add(rel.other)
                measure.evidence.extend(evidence)
            elif rel.type == covered and rel.outgoing:
                measure.covers.add(rel.other)
                if rel.info in GENERAL_MATERIALS:
                    measure.general.add(rel.other)
                measure.evidence.extend(evidence)
            elif rel.type == RelType.TARGETS.value and rel.outgoing \
                    and self.label is Label.RESTRICTION:
                measure.targets.add(rel.other)
            elif rel.type == RelType.MENTIONS.value and not rel.outgoing \
                    and rel.other_label == Label.ARTICLE.value:
                measure.articles[rel.other] = rel.info
        if not measure.props.get("status_events"):
            events = merge_events(*(report_events(self.label, self.props, article, published)
                                    for article, published in sorted(measure.articles.items())))
            if events:
                measure.props["status_events"] = events
                measure.props.update(status_props(self.label, measure.props))
        return measure


def from_node(label: Label, props: Mapping[str, Any],
              rels: Iterable[Sequence[Any]], hidden: Iterable[str]) -> list[Report]:
    """A stored node read whole as one report. ``rels`` are (type, outgoing, other id, other
    label, other kind, other published, properties)."""
    own = {k: v for k, v in props.items() if k not in set(hidden) | {REPORTS, RESOLVED}}
    found = []
    for rel_type, outgoing, other, other_label, kind, published, rel_props in rels:
        if rel_type in LINK_TYPES:
            continue
        info = published if other_label == Label.ARTICLE.value else kind
        found.append(ReportRel(rel_type, bool(outgoing), other, other_label,
                               str(info or ""), dict(rel_props)))
    found.sort(key=lambda r: (r.type, r.outgoing, r.other))
    return [Report(str(props["id"]), label, own, found)]


def from_fragment(fragment: GraphFragment) -> list[Report]:
    """The reports of one article's fragment: its restrictions and agreements as extracted."""
    infos = {n.id: str(getattr(n, "published" if n.label is Label.ARTICLE else "kind", "") or "")
             for n in fragment.nodes.values()}
    found = []
    for node in fragment.nodes.values():
        if node.label not in (Label.RESTRICTION, Label.AGREEMENT):
            continue
        rels = []
        for rel in fragment.relationships.values():
            if node.id not in (rel.source, rel.target) or rel.source == rel.target:
                continue
            outgoing = rel.source == node.id
            other, other_label = (rel.target, rel.target_label) if outgoing \
                else (rel.source, rel.source_label)
            props = {k: v for k, v in rel.store_properties().items() if v is not None}
            rels.append(ReportRel(rel.type.value, outgoing, other, other_label.value,
                                  infos.get(other, ""), props))
        rels.sort(key=lambda r: (r.type, r.outgoing, r.other))
        found.append(Report(node.id, node.label, dict(node.properties()), rels))
    return found
