"""The Cypher script recreates the graph when its statements run in an empty database."""

from __future__ import annotations

from pathlib import Path

import pytest

from export.export_graphs import AWKWARD, normalise, store_graph
from rekg.errors import ExportError
from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.export.cypher_script import literal, statements
from rekg.graph.export.pipeline import export_store
from rekg.graph.store import Store
from rekg.schema import Label


def test_script_loaded_into_an_empty_store_gives_the_same_graph(
    sample_store: Store, store: Store, tmp_path: Path
) -> None:
    script = tmp_path / "graph.cypher"
    export_store(sample_store, "cypher", script)
    # The fixture's stores already have their id indexes/constraints.
    for statement in statements(script, include_schema=False):
        store.write(statement)
    nodes, relationships = store_graph(store)
    expected_nodes, expected_relationships = store_graph(sample_store)
    assert normalise(nodes, relationships) == normalise(expected_nodes, expected_relationships)
    assert len(relationships) == len(expected_relationships)


def test_whole_script_runs_in_a_database_without_indexes(
    sample_store: Store, tmp_path: Path
) -> None:
    script = tmp_path / "graph.cypher"
    export_store(sample_store, "cypher", script)
    bare = EmbeddedStore(tmp_path / "bare" / "graph.db")
    try:
        for statement in statements(script):
            bare.write(statement)
        assert normalise(*store_graph(bare)) == normalise(*store_graph(sample_store))
        indexed = {row[0] for row in bare.read("CALL db.indexes() YIELD label RETURN label").rows}
        assert indexed == {label.value for label in Label}
    finally:
        bare.close()


def test_script_has_no_parameters_and_one_statement_per_line(
    sample_store: Store, tmp_path: Path
) -> None:
    script = tmp_path / "graph.cypher"
    export_store(sample_store, "cypher", script)
    lines = [line for line in script.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("//")]
    assert all(line.endswith(";") for line in lines)
    assert not any("$" in line for line in lines)
    assert len(list(statements(script))) == len(lines)


def test_literals_escape_what_would_end_a_string(embedded_store: Store) -> None:
    value = {"text": AWKWARD, "odd key": [1, 2.5, True, None], "nested": {"a": "'"}}
    result = embedded_store.write(f"RETURN {literal(value)} AS v")
    assert result.rows[0][0] == value


def test_values_without_a_safe_literal_are_refused() -> None:
    with pytest.raises(ExportError, match="finite"):
        literal(float("nan"))
    with pytest.raises(ExportError, match="backtick"):
        literal({"odd`key": 1})
