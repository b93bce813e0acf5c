"""FalkorDB stores: embedded (falkordblite, a file on disk) and a FalkorDB server."""

from __future__ import annotations

import os
import shutil
import signal
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from rekg.errors import CypherError, StoreError, StoreUnavailableError
from rekg.graph.store import QueryResult, Store
from rekg.graph.values import plain
from rekg.schema import Label

GRAPH_NAME = "rekg"
_EMPTY_GRAPH = "empty key"


def _one_line(message: str) -> str:
    return " ".join(str(message).split())


_COUNTERS = ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted",
             "properties_set", "properties_removed", "labels_added", "labels_removed",
             "indices_created", "indices_deleted")


def _counters(result: Any) -> dict[str, int]:
    counts = {name: int(getattr(result, name, 0) or 0) for name in _COUNTERS}
    return {name: count for name, count in counts.items() if count}


class _FalkorStore(Store):
    """Shared by the embedded and the server store: both speak FalkorDB's GRAPH.* commands."""

    _graph: Any
    _schema_ready = False

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
                    raise CypherError(_one_line(str(again))) from again
            else:
                name = type(exc).__name__
                if "ConnectionError" in name or "TimeoutError" in name:
                    raise StoreUnavailableError(f"{self.uri}: {_one_line(str(exc))}") from exc
                raise CypherError(_one_line(str(exc))) from exc
        header = [str(col[1]) for col in (result.header or [])]
        rows = [[plain(value) for value in row] for row in (result.result_set or [])]
        return QueryResult(columns=header, rows=rows, counters=_counters(result) if write else {})

    def explain(self, cypher: str, params: Mapping[str, Any] | None = None) -> str:
        try:
            return str(self._graph.explain(cypher, dict(params or {}))).rstrip()
        except Exception as exc:
            raise CypherError(_one_line(str(exc))) from exc

    def _run(self, cypher: str, params: Mapping[str, Any] | None, *, write: bool) -> Any:
        if write:
            return self._graph.query(cypher, dict(params or {}))
        return self._graph.ro_query(cypher, dict(params or {}))

    def ensure_schema(self) -> None:
        if self._schema_ready:
            return
        existing = self._graph.query("CALL db.indexes()").result_set or []
        indexed = {str(row[0]) for row in existing}
        for label in Label:
            if label.value not in indexed:
                try:
                    self._graph.query(f"CREATE INDEX FOR (n:`{label.value}`) ON (n.id)")
                except Exception as exc:  # a concurrent writer may have created it first
                    if "already" not in str(exc).lower():
                        raise StoreError(_one_line(str(exc))) from exc
        self._schema_ready = True


class EmbeddedStore(_FalkorStore):
    """FalkorDB embedded through falkordblite: a file on disk, no server to run."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.uri = f"embedded:{self.path}"
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
        try:
            from redislite.falkordb_client import FalkorDB
        except ImportError as exc:  # pragma: no cover - a broken installation
            raise StoreUnavailableError(
                "the embedded store needs the falkordblite package: pip install falkordblite"
            ) from exc
        try:
            self._db = FalkorDB(str(self.path))
        except Exception as exc:
            raise StoreUnavailableError(
                f"cannot open the embedded store {self.path}: {_one_line(str(exc))}"
            ) from exc
        self._graph = self._db.select_graph(GRAPH_NAME)

    @property
    def kind(self) -> str:
        return "embedded"

    def close(self) -> None:
        db = getattr(self, "_db", None)
        if db is None:
            return
        self._db = None
        client = db.client
        pid = client.pid
        if pid and client._connection_count() <= 1:
            # redis' SHUTDOWN waits seconds for FalkorDB's worker threads; SAVE writes the
            # file completely (temp file + rename), after which the server can simply stop.
            client.execute_command("SAVE")
            client.connection_pool.disconnect()
            os.kill(pid, signal.SIGKILL)
            _wait_for_exit(pid)
            if client.redis_dir:
                shutil.rmtree(client.redis_dir, ignore_errors=True)
            if client.settingregistryfile and os.path.exists(client.settingregistryfile):
                os.remove(client.settingregistryfile)
            client.redis_dir = client.pidfile = client.settingregistryfile = None
            client.running = False
            return
        db.close()


def _wait_for_exit(pid: int, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
                if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                    return  # a zombie holds no files; its parent reaps it later
        except (FileNotFoundError, ProcessLookupError):
            return
        except OSError:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
        time.sleep(0.01)


class FalkorServerStore(_FalkorStore):
    """A FalkorDB server reached at ``falkordb://host:port``."""

    def __init__(self, uri: str) -> None:
        self.uri = uri
        parsed = urlparse(uri)
        try:
            from falkordb import FalkorDB
        except ImportError as exc:  # pragma: no cover - a broken installation
            raise StoreUnavailableError(
                "the FalkorDB server store needs the falkordb package"
            ) from exc
        try:
            self._db = FalkorDB(
                host=parsed.hostname or "localhost",
                port=parsed.port or 6379,
                username=os.environ.get("FALKORDB_USERNAME"),
                password=os.environ.get("FALKORDB_PASSWORD"),
            )
            self._db.connection.ping()
        except Exception as exc:
            raise StoreUnavailableError(
                f"cannot reach FalkorDB at {parsed.hostname}:{parsed.port or 6379}: "
                f"{_one_line(str(exc))}"
            ) from exc
        self._graph = self._db.select_graph(GRAPH_NAME)

    @property
    def kind(self) -> str:
        return "falkordb"

    def close(self) -> None:
        db = getattr(self, "_db", None)
        if db is not None:
            db.connection.close()
            self._db = None
