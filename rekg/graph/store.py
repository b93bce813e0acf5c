"""The one Store interface, and the Cypher both implementations share.

Implementations only supply ``_execute`` (run one statement, read-only or not) and the
connection handling; merging, counting and streaming are written once here so that both
databases receive the same statements.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from rekg.environment import DEFAULT_QUERY_TIMEOUT as DEFAULT_QUERY_TIMEOUT
from rekg.environment import DEFAULT_STORE as DEFAULT_STORE
from rekg.environment import STORE_ENV as STORE_ENV
from rekg.environment import TIMEOUT_ENV as TIMEOUT_ENV
from rekg.errors import CypherError
from rekg.graph.read_only import check_read_only
from rekg.graph.result import QueryResult as QueryResult
from rekg.schema import GraphFragment, Label, RelType

WRITE_BATCH_SIZE = 5_000

# Every node carries the lower-case forms a name parameter may meet (name, id, id without its
# label prefix, symbol, ISO alpha-3, aliases) as one list property, so that the canned queries
# find a node by an index lookup (`form IN n.keys`) instead of a scan with toLower over lists.
LOOKUP_KEYS = "keys"
LOOKUP_KEYS_EXPRESSION = (
    "[k IN [n.name, n.id, split(n.id, ':')[1], n.symbol, n.iso3] + coalesce(n.aliases, []) "
    "WHERE k IS NOT NULL | toLower(k)]"
)
_ALIASES = "coalesce(n.aliases, [])"
_MERGED_KEYS_EXPRESSION = LOOKUP_KEYS_EXPRESSION.replace(
    _ALIASES, f"{_ALIASES} + [a IN row.aliases WHERE NOT a IN {_ALIASES}]")
EXPORT_PAGE_SIZE = 5000
_NODE_PAGE = (
    "MATCH (n) WHERE id(n) >= $low AND id(n) < $high RETURN labels(n)[0], properties(n)"
)
_RELATIONSHIP_PAGE = (
    "MATCH (a) WHERE id(a) >= $low AND id(a) < $high MATCH (a)-[r]->(b) "
    "RETURN a.id, b.id, type(r), properties(r)"
)
# Labels whose nodes ``merge_articles`` notes, for resolution (``Store.merged_since``).
TRACKED_LABELS = frozenset({Label.RESTRICTION, Label.AGREEMENT})
# Properties the store derives for itself, and resolution's record of the reports a measure
# node holds (rekg.graph.reports); exports and node streams leave them out.
DERIVED_PROPERTIES = frozenset({LOOKUP_KEYS, "_reports", "_resolved"})


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


def indexed_properties() -> list[tuple[Label, str]]:
    """The node properties both stores index: id and the lookup keys of every label, and the
    restriction fields that canned queries filter on."""
    wanted = [(label, prop) for label in Label for prop in ("id", LOOKUP_KEYS)]
    return [*wanted, (Label.RESTRICTION, "status"), (Label.RESTRICTION, "kind")]


def fill_lookup_keys(store: Store) -> None:
    """Give every node written before lookup keys existed its keys (one pass, in batches)."""
    while True:
        result = store.write(
            "MATCH (n) WHERE n.keys IS NULL WITH n LIMIT 10000 "
            f"SET n.{LOOKUP_KEYS} = {LOOKUP_KEYS_EXPRESSION} RETURN count(n)"
        )
        if not result.rows or not result.rows[0][0]:
            return


def _merge_nodes_cypher(label: Label) -> str:
    # Labels come from the Label enum, never from user input; values travel as parameters.
    # An Article is created marked ``_partial`` and unmarked only once all of its writes have
    # landed (``_complete_articles_cypher``), so a re-run finishes an interrupted article.
    partial = ", n._partial = true" if label is Label.ARTICLE else ""
    return (
        "UNWIND $rows AS row "
        f"MERGE (n:`{label.value}` {{id: row.id}}) "
        f"ON CREATE SET n += row.props, n._new = true{partial} "
        "ON MATCH SET n += row.fill "
        "SET n.aliases = coalesce(n.aliases, []) + "
        "[a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])] "
        # FalkorDB evaluates a SET's expressions before any of its assignments, Neo4j after
        # the previous SET: new aliases come from the row, once, on both.
        f"SET n.{LOOKUP_KEYS} = {_MERGED_KEYS_EXPRESSION} "
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


_COMPLETE_ARTICLES_CYPHER = (
    "UNWIND $ids AS id MATCH (a:Article {id: id}) SET a._partial = null RETURN count(a)"
)
_FIND_COMPLETE_CYPHER = (
    "UNWIND $ids AS id MATCH (a:Article {id: id}) WHERE a._partial IS NULL RETURN a.id"
)


def _union_into(target: list[Any], extra: Iterable[Any]) -> None:
    for item in extra:
        if item not in target:
            target.append(item)


class MergePlan:
    """Rows of many fragments combined in Python, in order, as merging them one by one would.

    A node keeps the properties of its first fragment and gains those it lacked from later
    ones; aliases, sources and evidence are unions in order of appearance; confidence is the
    highest. Combining first means a batch of articles costs one list rebuild per
    relationship, not one per article (issue 14).
    """

    def __init__(self) -> None:
        self.nodes: dict[str, tuple[Label, dict[str, Any], list[str]]] = {}
        self.relationships: dict[tuple[str, str, str], tuple[RelType, Label, Label,
                                                             dict[str, Any]]] = {}

    def add(self, fragment: GraphFragment) -> None:
        for node in fragment.nodes.values():
            props = node.properties()
            aliases = [str(a) for a in props.pop("aliases", None) or []]  # type: ignore[union-attr]
            known = self.nodes.get(node.id)
            if known is None:
                self.nodes[node.id] = (node.label, props, aliases)
                continue
            for key, value in props.items():
                known[1].setdefault(key, value)
            _union_into(known[2], aliases)
        for rel in fragment.relationships.values():
            rel_key = (rel.type.value, rel.source, rel.target)
            found = self.relationships.get(rel_key)
            if found is None:
                props = {k: v for k, v in rel.properties.items() if v is not None}
                self.relationships[rel_key] = (rel.type, rel.source_label, rel.target_label, {
                    "source": rel.source, "target": rel.target, "props": props,
                    "sources": list(rel.sources), "evidence": list(rel.evidence),
                    "confidence": rel.confidence,
                })
                continue
            row = found[3]
            _union_into(row["sources"], rel.sources)
            _union_into(row["evidence"], rel.evidence)
            row["confidence"] = max(row["confidence"], rel.confidence)

    def touched(self, labels: Collection[Label]) -> frozenset[str]:
        """The ids of this plan's nodes of ``labels``, and of its relationships' ends."""
        ids = {node_id for node_id, (label, _, _) in self.nodes.items() if label in labels}
        for _, source, target, row in self.relationships.values():
            if source in labels:
                ids.add(row["source"])
            if target in labels:
                ids.add(row["target"])
        return frozenset(ids)

    def written(self) -> dict[str, set[str]]:
        """Label -> the ids of this plan's nodes and of its relationships' ends."""
        ids: dict[str, set[str]] = {}
        for node_id, (label, _, _) in self.nodes.items():
            ids.setdefault(label.value, set()).add(node_id)
        for _, source, target, row in self.relationships.values():
            ids.setdefault(source.value, set()).add(row["source"])
            ids.setdefault(target.value, set()).add(row["target"])
        return ids

    def statements(
        self, existing: Mapping[str, Collection[str]], batch_size: int
    ) -> list[tuple[str, Mapping[str, Any], str, bool]]:
        """(cypher, params, label or type, is a node statement): nodes first, then links.

        ``existing`` holds the property names of nodes already in the store."""
        by_label: dict[Label, list[dict[str, Any]]] = {}
        for node_id, (label, props, aliases) in self.nodes.items():
            known = existing.get(node_id, {})
            fill = {k: v for k, v in props.items() if k not in known and k != "id"}
            by_label.setdefault(label, []).append(
                {"id": node_id, "props": props, "fill": fill, "aliases": aliases})
        out: list[tuple[str, Mapping[str, Any], str, bool]] = []
        for label, rows in by_label.items():
            for batch in _batches(rows, batch_size):
                out.append((_merge_nodes_cypher(label), {"rows": list(batch)}, label.value, True))
        groups: dict[tuple[RelType, Label, Label], list[dict[str, Any]]] = {}
        for rel_type, source, target, row in self.relationships.values():
            groups.setdefault((rel_type, source, target), []).append(row)
        for (rel_type, source, target), rows in groups.items():
            cypher = _merge_relationships_cypher(rel_type, source, target)
            for batch in _batches(rows, batch_size):
                out.append((cypher, {"rows": list(batch)}, rel_type.value, False))
        return out


@dataclass
class ArticleMergeStats(MergeStats):
    """What merging a batch of articles did, article by article."""

    articles_new: list[str] = field(default_factory=list)
    articles_existing: list[str] = field(default_factory=list)


WriteHook = Callable[[int, str], str]
"""Given each write statement's position in a merge and its Cypher, the Cypher to run."""


