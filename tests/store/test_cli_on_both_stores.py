"""``rekg --store bolt://…``: the command line gives the same answers on Neo4j as embedded."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from click.testing import CliRunner

from rekg.cli import cli
from rekg.graph.store import Store
from rekg.queries.catalog import list_queries

if TYPE_CHECKING:
    from conftest import Neo4jServer

pytestmark = pytest.mark.neo4j

REPO = Path(__file__).resolve().parents[2]
ARTICLES = REPO / "examples" / "articles"
REFERENCE = REPO / "examples" / "reference" / "dependencies.csv"
REKG = Path(sys.executable).parent / "rekg"


def _rows(stdout: str) -> list[str]:
    # Cypher leaves the order of rows that tie on every ORDER BY key to the database, so
    # rows are compared as a multiset here; each query's own tests check its order.
    return sorted(json.dumps(row, sort_keys=True) for row in json.loads(stdout))


def _rekg(store_uri: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--store", store_uri, *args], catch_exceptions=False)
    assert result.exit_code == 0, f"rekg {' '.join(args)}: {result.stderr}"
    return result.stdout


def _build_and_ask(store_uri: str, out: Path) -> dict[str, Any]:
    answers: dict[str, Any] = {
        "ingest": _rekg(store_uri, "ingest", str(ARTICLES)),
        "reference": _rekg(store_uri, "load-reference", str(REFERENCE)),
        "ingest again": _rekg(store_uri, "ingest", str(ARTICLES)),
    }
    for query in list_queries():
        if not any(param.required for param in query.parameters):
            answers[query.name] = _rows(_rekg(store_uri, "query", query.name,
                                              "--format", "json"))
    answers["material-exposure dysprosium"] = _rows(_rekg(
        store_uri, "query", "material-exposure", "-p", "material=dysprosium", "--format", "json"))
    _rekg(store_uri, "export", "--format", "json", "-o", str(out))
    exported = json.loads(out.read_text(encoding="utf-8"))
    # exports come in each database's storage order (pages of internal ids): compare as sets
    answers["export nodes"] = sorted(exported["nodes"], key=lambda node: node["id"])
    answers["export links"] = sorted(exported["links"], key=lambda link: (
        link["source"], link["type"], link["target"]))
    return answers


def test_ingest_query_export_agree_on_both_stores(
    neo4j_server: Neo4jServer, neo4j_store: Store, tmp_path: Path
) -> None:
    embedded = _build_and_ask(f"embedded:{tmp_path / 'graph.db'}", tmp_path / "embedded.json")
    neo4j = _build_and_ask(neo4j_server.uri, tmp_path / "neo4j.json")
    assert neo4j.keys() == embedded.keys()
    for key in embedded:
        assert neo4j[key] == embedded[key], key
    articles = len(list(ARTICLES.glob("*.txt")))
    assert f"({articles} new, 0 already in the graph)" in embedded["ingest"]
    assert f"(0 new, {articles} already in the graph)" in embedded["ingest again"]
    assert embedded["products-at-risk"], "the example data should put products at risk"
    assert len(embedded["export nodes"]) == neo4j_store.counts()[0]
    assert len(embedded["export links"]) == neo4j_store.counts()[1]


def _run_rekg(args: list[str], env_extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "REKG_"))}
    env.update(env_extra)
    return subprocess.run([str(REKG), *args], env=env, capture_output=True, text=True,
                          timeout=120, check=False, stdin=subprocess.DEVNULL)


def test_cli_wrong_password_is_one_line_without_the_password(
    neo4j_auth_server: Neo4jServer,
) -> None:
    wrong = "definitely-wrong-password"
    result = _run_rekg(["--store", neo4j_auth_server.uri, "query", "summary"],
                       {"NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": wrong})
    assert result.returncode != 0
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "refused the credentials" in result.stderr
    assert wrong not in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_credentials_from_the_environment(neo4j_auth_server: Neo4jServer) -> None:
    assert neo4j_auth_server.password
    result = _run_rekg(["query", "summary", "--format", "json"],
                       {"REKG_STORE": neo4j_auth_server.uri, "NEO4J_USERNAME": "neo4j",
                        "NEO4J_PASSWORD": neo4j_auth_server.password})
    assert result.returncode == 0, result.stderr
    assert isinstance(json.loads(result.stdout), list)


def test_cli_unreachable_server_is_one_line() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = _run_rekg(["--store", f"bolt://127.0.0.1:{port}", "query", "summary"], {})
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert f"cannot reach Neo4j at bolt://127.0.0.1:{port}" in result.stderr


CONSOLE_SCRIPT = """MATCH (c:Country) RETURN c.name AS name ORDER BY name;
MATCH (r:Restriction)-[:RESTRICTS]->(m) RETURN m.name AS material, count(r) AS restrictions
ORDER BY restrictions DESC, material;
:schema
:run summary
"""


def _console(store_uri: str, script: str, *options: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--store", store_uri, "console", *options], input=script)
    return result.exit_code, result.stdout, result.stderr


def test_console_gives_the_same_answers_on_both_stores(
    neo4j_server: Neo4jServer, neo4j_store: Store, tmp_path: Path
) -> None:
    embedded_uri = f"embedded:{tmp_path / 'graph.db'}"
    for uri in (embedded_uri, neo4j_server.uri):
        _rekg(uri, "ingest", str(ARTICLES))
    embedded = _console(embedded_uri, CONSOLE_SCRIPT, "--format", "json")
    neo4j = _console(neo4j_server.uri, CONSOLE_SCRIPT, "--format", "json")
    assert embedded[0] == 0, embedded[2]

    def untimed(result: tuple[int, str, str]) -> tuple[int, str, str]:
        # each statement ends with its row count and elapsed time, which differ by nature
        code, out, err = result
        return code, re.sub(r"\b\d+ ms\b", "N ms", out), err

    assert untimed(neo4j) == untimed(embedded)
    assert '"name": "China"' in neo4j[1]


def test_console_is_read_only_on_neo4j_unless_asked(
    neo4j_server: Neo4jServer, neo4j_store: Store
) -> None:
    create = "CREATE (:Country {id: 'country:zz', name: 'Zedland'});\n"
    code, _, stderr = _console(neo4j_server.uri, create)
    assert code == 1
    assert "rekg console --write" in stderr
    assert neo4j_store.counts() == (0, 0)
    code, _, stderr = _console(neo4j_server.uri, create, "--write")
    assert code == 0, stderr
    assert neo4j_store.counts() == (1, 0)


def test_console_in_a_terminal_on_neo4j(
    neo4j_server: Neo4jServer, neo4j_store: Store, tmp_path: Path
) -> None:
    import pexpect

    _rekg(neo4j_server.uri, "ingest", str(ARTICLES))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "REKG_"))}
    env.update(REKG_HISTORY=str(tmp_path / "history"), TERM="xterm", COLUMNS="120")
    child = pexpect.spawn(str(REKG), ["--store", neo4j_server.uri, "console"], env=env,
                          encoding="utf-8", timeout=90, dimensions=(40, 120))
    try:
        child.expect("rekg>")
        child.sendline("MATCH (c:Country {id: 'country:cn'}) RETURN c.name, c.iso3;")
        child.expect(r"China\s+CHN")
        child.expect("rekg>")
        child.sendline("MATCH (n RETURN n;")
        child.expect("Error: .*Invalid input")
        child.expect("rekg>")
        child.sendline(":quit")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0


def test_cli_database_from_the_environment(neo4j_server: Neo4jServer) -> None:
    good = _run_rekg(["--store", neo4j_server.uri, "query", "summary", "--format", "json"],
                     {"NEO4J_DATABASE": "neo4j"})
    assert good.returncode == 0, good.stderr
    bad = _run_rekg(["--store", neo4j_server.uri, "query", "summary"],
                    {"NEO4J_DATABASE": "nosuchdatabase"})
    assert bad.returncode != 0
    assert bad.stderr.strip().splitlines() == [
        f"Error: Neo4j at {neo4j_server.uri} has no database 'nosuchdatabase': "
        "check NEO4J_DATABASE"
    ]
