"""The ingest pipeline: sources -> documents -> extracted fragments -> batched merges.

Articles are gathered into batches; those already complete in the store are skipped before
extraction, the others are extracted (in worker processes with ``jobs`` above 1, while this
process merges the previous batch) and merged together by ``Store.merge_articles``, which
keeps each article all-or-nothing (an interrupted batch is finished by the next run, never
counted as present). Ingesting the same article again adds
nothing. The restrictions and agreements the merged batches report are resolved against
those already in the graph (one measure, one node: ``rekg.graph.resolve``) once the articles
merged since the last resolution are as many as those before it, and at the end: resolution
matches every report again, so resolving after each batch made an ingest's cost grow with
the square of its articles (issue 14), while this schedule costs about two resolutions of
the final graph. Articles count as present only once resolved, so a run stopped before it
leaves them to the next run, which extracts them again; a run stopped during a resolution
leaves nodes without their digest, which the next ingest (or ``rekg resolve``) resolves.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from rekg import environment
from rekg.graph.reports import Report, from_fragment
from rekg.graph.resolve import resolve, resolve_pending
from rekg.graph.store import Store
from rekg.loaders.document import Document
from rekg.loaders.extraction import Extracted, Extraction, Extractor
from rekg.loaders.families import coverage_families
from rekg.loaders.sources import SourceWarning, iter_source_files, read_source_file
from rekg.schema import GraphFragment, Label

Progress = Callable[[int, int], None]
"""Called with (files done, files in total) after each file."""


@dataclass
class IngestSummary:
    """What an ingest read and added. ``entities`` counts new nodes other than articles."""

    files: int = 0
    articles: int = 0
    articles_new: int = 0
    articles_existing: int = 0
    entities: int = 0
    relationships: int = 0
    warnings: list[SourceWarning] = field(default_factory=list)

    def line(self) -> str:
        """A one-line human summary."""
        files = "file" if self.files == 1 else "files"
        text = (
            f"Read {self.articles} article{'' if self.articles == 1 else 's'} from "
            f"{self.files} {files} ({self.articles_new} new, {self.articles_existing} already "
            f"in the graph); added {self.entities} entit{'y' if self.entities == 1 else 'ies'} "
            f"and {self.relationships} relationship{'' if self.relationships == 1 else 's'}"
        )
        if self.warnings:
            count = len(self.warnings)
            text += f"; {count} warning{'' if count == 1 else 's'}"
        return text + "."

    def as_dict(self) -> dict[str, object]:
        return {
            "files": self.files,
            "articles": self.articles,
            "articles_new": self.articles_new,
            "articles_existing": self.articles_existing,
            "entities": self.entities,
            "relationships": self.relationships,
            "warnings": [{"path": w.path, "message": w.message} for w in self.warnings],
        }


ARTICLES_PER_BATCH = environment.ARTICLES_PER_BATCH


def default_jobs() -> int:
    """Extraction processes by default: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - platforms without affinity
        return max(1, os.cpu_count() or 1)


def _extract_batch(
    store: Store,
    documents: list[Document],
    summary: IngestSummary,
    extraction: Extraction,
) -> tuple[list[tuple[Document, str]], Callable[[], list[Extracted]]]:
    """Count the batch, skip the articles already complete in the store and start
    extracting the others; returns them with the function that waits for their results."""
    ids = [document.id for document in documents]
    complete = store.complete_articles(ids) if documents else set()
    todo: list[tuple[Document, str]] = []
    for document, article_id in zip(documents, ids, strict=True):
        summary.articles += 1
        if article_id in complete:
            summary.articles_existing += 1
        else:
            todo.append((document, article_id))
    return todo, extraction.submit([document for document, _ in todo])


class Unresolved:
    """The articles merged and not yet resolved, and when to resolve them: once they are
    as many as the articles resolved before them (and at least ``batch_size``)."""

    def __init__(self, store: Store, batch_size: int,
                 on_resolve: Callable[[int], None] | None = None) -> None:
        self.store = store
        self.on_resolve = on_resolve
        self.resolved = int(store.read("MATCH (a:Article) RETURN count(a)").rows[0][0])
        self.batch_size = batch_size
        self.articles: dict[str, None] = {}
        self.reports: list[Report] = []

    def __contains__(self, article_id: str) -> bool:
        return article_id in self.articles

    def add(self, articles: Iterable[str], fragments: Iterable[GraphFragment]) -> None:
        self.articles.update(dict.fromkeys(articles))
        self.reports.extend(r for fragment in fragments for r in from_fragment(fragment))

    def due(self) -> bool:
        return len(self.articles) >= max(self.batch_size, self.resolved)

    def resolve(self) -> int:
        """Resolve, then mark the articles complete; returns how many nodes fewer there
        are."""
        merged = 0
        if self.reports:
            if self.on_resolve is not None:
                self.on_resolve(len(self.articles))
            merged = resolve(self.store, coverage_families, reports=self.reports).merged
        self.store.finish_articles(list(self.articles))
        self.resolved += len(self.articles)
        self.articles, self.reports = {}, []
        return merged


