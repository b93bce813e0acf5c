"""FalkorDB stores: embedded (a file on disk, served by rekg itself) and a FalkorDB server."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from rekg.errors import (
    CypherError,
    DiskFullError,
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
from rekg.graph.values import plain_row

GRAPH_NAME = "rekg"
# Bumped by every write through rekg, so that structures derived from the graph and cached in
# memory (rekg/queries/derived.py) know when to compute again, whichever process wrote.
GENERATION_KEY = "rekg:generation"
EPOCH_KEY = "rekg:epoch"
_EMPTY_GRAPH = "empty key"
# The client waits this much longer than the database's own timeout, so that the database
# is always the one that stops a slow query (falkordblite's 5 s socket timeout with retries
# made slow queries fail after about a minute, having run four times: issue 14).
SOCKET_MARGIN = 10.0


def _one_line(message: str) -> str:
    return " ".join(str(message).split())


_COUNTERS = ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted",
             "properties_set", "properties_removed", "labels_added", "labels_removed",
             "indices_created", "indices_deleted")


def _counters(result: Any) -> dict[str, int]:
    counts = {name: int(getattr(result, name, 0) or 0) for name in _COUNTERS}
    return {name: count for name, count in counts.items() if count}


def _socket_timeout(timeout: float | None) -> float | None:
    return None if timeout is None else timeout + SOCKET_MARGIN


def _timeout_ms(timeout: float | None) -> int | None:
    return None if timeout is None else max(1, int(timeout * 1000))


class _FalkorStore(Store):
    """Shared by the embedded and the server store: both speak FalkorDB's GRAPH.* commands."""

    _read_graph: Any
    _write_graph: Any
    _schema_ready = False
    dialect = "falkordb"

    def _execute(
        self, cypher: str, params: Mapping[str, Any] | None, *, write: bool
    ) -> QueryResult:
        try:
            result = self._run(cypher, params, write=write)
        except StoreError:
            raise
        except Exception as exc:  # the client raises redis' ResponseError for Cypher errors
            if _EMPTY_GRAPH in str(exc):
                # FalkorDB refuses reads of a graph that was never written; create it (with
                # its indexes) so that a fresh store answers like an empty one.
                self._schema_ready = False
                self.ensure_schema()
                try:
                    result = self._run(cypher, params, write=write)
                except Exception as again:
                    raise self._translate(again) from again
            else:
                raise self._translate(exc) from exc
        return _converted(result, counted=write)

    def _translate(self, exc: BaseException) -> StoreError:
        if isinstance(exc, StoreError):
            return exc
        message = _one_line(str(exc))
        name = type(exc).__name__
        lowered = message.lower()
        if "timed out" in lowered and "socket" not in lowered:
            return QueryTimeoutError(
                f"the query ran longer than the {self.timeout:g} s timeout and the database "
                "stopped it: raise the limit with --timeout SECONDS, or narrow the query"
            )
        if "no space left" in lowered or "misconf" in lowered:
            return DiskFullError(f"the disk holding the store {self.uri} is full: {message}")
        if "ConnectionError" in name or "TimeoutError" in name:
            return StoreUnavailableError(f"{self.uri}: {message}")
        return CypherError(message)

    def explain(self, cypher: str, params: Mapping[str, Any] | None = None) -> str:
        try:
            return str(self._read_graph.explain(cypher, dict(params or {}))).rstrip()
        except Exception as exc:
            raise self._translate(exc) from exc

    def _run(self, cypher: str, params: Mapping[str, Any] | None, *, write: bool) -> Any:
        if write:
            self._note_write()
            # Before and after: a cache filled while the write ran is never taken as current.
            self._write_graph.client.incr(GENERATION_KEY)
            try:
                return self._write_graph.query(cypher, dict(params or {}))
            finally:
                self._write_graph.client.incr(GENERATION_KEY)
        # The reply decoded in one pass when it holds only plain values (issue 14: the
        # falkordb client's per-value parsing was over half of the time of reading a derived
        # table at 1M relationships); nodes, paths and errors go through the client's parser.
        from rekg.graph.compact_rows import Unsupported, decode_rows

        graph = self._read_graph
        command: list[Any] = ["GRAPH.RO_QUERY", graph.name,
                              graph._build_params_header(dict(params or {})) + cypher,
                              "--compact"]
        if self.timeout is not None:
            command += ["timeout", _timeout_ms(self.timeout)]
        reply = graph.execute_command(*command)
        try:
            rows = decode_rows(reply)
        except Unsupported:
            return _parsed(graph, reply)
        return QueryResult(columns=[str(column[1]) for column in reply[0]], rows=rows)

    # redis-py clients take a connection from their pool for every command.
    _pages_in_background = True

    def _page_rows(self, cypher: str, params: Mapping[str, Any]) -> list[list[Any]]:
        return self._execute(cypher, params, write=False).rows

    def _note_write(self) -> None:
        """Called before every write (the embedded store then snapshots at close)."""

    def _write_all(
        self, statements: Sequence[tuple[str, Mapping[str, Any]]]
    ) -> list[QueryResult]:
        """One MULTI/EXEC: all of the statements land, or (after a crash) none of them."""
        if not statements:
            return []
        from falkordb.query_result import QueryResult as FalkorResult

        self._note_write()
        graph = self._write_graph
        pipe = graph.client.pipeline(transaction=True)
        for cypher, params in statements:
            query = graph._build_params_header(dict(params)) + self._hooked(cypher)
            pipe.execute_command("GRAPH.QUERY", GRAPH_NAME, query, "--compact")
        pipe.incr(GENERATION_KEY)
        try:
            replies = pipe.execute(raise_on_error=False)[:-1]
            self._check_logged()
        except Exception as exc:
            raise self._translate(exc) from exc
        results: list[QueryResult] = []
        failure: BaseException | None = None
        for reply in replies:
            if isinstance(reply, BaseException):
                failure = failure or reply
                results.append(QueryResult(columns=[], rows=[]))
                continue
            try:
                results.append(_converted(FalkorResult(graph, reply)))
            except Exception as exc:
                failure = failure or exc
                results.append(QueryResult(columns=[], rows=[]))
        if failure is not None:
            raise self._translate(failure) from failure
        return results

    def _check_logged(self) -> None:
        """Raise if the server could not append the last unit to its log. Under appendfsync
        everysec redis still answers it (it retries the append later), but holds it only in
        memory: a server stopped before space is freed loses it, so it is not confirmed."""
        client = self._write_graph.client
        if client.info("persistence").get("aof_last_write_status", "ok") == "ok":
            return
        from rekg.graph.embedded_server import log_write_error

        raise self._translate(RuntimeError(log_write_error(client)))

    def generation(self) -> str | None:
        # A random epoch, kept in the store, joins the count: a store made afresh at the same
        # path starts counting again and must not match what was kept for the old one, while
        # the same store opened again by a new process (every CLI command) matches what an
        # earlier one derived and saved (rekg/queries/derived.py).
        try:
            pipe = self._read_graph.client.pipeline(transaction=False)
            pipe.set(EPOCH_KEY, secrets.token_hex(8), nx=True)
            pipe.get(EPOCH_KEY)
            pipe.get(GENERATION_KEY)
            pipe.info("server")
            # A server refusing writes (a full disk) still answers reads: the run id of the
            # server then stands in for a missing epoch, matching nothing saved before.
            _, epoch, count, server = pipe.execute(raise_on_error=False)
            if isinstance(count, Exception) or isinstance(server, Exception):
                raise count if isinstance(count, Exception) else server
        except Exception as exc:
            raise self._translate(exc) from exc
        if isinstance(epoch, Exception) or epoch is None:
            epoch = f"run-{server.get('run_id')}"
        epoch = epoch.decode() if isinstance(epoch, bytes) else epoch
        return f"{epoch}:{int(count or 0)}"

    def ensure_schema(self) -> None:
        if self._schema_ready:
            return
        try:
            existing = self._write_graph.query("CALL db.indexes()").result_set or []
        except Exception as exc:
            raise self._translate(exc) from exc
        indexed = {(str(row[0]), str(prop)) for row in existing for prop in (row[1] or [])}
        keys_added = False
        for label, prop in indexed_properties():
            if (label.value, prop) in indexed:
                continue
            try:
                self._note_write()
                self._write_graph.query(f"CREATE INDEX FOR (n:`{label.value}`) ON (n.`{prop}`)")
            except Exception as exc:  # a concurrent writer may have created it first
                if "already" not in str(exc).lower():
                    raise self._translate(exc) from exc
            keys_added = keys_added or prop == LOOKUP_KEYS
        if keys_added:
            fill_lookup_keys(self)
        self._schema_ready = True


