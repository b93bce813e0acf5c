"""How the CLI stops on a signal: unwind in order, but never hang.

SIGTERM and SIGHUP unwind like Ctrl-C does, so that the store is closed in order (its
server stopped after a snapshot, its lock released, worker processes ended). That unwinding
runs code that waits: for worker processes, for the server's snapshot. Should any of it wait
for ever, a process told to stop would never stop (CI once saw `rekg ingest` still running
120 s after SIGTERM). So the first signal also starts a grace period, and a second signal, or
the end of the grace period, ends the process at once. Nothing acknowledged is lost that way:
the store's server is told to stop by the kernel when this process ends, and it then fsyncs
its append-only log (rekg/graph/embedded_server.py); only the closing snapshot is skipped,
and the next open replays the log instead.
"""

from __future__ import annotations

import os
import signal
import threading
from types import FrameType

GRACE_SECONDS = 30.0

_stopping = threading.Event()


def _stop_now(signum: int, reason: str) -> None:
    try:
        os.write(2, f"rekg: {reason}: stopped without a clean close; the store's "
                    "append-only log keeps every acknowledged write\n".encode())
    finally:
        os._exit(128 + signum)


def _on_signal(signum: int, frame: FrameType | None) -> None:
    if _stopping.is_set():
        _stop_now(signum, f"signal {signum} received again")
    _stopping.set()
    timer = threading.Timer(GRACE_SECONDS, _stop_now,
                            (signum, f"not closed within {GRACE_SECONDS:.0f} s of signal {signum}"))
    timer.daemon = True
    timer.start()
    raise SystemExit(128 + signum)


def install_signal_handlers() -> None:
    """Unwind on SIGTERM and SIGHUP, with a bounded wait (module docstring). Ctrl-C keeps
    Python's KeyboardInterrupt: the console catches it to cancel one query and go on."""
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _on_signal)

