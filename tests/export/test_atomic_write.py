"""Exports are written whole or not at all (issue 11, row 5): a writer that fails half way,
a file-size limit that makes a real write fail, and a full tmpfs all leave the previous
export byte for byte, with a one-line error and no partial file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from rekg.atomic_write import STAGING_SUFFIX, written_atomically
from rekg.errors import ExportError
from rekg.graph import export as registry
from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.export import register
from rekg.graph.export.node_link import NODE_LINK
from rekg.graph.export.pipeline import export_store
from rekg.graph.store import Store
from rekg.schema import GraphFragment, make_node

REKG = str(Path(sys.executable).parent / "rekg")
PREVIOUS = '{"previous": "export"}\n'


class HalfwayFormat:
    """The JSON writer, fed an element stream that breaks after ten nodes."""

    name = "halfway"
    description = "JSON that fails half way"
    opens_in = "nothing"
    streaming = True

    def write(self, nodes: Iterable[dict[str, Any]], relationships: Iterable[dict[str, Any]],
              out_path: str | Path) -> None:
        def breaking() -> Iterator[dict[str, Any]]:
            for count, node in enumerate(nodes):
                if count == 10:
                    raise ExportError(f"the store went away while writing {out_path}")
                yield node

        NODE_LINK.write(breaking(), relationships, out_path)


HALFWAY = HalfwayFormat()


@pytest.fixture
def halfway() -> Iterator[str]:
    """The failing format, registered only for the test that asks (others list all formats)."""
    register("halfway", __name__, "HALFWAY")
    yield "halfway"
    registry._registry.pop("halfway")
    registry._loaded.pop("halfway", None)


def many_materials(count: int) -> GraphFragment:
    fragment = GraphFragment()
    for number in range(count):
        fragment.add_node(make_node("Material", f"material number {number:05d}", kind="other",
                                    aliases=[f"alias {number} " + "x" * 40]))
    return fragment


@pytest.fixture
def big_store(tmp_path: Path) -> Iterator[Store]:
    store = EmbeddedStore(tmp_path / "store" / "graph.db")
    try:
        store.merge(many_materials(400))
        yield store
    finally:
        store.close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(STAGING_SUFFIX))


def test_a_writer_failing_half_way_leaves_the_previous_export(
    big_store: Store, tmp_path: Path, halfway: str
) -> None:
    out = tmp_path / "out" / "graph.json"
    out.parent.mkdir()
    out.write_text(PREVIOUS, encoding="utf-8")
    with pytest.raises(ExportError) as failed:
        export_store(big_store, halfway, out)
    assert str(failed.value) == f"the store went away while writing {out}"
    assert out.read_text(encoding="utf-8") == PREVIOUS
    assert leftovers(out.parent) == []
    export_store(big_store, "json", out)
    assert len(json.loads(out.read_text(encoding="utf-8"))["nodes"]) == 400
    assert leftovers(out.parent) == []


def test_a_csv_export_goes_to_a_new_folder_or_replaces_a_zip_whole(
    big_store: Store, tmp_path: Path, halfway: str
) -> None:
    folder = tmp_path / "csv"
    export_store(big_store, "csv", folder)
    assert (folder / "nodes-Material.csv").read_text(encoding="utf-8").count("\n") == 401
    archive = tmp_path / "graph.zip"
    archive.write_text(PREVIOUS, encoding="utf-8")
    with pytest.raises(ExportError):
        export_store(big_store, halfway, archive)
    assert archive.read_text(encoding="utf-8") == PREVIOUS
    export_store(big_store, "csv", archive)
    assert archive.read_bytes().startswith(b"PK")
    assert leftovers(tmp_path) == leftovers(folder) == []


def test_nothing_written_is_an_error_and_keeps_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "kept.txt"
    out.write_text(PREVIOUS, encoding="utf-8")
    with pytest.raises(ExportError, match=r"^nothing was written to "), \
            written_atomically(out):
        pass
    assert out.read_text(encoding="utf-8") == PREVIOUS


_EXPORT_UNDER_A_SIZE_LIMIT = """
import resource, signal, sys
from rekg.errors import ExportError
from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.export.pipeline import export_store

store = EmbeddedStore(sys.argv[1])  # its server starts before the limit, so it is not bound
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
try:
    export_store(store, "json", sys.argv[2])
except ExportError as exc:
    print(exc)
finally:
    store.close()
"""


def test_a_write_that_fails_for_lack_of_room_keeps_the_previous_export(
    big_store: Store, tmp_path: Path
) -> None:
    db = tmp_path / "store" / "graph.db"
    big_store.close()
    out = tmp_path / "out.json"
    out.write_text(PREVIOUS, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", _EXPORT_UNDER_A_SIZE_LIMIT, str(db), str(out)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout == (f"cannot write {out}: the disk is full (or the file is larger than "
                           "allowed); the previous file, if any, is unchanged: free some space "
                           "or write elsewhere\n")
    assert out.read_text(encoding="utf-8") == PREVIOUS
    assert leftovers(tmp_path) == []


@pytest.fixture
def small_tmpfs(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "tmpfs"
    mount_point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; the file-size-limit test covers a full disk")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs",
                              str(mount_point)], capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip()}); the "
                    "file-size-limit test covers a full disk")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)


def test_export_onto_a_full_tmpfs_keeps_the_previous_export(
    big_store: Store, tmp_path: Path, small_tmpfs: Path
) -> None:
    db = tmp_path / "store" / "graph.db"
    big_store.close()
    out = small_tmpfs / "graph.json"
    out.write_text(PREVIOUS, encoding="utf-8")
    filler = small_tmpfs / "filler"
    filler.write_bytes(b"\0" * (256 * 1024 - 48 * 1024))
    done = subprocess.run([REKG, "--store", str(db), "export", "--format", "json", "-o", str(out)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 1
    assert done.stderr == (f"Error: cannot write {out}: the disk is full (or the file is larger "
                           "than allowed); the previous file, if any, is unchanged: free some "
                           "space or write elsewhere\n")
    assert out.read_text(encoding="utf-8") == PREVIOUS
    assert leftovers(small_tmpfs) == []
    filler.unlink()
    done = subprocess.run([REKG, "--store", str(db), "export", "--format", "json", "-o", str(out)],
                          capture_output=True, text=True, timeout=300, check=True)
    assert len(json.loads(out.read_text(encoding="utf-8"))["nodes"]) == 400
