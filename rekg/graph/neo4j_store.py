"""The Neo4j store: Neo4j 5 or later over Bolt, through the official driver."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from rekg.errors import (
    AuthenticationError,
    CypherError,
    QueryTimeoutError,
    StoreError,
    StoreUnavailableError,
)
from rekg.graph.store import (
    DEFAULT_QUERY_TIMEOUT,
    LOOKUP_KEYS,
    QueryResult,
    Store,
    fill_lookup_keys,
    indexed_properties,
)
from rekg.graph.values import plain
from rekg.schema import Label

if TYPE_CHECKING:
    import neo4j

USERNAME_ENV = "NEO4J_USERNAME"
PASSWORD_ENV = "NEO4J_PASSWORD"
DATABASE_ENV = "NEO4J_DATABASE"
DEFAULT_USERNAME = "neo4j"
MINIMUM_MAJOR_VERSION = 5
CLEAR_BATCH_SIZE = 10_000
# A merge's statements share transactions up to this many rows: a commit (and its fsync)
# per statement made per-article ingest several times slower.
ROWS_PER_TRANSACTION = 20_000

# The canned queries look nodes up by name, and restrictions by status (DESIGN.md section 3).
NAME_INDEXED_LABELS = tuple(label for label in Label if label is not Label.ARTICLE)
EXTRA_INDEXES: tuple[tuple[Label, str], ...] = ((Label.RESTRICTION, "status"),)


def _one_line(message: object) -> str:
    return " ".join(str(message).split())


def constraint_name(label: Label) -> str:
    return f"rekg_{label.value.lower()}_id"


def index_name(label: Label, prop: str) -> str:
    return f"rekg_{label.value.lower()}_{prop}"


def server_version_is_supported(version: str) -> bool:
    """True for Neo4j 5.x and the calendar-versioned releases that followed (2025.01 ...)."""
    return _version_tuple(version) >= (MINIMUM_MAJOR_VERSION, 0)


def _version_tuple(version: str) -> tuple[int, int]:
    match = re.match(r"\s*(\d+)(?:\.(\d+))?", version)
    if match is None:
        return (0, 0)
    return (int(match.group(1)), int(match.group(2) or 0))


def _displayed_uri(uri: str) -> str:
    """The URI without user information, so that no credential reaches a message."""
    parts = urlsplit(uri)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


_COUNTERS = {"nodes_created": "nodes_created", "nodes_deleted": "nodes_deleted",
             "relationships_created": "relationships_created",
             "relationships_deleted": "relationships_deleted", "properties_set": "properties_set",
             "labels_added": "labels_added", "labels_removed": "labels_removed",
             "indexes_added": "indices_created", "indexes_removed": "indices_deleted",
             "constraints_added": "constraints_added", "constraints_removed": "constraints_removed"}


def _counters(counters: Any) -> dict[str, int]:
    """Neo4j's SummaryCounters under the names FalkorDB uses."""
    counts = {ours: int(getattr(counters, theirs, 0) or 0) for theirs, ours in _COUNTERS.items()}
    return {name: count for name, count in counts.items() if count}


