"""Read-only means no side effects (issue 11, row 7): on both stores a read refuses LOAD CSV
and procedures that reach files or the network before the database sees the statement."""

from __future__ import annotations

import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from rekg.errors import CypherError, ReadOnlyError
from rekg.graph.read_only import check_read_only
from rekg.graph.store import Store

REKG = str(Path(__file__).resolve().parents[2] / ".venv" / "bin" / "rekg")


class Listener:
    """A TCP port on localhost that counts the connections made to it."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(8)
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except OSError:
                continue
            self.connections += 1
            connection.sendall(b"HTTP/1.0 200 OK\r\nContent-Length: 6\r\n\r\na,b\n1,2")
            connection.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.socket.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


def url_for(store: Store, listener: Listener) -> str:
    # FalkorDB fetches only https:// URLs; the TLS handshake still opens a connection.
    scheme = "http" if store.kind == "neo4j" else "https"
    return f"{scheme}://127.0.0.1:{listener.port}/data.csv"


def test_load_csv_from_a_url_never_connects(store: Store, listener: Listener) -> None:
    url = url_for(store, listener)
    with pytest.raises(ReadOnlyError, match=r"^LOAD CSV is refused in read-only mode"):
        store.read(f"LOAD CSV FROM '{url}' AS row RETURN row")
    with pytest.raises(ReadOnlyError):
        store.read("CALL { LOAD CSV FROM $url AS row RETURN row } RETURN count(*)", {"url": url})
    assert listener.connections == 0


def test_load_csv_from_a_file_is_refused(store: Store, tmp_path: Path) -> None:
    secret = tmp_path / "secret.csv"
    secret.write_text("password\nhunter2\n", encoding="utf-8")
    with pytest.raises(ReadOnlyError) as refused:
        store.read(f"load csv from 'file://{secret}' as row return row")
    assert "hunter2" not in str(refused.value)


def test_procedures_outside_the_list_are_refused_and_graph_reads_run(store: Store) -> None:
    with pytest.raises(ReadOnlyError, match=r"^procedure apoc\.load\.json is refused"):
        store.read("CALL apoc.load.json('http://127.0.0.1:9/x') YIELD value RETURN value")
    with pytest.raises(ReadOnlyError, match=r"^procedure dbms\.setConfigValue is refused"):
        store.read("CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')")
    assert store.read("CALL db.labels() YIELD label RETURN count(label)").rows[0][0] >= 0
    assert store.read("RETURN 'LOAD CSV FROM x' AS text // CALL apoc.load.json\n").rows == [
        ["LOAD CSV FROM x"]]


def test_a_write_session_still_loads_csv(store: Store, listener: Listener) -> None:
    # The listener proves that the check above, not a network failure, kept reads away.
    try:
        store.write(f"LOAD CSV FROM '{url_for(store, listener)}' AS row RETURN count(row)")
    except ReadOnlyError:
        raise
    except CypherError:
        pass  # FalkorDB's TLS handshake with the plain listener fails after connecting
    assert listener.connections >= 1


@pytest.mark.parametrize("statement", [
    "LOAD CSV FROM 'https://example.org/x.csv' AS r RETURN r",
    "load\tcsv with headers from 'file:///etc/passwd' as r return r",
    "LOAD/* a comment */CSV FROM 'x' AS r RETURN r",
    "USING PERIODIC COMMIT LOAD CSV FROM 'x' AS r RETURN r",
    "MATCH (n) CALL { LOAD CSV FROM 'x' AS r RETURN r } RETURN 1",
    "RETURN 'it\\'s' AS a UNION LOAD CSV FROM 'x' AS r RETURN r AS a",
    "CALL apoc.load.json('https://example.org')",
    "CALL `apoc`.`load`.json('x')",
    "CALL apoc . import . csv([], [], {})",
    "CALL apoc.export.csv.all('/tmp/x.csv', {})",
    "CALL db.idx.fulltext.createNodeIndex('Country', 'name')",
    "RETURN apoc.load.jsonParams('https://example.org', {}, null)",
    "RETURN genai.vector.encode('text', 'OpenAI', {token: 'x'})",
])
def test_side_effect_shapes_are_refused(statement: str) -> None:
    with pytest.raises(ReadOnlyError):
        check_read_only(statement)


@pytest.mark.parametrize("statement", [
    "MATCH (n:Country) RETURN n.name",
    "RETURN 'LOAD CSV FROM x'",
    "RETURN \"CALL apoc.load.json('x')\"",
    "MATCH (n) // LOAD CSV in a comment\nRETURN count(n)",
    "CALL { MATCH (n) RETURN n } RETURN count(n)",
    "MATCH (n) CALL (n) { RETURN n.name AS name } RETURN name",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.idx.fulltext.queryNodes('Country', 'chin*') YIELD node RETURN node",
    "RETURN toLower('X'), date('2025-04-04'), n.`apoc.load`",
])
def test_graph_reads_are_let_through(statement: str) -> None:
    check_read_only(statement)


def test_the_read_only_console_refuses_load_csv_in_one_line(
    tmp_path: Path, listener: Listener
) -> None:
    db = tmp_path / "graph.db"
    subprocess.run([REKG, "--store", str(db), "console", "--write"], input="RETURN 1;",
                   text=True, capture_output=True, check=True, timeout=120)
    done = subprocess.run(
        [REKG, "--store", str(db), "console"],
        input=f"LOAD CSV FROM 'https://127.0.0.1:{listener.port}/x.csv' AS r RETURN r;\n",
        text=True, capture_output=True, timeout=120, check=False,
    )
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == (
        "Error: LOAD CSV is refused in read-only mode (it reads files and URLs): load data "
        "with rekg ingest or rekg load-reference, or use rekg console --write")
    assert listener.connections == 0
