"""neo4j-admin import CSV: headers, files per label and type, array delimiter."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest

from rekg.errors import ExportError
from rekg.graph.export import get_format
from rekg.graph.export.pipeline import export_store
from rekg.graph.store import Store
from rekg.schema import GraphFragment, make_node, relate


def test_one_file_per_label_and_type_with_admin_headers(
    sample_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "import"
    export_store(sample_store, "csv", out)
    names = sorted(path.name for path in out.iterdir())
    assert "nodes-Country.csv" in names and "relationships-MENTIONS.csv" in names
    assert len([n for n in names if n.startswith("nodes-")]) == 8
    assert len([n for n in names if n.startswith("relationships-")]) == 12
    with open(out / "nodes-Country.csv", encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header[:3] == ["id:ID", ":LABEL", "name"]
    assert "aliases:string[]" in header
    with open(out / "relationships-DEPENDS_ON.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"confidence:double", "share:long", "critical:boolean", "weight:double"} <= set(rows[0])
    # Sample aliases hold both ';' and '|', so the import script names the fallback.
    assert "--array-delimiter='U+001F'" in (out / "import.sh").read_text(encoding="utf-8")


def test_semicolon_is_the_array_delimiter_when_values_allow(
    embedded_store: Store, tmp_path: Path
) -> None:
    fragment = GraphFragment()
    china = fragment.add_node(make_node("Country", "China", key="CN",
                                        aliases=["Beijing", "PRC"]))
    licensing = fragment.add_node(make_node("Restriction", "licensing", key="cn-lic"))
    fragment.add_relationship(relate("IMPOSES", china, licensing, evidence=["one", "two"]))
    embedded_store.merge(fragment)
    out = tmp_path / "graph.zip"
    export_store(embedded_store, "csv", out)
    with zipfile.ZipFile(out) as archive:
        assert "--array-delimiter=';'" in archive.read("import.sh").decode()
        country = archive.read("nodes-Country.csv").decode().splitlines()
    assert country[1] == "country:cn,Country,China,Beijing;PRC"
    nodes, relationships = get_format("csv").read(out)  # type: ignore[attr-defined]
    assert nodes[0]["aliases"] == ["Beijing", "PRC"]
    assert relationships[0]["evidence"] == ["one", "two"]


def test_refuses_to_write_into_a_folder_with_files(sample_store: Store, tmp_path: Path) -> None:
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ExportError, match="not an empty folder"):
        export_store(sample_store, "csv", tmp_path / "busy")
    assert (tmp_path / "busy" / "keep.txt").read_text(encoding="utf-8") == "mine"