def _batches(rows: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class Store(ABC):
    """A graph database holding the rekg graph. Use as a context manager."""

    uri: str
    read_only_guard: bool = True
    timeout: float | None = DEFAULT_QUERY_TIMEOUT
    """Seconds a read may run before the database stops it (None: no limit)."""
    _write_hook: WriteHook | None = None
    _tables_kept = False
    _hook_position = 0
    # Which Cypher variant of a canned query this store runs (``NAME.DIALECT.cypher``).
    dialect: str = "neo4j"

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
        """Run a read-only statement; the database refuses writes, and ``LOAD CSV`` or a
        procedure that could reach files or the network is refused before it is sent."""
        check_read_only(cypher)
        return self._execute(cypher, params or {}, write=False)

    def write(self, cypher: str, params: Mapping[str, Any] | None = None) -> QueryResult:
        """Run a statement that may write."""
        return self._execute(self._hooked(cypher), params or {}, write=True)

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
        before = self.generation()
        plan = MergePlan()
        plan.add(fragment)
        articles = [n for n, (label, _, _) in plan.nodes.items() if label is Label.ARTICLE]
        stats = self._apply(plan, batch_size)
        self.finish_articles(articles)
        self.note_written(before, plan.written())
        return stats

    def merge_articles(
        self, fragments: Sequence[tuple[str, GraphFragment]],
        batch_size: int = WRITE_BATCH_SIZE, *, finish: bool = True,
    ) -> ArticleMergeStats:
        """Merge many articles (id, fragment holding its Article node) in one batch.

        Articles already complete in the store are skipped; the others are written together
        and then marked complete in one statement, so each article is all-or-nothing: an
        interrupted batch leaves its articles marked ``_partial`` and the next run finishes
        them instead of counting them as present. With ``finish=False`` they stay marked
        until ``finish_articles(stats.articles_new)``, for a caller with more writes to make
        from the same fragments (resolution).
        """
        self.ensure_schema()
        before = self.generation()
        ids = list(dict.fromkeys(article_id for article_id, _ in fragments))
        complete = self.complete_articles(ids)
        plan = MergePlan()
        stats = ArticleMergeStats()
        taken: set[str] = set()
        for article_id, fragment in fragments:
            if article_id in complete or article_id in taken:
                stats.articles_existing.append(article_id)
                continue
            taken.add(article_id)
            stats.articles_new.append(article_id)
            plan.add(fragment)
        if not taken:
            return stats
        stats.add(self._apply(plan, batch_size))
        if finish:
            self.finish_articles(stats.articles_new)
        self._extend_merge_chain(before, plan.touched(TRACKED_LABELS))
        self.note_written(before, plan.written())
        return stats

    def _extend_merge_chain(self, before: str | None, touched: frozenset[str] = frozenset(),
                            ) -> None:
        """Note that merges and article completion alone led from ``before`` to now,
        touching the nodes ``touched`` of ``TRACKED_LABELS``."""
        after = self.generation()
        if before is not None and after is not None:
            chain = self.__dict__.setdefault("_merge_chain", {})
            chain[before] = (after, touched)
            while len(chain) > 64:
                del chain[next(iter(chain))]

    def _follow_merges(self, generation: str) -> tuple[str, set[str]]:
        chain: dict[str, tuple[str, frozenset[str]]] = self.__dict__.get("_merge_chain", {})
        seen = {generation}
        touched: set[str] = set()
        while generation in chain and chain[generation][0] not in seen:
            generation, ids = chain[generation]
            touched.update(ids)
            seen.add(generation)
        return generation, touched

    def after_merges(self, generation: str) -> str:
        """The generation this store object reached from ``generation`` by ``merge_articles``
        alone, nothing else written in between (``generation`` itself when none followed):
        resolution keeps what it wrote for as long as only merges it is told of followed."""
        return self._follow_merges(generation)[0]

    def merged_since(self, generation: str) -> set[str] | None:
        """The ids of the ``TRACKED_LABELS`` nodes that ``merge_articles`` wrote (or linked)
        since ``generation``, when merges alone led from it to now; else None. Resolution
        reads only those nodes again, instead of every measure node (issue 14)."""
        current = self.generation()
        reached, touched = self._follow_merges(generation)
        return touched if current is not None and reached == current else None

    def complete_articles(self, ids: Sequence[str]) -> set[str]:
        """Those of ``ids`` whose articles are in the store with all of their writes."""
        found: set[str] = set()
        for batch in _batches(list(ids), 5_000):
            result = self.read(_FIND_COMPLETE_CYPHER, {"ids": list(batch)})
            found.update(str(row[0]) for row in result.rows)
        return found

    def _apply(self, plan: MergePlan, batch_size: int) -> MergeStats:
        self.ensure_schema()
        stats = MergeStats()
        existing = self._existing_properties(plan)
        planned = plan.statements(existing, batch_size)
        results = self._write_all([(cypher, params) for cypher, params, _, _ in planned])
        for (_, _, key, is_node), result in zip(planned, results, strict=True):
            created, total = result.rows[0] if result.rows else (0, 0)
            if is_node:
                stats.nodes += int(total or 0)
                stats.nodes_created += int(created or 0)
            else:
                stats.relationships += int(total or 0)
                stats.relationships_created += int(created or 0)
            stats.by_label[key] = stats.by_label.get(key, 0) + int(created or 0)
        return stats

    def finish_articles(self, ids: Sequence[str]) -> None:
        """Mark articles complete: from now on they count as present. Resolution's memory
        outlives this write (it changes no node that resolution reads)."""
        if not ids:
            return
        before = self.generation()
        for batch in _batches(ids, WRITE_BATCH_SIZE):
            self._write_all([(_COMPLETE_ARTICLES_CYPHER, {"ids": list(batch)})])
        self._extend_merge_chain(before)
        self.note_written(before, {})

    def note_written(self, before: str | None, touched: Mapping[str, Collection[str]]) -> None:
        """After writes through rekg that changed only the nodes ``touched`` (label -> ids,
        with their relationships) since the generation ``before``: the list queries' tables
        derived at ``before`` are brought to the new generation (rekg/queries/upkeep.py)."""
        after = self.generation()
        if before is None or after is None:
            return
        from rekg.queries.upkeep import follow

        follow(self, before, after, touched)
        self._tables_kept = True

    def _save_tables(self) -> None:
        """Save the tables ``note_written`` kept in memory, for the next process."""
        if self._tables_kept:
            self._tables_kept = False
            from rekg.queries.derived import save_kept

            save_kept(self)

    @property
    def write_hook(self) -> WriteHook | None:
        """For fault-injection tests: sees (and may replace) every write statement rekg
        sends (merges, resolution, ``write``), numbered from 0 since the hook was set."""
        return self._write_hook

    @write_hook.setter
    def write_hook(self, hook: WriteHook | None) -> None:
        self._write_hook = hook
        self._hook_position = 0

    def _hooked(self, cypher: str) -> str:
        """The statement to run in place of ``cypher`` (the write hook's choice, if any)."""
        hook = self.write_hook
        if hook is None:
            return cypher
        position = self._hook_position
        self._hook_position = position + 1
        return hook(position, cypher)

    def _write_all(
        self, statements: Sequence[tuple[str, Mapping[str, Any]]]
    ) -> list[QueryResult]:
        """Run write statements in order. A store may group them into fewer transactions.

        Implementations pass each statement through ``_hooked`` just before running it.
        """
        return [self._execute(self._hooked(cypher), params, write=True)
                for cypher, params in statements]

    def _existing_properties(self, plan: MergePlan) -> dict[str, set[str]]:
        """The property names of the plan's nodes already in the store."""
        found: dict[str, set[str]] = {}
        by_label: dict[Label, list[str]] = {}
        for node_id, (label, _, _) in plan.nodes.items():
            by_label.setdefault(label, []).append(node_id)
        for label, ids in by_label.items():
            for batch in _batches(ids, 5_000):
                result = self.read(
                    f"UNWIND $ids AS id MATCH (n:`{label.value}` {{id: id}}) "
                    "RETURN n.id AS id, keys(n) AS names",
                    {"ids": list(batch)},
                )
                for node_id, names in result.rows:
                    found[node_id] = set(names)
        return found

    def generation(self) -> str | None:
        """A value every write through rekg changes, or None where the store keeps none
        (then structures derived from the graph are computed for every query)."""
        return None

    def derived_folder(self) -> Path | None:
        """Where structures derived from the graph may be saved for the next process to open
        the store, or None (rekg/queries/derived.py)."""
        return None

    def counts(self) -> tuple[int, int]:
        """Number of nodes and relationships in the store."""
        nodes = self.read("MATCH (n) RETURN count(n)").rows[0][0]
        rels = self.read("MATCH ()-[r]->() RETURN count(r)").rows[0][0]
        return int(nodes), int(rels)

    def iter_nodes(self, batch_size: int = EXPORT_PAGE_SIZE) -> Iterator[dict[str, Any]]:
        """Stream every node as ``{"label": ..., **properties}``, page by page.

        Pages are ranges of the database's internal node ids, so each page is a seek and
        nothing is sorted (issue 14: paging by ``n.id > $after ORDER BY n.id`` re-sorted the
        rest of a label for every page). Nodes come in internal id order.
        """
        for rows in self._id_pages(_NODE_PAGE, batch_size):
            for label, props in rows:
                for derived in DERIVED_PROPERTIES:
                    props.pop(derived, None)
                props["label"] = label
                yield props

    def iter_relationships(self, batch_size: int = EXPORT_PAGE_SIZE) -> Iterator[dict[str, Any]]:
        """Stream every relationship as ``{"source", "target", "type", **properties}``.

        Pages are ranges of source nodes' internal ids: memory holds one page of nodes'
        outgoing relationships.
        """
        for rows in self._id_pages(_RELATIONSHIP_PAGE, batch_size):
            for source, target, rel_type, props in rows:
                props["source"] = source
                props["target"] = target
                props["type"] = rel_type
                yield props

    def _id_pages(self, cypher: str, batch_size: int) -> Iterator[list[list[Any]]]:
        result = self.read("MATCH (n) RETURN max(id(n))")
        highest = result.rows[0][0] if result.rows else None
        if highest is None:
            return
        pages = [{"low": low, "high": low + batch_size}
                 for low in range(0, int(highest) + 1, batch_size)]
        if not self._pages_in_background:
            for page in pages:
                rows = self._page_rows(cypher, page)
                if rows:
                    yield rows
            return
        # The database prepares the next page while the caller writes this one.
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=1) as pool:
            pending = pool.submit(self._page_rows, cypher, pages[0])
            for following in [*pages[1:], None]:
                rows = pending.result()
                if following is not None:
                    pending = pool.submit(self._page_rows, cypher, following)
                if rows:
                    yield rows

    # Whether export pages may be read on a second thread (the store's client is thread-safe).
    _pages_in_background = False

    def _page_rows(self, cypher: str, params: Mapping[str, Any]) -> list[list[Any]]:
        """The rows of one export page; a store may decode them faster than ``read``."""
        return self.read(cypher, params).rows

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
