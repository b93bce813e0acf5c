"""``rekg load-reference FILE...``: load curated reference relationships into the store."""

from __future__ import annotations

from pathlib import Path

import click

from rekg.cli import Application, pass_app


@click.command("load-reference")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--no-wait", is_flag=True,
    help="Fail at once if another rekg process is writing to the store (default: wait).",
)
@pass_app
def command(app: Application, files: tuple[Path, ...], no_wait: bool) -> None:
    """Load reference data (CSV or YAML rows of from/to nodes, note and source).

    Every file is checked before anything is written; ingest never loads reference data.
    """
    from rekg.loaders.reference import load_reference_files

    summary = load_reference_files(app.store(writer=True, wait=not no_wait), list(files))
    click.echo(summary.line())
