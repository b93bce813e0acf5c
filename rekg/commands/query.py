"""``rekg query``: list, show and run the canned queries.

``rekg query NAME`` works because the group resolves any name that is not one of its own
subcommands to a command built for that canned query (``rekg query run NAME`` also works).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from rekg.cli import Application, pass_app
from rekg.graph.result import QueryResult
from rekg.queries.catalog import CannedQuery, get_query, list_queries
from rekg.queries.format import OUTPUT_FORMATS, render
from rekg.queries.names import empty_graph_hint, unmatched_hints
from rekg.queries.params import format_default, parse_assignments
from rekg.terminal import printable

if TYPE_CHECKING:
    from rekg.graph.store import Store


def output_options[F: Callable[..., Any]](func: F) -> F:
    """--format, --limit and --offset, shared by every command that prints query results."""
    func = click.option("--offset", type=click.IntRange(min=0), default=0, metavar="N",
                        help="Skip the first N rows (the next page of a list query).")(func)
    func = click.option("--limit", type=click.IntRange(min=0), default=None, metavar="N",
                        help="Show at most N rows; list queries fetch only this page "
                             "(their default page is in rekg query show NAME).")(func)
    func = click.option("--format", "output_format", type=click.Choice(OUTPUT_FORMATS),
                        default="table", show_default=True,
                        help="table fits the terminal; json and csv are for programs.")(func)
    return func


def param_option[F: Callable[..., Any]](func: F) -> F:
    return click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
                        help="A query parameter; repeat for more (rekg query show NAME "
                             "lists them).")(func)


def as_of_option[F: Callable[..., Any]](func: F) -> F:
    return click.option("--as-of", "as_of", metavar="DATE", default=None,
                        help="Answer as on this day (the same as -p as_of=DATE), for the "
                             "queries that take as_of.")(func)


def run_and_print(app: Application, query: CannedQuery, params: tuple[str, ...],
                  output_format: str, limit: int | None, offset: int = 0,
                  as_of: str | None = None) -> None:
    raw: dict[str, Any] = dict(parse_assignments(params))
    if as_of is not None:
        raw["as_of"] = as_of
    paged = query.pages
    if paged:
        # A list query pages in the database: --limit and --offset become its parameters.
        if limit is not None:
            raw["limit"] = str(limit)
        if offset:
            raw["offset"] = str(offset)
    bound = query.bind(raw)  # refuse bad parameters before opening the store
    store = app.store(reading=True)
    result = query.run(store, raw)
    if paged:
        click.echo(render(result, output_format))
        if output_format == "table" and len(result.rows) == bound["limit"]:
            click.echo(f"(a full page: --offset {bound['offset'] + bound['limit']} shows the "
                       "next one)")
    else:
        result.rows = result.rows[offset:]
        click.echo(render(result, output_format, limit))
    if not result.rows:
        for hint in _no_rows_hints(app, store, query, raw):
            click.echo(printable(hint), err=True)


def _no_rows_hints(app: Application, store: Store, query: CannedQuery,
                   raw: dict[str, str]) -> list[str]:
    """Why a query found nothing: an empty graph, or a name that matches no node."""
    empty = empty_graph_hint(store, app.resolved_store_uri)
    if empty is not None:
        return [empty]
    names = [(p.name, raw[p.name]) for p in query.parameters
             if p.type == "name" and raw.get(p.name, "").strip()]
    return unmatched_hints(store, names)


def _canned_command(query: CannedQuery) -> click.Command:
    @click.command(query.name, help=_help_text(query), short_help=query.description)
    @param_option
    @as_of_option
    @output_options
    @pass_app
    def run_one(app: Application, params: tuple[str, ...], as_of: str | None,
                output_format: str, limit: int | None, offset: int) -> None:
        run_and_print(app, query, params, output_format, limit, offset, as_of)

    return run_one


def _help_text(query: CannedQuery) -> str:
    lines = [query.description, ""]
    if query.parameters:
        lines.append("Parameters (-p KEY=VALUE):")
        for param in query.parameters:
            lines.extend(["", f"{param.describe()}: {param.description}"])
    lines.extend(["", *query.notes])
    return "\n".join(lines)


class QueryGroup(click.Group):
    """A group whose unknown subcommand names are canned query names."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        own = super().get_command(ctx, cmd_name)
        if own is not None:
            return own
        return _canned_command(get_query(cmd_name))

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*super().list_commands(ctx), *(query.name for query in list_queries())]


@click.group("query", cls=QueryGroup)
def command() -> None:
    """Answer questions with canned Cypher queries: rekg query NAME -p key=value.

    Run 'rekg query list' to see them and 'rekg query show NAME' for parameters and Cypher.
    """


@command.command("list")
@output_options
def list_command(output_format: str, limit: int | None, offset: int) -> None:
    """List the canned queries with one-line descriptions."""
    result = QueryResult(
        columns=["name", "description"],
        rows=[[query.name, query.description] for query in list_queries()][offset:],
    )
    click.echo(render(result, output_format, limit))


@command.command("show")
@click.argument("name")
def show_command(name: str) -> None:
    """Show a query's description, parameters and Cypher."""
    query = get_query(name)
    click.echo(f"{query.name}: {query.description}")
    if query.parameters:
        click.echo("\nParameters (-p KEY=VALUE):")
        for param in query.parameters:
            default = "required" if param.required else f"= {format_default(param.default)}"
            click.echo(f"  {param.name} {param.type} {default} — {param.description}")
    if query.notes:
        click.echo("")
        for note in query.notes:
            click.echo(note)
    if query.derived:
        click.echo("\nComputed from the graph in Python and passed as parameters: "
                   + ", ".join(f"${name}" for name in query.derived))
    click.echo(f"\n{query.cypher}")


@command.command("run")
@click.argument("name")
@param_option
@as_of_option
@output_options
@pass_app
def run_command(app: Application, name: str, params: tuple[str, ...], as_of: str | None,
                output_format: str, limit: int | None, offset: int) -> None:
    """Run a canned query by name (the same as rekg query NAME)."""
    run_and_print(app, get_query(name), params, output_format, limit, offset, as_of)
