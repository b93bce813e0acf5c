"""The name-keyed format registry: aliases, unknown names, third-party formats."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from rekg.errors import UnknownFormatError
from rekg.graph import export
from rekg.graph.export.pipeline import export_store
from rekg.graph.store import Store

BUILT_IN = {"csv", "cypher", "cytoscape", "gexf", "graphml", "html", "json", "jsonld", "nt",
            "ttl"}


class EdgeListFormat:
    """A third-party format, registered the way the built-in ones are."""

    name = "edgelist"
    description = "source type target, one per line"
    opens_in = "any text editor"
    streaming = True

    def write(self, nodes: Iterable[dict[str, Any]], relationships: Iterable[dict[str, Any]],
              out_path: str | Path) -> None:
        for _ in nodes:
            pass
        with open(out_path, "w", encoding="utf-8") as out:
            for rel in relationships:
                out.write(f"{rel['source']} {rel['type']} {rel['target']}\n")


EDGE_LIST = EdgeListFormat()


def test_every_built_in_format_is_registered_and_implements_the_protocol() -> None:
    assert set(export.format_names()) >= BUILT_IN
    for name in BUILT_IN:
        fmt = export.get_format(name)
        assert isinstance(fmt, export.ExportFormat)
        assert fmt.name == name and fmt.description and fmt.opens_in


def test_aliases_and_case_resolve_to_the_same_format() -> None:
    assert export.get_format("Turtle") is export.get_format("ttl")
    assert export.get_format("node-link") is export.get_format("json")


def test_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(UnknownFormatError) as caught:
        export.get_format("pdf")
    message = str(caught.value)
    assert "'pdf'" in message and "graphml" in message and "ttl" in message
    assert "\n" not in message


def test_a_third_party_format_registers_through_the_same_call(
    sample_store: Store, tmp_path: Path
) -> None:
    export.register("edgelist", __name__, "EDGE_LIST", aliases=["edges"])
    try:
        out = tmp_path / "graph.txt"
        summary = export_store(sample_store, "edges", out)
        lines = out.read_text(encoding="utf-8").splitlines()
        assert len(lines) == summary.relationships > 0
        assert "country:cn IMPOSES restriction:cn-export-licensing-2025" in lines
    finally:
        export._registry.pop("edgelist")
        export._aliases.pop("edges")
        export._loaded.pop("edgelist", None)


def test_format_is_guessed_from_the_file_name() -> None:
    assert export.format_for_path("x/graph.GEXF") == "gexf"
    assert export.format_for_path("graph.cytoscape.json") == "cytoscape"
    assert export.format_for_path("graph.json") == "json"
    assert export.format_for_path("graph.zip") == "csv"
    assert export.format_for_path("graph.txt") is None


def test_registered_descriptions_are_the_formats_own() -> None:
    # `rekg export --help` reads them from the registry so as not to import every format.
    for name in export.format_names():
        found = export.get_format(name)
        assert export.describe_format(name) == (found.description, found.opens_in)
