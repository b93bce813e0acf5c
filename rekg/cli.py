"""The rekg command line: a thin layer over the library (DESIGN.md section 4).

Each subcommand lives in its own module under ``rekg.commands`` and exposes ``command``;
this module builds the root group, the shared ``Application`` context and error handling.
"""

from __future__ import annotations

import importlib
import pkgutil
import signal
import sys
from dataclasses import dataclass, field
from typing import Any

import click

from rekg import __version__
from rekg.errors import RekgError
from rekg.graph.store import (
    DEFAULT_QUERY_TIMEOUT,
    STORE_ENV,
    TIMEOUT_ENV,
    Store,
    open_store,
    resolve_store_uri,
)


@dataclass
class Application:
    """Built once in the root callback and handed to every command with ``@pass_app``."""

    store_uri: str | None = None
    debug: bool = False
    timeout: float | None = DEFAULT_QUERY_TIMEOUT
    _store: Store | None = field(default=None, repr=False)

    @property
    def resolved_store_uri(self) -> str:
        return resolve_store_uri(self.store_uri)

    def store(self, *, writer: bool = False, wait: bool = True) -> Store:
        """Open the store on first use; it is closed when the command ends.

        A ``writer`` holds the embedded store's lock until then: another writer waits (with
        a message on stderr) or, with ``wait=False``, fails in one line.
        """
        if self._store is None:
            self._store = open_store(self.store_uri, writer=writer, wait=wait,
                                     on_wait=_say_waiting, timeout=self.timeout)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


pass_app = click.make_pass_decorator(Application)


class RekgGroup(click.Group):
    """Turns RekgError into one line on stderr and a non-zero exit, unless --debug."""

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
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)


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
@click.version_option(__version__, prog_name="rekg")
@click.pass_context
def cli(ctx: click.Context, store_uri: str | None, timeout: float, debug: bool) -> None:
    """rekg: a rare-earth supply-chain knowledge graph.

    Turn news articles into a graph of countries, materials, products, restrictions and
    agreements, then ask it which products a new export control actually hits.
    """
    app = Application(store_uri=store_uri, debug=debug, timeout=timeout or None)
    ctx.obj = app
    ctx.call_on_close(app.close)


def _register_commands() -> None:
    import rekg.commands as commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"rekg.commands.{info.name}")
        command = getattr(module, "command", None)
        if isinstance(command, click.Command):
            cli.add_command(command)


_register_commands()


def _say_waiting(message: str) -> None:
    click.echo(message, err=True)


def _terminate(signum: int, frame: object) -> None:
    # Unwind like Ctrl-C, so that the store is closed (its server stopped, its lock released).
    raise SystemExit(128 + signum)


def main() -> None:
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _terminate)
    cli(prog_name="rekg")
