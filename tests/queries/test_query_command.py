"""``rekg query``: list, show, run, formats, limits and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import build_fixture

from rekg.cli import cli
from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.stores import open_store
from rekg.queries.catalog import list_queries
from rekg.queries.format import format_table

REKG = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "rekg"


@pytest.fixture
def store_uri(tmp_path: Path) -> str:
    path = tmp_path / "graph.db"
    with EmbeddedStore(path) as store:
        store.merge(build_fixture())
    return f"embedded:{path}"


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False, env={"COLUMNS": "80"})
    return result.exit_code, result.output


def test_query_list_names_every_query() -> None:
    code, output = invoke("query", "list")
    assert code == 0
    for query in list_queries():
        assert query.name in output
    assert max(len(line) for line in output.splitlines()) <= 80


def test_query_show_gives_parameters_and_cypher() -> None:
    code, output = invoke("query", "show", "products-at-risk")
    assert code == 0
    assert "material name = null" in output
    assert "UNWIND coalesce($reach[product.id], []) AS reach" in output
    assert "passed as parameters: $imposers, $reach, $restricted" in output
    assert "REACH DEPENDS_ON" not in output  # show prints the Cypher that runs


def test_products_at_risk_table_fits_80_columns(store_uri: str) -> None:
    code, output = invoke("--store", store_uri, "query", "products-at-risk")
    assert code == 0, output
    lines = output.splitlines()
    assert lines[0].split() == ["product", "countries", "materials", "chain"]
    assert max(len(line) for line in lines) <= 80
    assert lines[-1] == "(3 rows)"
    assert "electric vehicle" in output and "China" in output


def test_named_and_run_forms_agree(store_uri: str) -> None:
    _, direct = invoke("--store", store_uri, "query", "chokepoints", "-p", "limit=2",
                       "--format", "json")
    _, via_run = invoke("--store", store_uri, "query", "run", "chokepoints", "-p", "limit=2",
                        "--format", "json")
    assert direct == via_run
    assert [row["material"] for row in json.loads(direct)] == ["dysprosium", "terbium"]


def test_csv_and_limit(store_uri: str) -> None:
    code, output = invoke("--store", store_uri, "query", "dependency-chain", "-p",
                          "product=electric vehicles", "--format", "csv", "--limit", "3")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(output)))
    assert [row["depends_on"] for row in rows] == ["traction motor", "NdFeB magnet", "dysprosium"]
    assert rows[2]["restricted_by"] == "China (in_force)"


def test_table_says_when_rows_are_cut(store_uri: str) -> None:
    _, output = invoke("--store", store_uri, "query", "products-at-risk", "--limit", "2")
    assert output.splitlines()[-1] == "(2 of 3 rows; raise --limit to see more)"


def test_errors_are_one_line_and_non_zero(store_uri: str) -> None:
    for args, expected in [
        (("query", "products-at-rsk"), "no canned query named 'products-at-rsk'"),
        (("query", "chokepoints", "-p", "limt=3"),
         "valid parameters are limit (int, 1..1000, default 20)"),
        (("query", "chokepoints", "-p", "limit=lots"), "limit='lots' is not a valid int"),
        (("query", "dependency-chain"), "needs parameter product"),
        (("query", "lookup", "-p", "China"), "is not key=value"),
        (("query", "neighbourhood", "-p", "name=China", "-p", "hops=3"),
         "hops='3' is out of range: give 1 to 2"),
    ]:
        result = CliRunner().invoke(cli, ["--store", store_uri, *args])
        assert result.exit_code == 1, args
        assert result.output.count("\n") == 1 and expected in result.output, result.output


def test_the_installed_command_runs_a_query(store_uri: str) -> None:
    done = subprocess.run([str(REKG), "--store", store_uri, "query", "lookup", "-p", "name=Dy",
                           "--format", "json"], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout)[0]["id"] == "material:dysprosium"
    failed = subprocess.run([str(REKG), "--store", store_uri, "query", "nope"],
                            capture_output=True, text=True)
    assert failed.returncode == 1 and "Traceback" not in failed.stderr


def test_names_resolve_through_lexicon_aliases(store_uri: str) -> None:
    _, by_alias = invoke("--store", store_uri, "query", "dependency-chain", "-p", "product=EV",
                         "--format", "json")
    _, by_name = invoke("--store", store_uri, "query", "dependency-chain", "-p",
                        "product=electric vehicle", "--format", "json")
    assert json.loads(by_alias) == json.loads(by_name) != []
    _, lookup = invoke("--store", store_uri, "query", "lookup", "-p", "name=EV", "--format",
                       "json")
    assert json.loads(lookup)[0]["name"] == "electric vehicle"


def test_a_name_that_matches_nothing_gets_a_hint(store_uri: str) -> None:
    result = CliRunner().invoke(cli, ["--store", store_uri, "query", "products-at-risk", "-p",
                                      "material=dysprosum"])
    assert result.exit_code == 0
    assert "hint: material='dysprosum' matches nothing in the graph; closest: dysprosium" in (
        result.output)


def test_an_empty_graph_says_how_to_fill_it(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    with open_store(str(empty)) as store:
        store.write("CREATE (n:Scratch) DELETE n")
    result = CliRunner().invoke(cli, ["--store", str(empty), "query", "chokepoints"])
    assert result.exit_code == 0
    assert f"hint: the graph at {empty} is empty: fill it with rekg --store {empty} ingest" in (
        result.output), result.output


def test_format_table_wraps_long_cells() -> None:
    table = format_table(["name", "evidence"],
                         [["dysprosium", "a long sentence " * 20], ["x", ["one", "two"]]],
                         width=40)
    lines = table.splitlines()
    assert max(len(line) for line in lines) <= 40
    assert lines[0].split() == ["name", "evidence"]
    assert "one, two" in table


def test_list_queries_page_in_the_database(store_uri: str) -> None:
    paged = [query.name for query in list_queries() if query.pages]
    assert {"restrictions", "timeline", "articles", "evidence", "neighbourhood"} <= set(paged)
    _, everything = invoke("--store", store_uri, "query", "timeline", "--format", "json")
    dates = [row["date"] for row in json.loads(everything)]
    assert len(dates) == 6
    _, first = invoke("--store", store_uri, "query", "timeline", "--limit", "4")
    assert first.splitlines()[-1] == "(a full page: --offset 4 shows the next one)"
    _, second = invoke("--store", store_uri, "query", "timeline", "--limit", "4", "--offset", "4",
                       "--format", "json")
    assert [row["date"] for row in json.loads(second)] == dates[4:]
    # the page parameters are ordinary parameters too
    _, same = invoke("--store", store_uri, "query", "timeline", "-p", "limit=4", "-p", "offset=4",
                     "--format", "json")
    assert same == second
