"""``rekg extract FILE``: the facts one article gives, optionally with how each was found."""

from __future__ import annotations

import json

import click

from rekg.errors import InputError


@click.command("extract")
@click.argument("path", metavar="FILE")
@click.option("--explain", "show_refused", is_flag=True,
              help="Also list the refused candidates and why each was refused.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output as text or as JSON.")
def command(path: str, show_refused: bool, output_format: str) -> None:
    """Extract one article (any format ingest reads; '-' for stdin) without storing it.

    Prints each fact with the pattern id, model score or frame rule that produced it and
    its evidence sentence; with --explain, also every refused candidate and the reason.
    Nothing is written to the store.
    """
    from rekg.extract import explain
    from rekg.loaders.sources import SourceWarning, read_sources

    documents = []
    for item in read_sources([path]):
        if isinstance(item, SourceWarning):
            raise InputError(f"{item.path}: {item.message}")
        documents.append(item)
    if not documents:
        raise InputError(f"{path}: no article found")
    for doc in documents:
        report = explain(doc)
        if not show_refused:
            report.refused.clear()
        if output_format == "json":
            click.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
        else:
            click.echo(report.as_text())
