"""Resolution is a function of the set of articles: not of how an ingest batches them, nor of
their order, nor of resolving again (issue 12)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from .conftest import cli_env, export_json, kill_servers, run_cli, write_articles


def _unordered(export: bytes) -> bytes:
    """The export with every list property sorted: a relationship's sources and evidence of
    facts outside resolution's measures keep the order their articles arrived in."""
    graph = json.loads(export)
    for item in graph["nodes"] + graph["links"]:
        for key, value in item.items():
            if isinstance(value, list):
                item[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True))
    return json.dumps(graph, sort_keys=True, ensure_ascii=False).encode()


def test_batches_of_ten_and_one_batch_give_the_same_graph(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    folder = write_articles(tmp_path / "articles", 60, seed=42)
    exports = []
    try:
        for batch in ("10", "200"):
            store = tmp_path / f"batch-{batch}" / "graph.db"
            done = run_cli(["--store", f"embedded:{store}", "ingest", "--batch", batch,
                            str(folder)], env)
            assert done.returncode == 0, done.stderr
            exports.append(export_json(store, tmp_path / f"batch-{batch}.json", env))
        again = run_cli(["--store", f"embedded:{store}", "resolve", "--format", "json"], env)
        assert again.returncode == 0, again.stderr
        assert json.loads(again.stdout)["merged"] == 0
        assert export_json(store, tmp_path / "again.json", env) == exports[1]
    finally:
        kill_servers(tmp_path)
    assert exports[0] == exports[1]
    assert b'"label": "Restriction"' in exports[0]


def test_articles_in_another_order_give_the_same_graph(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    folder = write_articles(tmp_path / "articles", 40, seed=7)
    names = sorted(path.name for path in folder.glob("*.txt"))
    exports = []
    try:
        for run, order in enumerate((names, random.Random(3).sample(names, len(names)))):
            store = tmp_path / f"store-{run}" / "graph.db"
            done = run_cli(["--store", f"embedded:{store}", "ingest", "--batch", "7",
                            *(str(folder / name) for name in order)], env)
            assert done.returncode == 0, done.stderr
            exports.append(export_json(store, tmp_path / f"order-{run}.json", env))
    finally:
        kill_servers(tmp_path)
    assert _unordered(exports[0]) == _unordered(exports[1])
