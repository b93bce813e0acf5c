"""``make bench`` in miniature: every section runs and reports its figure beside its baseline.

No figure is asserted: timings on a shared machine say nothing in a test.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

import bench  # noqa: E402

from rekg.queries.catalog import list_queries  # noqa: E402


def test_tiny_bench_reports_every_section(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    result = bench.main(["--tiny", "--no-neo4j", "--skip", "ingest", "--out", str(out)])
    assert json.loads(out.read_text()) == json.loads(json.dumps(result))
    sections = {row["section"].split(" at ")[0].split(" of ")[0] for row in result["rows"]}
    assert sections == {"extraction", "merge", "query p95", "export"}
    queries = {row["what"] for row in result["rows"] if row["section"].startswith("query")}
    assert queries == {query.name for query in list_queries()}
    for row in result["rows"]:
        assert row["value"] > 0, row
        if row["section"] in ("extraction", "merge") or row["section"].startswith("export"):
            assert row["baseline"] and row["baseline"] > 0, row
    assert "| extraction |" in result["markdown"]


def test_copied_graph_keeps_shared_entities_and_renames_the_rest() -> None:
    from rekg.schema import Label

    fragments = [bench.extract(document) for document in bench.generate_corpus(3, seed=2)]
    nodes, _rels, copies = bench.copied_rows(fragments, 10 * sum(
        len(fragment.relationships) for fragment in fragments))
    assert copies > 1
    countries = [row["id"] for row in nodes[Label.COUNTRY]]
    assert len(countries) == len(set(countries))
    restrictions = [row["id"] for row in nodes[Label.RESTRICTION]]
    assert len(restrictions) == len(set(restrictions))
    assert len(restrictions) % copies == 0
    for row in nodes[Label.RESTRICTION]:
        assert row["keys"] == bench.lookup_keys(row)
