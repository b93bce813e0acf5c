"""``rekg ingest``: warnings on stderr, a summary, exit status; in-process and as a process."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pexpect
from click.testing import CliRunner

from rekg.cli import cli
from rekg.graph.embedded_store import EmbeddedStore

DATA = Path(__file__).parent / "data"
ARTICLES = DATA / "articles"
REKG = Path(sys.executable).parent / "rekg"
SUMMARY = re.compile(
    r"^Read (\d+) articles? from (\d+) files? \((\d+) new, (\d+) already in the graph\); "
    r"added (\d+) entit(?:y|ies) and (\d+) relationships?(?:; (\d+) warnings?)?\.$"
)


def summary_numbers(stdout: str) -> tuple[int, ...]:
    match = SUMMARY.match(stdout.strip())
    assert match, stdout
    return tuple(int(group or 0) for group in match.groups())


def test_ingest_prints_warnings_and_a_summary(tmp_path: Path) -> None:
    db = tmp_path / "graph.db"
    runner = CliRunner()
    args = ["--store", str(db), "ingest", str(ARTICLES), str(DATA / "broken" / "binary.txt")]
    first = runner.invoke(cli, args, catch_exceptions=False)
    assert first.exit_code == 0, first.stderr
    assert first.stderr == (
        f"warning: {DATA / 'broken' / 'binary.txt'}: is a binary file (it contains NUL "
        "bytes): give rekg text, HTML, JSON or feeds\n"
    )
    articles, files, new, existing, entities, relationships, warnings = summary_numbers(
        first.stdout
    )
    assert (articles, files, new, existing, warnings) == (5, 6, 5, 0, 1)
    with EmbeddedStore(db) as store:
        assert store.counts() == (entities + 5, relationships)

    second = runner.invoke(cli, args[:-1], catch_exceptions=False)
    assert second.exit_code == 0
    assert second.stderr == ""
    assert summary_numbers(second.stdout) == (5, 5, 0, 5, 0, 0, 0)


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["--store", str(tmp_path / "graph.db"), "ingest", str(DATA / "broken" / "empty.txt"),
         str(tmp_path / "missing.md")],
    )
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"warning: {DATA / 'broken' / 'empty.txt'}: is empty: nothing to read",
        f"warning: {tmp_path / 'missing.md'}: no such file or folder: check the path",
        f"Error: no article could be read from {DATA / 'broken' / 'empty.txt'}, "
        f"{tmp_path / 'missing.md'}: see the warnings above",
    ]


def test_json_summary(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["--store", str(tmp_path / "graph.db"), "ingest", "--format", "json",
         str(DATA / "json" / "articles.jsonl")],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert (summary["files"], summary["articles"], summary["articles_new"]) == (1, 2, 2)
    assert [w["message"][:7] for w in summary["warnings"]] == ["line 3:", "line 5:"]
    assert len(result.stderr.splitlines()) == 2


def test_help_has_examples() -> None:
    result = CliRunner().invoke(cli, ["ingest", "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert "rekg ingest -" in result.stdout or "| rekg ingest -" in result.stdout


def test_stdin_through_a_real_process(tmp_path: Path) -> None:
    db = tmp_path / "graph.db"
    article = (ARTICLES / "dated.txt").read_bytes()
    done = subprocess.run(
        [str(REKG), "--store", str(db), "ingest", "-"], input=article, capture_output=True,
        check=False, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    assert summary_numbers(done.stdout.decode())[:4] == (1, 1, 1, 0)
    with EmbeddedStore(db) as store:
        rows = store.read("MATCH (a:Article) RETURN a.title, a.published, a.path").rows
    assert rows == [["Tokyo studies stockpile as Chinese dysprosium licences slow", "2025-05-12",
                     None]]


def test_empty_stdin_through_a_real_process(tmp_path: Path) -> None:
    done = subprocess.run(
        [str(REKG), "--store", str(tmp_path / "graph.db"), "ingest", "-"], input=b"",
        capture_output=True, check=False, timeout=120,
    )
    assert done.returncode == 1
    assert done.stdout == b""
    assert done.stderr.decode().splitlines() == [
        "warning: <stdin>: is empty: nothing to read",
        "Error: no article could be read from -: see the warnings above",
    ]


def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    args = ["--store", str(tmp_path / "graph.db"), "ingest", str(ARTICLES)]
    terminal = pexpect.spawn(str(REKG), args, timeout=120, encoding="utf-8",
                             env={**os.environ, "COLUMNS": "100"})
    terminal.expect(pexpect.EOF)
    terminal.close()
    assert terminal.exitstatus == 0
    assert "Ingesting" in terminal.before and "100%" in terminal.before
    assert "Resolving 5 articles" in terminal.before  # the final resolution is shown
    assert summary_numbers(terminal.before.rsplit("\r\n", 2)[-2])[:4] == (5, 5, 5, 0)

    piped = subprocess.run([str(REKG), *args], capture_output=True, check=False, timeout=120)
    assert piped.returncode == 0
    assert piped.stderr == b""
    assert summary_numbers(piped.stdout.decode())[:4] == (5, 5, 0, 5)
