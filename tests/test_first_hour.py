"""What a newcomer meets before any graph exists: start-up cost, packaging, the test target."""

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Each of these costs tenths of a second to import; help and listing must not pay for them.
HEAVY_MODULES = ("neo4j", "networkx", "rdflib", "falkordb", "redis", "prompt_toolkit",
                 "rapidfuzz", "numpy", "pydantic", "yaml")

_IMPORTS_AFTER = """
import contextlib, io, sys
from rekg.cli import cli
with contextlib.redirect_stdout(io.StringIO()):
    try:
        cli.main(args=sys.argv[1:], standalone_mode=False)
    except SystemExit:
        pass
heavy = {heavy!r}
print(" ".join(sorted(m for m in heavy if m in sys.modules)))
"""


@pytest.mark.parametrize("args", [("--help",), ("query", "list")],
                         ids=" ".join)
def test_help_and_listing_load_no_heavy_module(args: tuple[str, ...]) -> None:
    script = _IMPORTS_AFTER.format(heavy=HEAVY_MODULES)
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                            text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "", f"rekg {' '.join(args)} imported {result.stdout}"


def test_packaging_names_its_licence_as_an_spdx_string() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert isinstance(project["license"], str) and project["license"] == "MIT"
    assert not [c for c in project.get("classifiers", []) if c.startswith("License ::")]


def _fake_path(tmp_path: Path, uid: str) -> str:
    """A PATH with the Makefile's shell tools but no Chromium and a chosen user id."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("sh", "make"):
        found = shutil.which(tool)
        assert found is not None
        (bin_dir / tool).symlink_to(found)
    fake_id = bin_dir / "id"
    fake_id.write_text(f"#!{shutil.which('sh')}\necho {uid}\n")
    fake_id.chmod(0o755)
    return str(bin_dir)


def test_make_test_without_chromium_says_what_to_install(tmp_path: Path) -> None:
    env = {**os.environ, "PATH": _fake_path(tmp_path, "1000")}
    result = subprocess.run([str(tmp_path / "bin" / "make"), "--no-print-directory", "chromium"],
                            capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode != 0
    assert result.stdout.strip().splitlines() == [
        "make test needs Chromium for the HTML view test: install it (apt-get install "
        "chromium) and run make test again"]
