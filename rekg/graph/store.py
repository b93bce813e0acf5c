"""The one Store interface, and the Cypher both implementations share.

Implementations only supply ``_execute`` (run one statement, read-only or not) and the
connection handling; merging, counting and streaming are written once here so that both
databases receive the same statements.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from rekg.environment import DEFAULT_STORE as DEFAULT_STORE
from rekg.environment import STORE_ENV as STORE_ENV
from rekg.errors import CypherError
from rekg.graph.result import QueryResult as QueryResult
from rekg.schema import GraphFragment, Label, RelType

WRITE_BATCH_SIZE = 500


@dataclass
class MergeStats:
    """What a merge touched. ``nodes_created`` and ``relationships_created`` count new items."""

    nodes: int = 0
    relationships: int = 0
    nodes_created: int = 0
    relationships_created: int = 0
    by_label: dict[str, int] = field(default_factory=dict)

    def add(self, other: MergeStats) -> None:
        self.nodes += other.nodes
        self.relationships += other.relationships
        self.nodes_created += other.nodes_created
        self.relationships_created += other.relationships_created
        for key, value in other.by_label.items():
            self.by_label[key] = self.by_label.get(key, 0) + value


def _merge_nodes_cypher(label: Label) -> str:
    # Labels come from the Label enum, never from user input; values travel as parameters.
    return (
        "UNWIND $rows AS row "
        f"MERGE (n:`{label.value}` {{id: row.id}}) "
        "ON CREATE SET n += row.props, n._new = true "
        "ON MATCH SET n += row.fill "
        "SET n.aliases = coalesce(n.aliases, []) + "
        "[a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])] "
        "WITH n, coalesce(n._new, false) AS created REMOVE n._new "
        "RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, count(n) AS total"
    )


def _merge_relationships_cypher(rel_type: RelType, source: Label, target: Label) -> str:
    return (
        "UNWIND $rows AS row "
        f"MATCH (a:`{source.value}` {{id: row.source}}) "
        f"MATCH (b:`{target.value}` {{id: row.target}}) "
        f"MERGE (a)-[r:`{rel_type.value}`]->(b) "
        "ON CREATE SET r += row.props, r._new = true "
        "SET r.sources = coalesce(r.sources, []) + "
        "[s IN row.sources WHERE NOT s IN coalesce(r.sources, [])], "
        "r.evidence = coalesce(r.evidence, []) + "
        "[e IN row.evidence WHERE NOT e IN coalesce(r.evidence, [])], "
        "r.confidence = CASE WHEN r.confidence IS NULL OR r.confidence < row.confidence "
        "THEN row.confidence ELSE r.confidence END "
        "WITH r, coalesce(r._new, false) AS created REMOVE r._new "
        "RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, count(r) AS total"
    )


def _batches(rows: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class Store(ABC):
    """A graph database holding the rekg graph. Use as a context manager."""

    uri: str
    read_only_guard: bool = True

    # -- what an implementation provides -------------------------------------------------

    @abstractmethod
    def _execute(
        self, cypher: str, params: Mapping[str, Any] | None, *, write: bool
    ) -> QueryResult:
        """Run one statement. ``write=False`` must make the database refuse writes."""

    @abstractmethod
    def close(self) -> None:
        """Release connections and processes."""

    @abstractmethod
    def ensure_schema(self) -> None:
        """Create id indexes/constraints per label; safe to call repeatedly."""

    @property
    @abstractmethod
    def kind(self) -> str:
        """A short name of the backend: 'embedded', 'falkordb' or 'neo4j'."""

    # -- shared behaviour ----------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def read(self, cypher: str, params: Mapping[str, Any] | None = None) -> QueryResult:
        """Run a read-only statement; the database refuses writes."""
        return self._execute(cypher, params or {}, write=False)

    def write(self, cypher: str, params: Mapping[str, Any] | None = None) -> QueryResult:
        """Run a statement that may write."""
        return self._execute(cypher, params or {}, write=True)

    def explain(self, cypher: str, params: Mapping[str, Any] | None = None) -> str:
        """The database's plan for a statement, as indented text; nothing is run."""
        raise CypherError(f"the {self.kind} store cannot explain statements")

    def write_transaction(
        self, statements: Sequence[tuple[str, Mapping[str, Any]]]
    ) -> list[QueryResult]:
        """Run statements in order as one unit where the database can (one Neo4j transaction;
        FalkorDB runs them in order and cannot undo the earlier ones when one fails)."""
        return [self.write(cypher, params) for cypher, params in statements]

    def merge(self, fragment: GraphFragment, batch_size: int = WRITE_BATCH_SIZE) -> MergeStats:
        """Merge a fragment: idempotent, batched ``UNWIND $rows ... MERGE``.

        New nodes get all their properties; existing nodes keep theirs and only gain
        properties they lacked, plus new aliases. Relationships gain sources and evidence.
        """
        self.ensure_schema()
        stats = MergeStats()
        existing = self._existing_properties(fragment)
        statements: list[tuple[str, Mapping[str, Any]]] = []
        counted: list[tuple[str, bool]] = []  # (label or type, is a node statement)
        for label, nodes in fragment.nodes_by_label().items():
            rows = []
            for node in nodes:
                props = {k: v for k, v in node.properties().items() if k != "aliases"}
                known = existing.get(node.id, {})
                fill = {k: v for k, v in props.items() if k not in known and k != "id"}
                rows.append({"id": node.id, "props": props, "fill": fill,
                             "aliases": list(node.aliases)})
            for batch in _batches(rows, batch_size):
                statements.append((_merge_nodes_cypher(label), {"rows": list(batch)}))
                counted.append((label.value, True))
        groups: dict[tuple[RelType, Label, Label], list[dict[str, Any]]] = {}
        for rel in fragment.relationships.values():
            props = {k: v for k, v in rel.store_properties().items()
                     if k not in ("sources", "evidence", "confidence") and v is not None}
            groups.setdefault((rel.type, rel.source_label, rel.target_label), []).append({
                "source": rel.source, "target": rel.target, "props": props,
                "sources": list(rel.sources), "evidence": list(rel.evidence),
                "confidence": rel.confidence,
            })
        for (rel_type, source, target), rel_rows in groups.items():
            cypher = _merge_relationships_cypher(rel_type, source, target)
            for batch in _batches(rel_rows, batch_size):
                statements.append((cypher, {"rows": list(batch)}))
                counted.append((rel_type.value, False))
        results = self._write_all(statements)
        for (key, is_node), result in zip(counted, results, strict=True):
            created, total = result.rows[0] if result.rows else (0, 0)
            if is_node:
                stats.nodes += int(total or 0)
                stats.nodes_created += int(created or 0)
            else:
                stats.relationships += int(total or 0)
                stats.relationships_created += int(created or 0)
            stats.by_label[key] = stats.by_label.get(key, 0) + int(created or 0)
        return stats

    def _write_all(
        self, statements: Sequence[tuple[str, Mapping[str, Any]]]
    ) -> list[QueryResult]:
        """Run write statements in order. A store may group them into fewer transactions."""
        return [self.write(cypher, params) for cypher, params in statements]

    def _existing_properties(self, fragment: GraphFragment) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for label, nodes in fragment.nodes_by_label().items():
            ids = [node.id for node in nodes]
            for batch in _batches(ids, 1000):
                result = self.read(
                    f"UNWIND $ids AS id MATCH (n:`{label.value}` {{id: id}}) "
                    "RETURN n.id AS id, properties(n) AS props",
                    {"ids": list(batch)},
                )
                for node_id, props in result.rows:
                    found[node_id] = props
        return found

    def counts(self) -> tuple[int, int]:
        """Number of nodes and relationships in the store."""
        nodes = self.read("MATCH (n) RETURN count(n)").rows[0][0]
        rels = self.read("MATCH ()-[r]->() RETURN count(r)").rows[0][0]
        return int(nodes), int(rels)

    def iter_nodes(self, batch_size: int = 1000) -> Iterator[dict[str, Any]]:
        """Stream every node as ``{"label": ..., **properties}``, by label then id, in batches."""
        for label in Label:
            last = ""
            while True:
                result = self.read(
                    f"MATCH (n:`{label.value}`) WHERE n.id > $after "
                    "RETURN properties(n) AS p ORDER BY n.id LIMIT $limit",
                    {"after": last, "limit": batch_size},
                )
                if not result.rows:
                    break
                for (props,) in result.rows:
                    yield {"label": label.value, **props}
                last = result.rows[-1][0]["id"]

    def iter_relationships(self, batch_size: int = 1000) -> Iterator[dict[str, Any]]:
        """Stream every relationship as ``{"source", "target", "type", **properties}``.

        Pages over source nodes (by id) so memory stays bounded by one page of nodes.
        """
        for label in Label:
            last = ""
            while True:
                page = self.read(
                    f"MATCH (a:`{label.value}`) WHERE a.id > $after RETURN a.id ORDER BY a.id "
                    "LIMIT $limit",
                    {"after": last, "limit": batch_size},
                )
                if not page.rows:
                    break
                ids = [row[0] for row in page.rows]
                result = self.read(
                    f"UNWIND $ids AS id MATCH (a:`{label.value}` {{id: id}})-[r]->(b) "
                    "RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS p "
                    "ORDER BY source, type, target",
                    {"ids": ids},
                )
                for source, target, rel_type, props in result.rows:
                    yield {"source": source, "target": target, "type": rel_type, **props}
                last = ids[-1]

    def schema_summary(self) -> dict[str, list[str]]:
        """Labels, relationship types and property keys present in the store."""
        labels = sorted({row[0] for row in self.read(
            "MATCH (n) UNWIND labels(n) AS l RETURN DISTINCT l").rows})
        types = sorted({row[0] for row in self.read(
            "MATCH ()-[r]->() RETURN DISTINCT type(r)").rows})
        keys = sorted({row[0] for row in self.read(
            "MATCH (n) UNWIND keys(n) AS k RETURN DISTINCT k").rows} | {row[0] for row in self.read(
            "MATCH ()-[r]->() UNWIND keys(r) AS k RETURN DISTINCT k").rows})
        return {"labels": labels, "relationship_types": types, "property_keys": keys}

    def clear(self) -> None:
        """Delete every node and relationship."""
        self.write("MATCH (n) DETACH DELETE n")
