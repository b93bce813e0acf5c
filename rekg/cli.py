"""The rekg command line: a thin layer over the library (DESIGN.md section 4).

Each subcommand lives in its own module under ``rekg.commands`` and exposes ``command``;
this module builds the root group, the shared ``Application`` context and error handling.
Command modules are imported only when their command runs, so that ``rekg --help`` does not
pay for the stores, pydantic and the extractor.
"""

from __future__ import annotations

import ast
import importlib
import logging
import os
import pkgutil
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from rekg import __version__, extraction_compiled
from rekg.environment import DEFAULT_QUERY_TIMEOUT, STORE_ENV, TIMEOUT_ENV
from rekg.errors import RekgError, StoreUnavailableError
from rekg.stopping import install_signal_handlers

if TYPE_CHECKING:
    from rekg.graph.store import Store

_COMMANDS_DIR = Path(__file__).parent / "commands"


@dataclass
class Application:
    """Built once in the root callback and handed to every command with ``@pass_app``."""

    store_uri: str | None = None
    debug: bool = False
    timeout: float | None = DEFAULT_QUERY_TIMEOUT
    _store: Store | None = field(default=None, repr=False)

    @property
    def resolved_store_uri(self) -> str:
        from rekg.graph.stores import resolve_store_uri

        return resolve_store_uri(self.store_uri)

    def store(self, *, reading: bool = False, writer: bool = False, wait: bool = True) -> Store:
        """Open the store on first use; it is closed when the command ends.

        ``reading`` commands never create an embedded store: a missing file is an error that
        says how to fill it. A ``writer`` holds the embedded store's lock until then: another
        writer waits (with a message on stderr) or, with ``wait=False``, fails in one line.
        """
        if self._store is None:
            if reading:
                self._refuse_missing_file()
            from rekg.graph.stores import open_store

            self._store = open_store(self.store_uri, writer=writer, wait=wait,
                                     on_wait=_say_waiting, timeout=self.timeout)
        return self._store

    def _refuse_missing_file(self) -> None:
        uri = self.resolved_store_uri
        if "://" in uri:
            return
        path = Path(uri.removeprefix("embedded:"))
        # The store is its snapshot file and its append-only log; a new one may have only the log.
        if not path.exists() and not path.with_name(path.name + ".aof").exists():
            raise StoreUnavailableError(
                f"no graph at {path}: fill it first, e.g. "
                f"rekg --store {path} ingest examples/articles (or pick another with --store)"
            )

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


pass_app = click.make_pass_decorator(Application)


@cache
def _command_modules() -> dict[str, str]:
    """Command name -> module name, from the modules' file names (no import)."""
    return {
        info.name.replace("_", "-"): info.name
        for info in pkgutil.iter_modules([str(_COMMANDS_DIR)])
    }


def _short_help(module: str) -> str:
    """The first docstring line of a command module, without its ``rekg NAME`` prefix."""
    source = (_COMMANDS_DIR / f"{module}.py").read_text(encoding="utf-8")
    doc = ast.get_docstring(ast.parse(source)) or ""
    first = doc.strip().splitlines()[0] if doc.strip() else ""
    _, sep, rest = first.partition("``: ")
    text = (rest if sep else first).rstrip(".")
    return text[:1].upper() + text[1:]


class RekgGroup(click.Group):
    """Loads command modules on demand; turns RekgError into one line on stderr."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*_command_modules(), *super().list_commands(ctx)})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        own = super().get_command(ctx, cmd_name)
        if own is not None:
            return own
        module_name = _command_modules().get(cmd_name)
        if module_name is None:
            return None
        module = importlib.import_module(f"rekg.commands.{module_name}")
        command = getattr(module, "command", None)
        return command if isinstance(command, click.Command) else None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, _short_help(module)) for name, module in sorted(_command_modules().items())]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            try:
                return super().invoke(ctx)
            finally:
                # Closed here rather than only on context teardown, so that a failure while
                # closing (a full disk at the final snapshot) is a one-line error too.
                app = ctx.find_object(Application)
                if app is not None:
                    app.close()
        except RekgError as exc:
            app = ctx.find_object(Application)
            if app is not None and app.debug:
                raise
            from rekg.terminal import printable

            click.echo(printable(f"Error: {exc}"), err=True)
            sys.exit(1)


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    build = "compiled (fast build)" if extraction_compiled() else "interpreted"
    click.echo(f"rekg, version {__version__}, extraction {build}")
    ctx.exit()


@click.group(cls=RekgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--store",
    "store_uri",
    envvar=STORE_ENV,
    show_envvar=True,
    metavar="URI",
    help="Where the graph lives: a file path or embedded:PATH (default "
    "rekg-data/graph.db), falkordb://host:port, or bolt:// / neo4j:// / neo4j+s:// for Neo4j "
    "(credentials from NEO4J_USERNAME / NEO4J_PASSWORD).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=DEFAULT_QUERY_TIMEOUT,
    envvar=TIMEOUT_ENV,
    show_envvar=True,
    show_default=True,
    metavar="SECONDS",
    help="Stop any query that runs longer, in the database itself (0: no limit).",
)
@click.option("--debug", is_flag=True, help="Show full tracebacks instead of one-line errors.")
@click.option("--version", is_flag=True, expose_value=False, is_eager=True,
              callback=_show_version, help="Show the version and exit.")
@click.pass_context
def cli(ctx: click.Context, store_uri: str | None, timeout: float, debug: bool) -> None:
    """rekg: a rare-earth supply-chain knowledge graph.

    Turn news articles into a graph of countries, materials, products, restrictions and
    agreements, then ask it which products a new export control actually hits.
    """
    app = Application(store_uri=store_uri, debug=debug, timeout=timeout or None)
    ctx.obj = app
    ctx.call_on_close(app.close)


def _say_waiting(message: str) -> None:
    click.echo(message, err=True)


def _reopen_closed_standard_streams() -> None:
    """Give a closed standard input, output or error /dev/null (issue 11, row 14).

    With descriptor 0 closed, the next file opened takes number 0: the embedded store's
    server then failed to start ("redis-server process failed to start").
    """
    for descriptor in (0, 1, 2):
        try:
            os.fstat(descriptor)
        except OSError:
            opened = os.open(os.devnull, os.O_RDWR)
            if opened != descriptor:
                os.dup2(opened, descriptor)
                os.close(opened)
            os.set_inheritable(descriptor, True)  # child processes need it too
            if descriptor == 0 and sys.stdin is None:
                sys.stdin = open(descriptor, closefd=False)  # noqa: SIM115


def main() -> None:
    _reopen_closed_standard_streams()
    # The driver logs a failed routing attempt as a bare warning line on stderr, beside the
    # one-line error that already says it (issue 11): the CLI's messages are the errors.
    logging.getLogger("neo4j").addHandler(logging.NullHandler())
    install_signal_handlers()
    cli(prog_name="rekg")
