"""The ingest pipeline: sources -> documents -> extracted fragments -> batched merges.

Articles are gathered into batches; those already complete in the store are skipped before
extraction, the others are extracted in full and merged together by
``Store.merge_articles``, which keeps each article all-or-nothing (an interrupted batch is
finished by the next run, never counted as present). Ingesting the same article again adds
nothing. After each batch, the restrictions and agreements it reports are resolved against
those already in the graph (one measure, one node: ``rekg.graph.resolve``); a run stopped
between a batch's merge and its resolution leaves duplicates that ``rekg resolve`` (or the
next ingest touching them) merges.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import BinaryIO

from pydantic import ValidationError

from rekg.errors import RekgError
from rekg.graph.resolve import redirect_to_survivors, resolve_merged
from rekg.graph.store import Store
from rekg.loaders.document import Document
from rekg.loaders.families import coverage_families
from rekg.loaders.sources import SourceWarning, iter_source_files, read_source_file
from rekg.schema import GraphFragment, Label

Extractor = Callable[[Document], GraphFragment]
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


def _default_extractor() -> Extractor:
    from rekg.loaders.extract import extract

    extractor: Extractor = extract
    return extractor


ARTICLES_PER_BATCH = 200


def _merge_batch(
    store: Store,
    documents: list[Document],
    summary: IngestSummary,
    extractor: Extractor,
    warn: Callable[[SourceWarning], None],
) -> None:
    """Extract the documents not yet complete in the store and merge them in one batch."""
    if not documents:
        return
    ids = [document.id for document in documents]
    complete = store.complete_articles(ids)
    fragments: list[tuple[str, GraphFragment]] = []
    for document, article_id in zip(documents, ids, strict=True):
        summary.articles += 1
        if article_id in complete:
            summary.articles_existing += 1
            continue
        try:
            fragment = extractor(document)
            fragment.add_node(document.article_node())
        except (RekgError, ValidationError) as exc:
            text = str(exc).strip()
            first_line = text.splitlines()[0] if text else type(exc).__name__
            warn(SourceWarning(
                document.path or document.url or article_id,
                f"could not be extracted ({first_line}): nothing from this article was stored",
            ))
            continue
        fragments.append((article_id, fragment))
    for _, fragment in fragments:
        redirect_to_survivors(store, fragment)
    stats = store.merge_articles(fragments)
    merged = resolve_merged(store, [fragment for _, fragment in fragments], coverage_families)
    summary.articles_new += len(stats.articles_new)
    summary.articles_existing += len(stats.articles_existing)
    summary.entities += max(
        0, stats.nodes_created - stats.by_label.get(Label.ARTICLE.value, 0) - merged)
    summary.relationships += stats.relationships_created


def ingest(
    store: Store,
    paths: Iterable[str],
    progress: Progress | None = None,
    *,
    on_warning: Callable[[SourceWarning], None] | None = None,
    extractor: Extractor | None = None,
    stdin: BinaryIO | None = None,
    batch_size: int = ARTICLES_PER_BATCH,
) -> IngestSummary:
    """Read every source in ``paths`` ('-' is standard input), extract and merge each article.

    Warnings are collected in the summary (and passed to ``on_warning`` as they happen);
    ``progress`` is called with (files done, files in total) after each file. Articles are
    merged ``batch_size`` at a time.
    """
    extract = extractor or _default_extractor()
    summary = IngestSummary()

    def warn(warning: SourceWarning) -> None:
        summary.warnings.append(warning)
        if on_warning is not None:
            on_warning(warning)

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
                    _merge_batch(store, pending, summary, extract, warn)
                    pending = []
        if progress is not None:
            progress(done, total)
    _merge_batch(store, pending, summary, extract, warn)
    return summary
