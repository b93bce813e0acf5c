"""``rekg export`` from the command line: thin over the library, one-line errors."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from click.testing import CliRunner

from export.export_graphs import REKG_BIN, sample_fragment
from rekg.cli import cli
from rekg.graph.embedded_store import EmbeddedStore


def _store_with_sample(path: Path) -> str:
    store = EmbeddedStore(path)
    try:
        store.merge(sample_fragment())
        return store.uri
    finally:
        store.close()


def test_help_lists_every_format() -> None:
    result = CliRunner().invoke(cli, ["export", "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    for name in ("json", "graphml", "gexf", "cytoscape", "csv", "cypher", "ttl", "jsonld", "nt",
                 "html"):
        assert f"  {name}  " in result.output or f"  {name} " in result.output


def test_export_writes_the_file_and_reports_counts(tmp_path: Path) -> None:
    uri = _store_with_sample(tmp_path / "graph.db")
    out = tmp_path / "graph.json"
    result = CliRunner().invoke(cli, ["--store", uri, "export", "--format", "json", "-o",
                                      str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert result.output == (f"wrote {len(data['nodes'])} nodes and {len(data['links'])} "
                             f"relationships (the whole graph) as json to {out}\n")


def test_format_comes_from_the_output_name(tmp_path: Path) -> None:
    uri = _store_with_sample(tmp_path / "graph.db")
    out = tmp_path / "graph.gexf"
    result = CliRunner().invoke(cli, ["--store", uri, "export", "-o", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<?xml")
    assert "as gexf" in result.output


def test_around_and_query_select_a_subgraph(tmp_path: Path) -> None:
    uri = _store_with_sample(tmp_path / "graph.db")
    runner = CliRunner()
    result = runner.invoke(cli, ["--store", uri, "export", "-o", str(tmp_path / "a.json"),
                                 "--around", "country:jp", "--depth", "1"],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "wrote 3 nodes" in result.output and "1 hops around country:jp" in result.output
    result = runner.invoke(cli, ["--store", uri, "export", "-o", str(tmp_path / "q.json"),
                                 "--query", "neighbourhood", "-p", "name=Japan"],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "wrote 2 nodes and 1 relationships (query neighbourhood)" in result.output


def test_around_accepts_what_lookup_accepts(tmp_path: Path) -> None:
    uri = _store_with_sample(tmp_path / "graph.db")
    outputs = []
    for name in ("country:jp", "Japan", "jp", "JPN"):
        out = tmp_path / f"{name.replace(':', '-')}.json"
        result = CliRunner().invoke(cli, ["--store", uri, "export", "-o", str(out), "--around",
                                          name], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        outputs.append(json.loads(out.read_text(encoding="utf-8")))
    assert all(output == outputs[0] for output in outputs)


def test_a_query_export_keeps_the_chains_it_answers(tmp_path: Path) -> None:
    uri = f"{tmp_path / 'examples.db'}"
    examples = Path(__file__).resolve().parents[2] / "examples"
    runner = CliRunner()
    runner.invoke(cli, ["--store", uri, "ingest", str(examples / "articles")],
                  catch_exceptions=False)
    runner.invoke(cli, ["--store", uri, "load-reference",
                        str(examples / "reference" / "dependencies.csv")], catch_exceptions=False)
    out = tmp_path / "risk.json"
    result = runner.invoke(cli, ["--store", uri, "export", "-o", str(out), "--query",
                                 "products-at-risk", "-p", "material=dysprosium"],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    names = {node["id"]: node["name"] for node in data["nodes"]}
    links = {(names[link["source"]], link["type"], names[link["target"]])
             for link in data["links"]}
    # the answer's chain electric vehicle > ... > dysprosium, and who restricts it
    assert ("NdFeB magnet", "DEPENDS_ON", "dysprosium") in links
    assert any(t == "RESTRICTS" and b == "dysprosium" for _, t, b in links)
    assert any(a == "China" and t == "IMPOSES" for a, t, _ in links)


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    uri = _store_with_sample(tmp_path / "graph.db")
    cases = [
        (["export", "--format", "pdf", "-o", str(tmp_path / "x.pdf")], "unknown export format"),
        (["export", "-o", str(tmp_path / "x.txt")], "cannot tell the format"),
        (["export", "-o", str(tmp_path / "x.json"), "--around", "country:zz"],
         "nothing in the graph is called 'country:zz'"),
        (["export", "-o", str(tmp_path / "x.json"), "-p", "a=b"], "belongs to --query"),
    ]
    for args, expected in cases:
        run = subprocess.run([str(REKG_BIN), "--store", uri, *args], capture_output=True,
                             text=True, timeout=120, check=False)
        assert run.returncode == 1, run.stderr
        assert expected in run.stderr
        assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
