"""The ingest pipeline: sources -> documents -> extracted fragments -> one merge per article.

Each article is extracted in full before anything is written, then merged in one
``store.merge``: a failure never leaves half an article in the graph, and merging is
idempotent, so ingesting the same article again adds nothing. After the merge, the
restrictions and agreements it reports are resolved against those already in the graph (one
measure, one node: ``rekg.graph.resolve``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import BinaryIO

from pydantic import ValidationError

from rekg.errors import RekgError
from rekg.graph.resolve import merge_resolved
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


def ingest_document(
    store: Store, document: Document, summary: IngestSummary, extractor: Extractor
) -> SourceWarning | None:
    """Extract one document and merge it in one go; a failed extraction writes nothing."""
    summary.articles += 1
    try:
        fragment = extractor(document)
        fragment.add_node(document.article_node())
    except (RekgError, ValidationError) as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return SourceWarning(
            document.path or document.url or document.id,
            f"could not be extracted ({first_line}): nothing from this article was stored",
        )
    stats = merge_resolved(store, fragment, coverage_families)
    new_articles = stats.by_label.get(Label.ARTICLE.value, 0)
    if new_articles:
        summary.articles_new += 1
    else:
        summary.articles_existing += 1
    summary.entities += stats.nodes_created - new_articles
    summary.relationships += stats.relationships_created
    return None


def ingest(
    store: Store,
    paths: Iterable[str],
    progress: Progress | None = None,
    *,
    on_warning: Callable[[SourceWarning], None] | None = None,
    extractor: Extractor | None = None,
    stdin: BinaryIO | None = None,
) -> IngestSummary:
    """Read every source in ``paths`` ('-' is standard input), extract and merge each article.

    Warnings are collected in the summary (and passed to ``on_warning`` as they happen);
    ``progress`` is called with (files done, files in total) after each file.
    """
    extract = extractor or _default_extractor()
    summary = IngestSummary()

    def warn(warning: SourceWarning) -> None:
        summary.warnings.append(warning)
        if on_warning is not None:
            on_warning(warning)

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
                problem = ingest_document(store, item, summary, extract)
                if problem is not None:
                    warn(problem)
        if progress is not None:
            progress(done, total)
    return summary
