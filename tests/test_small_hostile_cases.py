"""The small cases of issue 11, row 14: secrets in store URIs, impossible dates, comments in
the console, an empty folder, and a closed standard input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from rekg.cli import cli
from rekg.errors import AuthenticationError, ParameterError, RekgError
from rekg.graph.stores import displayed_uri, open_store
from rekg.queries.console import is_complete, iter_entries, split_statements
from rekg.queries.params import Parameter

REKG = str(Path(sys.executable).parent / "rekg")
SECRET = "s3cret-Value"


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("uri", [
    f"bolt://127.0.0.1:1?password={SECRET}",
    f"neo4j://127.0.0.1:1?token={SECRET}",
    f"falkordb://127.0.0.1:1?password={SECRET}",
    f"falkordb://someone:{SECRET}@127.0.0.1:1",
    f"bolt://someone:{SECRET}@127.0.0.1:1",
])
def test_credentials_in_a_server_uri_are_refused_without_being_echoed(uri: str) -> None:
    with pytest.raises(AuthenticationError) as refused:
        open_store(uri)
    message = str(refused.value)
    assert SECRET not in message
    assert message.startswith(f"credentials in the store URI are not accepted "
                              f"({displayed_uri(uri)}): set ")


@pytest.mark.parametrize("uri", [
    f"bolt://127.0.0.1:1?policy={SECRET}",
    f"redis://127.0.0.1:1?password={SECRET}",
])
def test_other_uri_errors_do_not_echo_the_query(uri: str) -> None:
    with pytest.raises(RekgError) as failed:
        open_store(uri)
    assert SECRET not in str(failed.value)
    status, _, err = run("--store", uri, "query", "summary")
    assert status == 1
    assert SECRET not in err and err.startswith("Error: ") and err.count("\n") == 1


@pytest.mark.parametrize("raw", ["2025-02-30", "2025-13", "2025-00-10", "0000", "2025-04-31"])
def test_impossible_dates_are_refused(raw: str) -> None:
    with pytest.raises(ParameterError, match="the month or day is out of range"):
        Parameter("since", "date").parse(raw)


def test_real_dates_still_parse() -> None:
    param = Parameter("since", "date")
    assert [param.parse(v) for v in ("2024-02-29", "2025-04", "2025")] == [
        "2024-02-29", "2025-04", "2025"]


def test_an_impossible_since_is_a_one_line_error_before_the_store_opens(tmp_path: Path) -> None:
    status, _, err = run("--store", str(tmp_path / "none.db"), "query", "timeline", "-p",
                         "since=2025-02-30")
    assert status == 1
    assert err == ("Error: parameter since='2025-02-30' is not a valid date: the month or day "
                   "is out of range: use an ISO date such as 2025-04-04, 2025-04 or 2025\n")
    assert not (tmp_path / "none.db").exists()


def test_a_semicolon_in_a_comment_does_not_end_a_statement() -> None:
    assert split_statements("MATCH (n) // count them; all of them\nRETURN count(n);") == (
        ["MATCH (n) // count them; all of them\nRETURN count(n)"], "")
    assert split_statements("RETURN 1 /* one; two */ + 1; RETURN 'a//b;c';") == (
        ["RETURN 1 /* one; two */ + 1", "RETURN 'a//b;c'"], "")
    assert split_statements("RETURN 10/2;") == (["RETURN 10/2"], "")
    assert list(iter_entries(["RETURN 1; // done; really\n", "// nothing; here\n"])) == [
        "RETURN 1"]
    assert is_complete("RETURN 1; // a trailing comment")
    assert not is_complete("RETURN 1 // not yet;")


def test_the_console_runs_a_statement_with_a_commented_semicolon(tmp_path: Path) -> None:
    db = str(tmp_path / "graph.db")
    run("--store", db, "console", "--write", stdin="RETURN 1;")
    status, out, err = run("--store", db, "console",
                           stdin="MATCH (n) // count them; all of them\nRETURN count(n) AS n;\n")
    assert (status, err) == (0, "")
    assert out.splitlines()[:3] == ["n", "-", "0"]


def test_an_empty_folder_says_what_rekg_reads(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    (empty / ".hidden").mkdir(parents=True)
    status, out, err = run("--store", str(tmp_path / "graph.db"), "ingest", str(empty))
    assert (status, out) == (1, "")
    assert err == (f"Error: no article files in {empty}: rekg reads .atom, .htm, .html, .json, "
                   ".jsonl, .md, .rss, .txt, .xml files (hidden files and *.gold.json are "
                   "skipped)\n")


def test_ingest_with_standard_input_closed(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("China restricts dysprosium exports.\n", encoding="utf-8")
    done = subprocess.run(
        [REKG, "--store", str(tmp_path / "graph.db"), "ingest", str(article)],
        preexec_fn=lambda: os.close(0), capture_output=True, text=True, timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Read 1 article from 1 file (1 new")


@pytest.mark.parametrize("uri", ["bolt://u:p@127.0.0.1:1", "falkordb://me:e@127.0.0.1:1"])
def test_a_short_password_masks_no_letters_of_the_message(uri: str) -> None:
    with pytest.raises(AuthenticationError) as refused:
        open_store(uri)
    assert str(refused.value).startswith("credentials in the store URI are not accepted (")
    assert "***" not in str(refused.value)
