"""``rekg ingest PATH...``: read articles, extract the graph, merge it into the store."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

import click

from rekg.cli import Application, pass_app
from rekg.environment import ARTICLES_PER_BATCH
from rekg.errors import InputError
from rekg.terminal import printable

if TYPE_CHECKING:
    from rekg.loaders.ingest import IngestSummary
    from rekg.loaders.sources import SourceWarning


def _print_warning(warning: SourceWarning) -> None:
    click.echo(printable(f"warning: {warning.path}: {warning.message}", one_line=True), err=True)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text",
    show_default=True, help="How to print the summary.",
)
@click.option(
    "--no-wait", is_flag=True,
    help="Fail at once if another rekg process is writing to the store (default: wait).",
)
@click.option(
    "--batch", "batch_size", type=click.IntRange(min=1), default=ARTICLES_PER_BATCH,
    show_default=True, metavar="N",
    help="Articles merged together; each article still lands whole or not at all.",
)
@click.option(
    "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
    help="Processes extracting articles while this one writes (default: the cores).",
)
@pass_app
def command(app: Application, paths: tuple[str, ...], output_format: str,
            no_wait: bool, batch_size: int, jobs: int | None) -> None:
    """Read articles from files, folders or standard input ('-') into the graph.

    \b
    Formats: .txt, .md, .html/.htm; .json (an article object or a list of them),
    .jsonl (one article per line); RSS and Atom feeds as .xml/.rss/.atom (each item
    an article). Standard input is sniffed. Folders are read recursively
    (hidden files and *.gold.json skipped). A file that cannot be read gets one warning
    on stderr and the rest go on; the exit status is 1 when no article could be read.
    Ingesting the same article again adds nothing. Articles longer than
    $REKG_MAX_ARTICLE_CHARS characters (default 2,000,000) are cut, with a warning.

    \b
    Examples:
      rekg ingest examples/articles/
      rekg ingest news.rss report.html notes.md
      curl -s https://example.org/feed.xml | rekg ingest -
      rekg --store bolt://localhost:7687 ingest articles.jsonl
    """
    from rekg.loaders.ingest import ingest

    store = app.store(writer=True, wait=not no_wait)
    show_progress = sys.stderr.isatty() and output_format == "text"
    if show_progress:
        progress = _ProgressBar()
        try:
            summary = ingest(store, list(paths), progress=progress, batch_size=batch_size,
                             jobs=jobs, on_resolve=progress.resolving)
        finally:
            progress.close()
        for warning in summary.warnings:
            _print_warning(warning)
    else:
        summary = ingest(store, list(paths), on_warning=_print_warning,
                         batch_size=batch_size, jobs=jobs)
    _finish(summary, paths, output_format)


class _ProgressBar:
    """A click progress bar on stderr, sized on the first report (files are counted first)."""

    def __init__(self) -> None:
        self._bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        if total < 2:
            return
        if self._bar is None:
            self._bar = click.progressbar(length=total, label="Ingesting", file=sys.stderr)
            self._bar.__enter__()
        self._bar.label = "Ingesting"
        self._bar.update(done - self._bar.pos)

    def resolving(self, articles: int) -> None:
        """Say what the run does while no file is read: resolution can take minutes."""
        if self._bar is not None:
            self._bar.label = f"Resolving {articles:,} articles"
            self._bar.render_progress()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)


def _finish(summary: IngestSummary, paths: tuple[str, ...], output_format: str) -> None:
    if output_format == "json":
        click.echo(json.dumps(summary.as_dict(), indent=2))
    elif summary.articles:
        click.echo(summary.line())
    if summary.articles == 0:
        from rekg.loaders.sources import SUPPORTED

        where = ", ".join(paths)
        if not summary.warnings:
            raise InputError(
                f"no article files in {where}: rekg reads {SUPPORTED} files (hidden files "
                "and *.gold.json are skipped)"
            )
        raise InputError(f"no article could be read from {where}: see the warnings above")
