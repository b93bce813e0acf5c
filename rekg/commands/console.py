"""``rekg console``: an interactive Cypher console, or a script runner when stdin is piped."""

from __future__ import annotations

import sys

import click

from rekg.cli import Application, pass_app
from rekg.queries.console_vocabulary import CONSOLE_FORMATS


@click.command("console")
@click.option("--write", is_flag=True,
              help="Allow statements that change the graph (read-only otherwise).")
@click.option("--format", "output_format", type=click.Choice(CONSOLE_FORMATS), default="table",
              show_default=True, help="How results are shown (:format changes it).")
@pass_app
def command(app: Application, write: bool, output_format: str) -> None:
    """Cypher console with history, highlighting and completion (:help inside).

    Statements end with ';'. When standard input is not a terminal, the statements read
    from it are run and the exit status is 1 if any failed:

    \b
        echo "MATCH (n) RETURN count(n);" | rekg console

    History is kept in $REKG_HISTORY or ~/.local/share/rekg/console_history.
    """
    from rekg.queries.console import ConsoleSession, interact, run_script
    from rekg.queries.format import terminal_width

    session = ConsoleSession(app.store(reading=not write, writer=write), write=write,
                             output_format=output_format,
                             width=terminal_width)
    if sys.stdin.isatty():
        sys.exit(interact(session))
    sys.exit(run_script(session, sys.stdin, sys.stdout, sys.stderr))
