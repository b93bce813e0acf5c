"""``rekg resolve``: merge the reports of one restriction or agreement into one node."""

from __future__ import annotations

import json

import click

from rekg.cli import Application, pass_app


@click.command("resolve")
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text",
    show_default=True, help="How to print the summary.",
)
@pass_app
def command(app: Application, output_format: str) -> None:
    """Re-run entity resolution over the graph already in the store.

    Ingest resolves as it goes; this command does the same for a graph built before, or
    merged from several stores. Restrictions with an imposer in common, kinds of one family,
    and stated start dates within a week (or, undated, a covered material in common and a
    start before the report) become one node; agreements with the same distinctive name
    words, parties and date likewise. Each keeps its dated status history (status_events).
    Running it again changes nothing.

    \b
    Examples:
      rekg resolve
      rekg --store bolt://localhost:7687 resolve --format json
    """
    from rekg.graph.resolve import resolve
    from rekg.loaders.families import coverage_families

    summary = resolve(app.store(reading=True), coverage_families)
    if output_format == "json":
        click.echo(json.dumps(summary.as_dict(), indent=2))
    else:
        click.echo(summary.line())
