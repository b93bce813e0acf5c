"""Export a store (or a selection of it) in one format: what ``rekg export`` calls."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rekg.atomic_write import written_atomically
from rekg.graph.export import get_format
from rekg.graph.export import subgraph as subgraphs
from rekg.graph.export.subgraph import Selection
from rekg.graph.store import Store

Progress = Callable[[int], None]


@dataclass
class ExportSummary:
    format: str
    path: Path
    nodes: int = 0
    relationships: int = 0
    description: str = "the whole graph"


def _counted(
    items: Iterable[dict[str, Any]], summary: ExportSummary, field: str,
    progress: Progress | None,
) -> Iterator[dict[str, Any]]:
    for item in items:
        setattr(summary, field, getattr(summary, field) + 1)
        if progress is not None:
            progress(1)
        yield item


def export_store(
    store: Store,
    format_name: str,
    out_path: str | Path,
    selection: Selection | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write the store's graph, or only ``selection``, to ``out_path`` in ``format_name``.

    Nodes and relationships stream from the store page by page; ``progress`` is called with
    1 for each element written. The file is written beside ``out_path`` and renamed into
    place when complete, so a failure leaves the previous export as it was.
    """
    fmt = get_format(format_name)
    summary = ExportSummary(fmt.name, Path(out_path))
    if selection is None:
        nodes: Iterable[dict[str, Any]] = store.iter_nodes()
        relationships: Iterable[dict[str, Any]] = store.iter_relationships()
    else:
        summary.description = selection.description
        nodes = subgraphs.iter_nodes(store, selection)
        relationships = subgraphs.iter_relationships(store, selection)
    check_target = getattr(fmt, "check_target", None)
    if check_target is not None:
        check_target(out_path)
    with written_atomically(out_path) as staged:
        fmt.write(_counted(nodes, summary, "nodes", progress),
                  _counted(relationships, summary, "relationships", progress), staged)
    return summary
