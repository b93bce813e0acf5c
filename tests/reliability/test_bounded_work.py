"""Bounded work (issue 11, rows 6, 8, 10 and 11; row 9, the article-size limit, is tested in
tests/loaders; issue 14's client timeout): hostile or
huge input costs bounded time and memory and never silently loses an article; slow queries
are stopped by the database itself, and a slow query within the limit is not cut short."""

from __future__ import annotations

import json
import resource
import subprocess
import time
from pathlib import Path

import pytest

from rekg.errors import QueryTimeoutError
from rekg.graph.store import Store
from rekg.graph.stores import open_store
from rekg.loaders.document import Document
from rekg.loaders.ingest import ingest
from rekg.loaders.sources import SourceFile, read_source_file

from .conftest import CLI, cli_env, kill_servers

ARTICLE = "China restricted exports of dysprosium to Japan in March 2025."
SLOW_QUERY = "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*)"


def _read(path: Path, kind: str) -> list[object]:
    return list(read_source_file(SourceFile(str(path), kind)))


def _limited_memory() -> None:
    limit = 2 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def test_a_yaml_alias_bomb_in_front_matter_is_refused_and_the_batch_goes_on(tmp_path: Path) -> None:
    levels = ["a: &a [" + ", ".join(['"lol"'] * 9) + "]"]
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    bomb = "---\n" + "\n".join(levels) + "\ntitle: *i\n---\n\n" + ARTICLE + "\n"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bomb.md").write_text(bomb)
    (folder / "plain.txt").write_text("Other headline\n2025-03-02\n\n" + ARTICLE + " Again.\n")
    env = cli_env(tmp_path)
    store = tmp_path / "graph.db"
    try:
        done = subprocess.run(
            [*CLI, "--store", f"embedded:{store}", "ingest", "--format", "json", str(folder)],
            env=env, capture_output=True, text=True, timeout=120, preexec_fn=_limited_memory,
            check=False)
    finally:
        kill_servers(tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    summary = json.loads(done.stdout)
    assert summary["articles_new"] == 1  # the other file; the bomb is refused in bounded memory
    assert any("bomb.md" in w["path"] and "YAML front matter" in w["message"]
               for w in summary["warnings"])


def test_json_nested_100000_deep_is_one_warning_and_the_batch_goes_on(
    embedded_store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (folder / "b-deep.jsonl").write_text("{\"x\": " * 50_000 + "1" + "}" * 50_000 + "\n"
                                         + json.dumps({"title": "T", "text": ARTICLE}) + "\n")
    (folder / "c-plain.txt").write_text("Headline here\n2025-03-02\n\n" + ARTICLE + "\n")
    summary = ingest(embedded_store, [str(folder)])
    assert summary.articles_new == 2
    messages = [w.message for w in summary.warnings]
    assert len(messages) == 2 and all("levels deep" in m for m in messages), messages


@pytest.mark.parametrize("depth", [300, 3_000, 100_000])
def test_deeply_nested_html_keeps_its_body(tmp_path: Path, depth: int) -> None:
    page = ("<html><head><title>Deep page</title></head><body>" + "<div>" * depth
            + f"<p>{ARTICLE}</p>" + "</div>" * depth + "</body></html>")
    path = tmp_path / "deep.html"
    path.write_text(page)
    documents = [item for item in _read(path, "html") if isinstance(item, Document)]
    assert len(documents) == 1
    assert documents[0].text == ARTICLE
    assert documents[0].title == "Deep page"


def _running_queries(store: Store) -> list[str]:
    if store.kind == "neo4j":
        rows = store.read("SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery").rows
        return [row[0] for row in rows if "UNWIND range" in str(row[0])]
    info = store._write_graph.client.execute_command("GRAPH.INFO")  # type: ignore[attr-defined]
    return [str(q) for q in info[1]]


def test_the_query_timeout_stops_the_query_in_the_database(store: Store) -> None:
    store.timeout = 1.0
    with pytest.raises(QueryTimeoutError, match="--timeout"):
        store.read(SLOW_QUERY)
    store.timeout = 30.0
    deadline = time.monotonic() + 10
    while _running_queries(store) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _running_queries(store) == []


def test_a_query_slower_than_the_old_socket_timeout_completes(tmp_path: Path) -> None:
    # falkordblite's client gave up after 5 s (and ran the query again, four times).
    env = cli_env(tmp_path)
    store = tmp_path / "graph.db"
    uri = f"embedded:{store}"
    open_store(uri).close()  # reading commands never create a store
    try:
        query = "UNWIND range(1, 10000) AS a UNWIND range(1, 10000) AS b RETURN count(*) AS n;"
        started = time.monotonic()
        done = subprocess.run([*CLI, "--store", uri, "--timeout", "300", "console", "--format",
                               "json"], input=query, env=env, capture_output=True, text=True,
                              timeout=400, check=False)
        elapsed = time.monotonic() - started
        assert done.returncode == 0, done.stderr
        assert "100000000" in done.stdout
        if elapsed < 5:
            pytest.fail("the query was too quick to show anything: make it slower")
    finally:
        kill_servers(tmp_path)


def test_a_console_query_over_the_timeout_is_one_line(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    store = tmp_path / "graph.db"
    open_store(f"embedded:{store}").close()  # reading commands never create a store
    try:
        done = subprocess.run([*CLI, "--store", f"embedded:{store}", "--timeout", "1",
                               "console"], input=SLOW_QUERY + ";", env=env, capture_output=True,
                              text=True, timeout=120, check=False)
    finally:
        kill_servers(tmp_path)
    assert done.returncode == 1
    assert "timeout" in done.stderr and "Traceback" not in done.stderr
