"""``rekg export``: write the graph, or part of it, in a format other tools open."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from rekg.cli import Application, pass_app
from rekg.errors import InputError
from rekg.graph.export import describe_format, format_for_path, format_names, get_format
from rekg.terminal import printable

if TYPE_CHECKING:
    from rekg.graph.export.pipeline import ExportSummary
    from rekg.graph.export.subgraph import Selection

PROGRESS_THRESHOLD = 5000


def _parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise InputError(f"parameter {pair!r} must look like key=value, e.g. -p material=Dy")
        params[key.strip()] = value
    return params


class _FormatsHelpCommand(click.Command):
    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Formats"):
            formatter.write_dl([(name, "{}; opens in {}".format(*describe_format(name)))
                                for name in format_names()])


@click.command("export", cls=_FormatsHelpCommand)
@click.option("--format", "-f", "format_name", metavar="FORMAT",
              help="One of the formats below; by default guessed from the output name.")
@click.option("--output", "-o", "output", required=True,
              type=click.Path(path_type=Path), help="File to write (a folder or .zip for csv).")
@click.option("--query", "query_name", metavar="NAME",
              help="Export only what a canned query returns: its nodes, the nodes that "
              "link them and the relationships among them.")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="A parameter of --query; repeat for several.")
@click.option("--around", "around_id", metavar="NAME",
              help="Export the neighbourhood of one entity: an id (country:cn), a name, an "
              "alias, an ISO code or a symbol, as rekg query lookup accepts.")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(min=0),
              help="Hops around --around, either direction.")
@pass_app
def command(
    app: Application,
    format_name: str | None,
    output: Path,
    query_name: str | None,
    params: tuple[str, ...],
    around_id: str | None,
    depth: int,
) -> None:
    """Export the graph for visualization tools and the semantic web.

    Streams nodes and relationships from the store; prints what was written.
    """
    from rekg.graph.export.pipeline import export_store
    from rekg.queries.selection import around_entity, from_query

    name = format_name or format_for_path(output)
    if name is None:
        raise InputError(f"cannot tell the format from {output.name!r}: give --format, one of "
                         f"{', '.join(format_names())}")
    get_format(name)
    if query_name and around_id:
        raise InputError("give --query or --around, not both")
    if params and not query_name:
        raise InputError("-p/--param belongs to --query NAME: give the query too")
    store = app.store(reading=True)
    selection: Selection | None = None
    if query_name:
        selection = from_query(store, query_name, _parse_params(params))
    elif around_id:
        selection = around_entity(store, around_id, depth)
    total = (len(selection.node_ids) if selection is not None else sum(store.counts()))
    if sys.stderr.isatty() and total >= PROGRESS_THRESHOLD:
        with click.progressbar(length=total, label=f"exporting {name}", file=sys.stderr) as bar:
            summary = export_store(store, name, output, selection, progress=bar.update)
    else:
        summary = export_store(store, name, output, selection)
    click.echo(printable(_summary_line(summary)))


def _summary_line(summary: ExportSummary) -> str:
    return (f"wrote {summary.nodes} nodes and {summary.relationships} relationships "
            f"({summary.description}) as {summary.format} to {summary.path}")
