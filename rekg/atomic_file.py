"""Files written whole or not at all: a temporary file in the same folder, renamed into place.

A failure part-way (a full disk, an error in the data, a signal) leaves the previous file as
it was and no temporary file behind (issue 11, row 5).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from rekg.errors import DiskFullError, ExportError, RekgError

_FULL = (errno.ENOSPC, errno.EDQUOT)


def write_error(path: Path, exc: OSError) -> RekgError:
    """The one-line error for a failed write of ``path``."""
    if exc.errno in _FULL:
        return DiskFullError(
            f"the disk is full: {path} was not written (any previous version is unchanged); "
            "free some space and run again"
        )
    return ExportError(f"cannot write {path}: {exc.strerror or exc}; choose a writable path")


@contextlib.contextmanager
def replaced_path(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path``; renamed onto it when the block ends without error."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent)
        os.close(handle)
    except OSError as exc:
        raise write_error(target, exc) from exc
    temporary = Path(name)
    try:
        yield temporary
        _flush_to_disk(temporary)
        os.replace(temporary, target)
    except OSError as exc:
        raise write_error(target, exc) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


@contextlib.contextmanager
def replaced_text_file(path: str | Path) -> Iterator[IO[str]]:
    """An open text file (UTF-8, Unix newlines) that replaces ``path`` when the block ends."""
    with replaced_path(path) as temporary:
        out = open(temporary, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        try:
            yield out
        finally:
            out.close()


def _flush_to_disk(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())
