"""Files written whole or not at all (issue 11, row 5).

``written_atomically(target)`` hands out a path with the target's name inside a hidden
folder next to it (same file system, same suffix, so writers that look at the name still
work). Only once the writer has finished and the data is on disk does the new file replace
the old one with ``os.replace``; a failure half way (a full disk, an error, Ctrl-C) leaves
the previous file exactly as it was and no partial file behind.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rekg.errors import ExportError

STAGING_SUFFIX = ".partial"


def _fsync_path(path: Path) -> None:
    flags = os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0)
    descriptor = os.open(path, flags)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _fsync_tree(path: Path) -> None:
    if path.is_dir():
        for item in path.rglob("*"):
            if item.is_file():
                _fsync_path(item)
    _fsync_path(path)


def _failure(target: Path, exc: OSError) -> ExportError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        reason = "the disk is full (or the file is larger than allowed)"
        advice = "free some space or write elsewhere"
    else:
        reason = exc.strerror or str(exc)
        advice = "choose a writable path"
    return ExportError(f"cannot write {target}: {reason}; the previous file, if any, is "
                       f"unchanged: {advice}")


def _publish(staged: Path, target: Path) -> None:
    if staged.is_dir():
        # A folder output (CSV for neo4j-admin): each file replaces its namesake on its own,
        # nothing else in the folder is touched.
        target.mkdir(exist_ok=True)
        for item in sorted(staged.iterdir()):
            os.replace(item, target / item.name)
    else:
        os.replace(staged, target)
    _fsync_path(target.parent)


@contextmanager
def written_atomically(target: str | Path) -> Iterator[Path]:
    """A path to write instead of ``target``; it replaces ``target`` when the block ends
    without an exception. OSError becomes a one-line ExportError naming ``target``."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=STAGING_SUFFIX,
                                        dir=target.parent))
    except OSError as exc:
        raise _failure(target, exc) from exc
    staged = staging / target.name
    try:
        yield staged
        if not staged.exists():
            raise ExportError(f"nothing was written to {target}")
        _fsync_tree(staged)
        _publish(staged, target)
    except ExportError as exc:
        raise ExportError(str(exc).replace(str(staged), str(target))) from exc
    except OSError as exc:
        raise _failure(target, exc) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
