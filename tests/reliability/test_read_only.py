"""Read-only means no side effects (issue 11, rows 7 and 13; row 14's console comment):
no file or URL is read, no procedure that may reach them runs, and data cannot drive the
terminal."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from rekg.cli import cli
from rekg.errors import CypherError
from rekg.graph.read_only import check_read_only
from rekg.graph.store import Store
from rekg.queries.console import split_statements
from rekg.schema import GraphFragment, Label, make_node, relate


@pytest.fixture
def web_server() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server that records every request it gets."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            body = b"name\nChina\n"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", requests
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("source", ["url", "file"])
def test_load_csv_is_refused_in_read_only_mode(
    store: Store, web_server: tuple[str, list[str]], source: str, tmp_path: Path
) -> None:
    base, requests = web_server
    secret = tmp_path / "secret.csv"
    secret.write_text("name\nsecret-value\n")
    where = f"{base}/data.csv" if source == "url" else f"file://{secret}"
    with pytest.raises(CypherError, match="LOAD CSV"):
        store.read(f"LOAD CSV WITH HEADERS FROM '{where}' AS row RETURN row.name AS name")
    with pytest.raises(CypherError, match="LOAD CSV"):
        store.read(f"MATCH (n) WITH n LIMIT 1 /* x */ load   csv FROM '{where}' AS r RETURN r")
    assert requests == []


@pytest.mark.parametrize("call", [
    "CALL apoc.load.json('http://127.0.0.1:1/x') YIELD value RETURN value",
    "CALL `apoc`.`import`.csv([], [], {}) YIELD nodes RETURN nodes",
    "MATCH (n) CALL apoc.export.json.all('out.json', {}) YIELD file RETURN file",
])
def test_procedures_that_may_reach_files_are_refused(store: Store, call: str) -> None:
    with pytest.raises(CypherError, match="refused in read-only mode"):
        store.read(call)


def test_schema_procedures_and_lookalike_strings_still_run(store: Store) -> None:
    store.read("CALL db.labels() YIELD label RETURN label")
    rows = store.read("RETURN 'LOAD CSV FROM x; CALL apoc.load.json()' AS text").rows
    assert rows == [["LOAD CSV FROM x; CALL apoc.load.json()"]]


@pytest.mark.parametrize("procedure", ["algo.SSpaths", "algo.SPpaths", "algo.BFS"])
def test_falkordbs_path_algorithms_are_allowed_in_read_only_mode(procedure: str) -> None:
    check_read_only(f"MATCH (n:Product) CALL {procedure}({{sourceNode: n}}) YIELD path "
                    "RETURN path")


def test_the_console_refuses_load_csv_in_one_line(tmp_path: Path,
                                                  web_server: tuple[str, list[str]]) -> None:
    base, requests = web_server
    from rekg.graph.stores import open_store

    open_store(f"embedded:{tmp_path / 'graph.db'}").close()  # reading never creates a store
    result = CliRunner().invoke(
        cli, ["--store", f"embedded:{tmp_path / 'graph.db'}", "console"],
        input=f"LOAD CSV FROM '{base}/x.csv' AS row RETURN row;\n")
    assert result.exit_code == 1
    assert "LOAD CSV" in result.output and "read-only" in result.output
    assert requests == []


def test_names_cannot_drive_the_terminal(tmp_path: Path) -> None:
    hostile = "Evilland\x1b]0;owned\x07\x1b[2J\x9b31m\u202egnp.exe"
    fragment = GraphFragment()
    country = fragment.add_node(make_node(Label.COUNTRY, hostile, key="ev"))
    material = fragment.add_node(make_node(Label.MATERIAL, "dysprosium"))
    fragment.add_relationship(relate("PRODUCES", country, material, sources=["article:x"],
                                     evidence=[hostile]))
    uri = f"embedded:{tmp_path / 'graph.db'}"
    from rekg.graph.stores import open_store

    with open_store(uri) as store:
        store.merge(fragment)
    # CSV is for programs and keeps the data as it is (tests/loaders cover it)
    for output_format in ("table", "json"):
        result = CliRunner().invoke(cli, ["--store", uri, "query", "lookup", "-p",
                                          "name=evilland", "--format", output_format])
        assert result.exit_code == 0, result.output
        assert "Evilland" in result.output
        for raw in ("\x1b", "\x07", "\x9b", "\u202e"):
            assert raw not in result.output, (output_format, result.output)


def test_a_semicolon_in_a_comment_does_not_end_a_statement() -> None:
    statements, rest = split_statements(
        "MATCH (n) // count them; all of them\nRETURN count(n);\n"
        "RETURN 1 /* one; */ AS one;")
    assert statements == ["MATCH (n) // count them; all of them\nRETURN count(n)",
                          "RETURN 1 /* one; */ AS one"]
    assert rest.strip() == ""
