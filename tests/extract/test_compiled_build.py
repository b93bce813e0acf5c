"""The fast build (``make fast``: the extraction pipeline compiled by mypyc) is built from these
sources, is compiled, and decides exactly what the interpreted pipeline decides.

``make test`` builds it first; run ``make fast`` before running this file alone.
"""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rekg.extract import compiled

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"

FAST = REPO / "build" / "fast"
_PACKAGED = frozenset({".py", ".cypher", ".yaml", ".csv", ".ttl", ".js", ".html", ".css", ".txt",
                       ".json", ".typed"})
DUMP = REPO / "benchmarks" / "extract_dump.py"
# the corpus the team may read (never the blind split), the shared sets and generated articles
FOLDERS = [SHARED / "eval" / "dev", SHARED / "seeds", REPO / "tests" / "extract" / "data",
           REPO / "examples" / "articles", REPO / "corpus" / "train", REPO / "corpus" / "dev"]


def _compiled_modules() -> list[str]:
    sys.path.insert(0, str(REPO))
    try:
        import setup  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    return [m.removesuffix(".py").replace("/", ".") for m in setup.compiled_modules(REPO)]


def _package_files(root: Path) -> list[Path]:
    """The sources and package data (pyproject.toml's package-data) the wheel holds: with a
    pattern or lexicon file changed, the fast build would read its old copy."""
    return sorted(p for p in (root / "rekg").rglob("*") if p.is_file() and p.suffix in _PACKAGED
                  and "__pycache__" not in p.parts)


@pytest.fixture(scope="module")
def fast() -> Path:
    if not (FAST / "rekg").is_dir():
        pytest.fail(f"no fast build in {FAST}: run make fast (make test does)")
    stale = [p.relative_to(REPO).as_posix() for p in _package_files(REPO)
             if not (FAST / p.relative_to(REPO)).is_file()
             or not filecmp.cmp(p, FAST / p.relative_to(REPO), shallow=False)]
    if stale:
        pytest.fail(f"{FAST} was built from other sources ({', '.join(stale[:3])}...): "
                    "run make fast")
    return FAST


def _run(pythonpath: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    # -P: neither the current folder nor the script's comes before PYTHONPATH
    return subprocess.run([sys.executable, "-P", *args], env=env, cwd=REPO, capture_output=True,
                          text=True, timeout=1200)


def test_the_fast_build_holds_the_sources_of_this_checkout(fast: Path) -> None:
    sources = {p.relative_to(REPO) for p in _package_files(REPO)}
    built = {p.relative_to(fast) for p in _package_files(fast)}
    assert len(sources) > 300 and any(p.suffix == ".yaml" for p in sources)
    assert sources == built


def test_the_pipeline_modules_are_compiled_and_loaded_from_it(fast: Path) -> None:
    modules = _compiled_modules()
    assert len(modules) > 150
    assert "rekg.extract.pipeline" in modules and "rekg.extract.modality" in modules
    assert "rekg.extract.patterns" not in modules  # its word set subclasses frozenset
    script = ("import importlib, sys\n"
              "from rekg.extract import compiled\n"
              "print('compiled', compiled())\n"
              "for name in sys.argv[1:]:\n"
              "    print(name, importlib.import_module(name).__file__)\n")
    result = _run(fast, "-c", script, *modules, "rekg.extract.patterns")
    assert result.returncode == 0, result.stderr
    files = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert all(files[m].startswith(str(fast)) and files[m].endswith(".so") for m in modules), \
        [m for m in modules if not files[m].endswith(".so")]
    assert files["rekg.extract.patterns"] == str(fast / "rekg" / "extract" / "patterns.py")
    assert files["compiled"] == "True" and not compiled()


def test_compiled_and_interpreted_extraction_decide_the_same(fast: Path,
                                                             tmp_path: Path) -> None:
    folders = [str(f) for f in FOLDERS]
    pure = _run(REPO, str(DUMP), str(tmp_path / "pure"), *folders, "--generated", "40")
    assert pure.returncode == 0, pure.stderr
    compiled = _run(fast, str(DUMP), str(tmp_path / "compiled"), *folders, "--generated", "40")
    assert compiled.returncode == 0, compiled.stderr
    names = sorted(p.name for p in (tmp_path / "pure").iterdir())
    assert len(names) == len(FOLDERS) + 1
    assert sorted(p.name for p in (tmp_path / "compiled").iterdir()) == names
    for name in names:
        pure_text = (tmp_path / "pure" / name).read_text(encoding="utf-8")
        compiled_text = (tmp_path / "compiled" / name).read_text(encoding="utf-8")
        assert pure_text.count("\n=== ") >= 1 and "\nF " in pure_text, name
        assert compiled_text == pure_text, name


def test_version_says_which_extraction_runs(fast: Path) -> None:
    command = ["-c", "from rekg.cli import main; main()", "--version"]
    assert _run(fast, *command).stdout == "rekg, version 0.1.0, extraction compiled (fast build)\n"
    assert _run(REPO, *command).stdout == "rekg, version 0.1.0, extraction interpreted\n"
