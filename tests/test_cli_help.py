"""Every command a user can type explains itself, and errors stay one line."""

import click
import pytest
from click.testing import CliRunner

from rekg.cli import cli

DESIGN_COMMANDS = {"ingest", "query", "console", "export", "eval", "load-reference"}


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for name, command in group.commands.items():
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found.extend(_commands(command, (*prefix, name)))
    return found


def test_every_design_command_is_registered() -> None:
    assert set(cli.commands) >= DESIGN_COMMANDS


@pytest.mark.parametrize("path", _commands(cli), ids=" ".join)
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Usage: ")
    description = result.output.split("\n\n", 2)[1].strip()
    assert len(description) > 20, f"{' '.join(path)} needs a help text"


def test_an_unknown_store_scheme_is_one_line() -> None:
    result = CliRunner().invoke(cli, ["--store", "ftp://host/graph", "query", "summary"])
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1
    assert "unknown store URI scheme 'ftp'" in lines[0]
