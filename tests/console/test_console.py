"""``rekg console``: piped scripts on both stores, and a real pseudo-terminal session."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pexpect
import pytest

from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.store import Store
from rekg.queries.console import is_complete, iter_entries, split_statements
from rekg.queries.console_completion import candidates_for
from rekg.schema import GraphFragment, RelType, make_node, relate

REKG = str(Path(__file__).resolve().parents[2] / ".venv" / "bin" / "rekg")
PROMPT = "rekg>"
UP_ARROW = "\x1b[A"


def small_graph() -> GraphFragment:
    fragment = GraphFragment()
    china = fragment.add_node(make_node("Country", "China", key="CN", aliases=["Beijing"]))
    japan = fragment.add_node(make_node("Country", "Japan", key="JP"))
    gallium = fragment.add_node(make_node("Material", "gallium", kind="element", symbol="Ga"))
    ban = fragment.add_node(make_node("Restriction", "China gallium export ban",
                                      id="restriction:cn-ban-1", kind="export_prohibition",
                                      status="in_force", announced="2024-12-03"))
    fragment.add_relationship(relate(RelType.IMPOSES, china, ban))
    fragment.add_relationship(relate(RelType.RESTRICTS, ban, gallium))
    fragment.add_relationship(relate(RelType.PRODUCES, japan, gallium))
    return fragment


@pytest.fixture
def store_uri(store: Store) -> str:
    """The URI of a store of each kind holding the small graph, free for a subprocess."""
    store.merge(small_graph())
    if isinstance(store, EmbeddedStore):
        store.close()  # one process at a time may hold an embedded store's file
    return store.uri


def pipe(uri: str, script: str, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([REKG, "--store", uri, "console", *options], input=script,
                          capture_output=True, text=True, timeout=120)


def test_piped_statements_run_and_exit_zero(store_uri: str) -> None:
    done = pipe(store_uri, "MATCH (c:Country)\nRETURN c.name AS name\nORDER BY name;\n"
                           ":format json\n:run country-restrictions country=Beijing\n")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:4] == ["name", "-----", "China", "Japan"]
    assert '"kind": "export_prohibition"' in done.stdout and '"gallium"' in done.stdout
    assert done.stderr == ""


def test_piped_failure_is_one_line_and_the_rest_still_runs(store_uri: str) -> None:
    done = pipe(store_uri, "MATCH (n RETURN n;\nMATCH (m:Material) RETURN m.symbol;\n")
    assert done.returncode == 1
    message, statement, caret = done.stderr.splitlines()
    assert message.startswith("Error: Invalid input")
    # cleaned: no FalkorDB errCtx noise nor Neo4j status codes, and a caret at the position
    assert "errCtx" not in message and "Neo.ClientError" not in message
    assert statement == "  MATCH (n RETURN n"
    assert caret == "  " + " " * len("MATCH (n ") + "^"
    assert "Traceback" not in done.stderr
    assert "Ga" in done.stdout.split()


def test_writes_need_the_write_flag(store_uri: str) -> None:
    refused = pipe(store_uri, "CREATE (:Country {id: 'country:fr', name: 'France'});\n")
    assert refused.returncode == 1
    assert "--write" in refused.stderr
    allowed = pipe(store_uri, "CREATE (:Country {id: 'country:fr', name: 'France'});\n",
                   "--write")
    assert allowed.returncode == 0, allowed.stderr
    check = pipe(store_uri, ":format json\nMATCH (c:Country {id: 'country:fr'}) RETURN c.name;")
    assert '"c.name": "France"' in check.stdout


def test_parameters_as_in_cypher_shell(store_uri: str) -> None:
    done = pipe(store_uri, ":param name => 'China'\n:param codes => ['country:jp', 'x']\n"
                           ":params\n"
                           "MATCH (c:Country {name: $name}) RETURN c.id AS id;\n"
                           "MATCH (c:Country) WHERE c.id IN $codes RETURN c.name AS name;\n"
                           ":params clear\n:params\n")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert ":param codes => ['country:jp', 'x']\n:param name => 'China'" in out
    assert "country:cn" in out and "Japan" in out
    assert "(no parameters" in out


def test_nodes_and_paths_print_with_labels_and_direction(store_uri: str) -> None:
    done = pipe(store_uri, "MATCH (c:Country {name: 'China'}) RETURN c;\n"
                           "MATCH p = (:Material)<-[:RESTRICTS]-(:Restriction) RETURN p;\n")
    assert done.returncode == 0, done.stderr
    assert '(:Country {id: "country:cn", name: "China"})' in done.stdout
    assert ('(:Material {name: "gallium"})<-[:RESTRICTS]-'
            '(:Restriction {name: "China gallium export ban"})') in " ".join(done.stdout.split())


def test_counters_and_time_follow_each_statement(store_uri: str) -> None:
    done = pipe(store_uri, "MATCH (c:Country) RETURN c.name;\n"
                           "CREATE (:Country {id: 'country:fr', name: 'France'});\n", "--write")
    assert done.returncode == 0, done.stderr
    assert re.search(r"^2 rows, \d+ ms$", done.stdout, re.M)
    assert re.search(r"^Added 1 node, .*Set 2 properties.*, \d+ ms$", done.stdout, re.M)


def test_transactions_under_write(store_uri: str) -> None:
    done = pipe(store_uri, ":begin\nCREATE (:Country {id: 'country:fr', name: 'France'});\n"
                           "CREATE (:Country {id: 'country:de', name: 'Germany'});\n:commit\n"
                           ":begin\nCREATE (:Country {id: 'country:it', name: 'Italy'});\n"
                           ":rollback\nMATCH (c:Country) RETURN count(c) AS n;\n", "--write")
    assert done.returncode == 0, done.stderr
    assert "committed 2 statement(s)" in done.stdout
    assert re.search(r"^Added 2 nodes", done.stdout, re.M)
    assert "rolled back: 1 statement(s) not run" in done.stdout
    assert re.search(r"^n\s*\n-+\n4$", done.stdout, re.M)  # China, Japan, France, Germany
    refused = pipe(store_uri, ":begin\n")
    assert refused.returncode == 1 and "rekg console --write" in refused.stderr


def test_explain_shows_the_plan(store_uri: str) -> None:
    done = pipe(store_uri, ":explain MATCH (c:Country {id: 'country:cn'}) RETURN c;\n"
                           "EXPLAIN MATCH (m:Material) RETURN m.name;\n")
    assert done.returncode == 0, done.stderr
    plan_lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert len(plan_lines) >= 4
    assert re.search(r"Scan|Seek|ProduceResults|Results", done.stdout)
    assert "gallium" not in done.stdout  # explained, not run


def test_advice_inside_the_console_uses_its_syntax(store_uri: str) -> None:
    done = pipe(store_uri, ":run dependency-chain\n")
    assert done.returncode == 1
    assert ":run dependency-chain product=VALUE" in done.stderr and "-p " not in done.stderr


def test_statement_splitting() -> None:
    assert split_statements("RETURN 'a;b'; RETURN 2;\nMATCH (n)") == (
        ["RETURN 'a;b'", "RETURN 2"], "\nMATCH (n)")
    assert list(iter_entries(["MATCH (n)\n", "RETURN n;\n", ":format json\n", "RETURN 1"])) == [
        "MATCH (n)\nRETURN n", ":format json", "RETURN 1"]
    assert is_complete("RETURN 1;") and is_complete(":quit") and is_complete("")
    assert not is_complete("MATCH (n)\nRETURN n") and not is_complete("RETURN ';'")


def test_completion_candidates() -> None:
    vocabulary = {"labels": ["Country", "Material"], "relationship_types": ["IMPOSES"],
                  "property_keys": ["name", "status"], "queries": ["products-at-risk"]}
    assert candidates_for("MATCH (n:Cou", vocabulary) == ("Cou", ["Country", "Material"])
    assert candidates_for("MATCH (a)-[:IM", vocabulary)[1] == ["IMPOSES"]
    assert candidates_for("MATCH (n) RETURN n.st", vocabulary) == ("st", ["name", "status"])
    assert candidates_for(":run prod", vocabulary) == ("prod", ["products-at-risk"])
    assert candidates_for(":run products-at-risk ma", vocabulary) == (
        "ma", ["material=", "country=", "components="])
    assert ":schema" in candidates_for(":sc", vocabulary)[1]


def spawn_console(uri: str, history: Path, *options: str) -> pexpect.spawn:
    env = dict(os.environ, REKG_HISTORY=str(history), PROMPT_TOOLKIT_NO_CPR="1",
               TERM="xterm", COLUMNS="120", LINES="40", PAGER="less")
    child = pexpect.spawn(REKG, ["--store", uri, "console", *options], env=env,
                          dimensions=(40, 120), encoding="utf-8", timeout=60)
    child.expect(PROMPT)
    return child


def quit_console(child: pexpect.spawn) -> None:
    child.send(":quit\r")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


@pytest.fixture
def embedded_uri(tmp_path: Path) -> str:
    path = tmp_path / "console.db"
    with EmbeddedStore(path) as store:
        store.merge(small_graph())
    return f"embedded:{path}"


def test_terminal_session_completion_errors_and_commands(embedded_uri: str,
                                                         tmp_path: Path) -> None:
    child = spawn_console(embedded_uri, tmp_path / "history")
    child.send("MATCH (c:Coun")
    child.send("\t")
    child.expect("Country")
    child.send(")-[:IMPO")
    child.send("\t")
    child.expect("IMPOSES")
    # multi-line: Enter without ';' continues the statement
    child.send("]->(r)\r")
    child.send("RETURN c.name AS imposer, r.st")
    child.send("\t")
    child.expect("status")
    child.send(";\r")
    child.expect(r"China\s+in_force")
    child.expect(PROMPT)
    child.send("MATCH (n RETURN n;\r")
    child.expect("Error: .*Invalid input")
    child.expect(PROMPT)
    child.send("MATCH (m:Material) RETURN m.name;\r")  # the session goes on after an error
    child.expect("gallium")
    child.expect(PROMPT)
    child.send(":run products-at")
    child.send("\t")
    child.expect("products-at-risk")
    child.send("\x15")  # Ctrl-U clears the line
    child.send(":run material-exposure material=Ga\r")
    child.expect(r"gallium\s+element\s+Japan")
    child.expect(PROMPT)
    child.send(":format json\r")
    child.expect("format: json")
    child.send("MATCH (c:Country {id: 'country:jp'}) RETURN c.name AS name;\r")
    child.expect('"name": "Japan"')
    child.send(":schema\r")
    child.expect("Relationship types: IMPOSES, PRODUCES, RESTRICTS")
    child.send("CREATE (:Country {id: 'country:fr', name: 'France'});\r")
    child.expect("read-only: start it with 'rekg console --write'")
    child.expect(PROMPT)
    quit_console(child)


def test_history_is_kept_across_sessions(embedded_uri: str, tmp_path: Path) -> None:
    history = tmp_path / "history"
    first = spawn_console(embedded_uri, history)
    first.send("MATCH (c:Country {id: 'country:cn'}) RETURN c.aliases AS aliases;\r")
    first.expect("Beijing")
    first.expect(PROMPT)
    quit_console(first)
    assert "RETURN c.aliases AS aliases;" in history.read_text(encoding="utf-8")

    second = spawn_console(embedded_uri, history)
    second.send(UP_ARROW)  # :quit
    second.send(UP_ARROW)  # the statement of the first session
    second.send("\r")
    second.expect("Beijing")
    second.expect(PROMPT)
    quit_console(second)


def test_long_results_open_a_pager(embedded_uri: str, tmp_path: Path) -> None:
    os.environ.pop("LESS", None)
    child = spawn_console(embedded_uri, tmp_path / "history")
    child.send("UNWIND range(1, 100) AS i RETURN i;\r")
    child.expect(r"\r\n:|\(END\)|--More--")  # the pager waits for a key
    child.send("q")
    child.expect(PROMPT)
    quit_console(child)


def test_terminal_session_with_write(embedded_uri: str, tmp_path: Path) -> None:
    child = spawn_console(embedded_uri, tmp_path / "history", "--write")
    child.expect("")
    child.send("CREATE (:Country {id: 'country:fr', name: 'France'});\r")
    child.expect(PROMPT)
    child.send("MATCH (c:Country) RETURN count(c) AS countries;\r")
    child.expect(r"countries\s+-+\s+3")
    quit_console(child)