def _merge_batch(
    store: Store,
    todo: list[tuple[Document, str]],
    results: list[Extracted],
    summary: IngestSummary,
    warn: Callable[[SourceWarning], None],
    unresolved: Unresolved,
) -> None:
    """Merge a batch's extracted articles together; resolve when it is time."""
    fragments: list[tuple[str, GraphFragment]] = []
    for (document, article_id), result in zip(todo, results, strict=True):
        if isinstance(result, str):
            warn(SourceWarning(
                document.path or document.url or article_id,
                f"could not be extracted ({result}): nothing from this article was stored",
            ))
            continue
        if article_id in unresolved:  # read twice in this run: merged, and resolved later
            summary.articles_existing += 1
            continue
        fragments.append((article_id, result))
    if fragments:
        stats = store.merge_articles(fragments, finish=False)
        new = set(stats.articles_new)
        unresolved.add(stats.articles_new,
                       (fragment for article_id, fragment in fragments if article_id in new))
        summary.articles_new += len(stats.articles_new)
        summary.articles_existing += len(stats.articles_existing)
        summary.entities += stats.nodes_created - stats.by_label.get(Label.ARTICLE.value, 0)
        summary.relationships += stats.relationships_created
    if unresolved.due():
        summary.entities -= unresolved.resolve()


def ingest(
    store: Store,
    paths: Iterable[str],
    progress: Progress | None = None,
    *,
    on_warning: Callable[[SourceWarning], None] | None = None,
    extractor: Extractor | None = None,
    stdin: BinaryIO | None = None,
    batch_size: int = ARTICLES_PER_BATCH,
    jobs: int | None = None,
    on_resolve: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Read every source in ``paths`` ('-' is standard input), extract and merge each article.

    Warnings are collected in the summary (and passed to ``on_warning`` as they happen);
    ``progress`` is called with (files done, files in total) after each file. Articles are
    merged ``batch_size`` at a time. The default extractor runs in ``jobs`` worker processes
    (default: the cores this process may use; 1 extracts here) while this one merges the
    previous batch; a custom ``extractor`` always runs here. ``on_resolve`` is called with
    the number of articles whose restrictions and agreements are about to be resolved.
    """
    summary = IngestSummary()

    def warn(warning: SourceWarning) -> None:
        summary.warnings.append(warning)
        if on_warning is not None:
            on_warning(warning)

    extraction = Extraction(extractor, default_jobs() if jobs is None else jobs)
    failed = True
    try:
        unresolved = Unresolved(store, batch_size, on_resolve)
        waiting: tuple[list[tuple[Document, str]], Callable[[], list[Extracted]]] | None = None
        for documents in _batches(paths, stdin, batch_size, warn, summary, progress):
            started = _extract_batch(store, documents, summary, extraction)
            if waiting is not None:
                _merge_batch(store, waiting[0], waiting[1](), summary, warn, unresolved)
            waiting = started
        if waiting is not None:
            _merge_batch(store, waiting[0], waiting[1](), summary, warn, unresolved)
        summary.entities = max(0, summary.entities - unresolved.resolve())
        resolve_pending(store, coverage_families)
        failed = False
    finally:
        extraction.close(failed=failed)
    return summary


def _batches(
    paths: Iterable[str],
    stdin: BinaryIO | None,
    batch_size: int,
    warn: Callable[[SourceWarning], None],
    summary: IngestSummary,
    progress: Progress | None,
) -> Iterator[list[Document]]:
    """The documents of every source, ``batch_size`` at a time (the last batch may be
    empty); reading warnings go to ``warn`` as they happen."""
    pending: list[Document] = []
    entries = list(iter_source_files(paths))
    total = len(entries)
    for done, entry in enumerate(entries, start=1):
        if isinstance(entry, SourceWarning):
            warn(entry)
        else:
            summary.files += 1
            for item in read_source_file(entry, stdin):
                if isinstance(item, SourceWarning):
                    warn(item)
                    continue
                pending.append(item)
                if len(pending) >= batch_size:
                    yield pending
                    pending = []
        if progress is not None:
            progress(done, total)
    yield pending
