from pathlib import Path

from rekg.graph.store import Store
from rekg.schema import GraphFragment, Label, make_node, relate


def _fragment(source: str, alias: str) -> GraphFragment:
    fragment = GraphFragment()
    china = fragment.add_node(make_node(Label.COUNTRY, "China", key="cn", iso2="CN",
                                        aliases=[alias]))
    ev = fragment.add_node(make_node(Label.PRODUCT, "electric vehicle"))
    dy = fragment.add_node(make_node(Label.MATERIAL, "dysprosium", kind="element", symbol="Dy"))
    fragment.add_relationship(relate("DEPENDS_ON", ev, dy, sources=[source], evidence=[source]))
    fragment.add_relationship(relate("PRODUCES", china, dy, sources=[source], evidence=[source]))
    return fragment


def test_merge_is_idempotent(embedded_store: Store) -> None:
    first = embedded_store.merge(_fragment("article:a", "Beijing"))
    assert (first.nodes_created, first.relationships_created) == (3, 2)
    again = embedded_store.merge(_fragment("article:a", "Beijing"))
    assert (again.nodes_created, again.relationships_created) == (0, 0)
    assert embedded_store.counts() == (3, 2)


def test_second_source_joins_the_same_relationship(embedded_store: Store) -> None:
    embedded_store.merge(_fragment("article:a", "Beijing"))
    embedded_store.merge(_fragment("article:b", "PRC"))
    rels = {(r["source"], r["type"]): r for r in embedded_store.iter_relationships()}
    assert rels[("country:cn", "PRODUCES")]["sources"] == ["article:a", "article:b"]
    nodes = {n["id"]: n for n in embedded_store.iter_nodes()}
    assert nodes["country:cn"]["aliases"] == ["Beijing", "PRC"]
    assert embedded_store.counts() == (3, 2)


def test_reads_refuse_writes(embedded_store: Store) -> None:
    import pytest

    from rekg.errors import CypherError

    with pytest.raises(CypherError):
        embedded_store.read("CREATE (n:Country {id: 'country:xx'})")


def test_a_store_never_written_reads_as_empty(tmp_path: Path) -> None:
    from rekg.graph.embedded_store import EmbeddedStore

    with EmbeddedStore(tmp_path / "fresh.db") as store:
        assert store.read("MATCH (n) RETURN count(n) AS n").rows == [[0]]
        assert store.counts() == (0, 0)
        assert list(store.iter_nodes()) == []
        assert store.schema_summary()["labels"] == []


def test_cli_reads_a_fresh_store_without_error(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from rekg.cli import cli
    from rekg.graph.stores import open_store

    uri = f"embedded:{tmp_path / 'fresh.db'}"
    open_store(uri).close()  # the file exists, its graph was never written
    summary = CliRunner().invoke(cli, ["--store", uri, "query", "summary"])
    assert summary.exit_code == 0, summary.output
    assert "(0 rows)" in summary.output
    exported = CliRunner().invoke(
        cli, ["--store", uri, "export", "--format", "json", "-o", str(tmp_path / "g.json")]
    )
    assert exported.exit_code == 0, exported.output
    assert "wrote 0 nodes and 0 relationships" in exported.output
