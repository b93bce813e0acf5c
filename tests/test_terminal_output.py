"""Terminal output strips control characters from data (issue 11, row 13); JSON and CSV
output keep the data as is."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from rekg.cli import cli
from rekg.graph.embedded_store import EmbeddedStore
from rekg.schema import GraphFragment, RelType, make_node, relate
from rekg.terminal import json_for_terminal, printable

# Clear the screen, retitle the window (OSC ... BEL), a C1 CSI, a right-to-left override.
HOSTILE_NAME = "Chi\x1b[2Jna\x1b]0;owned\x07\x9b31m\u202e"
HOSTILE_TITLE = "Export\x1b[1A\x1b[2K curbs\r\x08 tighten"
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def hostile_store(tmp_path: Path) -> str:
    fragment = GraphFragment()
    country = fragment.add_node(make_node("Country", HOSTILE_NAME, key="CN",
                                          aliases=["China"]))
    article = fragment.add_node(make_node("Article", HOSTILE_TITLE, id="article:0123",
                                          title=HOSTILE_TITLE, path="a\x1b[31m.txt"))
    fragment.add_relationship(relate(RelType.MENTIONS, article, country))
    db = tmp_path / "graph.db"
    with EmbeddedStore(db) as store:
        store.merge(fragment)
    return str(db)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_printable_shows_controls_as_symbols() -> None:
    assert printable("a\x1b[2Jb\x07c\x7f\x9b\u202ed\te\nf") == "a␛[2Jb␇c␡\ufffd\ufffdd\te\nf"
    assert printable("a\tb\nc", one_line=True) == "a b c"
    assert json.loads(json_for_terminal(HOSTILE_NAME, ensure_ascii=False)) == HOSTILE_NAME
    assert not RAW_CONTROL.search(json_for_terminal([HOSTILE_NAME], ensure_ascii=False))


def test_lookup_table_shows_no_raw_escape(hostile_store: str) -> None:
    status, out, _ = run("--store", hostile_store, "query", "lookup", "-p", "name=China")
    assert status == 0
    assert not RAW_CONTROL.search(out)
    assert "␛]0;owned␇" in out


def test_articles_table_shows_no_raw_escape(hostile_store: str) -> None:
    status, out, _ = run("--store", hostile_store, "query", "articles")
    assert status == 0
    assert not RAW_CONTROL.search(out)
    assert "Export␛[1A␛[2K curbs␍␈ tighten" in out
    assert "a␛[31m.txt" in out


def test_json_and_csv_keep_the_data(hostile_store: str) -> None:
    _, out, _ = run("--store", hostile_store, "query", "articles", "--format", "json")
    assert not RAW_CONTROL.search(out)
    records = json.loads(out)
    assert [(r["title"], r["source"]) for r in records] == [(HOSTILE_TITLE, "a\x1b[31m.txt")]
    _, out, _ = run("--store", hostile_store, "query", "lookup", "-p", "name=China",
                    "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    # click.echo drops colour codes (ESC [ ... letter) itself when not writing to a terminal.
    assert rows[1][2] == "China\x1b]0;owned\x07\x9b31m\u202e"


def test_console_output_shows_no_raw_escape(hostile_store: str) -> None:
    result = CliRunner().invoke(
        cli, ["--store", hostile_store, "console"],
        input="MATCH (c:Country) RETURN c.name, c;\nRETURN nosuchfunction(1);\n",
        catch_exceptions=False,
    )
    assert not RAW_CONTROL.search(result.stdout)
    assert "␛]0;owned␇" in result.stdout
    assert not RAW_CONTROL.search(result.stderr)


def test_ingest_warnings_show_no_raw_escape(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\x1b]0;owned\x07\nname.pdf").write_bytes(b"%PDF-1.4")
    (folder / "good.txt").write_text("China restricts dysprosium exports.\n", "utf-8")
    status, _, err = run("--store", str(tmp_path / "graph.db"), "ingest", str(folder))
    assert status == 0
    assert not RAW_CONTROL.search(err)
    assert err.count("\n") == 1
    assert "evil␛]0;owned␇ name.pdf" in err
