"""The Neo4j cases skip without Java, and fail instead when REKG_REQUIRE_NEO4J=1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ONE_PARITY_TEST = "tests/store/test_store_parity.py::test_clear_empties_the_store"


def _pytest_without_java(require: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "REKG_REQUIRE_NEO4J"}
    env["PATH"] = str(Path(sys.executable).parent)  # the virtualenv only: no java, no mvn
    if require:
        env["REKG_REQUIRE_NEO4J"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "pytest", ONE_PARITY_TEST, "-q", "-rs", "-p", "no:cacheprovider"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300, check=False,
    )


def test_neo4j_cases_skip_with_a_reason_without_java() -> None:
    result = _pytest_without_java(require=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed, 1 skipped" in result.stdout
    assert "Neo4j tests skipped: java is not installed" in result.stdout


def test_neo4j_cases_fail_without_java_when_required() -> None:
    result = _pytest_without_java(require=True)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 passed, 1 error" in result.stdout
    assert "Neo4j tests required (REKG_REQUIRE_NEO4J=1) but java is not installed" in result.stdout