def _parsed(graph: Any, reply: Any) -> Any:
    """The falkordb client's result of a compact reply, as its ``ro_query`` builds it."""
    from falkordb.exceptions import SchemaVersionMismatchException
    from falkordb.query_result import QueryResult as FalkorResult

    try:
        return FalkorResult(graph, reply)
    except SchemaVersionMismatchException as exc:
        graph.schema.refresh(exc.version)
        raise


def _converted(result: Any, *, counted: bool = False) -> QueryResult:
    if isinstance(result, QueryResult):
        return result
    header = [str(col[1]) for col in (result.header or [])]
    rows = [plain_row(row) for row in (result.result_set or [])]
    return QueryResult(columns=header, rows=rows, counters=_counters(result) if counted else {})


class EmbeddedStore(_FalkorStore):
    """FalkorDB embedded: a file on disk, served by a redis-server that rekg starts and stops.

    ``writer`` stores hold the store's lock for their whole life (a second writer waits, or
    with ``wait=False`` fails at once); readers share the server of a process holding it.
    See ``rekg.graph.embedded_server`` for what survives what.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        writer: bool = True,
        wait: bool = True,
        on_wait: Any = None,
        timeout: float | None = DEFAULT_QUERY_TIMEOUT,
    ) -> None:
        from rekg.graph.embedded_server import attach

        self.path = Path(path)
        self.uri = f"embedded:{self.path}"
        self.timeout = timeout
        self._attachment: Any = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnavailableError(
                f"cannot create the folder for the embedded store {self.path}: {exc.strerror}"
            ) from exc
        if self.path.exists() and self.path.is_dir():
            raise StoreUnavailableError(
                f"embedded store path {self.path} is a folder: give a file path such as "
                f"{self.path / 'graph.db'}"
            )
        self._writer = writer
        self._wait = wait
        self._on_wait = on_wait
        self._attachment = attach(self.path, writer=writer, wait=wait, on_wait=on_wait)
        try:
            self._connect()
        except BaseException:
            self.close()
            raise

    def _connect(self) -> None:
        from falkordb import Graph

        from rekg.graph.embedded_server import connect

        socket = self._attachment.socket
        self._read_client = connect(socket, _socket_timeout(self.timeout))
        self._write_client = connect(socket, None)
        self._read_graph = Graph(self._read_client, GRAPH_NAME)
        self._write_graph = Graph(self._write_client, GRAPH_NAME)

    def derived_folder(self) -> Path | None:
        return self.path.with_name(self.path.name + ".derived")

    @property
    def kind(self) -> str:
        return "embedded"

    @property
    def owns_server(self) -> bool:
        return bool(self._attachment is not None and self._attachment.owner)

    def _note_write(self) -> None:
        if self._attachment is not None:
            self._attachment.mark_written()

    def _run(self, cypher: str, params: Mapping[str, Any] | None, *, write: bool) -> Any:
        try:
            return super()._run(cypher, params, write=write)
        except Exception as exc:
            if write or self.owns_server or "ConnectionError" not in type(exc).__name__:
                raise
        # The process whose server this reader shared has finished: open the store again
        # (starting a server, or sharing a newer one) and run the read once more.
        from rekg.graph.embedded_server import attach

        self._disconnect()
        self._attachment.release()
        self._attachment = attach(self.path, writer=False, wait=self._wait,
                                  on_wait=self._on_wait)
        self._connect()
        return super()._run(cypher, params, write=write)

    def _disconnect(self) -> None:
        for name in ("_read_client", "_write_client"):
            client = getattr(self, name, None)
            if client is not None:
                client.close()
                setattr(self, name, None)

    def close(self) -> None:
        attachment = self._attachment
        if attachment is None:
            return
        self._save_tables()
        self._attachment = None
        self._disconnect()
        attachment.release()


class FalkorServerStore(_FalkorStore):
    """A FalkorDB server reached at ``falkordb://host:port``."""

    def __init__(self, uri: str, *, timeout: float | None = DEFAULT_QUERY_TIMEOUT) -> None:
        parsed = urlparse(uri)
        self.uri = f"falkordb://{parsed.hostname or 'localhost'}:{parsed.port or 6379}"
        self.timeout = timeout
        if parsed.username or parsed.password:
            from rekg.errors import AuthenticationError

            raise AuthenticationError(
                f"credentials in the store URI are not accepted ({self.uri}): set "
                "FALKORDB_USERNAME and FALKORDB_PASSWORD instead"
            )
        try:
            from falkordb import FalkorDB
        except ImportError as exc:  # pragma: no cover - a broken installation
            raise StoreUnavailableError(
                "the FalkorDB server store needs the falkordb package"
            ) from exc
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        def client(socket_timeout: float | None) -> Any:
            return FalkorDB(
                host=parsed.hostname or "localhost",
                port=parsed.port or 6379,
                username=os.environ.get("FALKORDB_USERNAME"),
                password=os.environ.get("FALKORDB_PASSWORD"),
                socket_timeout=socket_timeout,
                socket_connect_timeout=10.0,
                retry=Retry(NoBackoff(), 0),
            )

        try:
            self._read_db = client(_socket_timeout(timeout))
            self._db = client(None)
            self._db.connection.ping()
        except Exception as exc:
            raise StoreUnavailableError(
                f"cannot reach FalkorDB at {parsed.hostname}:{parsed.port or 6379}: "
                f"{_one_line(str(exc))}"
            ) from exc
        self._read_graph = self._read_db.select_graph(GRAPH_NAME)
        self._write_graph = self._db.select_graph(GRAPH_NAME)

    @property
    def kind(self) -> str:
        return "falkordb"

    def close(self) -> None:
        db = getattr(self, "_db", None)
        if db is not None:
            db.connection.close()
            self._read_db.connection.close()
            self._db = None
