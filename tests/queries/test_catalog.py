"""The query library's files, headers and parameter handling (no database needed)."""

from __future__ import annotations

import re

import pytest

from rekg.errors import ParameterError, UnknownQueryError
from rekg.queries.catalog import QueryDefinitionError, get_query, list_queries, parse_query
from rekg.queries.names import name_forms
from rekg.queries.params import parse_assignments
from rekg.schema import ACTIVE_RESTRICTION_STATUSES

ISSUE_5_QUESTIONS = {
    "products-at-risk", "dependency-chain", "country-restrictions", "products-hit",
    "agreements", "material-exposure", "chokepoints", "tit-for-tat", "evidence", "timeline",
    "lookup", "neighbourhood",
}


def test_library_covers_every_question_of_issue_5() -> None:
    names = {query.name for query in list_queries()}
    assert names >= ISSUE_5_QUESTIONS
    assert len(names) >= 12


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_every_query_is_documented(query: object) -> None:
    from rekg.queries.catalog import CannedQuery

    assert isinstance(query, CannedQuery)
    assert query.source == f"{query.name}.cypher"
    assert len(query.description) > 20
    for param in query.parameters:
        assert param.description, f"{query.name}: {param.name} has no description"


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_active_statuses_are_the_schema_constant(query: object) -> None:
    from rekg.queries.catalog import CannedQuery

    assert isinstance(query, CannedQuery)
    for literal in re.findall(r"status IN (\[[^\]]*\])", query.cypher):
        assert eval(literal) == list(ACTIVE_RESTRICTION_STATUSES)


def test_get_query_unknown_lists_the_names() -> None:
    with pytest.raises(UnknownQueryError) as info:
        get_query("products-at-rsk")
    assert "products-at-risk" in str(info.value) and "chokepoints" in str(info.value)


def test_unknown_parameter_names_the_valid_ones() -> None:
    with pytest.raises(ParameterError) as info:
        get_query("products-at-risk").bind({"materail": "magnet"})
    message = str(info.value)
    assert "materail" in message and "material (name, default null)" in message
    assert "country (name, default null)" in message


def test_malformed_parameter_values_are_refused() -> None:
    with pytest.raises(ParameterError, match="limit='many' is not a valid int"):
        get_query("chokepoints").bind({"limit": "many"})
    with pytest.raises(ParameterError, match="active_only='perhaps' is not a valid bool"):
        get_query("country-restrictions").bind({"country": "China", "active_only": "perhaps"})
    with pytest.raises(ParameterError, match="since='April' is not a valid date"):
        get_query("timeline").bind({"since": "April"})


def test_missing_required_parameter_says_how_to_give_it() -> None:
    with pytest.raises(ParameterError, match=r"needs parameter product .* -p product=VALUE"):
        get_query("dependency-chain").bind({})


def test_typed_parsing_and_defaults() -> None:
    bound = get_query("country-restrictions").bind({"country": "China", "active_only": "yes"})
    assert bound["active_only"] is True
    assert "china" in bound["country"]
    assert get_query("chokepoints").bind({})["limit"] == 20
    assert get_query("chokepoints").bind({"limit": 5})["limit"] == 5
    restrictions = get_query("restrictions").bind({"status": "in_force, alleged"})
    assert restrictions["status"] == ["in_force", "alleged"]
    assert restrictions["covers"] is None


def test_name_forms_are_case_and_number_tolerant() -> None:
    assert {"magnet", "magnets"} <= set(name_forms("Magnets"))
    assert {"battery", "batteries"} <= set(name_forms("batteries"))
    assert {"rare earth magnet", "rare earth magnets", "rare-earth-magnet"} <= set(
        name_forms("Rare  Earth Magnet"))
    assert {"cn", "china"} <= set(name_forms("CN"))


def test_parse_assignments() -> None:
    assert parse_assignments(["country=China", "limit=3", "a=b=c"]) == {
        "country": "China", "limit": "3", "a": "b=c"}
    with pytest.raises(ParameterError, match="not key=value"):
        parse_assignments(["China"])


def test_header_problems_are_reported_with_the_file() -> None:
    with pytest.raises(QueryDefinitionError, match=r"x\.cypher: the header lacks a '// name"):
        parse_query("// description: d\nRETURN 1", "x.cypher")
    with pytest.raises(QueryDefinitionError, match=r"\$ who used but not declared"):
        parse_query("// name: x\n// description: d\nRETURN $who", "x.cypher")
    with pytest.raises(QueryDefinitionError, match="declared but never used"):
        parse_query("// name: x\n// description: d\n// param: who name — w\nRETURN 1", "x.cypher")
    with pytest.raises(QueryDefinitionError, match="type 'text' unknown"):
        parse_query("// name: x\n// description: d\n// param: who text — w\nRETURN $who",
                    "x.cypher")


def test_header_is_parsed() -> None:
    query = parse_query(
        "// name: demo\n// description: A demo\n// param: n int = 3 — how many\n"
        "// a note\nMATCH (n) RETURN n LIMIT $n\n", "demo.cypher")
    assert query.name == "demo" and query.description == "A demo"
    assert query.notes == ["a note"]
    assert query.cypher == "MATCH (n) RETURN n LIMIT $n"
    (param,) = query.parameters
    assert (param.name, param.type, param.default, param.required) == ("n", "int", 3, False)


def test_readme_documents_every_query() -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Queries and console\n", 1)[1].split("\n## ", 1)[0]
    for query in list_queries():
        assert f"| `{query.name}` |" in section, f"README lacks a line for {query.name}"
