"""The README's console examples run as typed on a fresh store and print what they show."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _runner() -> ModuleType:
    spec = importlib.util.spec_from_file_location("readme_examples",
                                                  ROOT / "docs" / "readme_examples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_readme_has_console_examples() -> None:
    runner = _runner()
    blocks = runner._BLOCK.findall(runner.README.read_text(encoding="utf-8"))
    commands = [example.command for block in blocks for example in runner.parse_block(block)]
    assert len(commands) >= 8
    assert commands[0].startswith("rekg ingest examples/articles")


def test_shown_output_matching_understands_ellipses() -> None:
    runner = _runner()
    assert runner.matches(["a", "...", "d"], ["a", "b", "c", "d"])
    assert runner.matches(["a", "..."], ["a"])
    assert not runner.matches(["a", "d"], ["a", "b", "d"])
    assert not runner.matches(["a"], ["a", "(exit status 1)"])


def test_every_readme_console_example_prints_what_it_shows(capsys: object) -> None:
    assert _runner().run_readme(update=False) == 0
