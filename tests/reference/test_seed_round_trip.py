"""Each seed article alone, through the CLI: ingest into a real store, export JSON, score it.

The in-memory `rekg eval` scores the extractor; this scores what a user gets from the store,
so anything the merge or the export loses shows up here.
"""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rekg.cli import cli
from rekg.loaders.evaluate import gold_pairs, score_article
from rekg.schema import GraphFragment, make_node, relate

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
PROVENANCE = ("source", "target", "type", "sources", "evidence", "confidence")


def _fragment_from_node_link(path: Path) -> GraphFragment:
    data = json.loads(path.read_text(encoding="utf-8"))
    fragment = GraphFragment()
    for node in data["nodes"]:
        props = {k: v for k, v in node.items() if k not in ("label", "name")}
        fragment.add_node(make_node(node["label"], node["name"], **props))
    for link in data["links"]:
        extra = {k: v for k, v in link.items() if k not in PROVENANCE}
        fragment.add_relationship(relate(
            link["type"], fragment.nodes[link["source"]], fragment.nodes[link["target"]],
            sources=link["sources"], evidence=link["evidence"],
            confidence=link["confidence"], **extra,
        ))
    return fragment


@pytest.mark.parametrize("article", [t for t, _ in gold_pairs(SEEDS)], ids=lambda p: p.stem)
def test_seed_article_ingested_alone_and_exported_recovers_its_facts(
    article: Path, tmp_path: Path
) -> None:
    store = f"embedded:{tmp_path / 'seed.db'}"
    runner = CliRunner()
    ingested = runner.invoke(cli, ["--store", store, "ingest", str(article)])
    assert ingested.exit_code == 0, ingested.output
    out = tmp_path / "seed.json"
    exported = runner.invoke(cli, ["--store", store, "export", "--format", "json", "-o", str(out)])
    assert exported.exit_code == 0, exported.output

    gold = json.loads(article.with_suffix(".gold.json").read_text(encoding="utf-8"))
    score = score_article(article.stem, _fragment_from_node_link(out), gold)

    assert score.fact_recall >= 0.85, score.as_dict()
    assert score.absent_extracted == [], score.as_dict()
    assert score.f1 >= 0.85, score.as_dict()
