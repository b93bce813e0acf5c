"""Streaming formats write with bounded memory: the peak heap does not grow with the graph."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rekg.graph.export import format_names, get_format

STREAMED = [name for name in format_names() if get_format(name).streaming]
FILE_NAMES = {"csv": "graph.zip"}


def generated_nodes(count: int) -> Iterator[dict[str, Any]]:
    for index in range(count):
        yield {"label": "Material", "id": f"material:m{index}", "name": f"material {index}",
               "aliases": [f"m{index}", f"mat {index}"], "kind": "element"}


def generated_relationships(count: int, nodes: int) -> Iterator[dict[str, Any]]:
    for index in range(count):
        yield {"source": f"material:m{index % nodes}", "target": f"material:m{(index * 7) % nodes}",
               "type": "DEPENDS_ON", "sources": [f"article:{index:016x}"],
               "evidence": [f"Sentence number {index} about material {index % nodes}."],
               "confidence": 0.5}


def peak_heap(format_name: str, out: Path, nodes: int, relationships: int) -> int:
    tracemalloc.start()
    try:
        get_format(format_name).write(generated_nodes(nodes),
                                      generated_relationships(relationships, nodes), out)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_every_file_format_but_the_html_view_streams() -> None:
    # ttl and jsonld are written as text element by element since issue 14
    assert {"json", "csv", "cypher", "nt", "ttl", "jsonld", "graphml", "gexf"} <= set(STREAMED)


@pytest.mark.parametrize("format_name", STREAMED)
def test_peak_memory_does_not_grow_with_the_graph(format_name: str, tmp_path: Path) -> None:
    name = FILE_NAMES.get(format_name, f"graph.{format_name}")
    small = peak_heap(format_name, tmp_path / "small" / name, 600, 1200)
    large = peak_heap(format_name, tmp_path / "large" / name, 6000, 12000)
    # Ten times the graph; a writer that kept its elements would need about ten times the heap.
    assert large < small * 2 + 256 * 1024, (small, large)
