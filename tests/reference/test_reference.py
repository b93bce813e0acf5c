"""Reference data: CSV and YAML into a real store, idempotence, and broken files."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from rekg.cli import cli
from rekg.errors import InputError
from rekg.graph.store import Store
from rekg.loaders.reference import load_reference, load_reference_files

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_CSV = REPO / "examples" / "reference" / "dependencies.csv"
HEADER = "from_label,from_name,to_label,to_name,note,source\n"

CHAIN = (
    "MATCH (p:Product {name: $product})-[:DEPENDS_ON*1..4]->(m:Material {name: $material}) "
    "RETURN count(*) AS paths"
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_example_csv_loads_the_ev_magnet_chain(store: Store) -> None:
    summary = load_reference_files(store, [EXAMPLE_CSV])

    rows = sum(1 for line in EXAMPLE_CSV.read_text().splitlines()[1:] if line.strip())
    assert summary.relationships == rows
    assert summary.relationships_created == rows
    result = store.read(CHAIN, {"product": "electric vehicle", "material": "dysprosium"})
    assert result.rows[0][0] >= 1
    result = store.read(CHAIN, {"product": "fighter jet", "material": "samarium"})
    assert result.rows[0][0] >= 1


def test_relationships_carry_reference_provenance(store: Store) -> None:
    load_reference_files(store, [EXAMPLE_CSV])

    result = store.read(
        "MATCH (:Product {name: 'traction motor'})-[r:DEPENDS_ON]->(m:Material) "
        "RETURN m.name, r.sources, r.evidence, r.confidence"
    )
    assert len(result.rows) == 1
    name, sources, evidence, confidence = result.rows[0]
    assert name == "NdFeB magnet"
    assert sources == ["reference:dependencies.csv"]
    assert len(evidence) == 1
    assert "neodymium-iron-boron" in evidence[0]
    assert "US DOE" in evidence[0]
    assert confidence == 1.0


def test_loading_twice_changes_nothing(store: Store) -> None:
    first = load_reference_files(store, [EXAMPLE_CSV])
    counts = store.counts()

    second = load_reference_files(store, [EXAMPLE_CSV])

    assert store.counts() == counts
    assert first.nodes_created == counts[0]
    assert second.nodes_created == 0
    assert second.relationships_created == 0
    evidence = store.read(
        "MATCH (:Material {name: 'NdFeB magnet'})-[r:DEPENDS_ON]->(:Material {name: 'boron'}) "
        "RETURN r.evidence"
    ).rows[0][0]
    assert len(evidence) == 1


def test_yaml_and_csv_give_the_same_graph(tmp_path: Path) -> None:
    csv_file = write(
        tmp_path,
        "deps.csv",
        HEADER
        + "Product,wind turbine,Product,permanent magnet generator,direct drive,JRC 2020\n"
        + 'Product,permanent magnet generator,Material,NdFeB magnet,"rotor magnets, large",JRC\n',
    )
    yaml_file = write(
        tmp_path,
        "deps.yaml",
        "relationships:\n"
        "  - {from_label: Product, from_name: wind turbine, to_label: Product,\n"
        "     to_name: permanent magnet generator, note: direct drive, source: JRC 2020}\n"
        "  - from_label: Product\n"
        "    from_name: permanent magnet generator\n"
        "    relation: DEPENDS_ON\n"
        "    to_label: Material\n"
        "    to_name: NdFeB magnet\n"
        "    note: rotor magnets, large\n"
        "    source: JRC\n",
    )
    from_csv = load_reference(csv_file)
    from_yaml = load_reference(yaml_file)

    assert set(from_csv.nodes) == set(from_yaml.nodes)
    assert set(from_csv.relationships) == set(from_yaml.relationships)
    assert [r.evidence for r in from_csv.relationships.values()] == [
        r.evidence for r in from_yaml.relationships.values()
    ]
    assert {r.sources[0] for r in from_yaml.relationships.values()} == {"reference:deps.yaml"}


def test_yaml_top_level_list_loads_into_store(store: Store, tmp_path: Path) -> None:
    yaml_file = write(
        tmp_path,
        "deps.yml",
        "- {from_label: product, from_name: smartphone, to_label: product,\n"
        "   to_name: vibration motor, note: haptics, source: teardown}\n"
        "- {from_label: Product, from_name: vibration motor, to_label: Material,\n"
        "   to_name: NdFeB magnet, note: LRA magnet, source: teardown}\n",
    )
    summary = load_reference_files(store, [yaml_file])

    assert (summary.nodes_created, summary.relationships_created) == (3, 2)
    result = store.read(CHAIN, {"product": "smartphone", "material": "NdFeB magnet"})
    assert result.rows[0][0] == 1


def test_other_relation_types_are_allowed(tmp_path: Path) -> None:
    csv_file = write(
        tmp_path,
        "orgs.csv",
        "from_label,from_name,relation,to_label,to_name,note,source\n"
        "Organization,MP Materials,LOCATED_IN,Country,United States,HQ,company filings\n",
    )
    fragment = load_reference(csv_file)

    (rel,) = fragment.relationships.values()
    assert rel.type == "LOCATED_IN"
    assert rel.target_label == "Country"


BROKEN = [
    (
        "bad_label.csv",
        HEADER + "Product,drone,Material,NdFeB magnet,ok,src\n"
        "Planet,Mars,Material,iron,red,NASA\n",
        "bad_label.csv line 3: from_label unknown label 'Planet'; use one of Agreement, "
        "Country, Material, Organization, Person, Product",
    ),
    (
        "bad_endpoint.csv",
        HEADER + "Country,China,Material,dysprosium,wrong way round,none\n",
        "bad_endpoint.csv line 2: DEPENDS_ON cannot go from Country to Material: "
        "it goes from Material, Product to Material, Product",
    ),
    (
        "missing_column.csv",
        "from_label,from_name,to_label,note,source\nProduct,drone,Material,x,y\n",
        "missing_column.csv line 1: missing column to_name; the columns are "
        "from_label,from_name,to_label,to_name,note,source (and optionally relation)",
    ),
    (
        "empty.csv",
        "",
        "empty.csv: the file is empty; give a header line "
        "from_label,from_name,to_label,to_name,note,source and one row per relationship",
    ),
    (
        "header_only.csv",
        HEADER,
        "header_only.csv: no rows; add one row per relationship under the header",
    ),
    (
        "no_source.csv",
        HEADER + "Product,drone,Material,NdFeB magnet,motor magnets,\n",
        "no_source.csv line 2: source is empty; give a value",
    ),
    (
        "bad_relation.csv",
        "from_label,from_name,relation,to_label,to_name,note,source\n"
        "Product,drone,NEEDS,Material,NdFeB magnet,x,y\n",
        "bad_relation.csv line 2: relation unknown relation 'NEEDS'; use one of ADDRESSES, "
        "DEPENDS_ON, EXPANDS, IMPLEMENTS, IMPOSES, LOCATED_IN, PARTY_TO, PRODUCES, REPLACES, "
        "REPRESENTS, RESTRICTS, SUPPLIES, SUSPENDS, TARGETS",
    ),
    (
        "short_row.csv",
        HEADER + "Product,drone,Material,NdFeB magnet,motor magnets, with a comma,src\n",
        "short_row.csv line 2: 7 fields where the header has 6; quote values that "
        "contain commas",
    ),
    (
        "bad_label.yaml",
        "- from_label: Product\n  from_name: drone\n  to_label: Material\n"
        "  to_name: NdFeB magnet\n  note: ok\n  source: src\n"
        "- from_label: Restriction\n  from_name: export ban\n  to_label: Material\n"
        "  to_name: iron\n  note: x\n  source: y\n",
        "bad_label.yaml line 7: from_label unknown label 'Restriction'; use one of "
        "Agreement, Country, Material, Organization, Person, Product",
    ),
    (
        "missing_column.yaml",
        "- {from_label: Product, from_name: drone, to_label: Material, note: x, source: y}\n",
        "missing_column.yaml line 1: missing column to_name; the columns are "
        "from_label,from_name,to_label,to_name,note,source (and optionally relation)",
    ),
    (
        "not_a_list.yaml",
        "from_label: Product\n",
        "not_a_list.yaml line 1: expected a list of relationships (or a 'relationships:' "
        "list), one mapping with from_label, from_name, to_label, to_name, note, source each",
    ),
    (
        "deps.json",
        "[]",
        "deps.json: unknown reference file type '.json'; use .csv, .yaml or .yml",
    ),
]


@pytest.mark.parametrize(("name", "text", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_file_is_refused_with_one_clear_line(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    path = write(tmp_path, name, text)

    with pytest.raises(InputError) as caught:
        load_reference(path)

    assert str(caught.value) == message


def test_nothing_is_written_when_any_file_is_broken(store: Store, tmp_path: Path) -> None:
    broken = write(tmp_path, "broken.csv", HEADER + "Country,Japan,Product,drone,x,y\n")
    store.ensure_schema()  # an embedded graph that was never written cannot be read yet

    with pytest.raises(InputError):
        load_reference_files(store, [EXAMPLE_CSV, broken])

    assert store.counts() == (0, 0)


def test_cli_loads_and_prints_a_summary(tmp_path: Path) -> None:
    uri = f"embedded:{tmp_path / 'graph.db'}"
    runner = CliRunner()

    result = runner.invoke(cli, ["--store", uri, "load-reference", str(EXAMPLE_CSV)])
    again = runner.invoke(cli, ["--store", uri, "load-reference", str(EXAMPLE_CSV)])

    assert result.exit_code == 0, result.output
    rows = sum(1 for line in EXAMPLE_CSV.read_text().splitlines()[1:] if line.strip())
    assert result.output.startswith(f"Loaded {rows} reference rows from 1 file(s): ")
    assert f"{rows} relationships ({rows} new)" in result.output
    assert again.exit_code == 0
    assert again.output.endswith(f"{rows} relationships (0 new)\n")


def test_cli_prints_errors_as_one_line(tmp_path: Path) -> None:
    uri = f"embedded:{tmp_path / 'graph.db'}"
    broken = write(tmp_path, "bad.csv", HEADER + "Country,China,Material,dysprosium,x,y\n")

    result = CliRunner().invoke(cli, ["--store", uri, "load-reference", str(broken)])

    assert result.exit_code == 1
    assert result.output == (
        "Error: bad.csv line 2: DEPENDS_ON cannot go from Country to Material: "
        "it goes from Material, Product to Material, Product\n"
    )


def test_cli_refuses_a_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["--store", f"embedded:{tmp_path / 'g.db'}", "load-reference",
              str(tmp_path / "nope.csv")]
    )

    assert result.exit_code == 1
    assert result.output.strip().endswith(
        f"{tmp_path / 'nope.csv'}: no such reference file; give a .csv or .yaml file path"
    )


def test_names_resolve_to_lexicon_canonical_nodes(tmp_path: Path) -> None:
    csv_file = write(
        tmp_path,
        "aliases.csv",
        HEADER
        + "Product,hard disk drive,Product,voice coil motor,head actuator,datasheet\n"
        + "Product,voice coil motor,Material,neodymium magnets,VCM magnets,datasheet\n",
    )
    fragment = load_reference(csv_file)

    hard_drive = fragment.nodes["product:hard-drive"]
    assert hard_drive.name == "hard drive"
    assert hard_drive.aliases == ["hard disk drive"]
    assert fragment.nodes["material:ndfeb-magnet"].name == "NdFeB magnet"
    # a name the lexicon does not know keeps its own canonical id
    assert fragment.nodes["product:voice-coil-motor"].name == "voice coil motor"


def test_abbreviations_resolve_with_their_capitals(tmp_path: Path) -> None:
    csv_file = write(
        tmp_path,
        "abbreviations.csv",
        HEADER
        + "Product,EV,Product,traction motor,drive motor,IEA\n"
        + "Product,ev,Product,traction motor,lower case is not the abbreviation,IEA\n",
    )
    fragment = load_reference(csv_file)

    assert fragment.nodes["product:electric-vehicle"].aliases == ["EV"]
    assert "product:ev" in fragment.nodes


def test_example_csv_uses_canonical_names_only() -> None:
    fragment = load_reference(EXAMPLE_CSV)

    for node in fragment.nodes.values():
        assert node.aliases == [node.name], f"write {node.name!r} instead of {node.aliases}"
