"""What only the Neo4j store has: connection errors, credentials, schema, version check."""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING

import pytest

from rekg.errors import AuthenticationError, CypherError, StoreUnavailableError
from rekg.graph.neo4j_store import (
    Neo4jStore,
    constraint_name,
    index_name,
    server_version_is_supported,
)
from rekg.graph.store import Store
from rekg.graph.stores import open_store
from rekg.schema import GraphFragment, Label, make_node, relate

if TYPE_CHECKING:  # the fixtures' type; test modules do not import conftest at run time
    from conftest import Neo4jServer

pytestmark = pytest.mark.neo4j


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    ("version", "supported"),
    [("5.26.0", True), ("5.0.0", True), ("2025.01.0", True), ("4.4.12", False),
     ("3.5.35", False), ("", False), ("dev", False)],
)
def test_server_version_check(version: str, supported: bool) -> None:
    assert server_version_is_supported(version) is supported


def test_open_store_picks_neo4j_for_bolt_and_neo4j_schemes(neo4j_server: Neo4jServer) -> None:
    port = neo4j_server.uri.rsplit(":", 1)[1]
    for uri in (neo4j_server.uri, f"neo4j://127.0.0.1:{port}"):
        with open_store(uri) as store:
            assert store.kind == "neo4j"
            assert store.read("RETURN 1 AS one").rows == [[1]]
            assert isinstance(store, Neo4jStore)
            assert server_version_is_supported(store.server_version)
            assert store.server_version.startswith("5.26.")


def test_unreachable_server_is_one_line_error() -> None:
    uri = f"bolt://127.0.0.1:{_free_port()}"
    with pytest.raises(StoreUnavailableError) as caught:
        Neo4jStore(uri)
    message = str(caught.value)
    assert message.startswith(f"cannot reach Neo4j at {uri}")
    assert "\n" not in message


def test_wrong_password_is_refused_without_showing_it(neo4j_auth_server: Neo4jServer) -> None:
    wrong = "not-the-password-42"
    with pytest.raises(AuthenticationError) as caught:
        Neo4jStore(neo4j_auth_server.uri, username="neo4j", password=wrong)
    message = str(caught.value)
    assert "refused the credentials" in message
    assert "NEO4J_PASSWORD" in message
    assert wrong not in message
    assert "\n" not in message


def test_missing_credentials_are_refused(neo4j_auth_server: Neo4jServer) -> None:
    with pytest.raises(AuthenticationError):
        Neo4jStore(neo4j_auth_server.uri, username="neo4j", password="")


def test_right_password_is_accepted(neo4j_auth_server: Neo4jServer) -> None:
    password = neo4j_auth_server.password
    assert password
    with Neo4jStore(neo4j_auth_server.uri, username="neo4j", password=password) as store:
        assert store.read("RETURN 'ok' AS status").rows == [["ok"]]


def test_credentials_in_the_uri_are_rejected(neo4j_server: Neo4jServer) -> None:
    secret = "hunter22hunter"
    uri = neo4j_server.uri.replace("bolt://", f"bolt://neo4j:{secret}@")
    with pytest.raises(AuthenticationError) as caught:
        Neo4jStore(uri)
    assert secret not in str(caught.value)
    assert "NEO4J_USERNAME" in str(caught.value)


def test_unknown_database_names_the_setting(neo4j_server: Neo4jServer) -> None:
    with pytest.raises(StoreUnavailableError) as caught:
        Neo4jStore(neo4j_server.uri, database="nosuchdatabase")
    assert "nosuchdatabase" in str(caught.value)
    assert "NEO4J_DATABASE" in str(caught.value)


def test_named_database_is_used(neo4j_server: Neo4jServer) -> None:
    with Neo4jStore(neo4j_server.uri, database="neo4j") as store:
        assert store.read("CALL db.info() YIELD name RETURN name").rows == [["neo4j"]]


def test_schema_has_id_constraints_and_name_indexes(neo4j_store: Store) -> None:
    neo4j_store.ensure_schema()
    constraints = neo4j_store.read(
        "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties "
        "RETURN name, type, labelsOrTypes, properties"
    ).records()
    by_name = {c["name"]: c for c in constraints}
    for label in Label:
        constraint = by_name[constraint_name(label)]
        assert constraint["type"] == "UNIQUENESS"
        assert constraint["labelsOrTypes"] == [label.value]
        assert constraint["properties"] == ["id"]
    indexes = {row[0] for row in neo4j_store.read("SHOW INDEXES YIELD name RETURN name").rows}
    assert index_name(Label.MATERIAL, "name") in indexes
    assert index_name(Label.RESTRICTION, "status") in indexes


def test_id_uniqueness_is_enforced(neo4j_store: Store) -> None:
    neo4j_store.write("CREATE (:Country {id: 'country:cn', name: 'China'})")
    with pytest.raises(CypherError) as caught:
        neo4j_store.write("CREATE (:Country {id: 'country:cn', name: 'PRC'})")
    assert "country:cn" in str(caught.value)
    assert neo4j_store.counts() == (1, 0)


def test_closed_store_says_so(neo4j_server: Neo4jServer) -> None:
    store = Neo4jStore(neo4j_server.uri)
    store.close()
    store.close()
    with pytest.raises(StoreUnavailableError, match="closed"):
        store.read("RETURN 1")


def test_merge_split_over_many_transactions(neo4j_server: Neo4jServer) -> None:
    fragment = GraphFragment()
    hub = fragment.add_node(make_node(Label.PRODUCT, "wind turbine"))
    for index in range(120):
        material = fragment.add_node(make_node(Label.MATERIAL, f"material {index:03d}"))
        fragment.add_relationship(relate("DEPENDS_ON", hub, material, sources=["article:t"]))
    with Neo4jStore(neo4j_server.uri, rows_per_transaction=25) as store:
        store.clear()
        stats = store.merge(fragment, batch_size=20)
        assert (stats.nodes_created, stats.relationships_created) == (121, 120)
        assert store.counts() == (121, 120)
        again = store.merge(fragment, batch_size=20)
        assert (again.nodes_created, again.relationships_created) == (0, 0)
        store.clear()
