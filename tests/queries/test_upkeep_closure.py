"""The DEPENDS_ON closure and the restriction counts by item that the writer keeps
(rekg/queries/upkeep_closure.py) equal freshly built ones after merges that lengthen and
shorten chains, close cycles, add products, items, aliases and restrictions, and a resolve."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from conftest import build_fixture

from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.resolve import resolve
from rekg.graph.store import Store
from rekg.loaders.families import coverage_families
from rekg.queries import derived, upkeep_closure
from rekg.queries.catalog import get_query
from rekg.schema import GraphFragment, NodeBase, RelType, make_node, relate

QUERIES = {"chokepoints": {}, "dependency-chain": {"product": "electric vehicle"},
           "products-at-risk": {}, "products-at-risk ": {"material": "dysprosium"},
           "restrictions": {}}


def _answers(store: Store) -> dict[str, Any]:
    return {name: get_query(name.strip()).run(store, params).records()
            for name, params in QUERIES.items()}


def _kept(store: Store) -> tuple[Any, Any]:
    generation = store.generation()
    assert generation is not None
    return (derived.kept(store, "closure", generation),
            derived.kept(store, "restrictions", generation, (None,)))


def _assert_kept(store: Store) -> derived.Closure:
    closure, restrictions = _kept(store)
    assert closure is not None and restrictions is not None
    assert closure == derived._closure(store)
    assert restrictions == derived._restrictions(store, None)
    return closure


class _Fragment:
    """A fragment built from (label, name) pairs, as the extractor's would be."""

    def __init__(self) -> None:
        self.fragment = GraphFragment()

    def node(self, label: str, name: str, **fields: Any) -> NodeBase:
        return self.fragment.add_node(make_node(label, name, **fields))

    def link(self, rel: str, source: tuple[str, str], target: tuple[str, str]) -> None:
        self.fragment.add_relationship(relate(RelType(rel), self.node(*source),
                                              self.node(*target)))


def _edges(*pairs: tuple[tuple[str, str], tuple[str, str]]) -> GraphFragment:
    built = _Fragment()
    for source, target in pairs:
        built.link("DEPENDS_ON", source, target)
    return built.fragment


def _depth(closure: derived.Closure, product: str, item: str) -> int:
    return next(row[1] for row in closure.reach[product] if row[0] == item)


EV, MOTOR = ("Product", "electric vehicle"), ("Product", "traction motor")
MAGNET, DY = ("Material", "NdFeB magnet"), ("Material", "dysprosium")
OXIDE, ORE = ("Material", "dysprosium oxide"), ("Material", "ionic clay ore")


def test_kept_closure_and_counts_equal_fresh_ones(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "graph.db") as store:
        store.merge(build_fixture())
        before = _answers(store)
        ev = "product:electric-vehicle"
        # a chain made longer: dysprosium now depends on its oxide, the oxide on an ore
        store.merge(_edges((DY, OXIDE), (OXIDE, ORE)))
        assert _depth(_assert_kept(store), ev, "material:ionic-clay-ore") == 5
        # ...and shorter: the vehicle names the magnet and the ore itself
        store.merge(_edges((EV, MAGNET), (EV, ORE)))
        closure = _assert_kept(store)
        assert _depth(closure, ev, "material:ndfeb-magnet") == 1
        assert _depth(closure, ev, "material:ionic-clay-ore") == 1
        # a cycle through a product, and a material that depends on a product
        store.merge(_edges((ORE, MOTOR), (("Material", "terbium"), ("Product", "grinder"))))
        _assert_kept(store)
        # new products, one without dependencies, and a new alias on a known one
        built = _Fragment()
        built.node("Product", "hearing aid")
        built.node("Product", "electric vehicle", aliases=["battery car"])
        built.link("DEPENDS_ON", ("Product", "servo drive"), MAGNET)
        store.merge(built.fragment)
        closure = _assert_kept(store)
        assert "battery car" in closure.keys[ev]
        assert "product:hearing-aid" in closure.products
        # a new restriction by a new imposer on a new item and on a known one
        built = _Fragment()
        curbs = ("Restriction", "Japan export curbs on the oxide")
        built.node(*curbs, kind="export_licensing", status="in_force")
        built.link("IMPOSES", ("Country", "Japan"), curbs)
        built.link("RESTRICTS", curbs, OXIDE)
        built.link("RESTRICTS", curbs, DY)
        store.merge(built.fragment)
        _assert_kept(store)
        by_item, imposers = _kept(store)[1]
        assert [row[:2] for row in by_item["material:dysprosium-oxide"]] == [["in_force", 1]]
        assert by_item["material:dysprosium-oxide"][0][2][0] in imposers
        resolve(store, coverage_families)
        _assert_kept(store)
        kept = _answers(store)
        assert kept != before
    # the next process loads what the writer saved, and a full build answers alike
    derived._cache.clear()
    with EmbeddedStore(tmp_path / "graph.db") as store:
        _assert_kept(store)
        for path in (tmp_path / "graph.db.derived").iterdir():
            path.unlink()
        derived._cache.clear()
        assert _answers(store) == kept


def test_what_cannot_be_followed_is_built_whole(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    with EmbeddedStore(tmp_path / "graph.db") as store:
        store.merge(build_fixture())
        _answers(store)
        # more touched products and materials than the writer searches again
        monkeypatch.setattr(upkeep_closure, "MOST_NODES", 1)
        store.merge(_edges((DY, OXIDE)))
        assert _kept(store)[0] is None
        monkeypatch.undo()
        _answers(store)
        # a write that says nothing of what it touched
        store.write("MATCH (a:Product {id: 'product:electric-vehicle'}), "
                    "(b:Material {id: 'material:dysprosium'}) CREATE (a)-[:DEPENDS_ON]->(b)")
        assert _kept(store) == (None, None)
        _answers(store)
        _assert_kept(store)


def test_random_merges_keep_the_closure_exact(tmp_path: Path) -> None:
    rng = random.Random(13)
    nodes = [("Product", f"device {n}") for n in range(6)] + \
        [("Material", f"alloy {n}") for n in range(8)]
    with EmbeddedStore(tmp_path / "graph.db") as store:
        store.merge(_edges((nodes[0], nodes[6])))
        _answers(store)
        for _ in range(25):
            pairs = [tuple(rng.sample(nodes, 2)) for _ in range(rng.randint(1, 3))]
            built = _Fragment()
            for source, target in pairs:
                built.link("DEPENDS_ON", source, target)
            if rng.random() < 0.3:  # a node that only gains an alias
                label, name = rng.choice(nodes)
                built.node(label, name, aliases=[f"{name} {rng.randint(0, 99)}"])
            store.merge(built.fragment)
            _assert_kept(store)
