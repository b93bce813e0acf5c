"""Extraction of batches of documents, in this process or in forked worker processes.

Each worker has a pipe of its own and extracts an equal share of every batch. Stopping the
workers after a failure is SIGKILL and waitpid, which wait on nothing a worker holds:
``multiprocessing.Pool`` shares one lock for its task queue, and a worker killed while
holding it (SIGTERM to the whole process group) left ``Pool.terminate()`` waiting for ever.
"""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from rekg.errors import RekgError
from rekg.loaders.document import Document
from rekg.schema import GraphFragment

Extractor = Callable[[Document], GraphFragment]
Extracted = GraphFragment | str
"""An article's fragment (holding its Article node), or why it could not be extracted."""

# Below this many articles to extract in one batch, starting worker processes costs more
# than it saves.
MIN_PARALLEL_ARTICLES = 16
_PR_SET_PDEATHSIG = 1
_STOP_SECONDS = 10.0


class ExtractionWorkerError(RekgError):
    """An extraction worker process stopped or failed."""


def default_extractor() -> Extractor:
    from rekg.loaders.extract import extract

    extractor: Extractor = extract
    return extractor


def extract_one(extractor: Extractor, document: Document) -> Extracted:
    try:
        fragment = extractor(document)
        fragment.add_node(document.article_node())
    except (RekgError, ValidationError) as exc:
        text = str(exc).strip()
        return text.splitlines()[0] if text else type(exc).__name__
    except Exception as exc:  # a bug on one article must not stop the rest of the batch
        return internal_error(exc)
    return fragment


def internal_error(exc: Exception) -> str:
    """One line for an extraction bug, with what to send in a report."""
    text = str(exc).strip().splitlines()
    detail = f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
    return f"internal error {detail}; please report it with the article"


_FORK_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM, signal.SIGHUP})


def start_worker(parent: int) -> None:
    """A forked worker dies with its parent, even by ``kill -9`` (it shares the parent's
    descriptors, the store's lock among them), leaves Ctrl-C to the parent, and ends
    quietly on SIGTERM or SIGHUP instead of running the CLI's handlers it inherited."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _FORK_SIGNALS)  # blocked since the fork
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)


def _serve(connection: Any, parent: int) -> None:
    """A worker's life: extract each share it is sent until its pipe closes."""
    start_worker(parent)
    extractor = default_extractor()
    while True:
        try:
            documents = connection.recv()
        except (EOFError, OSError):
            os._exit(0)
        try:
            answer: tuple[str, Any] = (
                "ok", [extract_one(extractor, document) for document in documents])
        except Exception as exc:
            answer = ("error", f"{type(exc).__name__}: {exc}")
        connection.send(answer)


class _Workers:
    """Forked workers fed in the order batches are submitted: a batch's shares are sent
    when the one before it has come back, so a worker's pipe never holds two."""

    def __init__(self, jobs: int) -> None:
        import multiprocessing

        # fork: no interpreter to start and no temporary folder to leak when this process
        # is killed (forkserver's would stay behind).
        context = multiprocessing.get_context("fork")
        self._workers: list[tuple[Any, Any]] = []
        self._pending: deque[list[list[Document]]] = deque()
        for _ in range(jobs):
            mine, theirs = context.Pipe()
            process = context.Process(target=_serve, args=(theirs, os.getpid()), daemon=True)
            # a signal that reaches the worker before it sets its own handlers would run the
            # CLI's (SIGTERM ended it as "exit code 143"): held until ``start_worker``
            signal.pthread_sigmask(signal.SIG_BLOCK, _FORK_SIGNALS)
            try:
                process.start()
            finally:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, _FORK_SIGNALS)
            theirs.close()
            self._workers.append((process, mine))

    def submit(self, documents: list[Document]) -> Callable[[], list[Extracted]]:
        count = len(self._workers)
        shares = [documents[i::count] for i in range(count)]
        self._pending.append(shares)
        if len(self._pending) == 1:
            self._send(shares)
        return lambda: self._collect(shares, len(documents))

    def _send(self, shares: list[list[Document]]) -> None:
        for (process, connection), share in zip(self._workers, shares, strict=True):
            try:
                connection.send(share)
            except OSError as exc:
                raise self._stopped(process) from exc

    def _collect(self, shares: list[list[Document]], total: int) -> list[Extracted]:
        if not self._pending or self._pending[0] is not shares:
            raise RuntimeError("extraction batches must be collected in submission order")
        parts: list[list[Extracted]] = []
        for process, connection in self._workers:
            try:
                kind, payload = connection.recv()
            except (EOFError, OSError) as exc:
                raise self._stopped(process) from exc
            if kind != "ok":
                raise ExtractionWorkerError(f"an extraction worker failed: {payload}")
            parts.append(payload)
        self._pending.popleft()
        if self._pending:
            self._send(self._pending[0])
        results: list[Any] = [None] * total
        for index, part in enumerate(parts):
            results[index::len(parts)] = part
        return results

    @staticmethod
    def _stopped(process: Any) -> ExtractionWorkerError:
        process.join(_STOP_SECONDS)
        code = process.exitcode
        how = (f"was killed by {signal.Signals(-code).name}" if code is not None and code < 0
               else f"stopped (exit code {code})")
        return ExtractionWorkerError(
            f"an extraction worker {how}; the articles of its batch were not stored: "
            "run the same ingest again to go on")

    def close(self, *, failed: bool) -> None:
        for process, connection in self._workers:
            if failed:
                process.kill()
            connection.close()
        for process, _ in self._workers:
            process.join(_STOP_SECONDS)
            if process.is_alive():
                process.kill()
                process.join()
        self._workers = []


class Extraction:
    """Extracts batches of documents, in this process or in ``jobs`` worker processes.

    ``submit`` starts a batch and returns a function that waits for its results (in the
    documents' order), so the writer merges one batch while the workers extract the next.
    A custom ``extractor`` always runs in this process.
    """

    def __init__(self, extractor: Extractor | None, jobs: int) -> None:
        self._extractor = extractor
        self._jobs = jobs if extractor is None else 1
        self._workers: _Workers | None = None

    def submit(self, documents: list[Document]) -> Callable[[], list[Extracted]]:
        if self._jobs > 1 and len(documents) >= MIN_PARALLEL_ARTICLES:
            if self._workers is None:
                self._workers = _Workers(self._jobs)
            return self._workers.submit(documents)
        extractor = self._extractor or default_extractor()
        return lambda: [extract_one(extractor, document) for document in documents]

    def close(self, *, failed: bool) -> None:
        workers, self._workers = self._workers, None
        if workers is not None:
            workers.close(failed=failed)
