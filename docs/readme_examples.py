"""Run the README's ``console`` blocks as typed, and check or refresh the answers they show.

Every fenced block tagged ``console`` holds commands after ``$ `` and, under each, the output
the reader should see. The blocks run in order, in a scratch folder that links ``examples/``,
on one fresh store (``REKG_STORE``), through the installed ``rekg`` command: so the README's
commands are exactly what a newcomer types after ``make demo``.

    python docs/readme_examples.py           # check: exit 1 and a diff when the README drifted
    python docs/readme_examples.py --update  # rewrite the shown outputs from a fresh run

A line ``...`` in a shown output skips any number of lines; longer outputs are shown cut to
their first ``MAX_SHOWN`` lines followed by ``...``.
"""

from __future__ import annotations

import difflib
import os
import re
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
MAX_SHOWN = 12
_BLOCK = re.compile(r"^```console\n(.*?)^```\n", re.S | re.M)


@dataclass
class Example:
    command: str
    shown: list[str]


def parse_block(text: str) -> list[Example]:
    examples: list[Example] = []
    for line in text.splitlines():
        if line.startswith("$ "):
            examples.append(Example(line[2:], []))
        elif examples:
            examples[-1].shown.append(line)
    return examples


def rekg_bin() -> str:
    return str(Path(sys.executable).parent / "rekg")


def run_command(command: str, cwd: Path, env: dict[str, str]) -> list[str]:
    words = shlex.split(command)
    if not words or words[0] != "rekg":
        raise ValueError(f"README console commands start with 'rekg': {command!r}")
    done = subprocess.run([rekg_bin(), *words[1:]], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600, stdin=subprocess.DEVNULL)
    output = (done.stdout + done.stderr).rstrip("\n")
    lines = [line.rstrip() for line in output.splitlines()]
    if done.returncode != 0:
        lines.append(f"(exit status {done.returncode})")
    return lines


def matches(shown: list[str], actual: list[str]) -> bool:
    """``shown`` equals ``actual`` where each ``...`` line stands for any run of lines."""
    pattern = "".join(".*?" if line == "..." else re.escape(line + "\n") for line in shown)
    return re.fullmatch(pattern, "".join(line + "\n" for line in actual), re.S) is not None


def shown_form(actual: list[str]) -> list[str]:
    return actual if len(actual) <= MAX_SHOWN else [*actual[:MAX_SHOWN], "..."]


def scratch_env(folder: Path) -> dict[str, str]:
    (folder / "examples").symlink_to(ROOT / "examples")
    env = dict(os.environ)
    env.update(REKG_STORE=str(folder / "rekg-data" / "graph.db"), COLUMNS="80")
    env.pop("REKG_HISTORY", None)
    return env


def run_readme(update: bool) -> int:
    text = README.read_text(encoding="utf-8")
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="rekg-readme-") as name:
        folder = Path(name)
        env = scratch_env(folder)

        def replace(match: re.Match[str]) -> str:
            rebuilt: list[str] = []
            for example in parse_block(match.group(1)):
                actual = run_command(example.command, folder, env)
                if not matches(example.shown, actual):
                    diff = difflib.unified_diff(example.shown, actual, "README", "actual",
                                                lineterm="")
                    problems.append(f"$ {example.command}\n" + "\n".join(diff))
                rebuilt.append(f"$ {example.command}")
                kept = example.shown if matches(example.shown, actual) else shown_form(actual)
                rebuilt.extend(kept)
            return "```console\n" + "\n".join(rebuilt) + "\n```\n"

        new_text = _BLOCK.sub(replace, text)
    if update:
        README.write_text(new_text, encoding="utf-8")
        print(f"updated {len(problems)} outputs in {README.name}")
        return 0
    for problem in problems:
        print(problem, end="\n\n")
    print(f"{len(problems)} README outputs differ from what the commands print"
          if problems else "every README console example prints what it shows")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(run_readme("--update" in sys.argv[1:]))