class Neo4jStore(Store):
    """Neo4j 5+ reached at a ``bolt://``, ``neo4j://`` or ``neo4j+s://`` URI.

    Credentials come from ``NEO4J_USERNAME`` / ``NEO4J_PASSWORD`` (or the keyword arguments,
    for library use); the database from ``NEO4J_DATABASE`` (default: the server's default).
    Writes run in managed write transactions, so the driver retries transient errors; reads
    run in read transactions, in which the server refuses writes.
    """

    def __init__(
        self,
        uri: str,
        *,
        username: str | None = None,
        password: str | None = None,
        database: str | None = None,
        rows_per_transaction: int = ROWS_PER_TRANSACTION,
        timeout: float | None = DEFAULT_QUERY_TIMEOUT,
    ) -> None:
        self.uri = _displayed_uri(uri)
        self._raw_uri = uri
        self.timeout = timeout
        self.rows_per_transaction = rows_per_transaction
        parts = urlsplit(uri)
        if parts.username or parts.password:
            raise AuthenticationError(
                f"credentials in the store URI are not accepted ({self.uri}): "
                f"set {USERNAME_ENV} and {PASSWORD_ENV} instead"
            )
        username = username or os.environ.get(USERNAME_ENV) or DEFAULT_USERNAME
        if password is None:
            password = os.environ.get(PASSWORD_ENV)
        self.database = database or os.environ.get(DATABASE_ENV) or None
        self._schema_ready = False
        self.server_version = ""
        self.edition = ""

        import neo4j
        from neo4j import exceptions as neo4j_errors

        self._errors = neo4j_errors
        self._write_mode = neo4j.WRITE_ACCESS
        self._read_mode = neo4j.READ_ACCESS
        auth = (username, password) if password else None
        self._driver: neo4j.Driver | None = None
        # Each statement opens its own session; a shared bookmark manager keeps them causally
        # consistent, so that on a cluster a read sees what the previous write committed.
        self._bookmarks = neo4j.GraphDatabase.bookmark_manager()
        try:
            self._driver = neo4j.GraphDatabase.driver(
                uri,
                auth=auth,
                connection_timeout=15.0,
                # Also bounds the Bolt handshake: a port that accepts and never answers (not
                # a Neo4j) failed only after the driver's default 60 s (issue 11, row 14).
                connection_acquisition_timeout=15.0,
                max_transaction_retry_time=15.0,
                # The driver logs every server notification as a warning on stderr, which
                # would break the CLI's one-line output; QueryResult has no place for them.
                notifications_min_severity="OFF",
            )
        except neo4j_errors.ConfigurationError as exc:
            raise StoreUnavailableError(
                f"cannot use the Neo4j URI {self.uri}: {self._scrubbed(exc)}"
            ) from exc
        except ValueError as exc:
            raise StoreUnavailableError(
                f"cannot use the Neo4j URI {self.uri}: {self._scrubbed(exc)}; "
                "use bolt://host:port, neo4j://host:port or neo4j+s://host"
            ) from exc
        try:
            self._check_server()
        except BaseException:
            self.close()
            raise

    @property
    def kind(self) -> str:
        return "neo4j"

    def close(self) -> None:
        driver = getattr(self, "_driver", None)
        if driver is not None:
            self._driver = None
            driver.close()

    # -- connection ------------------------------------------------------------------------

    def _open_driver(self) -> neo4j.Driver:
        if self._driver is None:
            raise StoreUnavailableError(f"the Neo4j store {self.uri} is closed")
        return self._driver

    def _session(self, driver: neo4j.Driver, mode: str) -> neo4j.Session:
        return driver.session(database=self.database, default_access_mode=mode,
                              bookmark_manager=self._bookmarks)

    def _check_server(self) -> None:
        driver = self._open_driver()
        try:
            driver.verify_connectivity()
            records, _, _ = driver.execute_query(
                "CALL dbms.components() YIELD name, versions, edition "
                "RETURN name, versions, edition",
                database_=self.database,
                routing_="r",
            )
        except Exception as exc:
            raise self._translate(exc) from exc
        kernel = next((r for r in records if r["name"] == "Neo4j Kernel"), None)
        versions = list(kernel["versions"]) if kernel is not None else []
        self.server_version = str(versions[0]) if versions else ""
        self.edition = str(kernel["edition"]) if kernel is not None else ""
        if not server_version_is_supported(self.server_version):
            raise StoreUnavailableError(
                f"Neo4j at {self.uri} is version {self.server_version or 'unknown'}: "
                f"rekg needs Neo4j {MINIMUM_MAJOR_VERSION} or later; upgrade the server"
            )

    def _translate(self, exc: Exception) -> StoreError:
        errors = self._errors
        if isinstance(exc, StoreError):
            return exc
        if isinstance(exc, errors.AuthError):
            return AuthenticationError(
                f"Neo4j at {self.uri} refused the credentials: check {USERNAME_ENV} and "
                f"{PASSWORD_ENV}"
            )
        if isinstance(exc, errors.ServiceUnavailable | errors.SessionExpired):
            return StoreUnavailableError(
                f"cannot reach Neo4j at {self.uri}: {self._scrubbed(exc)}; is the server running?"
            )
        if isinstance(exc, errors.Neo4jError):
            code = exc.code or ""
            message = _one_line(exc.message or exc)
            if code.startswith("Neo.ClientError.Database.DatabaseNotFound"):
                return StoreUnavailableError(
                    f"Neo4j at {self.uri} has no database {self.database!r}: "
                    f"check {DATABASE_ENV}"
                )
            if code.startswith("Neo.ClientError.Transaction.TransactionTimedOut"):
                return QueryTimeoutError(
                    f"the query ran longer than the {self.timeout:g} s timeout and Neo4j "
                    "stopped it: raise the limit with --timeout SECONDS, or narrow the query"
                )
            if code.startswith(("Neo.ClientError.Statement", "Neo.ClientError.Schema")):
                return CypherError(message)
            if code.startswith("Neo.ClientError.Security"):
                return AuthenticationError(f"Neo4j at {self.uri} refused: {message}")
            return StoreError(f"Neo4j at {self.uri}: {message}")
        if isinstance(exc, errors.DriverError):
            return StoreUnavailableError(f"Neo4j at {self.uri}: {self._scrubbed(exc)}")
        return StoreError(f"Neo4j at {self.uri}: {type(exc).__name__}: {self._scrubbed(exc)}")

    def _scrubbed(self, exc: object) -> str:
        """The driver's message without the URI as given, whose query may hold a secret."""
        return _one_line(exc).replace(self._raw_uri, self.uri)

    # -- statements ------------------------------------------------------------------------

    def _execute(
        self, cypher: str, params: Mapping[str, Any] | None, *, write: bool
    ) -> QueryResult:
        driver = self._open_driver()
        parameters = dict(params or {})

        def run(tx: Any) -> QueryResult:
            result = tx.run(cypher, parameters)
            columns = list(result.keys())
            rows = [[plain(value) for value in record.values()] for record in result]
            counters = _counters(result.consume().counters) if write else {}
            return QueryResult(columns=columns, rows=rows, counters=counters)

        try:
            mode = self._write_mode if write else self._read_mode
            with self._session(driver, mode) as s:
                if write:
                    return s.execute_write(run)
                # A transaction timeout: the server itself stops a read that runs too long.
                import neo4j

                timed = neo4j.unit_of_work(timeout=self.timeout)(run)
                return s.execute_read(timed)
        except Exception as exc:
            raise self._translate(exc) from exc

    def explain(self, cypher: str, params: Mapping[str, Any] | None = None) -> str:
        driver = self._open_driver()
        try:
            with self._session(driver, self._read_mode) as session:
                plan = session.run("EXPLAIN " + cypher, dict(params or {})).consume().plan
        except Exception as exc:
            raise self._translate(exc) from exc
        lines: list[str] = []

        def walk(step: Mapping[str, Any], depth: int) -> None:
            details = step.get("args", {}).get("Details") or step.get("arguments", {}).get(
                "Details")
            name = str(step.get("operatorType", "?")).split("@")[0]
            lines.append("    " * depth + name + (f" | {details}" if details else ""))
            for child in step.get("children", []):
                walk(child, depth + 1)

        walk(plan or {}, 0)
        return "\n".join(lines)

    def write_transaction(
        self, statements: Sequence[tuple[str, Mapping[str, Any]]]
    ) -> list[QueryResult]:
        driver = self._open_driver()

        def run_all(tx: Any) -> list[QueryResult]:
            results = []
            for cypher, params in statements:
                result = tx.run(self._hooked(cypher), dict(params))
                columns = list(result.keys())
                rows = [[plain(value) for value in record.values()] for record in result]
                results.append(QueryResult(columns=columns, rows=rows,
                                           counters=_counters(result.consume().counters)))
            return results

        try:
            with self._session(driver, self._write_mode) as session:
                results: list[QueryResult] = session.execute_write(run_all)
                return results
        except Exception as exc:
            raise self._translate(exc) from exc

    def _write_all(
        self, statements: Sequence[tuple[str, Mapping[str, Any]]]
    ) -> list[QueryResult]:
        """Run the statements in order, in as few write transactions as the row limit allows."""
        groups: list[list[tuple[str, Mapping[str, Any]]]] = []
        rows_in_group = self.rows_per_transaction
        for cypher, params in statements:
            rows = params.get("rows")
            size = len(rows) if isinstance(rows, list) else 1
            if rows_in_group + size > self.rows_per_transaction:
                groups.append([])
                rows_in_group = 0
            groups[-1].append((cypher, params))
            rows_in_group += size
        driver = self._open_driver()

        def run_group(tx: Any, group: list[tuple[str, Mapping[str, Any]]]) -> list[QueryResult]:
            results = []
            for cypher, params in group:
                result = tx.run(self._hooked(cypher), dict(params))
                rows = [[plain(value) for value in record.values()] for record in result]
                results.append(QueryResult(columns=list(result.keys()), rows=rows))
            return results

        results: list[QueryResult] = []
        try:
            with self._session(driver, self._write_mode) as session:
                for group in groups:
                    results.extend(session.execute_write(run_group, group))
        except Exception as exc:
            raise self._translate(exc) from exc
        return results

    def _run_autocommit(self, cypher: str, params: Mapping[str, Any] | None = None) -> None:
        """Run a statement outside a managed transaction (schema, CALL ... IN TRANSACTIONS)."""
        driver = self._open_driver()
        try:
            with self._session(driver, self._write_mode) as session:
                session.run(cypher, dict(params or {})).consume()
        except Exception as exc:
            raise self._translate(exc) from exc

    def ensure_schema(self) -> None:
        """Uniqueness of ``id`` per label, and the indexes the canned queries use."""
        if self._schema_ready:
            return
        driver = self._open_driver()
        try:
            with self._session(driver, self._write_mode) as session:
                constraints = {r["name"] for r in session.run("SHOW CONSTRAINTS YIELD name")}
                indexes = {r["name"] for r in session.run("SHOW INDEXES YIELD name")}
        except Exception as exc:
            raise self._translate(exc) from exc
        for label in Label:
            name = constraint_name(label)
            if name not in constraints:
                self._run_autocommit(
                    f"CREATE CONSTRAINT {name} IF NOT EXISTS "
                    f"FOR (n:`{label.value}`) REQUIRE n.id IS UNIQUE"
                )
        wanted = [(label, "name") for label in NAME_INDEXED_LABELS] + list(EXTRA_INDEXES)
        wanted += [(label, prop) for label, prop in indexed_properties() if prop != "id"]
        keys_added = False
        for label, prop in dict.fromkeys(wanted):
            name = index_name(label, prop)
            if name not in indexes:
                self._run_autocommit(
                    f"CREATE INDEX {name} IF NOT EXISTS FOR (n:`{label.value}`) ON (n.`{prop}`)"
                )
                keys_added = keys_added or prop == LOOKUP_KEYS
        if keys_added:
            fill_lookup_keys(self)
        self._schema_ready = True

    def clear(self) -> None:
        """Delete everything in batches: a large graph needs no single huge transaction."""
        # 5.23 introduced the scope clause CALL (n) and deprecated the WITH form.
        if _version_tuple(self.server_version) >= (5, 23):
            subquery = "CALL (n) { DETACH DELETE n }"
        else:
            subquery = "CALL { WITH n DETACH DELETE n }"
        self._run_autocommit(
            f"MATCH (n) {subquery} IN TRANSACTIONS OF {CLEAR_BATCH_SIZE} ROWS"
        )
