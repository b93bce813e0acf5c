"""Shared fixtures: real stores only (DESIGN.md section 2).

The ``store`` fixture runs each test on the embedded store and on a real Neo4j 5.26 that the
Java launcher in ``neo4j-launcher/`` starts once per test session (and only when a test asks
for it). Without Java or Maven the Neo4j cases skip, unless ``REKG_REQUIRE_NEO4J=1``.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.store import Store

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
LAUNCHER_DIR = REPO / "neo4j-launcher"
LAUNCHER_JAR = LAUNCHER_DIR / "target" / "neo4j-launcher.jar"
REQUIRE_NEO4J_ENV = "REKG_REQUIRE_NEO4J"
# Known only to the test server started with --auth; it never reaches a command line.
TEST_PASSWORD = "rekg-test-password"
NEO4J_START_TIMEOUT = 240.0
MAVEN_BUILD_TIMEOUT = 1800.0


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "neo4j: runs against the Neo4j started by the suite")


@dataclass
class Neo4jServer:
    """A Neo4j started by the launcher: its Bolt URI and, with auth, the user's password."""

    uri: str
    process: subprocess.Popen[bytes]
    log: Path
    password: str | None = None

    def stop(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()  # the launcher stops when its input ends
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.terminate()
                try:
                    self.process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()


def _neo4j_unavailable(reason: str) -> None:
    """Skip, or fail where the Neo4j tests are required (CI)."""
    if os.environ.get(REQUIRE_NEO4J_ENV) == "1":
        pytest.fail(f"Neo4j tests required ({REQUIRE_NEO4J_ENV}=1) but {reason}", pytrace=False)
    pytest.skip(f"Neo4j tests skipped: {reason}")


def _launcher_is_stale() -> bool:
    if not LAUNCHER_JAR.exists() or not (LAUNCHER_JAR.parent / "lib").is_dir():
        return True
    built = LAUNCHER_JAR.stat().st_mtime
    sources = [LAUNCHER_DIR / "pom.xml", *(LAUNCHER_DIR / "src").rglob("*.java")]
    return any(source.stat().st_mtime > built for source in sources)


def build_launcher() -> Path:
    """Build the launcher with Maven once (its local repository is the cache)."""
    for tool in ("java", "mvn"):
        if shutil.which(tool) is None:
            _neo4j_unavailable(f"{tool} is not installed (Java 17 and Maven are needed)")
    # Several test runs may share this working tree: one Maven build at a time.
    with open(LAUNCHER_DIR / "pom.xml", "rb") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if _launcher_is_stale():
                completed = subprocess.run(
                    ["mvn", "-q", "-B", "package"],
                    cwd=LAUNCHER_DIR,
                    stdin=subprocess.DEVNULL,
                    capture_output=True,
                    text=True,
                    timeout=MAVEN_BUILD_TIMEOUT,
                    check=False,
                )
                if completed.returncode != 0:
                    output = (completed.stdout + completed.stderr).strip().splitlines()
                    last = output[-1] if output else "no output"
                    _neo4j_unavailable(f"building neo4j-launcher with Maven failed: {last}")
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return LAUNCHER_JAR


def start_neo4j(log_dir: Path, password: str | None = None) -> Neo4jServer:
    """Start one Neo4j through the launcher and wait for its Bolt URI."""
    jar = build_launcher()
    env = dict(os.environ)
    command = ["java", "-Xms256m", "-Xmx1g", "-XX:+UseSerialGC", "-jar", str(jar)]
    if password is not None:
        command.append("--auth")
        env["NEO4J_PASSWORD"] = password
    out_path = log_dir / "launcher.out"
    log = log_dir / "launcher.log"
    with open(out_path, "wb") as out, open(log, "wb") as err:
        process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=out, stderr=err, env=env, cwd=log_dir
        )
    deadline = time.monotonic() + NEO4J_START_TIMEOUT
    while time.monotonic() < deadline:
        for line in out_path.read_text(errors="replace").splitlines():
            if line.startswith("bolt://"):
                return Neo4jServer(uri=line.strip(), process=process, log=log, password=password)
        if process.poll() is not None:
            lines = log.read_text(errors="replace").strip().splitlines()
            _neo4j_unavailable(
                f"the Neo4j launcher exited with {process.returncode}: "
                f"{lines[-1] if lines else 'no output'}"
            )
        time.sleep(0.1)
    server = Neo4jServer(uri="", process=process, log=log)
    server.stop()
    _neo4j_unavailable(f"Neo4j did not start within {NEO4J_START_TIMEOUT:.0f} s (log: {log})")
    raise AssertionError("unreachable")


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jServer]:
    """One Neo4j (auth disabled) for the whole test session, started on first use."""
    server = start_neo4j(tmp_path_factory.mktemp("neo4j"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def neo4j_auth_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jServer]:
    """A second Neo4j with authentication enabled (user neo4j, ``TEST_PASSWORD``)."""
    server = start_neo4j(tmp_path_factory.mktemp("neo4j-auth"), password=TEST_PASSWORD)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def neo4j_store(neo4j_server: Neo4jServer) -> Iterator[Store]:
    """The session's Neo4j, emptied for this test (constraints and indexes stay)."""
    from rekg.graph.neo4j_store import Neo4jStore

    fresh = Neo4jStore(neo4j_server.uri)
    try:
        fresh.clear()
        fresh.ensure_schema()
        yield fresh
    finally:
        fresh.close()


@pytest.fixture
def embedded_store(tmp_path: Path) -> Iterator[Store]:
    """A fresh embedded FalkorDB store in a temporary file."""
    store = EmbeddedStore(tmp_path / "graph.db")
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty store of each kind; tests using it run once per store (parity)."""
    if request.param == "neo4j":
        yield request.getfixturevalue("neo4j_store")
        return
    fresh = EmbeddedStore(tmp_path / "graph.db")
    try:
        # FalkorDB refuses reads of a graph that was never written ("empty key"); the
        # indexes create it, so both kinds start as an empty graph with its schema.
        fresh.ensure_schema()
        yield fresh
    finally:
        fresh.close()
