"""Integrity of the curated lexicon: one node per surface form, references that resolve."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rekg.errors import InputError
from rekg.loaders.lexicon import LEXICON_DIR, load_lexicon, load_lexicon_from
from rekg.loaders.text import norm_phrase
from rekg.schema import Label

RARE_EARTHS = ("lanthanum cerium praseodymium neodymium promethium samarium europium gadolinium "
               "terbium dysprosium holmium erbium thulium ytterbium lutetium scandium yttrium")


def test_every_surface_form_resolves_to_exactly_one_entry() -> None:
    lexicon = load_lexicon()
    seen: dict[tuple[str, ...], str] = {}
    for path in sorted(LEXICON_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, list):
            continue
        for raw in data:
            forms = [raw["name"], *(raw.get("aliases") or []), *(raw.get("demonyms") or []),
                     *(raw.get("capitals") or [])]
            for form in forms:
                key = norm_phrase(str(form))
                surface = lexicon.surfaces[key]
                owner = seen.setdefault(key, surface.entry.id)
                assert owner == surface.entry.id, f"{form!r}: {owner} and {surface.entry.id}"


def test_ids_are_unique_and_carry_their_label() -> None:
    lexicon = load_lexicon()
    for entry_id, entry in lexicon.entries.items():
        assert entry_id == entry.id
        assert entry_id.startswith(entry.label.value.lower() + ":")
    assert len({(e.label, e.name.lower()) for e in lexicon.entries.values()}) == len(
        lexicon.entries)


def test_all_seventeen_rare_earth_elements_with_symbols() -> None:
    lexicon = load_lexicon()
    for name in RARE_EARTHS.split():
        entry = lexicon.find(Label.MATERIAL, name)
        assert entry is not None, name
        assert entry.properties["kind"] == "element"
        assert entry.properties["symbol"]
        assert entry.group in ("light", "heavy")


@pytest.mark.parametrize(("surface", "canonical"), [
    ("rare earths", "rare earth elements"),
    ("rare-earth magnets", "rare earth magnet"),
    ("neodymium-iron-boron magnets", "NdFeB magnet"),
    ("SmCo magnets", "samarium-cobalt magnet"),
    ("medium and heavy rare earths", "heavy rare earths"),
    ("EVs", "electric vehicle"),
    ("electric vehicle", "electric vehicle"),
    ("wind turbine generators", "wind turbine"),
    ("chips", "semiconductor"),
    ("Pentagon", "Department of Defense"),
    ("commerce ministry", "Ministry of Commerce"),
    ("electric buses", "electric bus"),
    ("e-buses", "electric bus"),
])
def test_aliases_and_plurals_meet_the_canonical_node(surface: str, canonical: str) -> None:
    assert load_lexicon().surfaces[norm_phrase(surface)].entry.name == canonical


@pytest.mark.parametrize(("plural", "single"), [
    ("buses", "bus"), ("gases", "gas"), ("lenses", "lens"), ("series", "series"),
    ("news", "news"), ("crises", "crisis"), ("batteries", "battery"), ("boxes", "box"),
    ("fuses", "fuse"), ("oxides", "oxide"), ("glasses", "glass"), ("EVs", "ev"),
    ("viruses", "virus"), ("surpluses", "surplus"), ("diagnoses", "diagnosis"),
    ("causes", "cause"), ("houses", "house"),
])
def test_plurals_that_suffix_rules_get_wrong_have_their_own_singular(
        plural: str, single: str) -> None:
    assert norm_phrase(plural) == (single,)


def test_people_agreements_and_organisations_reference_known_nodes() -> None:
    lexicon = load_lexicon()
    for entry in lexicon.entries.values():
        if entry.label is Label.PERSON:
            assert entry.represents and lexicon.resolve_ref(entry.represents), entry.name
        if entry.label is Label.AGREEMENT:
            for ref in entry.parties:
                assert lexicon.resolve_ref(ref), (entry.name, ref)
            for name in entry.addresses:
                assert lexicon.find(Label.MATERIAL, name) or lexicon.find(Label.PRODUCT, name)
        if entry.label is Label.ORGANIZATION and entry.country:
            assert entry.country in lexicon.countries_by_iso2, (entry.name, entry.country)


def test_places_name_countries_of_the_lexicon() -> None:
    lexicon = load_lexicon()
    assert lexicon.places
    assert set(lexicon.places.values()) <= set(lexicon.countries_by_iso2)


def test_a_surface_form_shared_by_two_entries_is_refused(tmp_path: Path) -> None:
    (tmp_path / "materials.yaml").write_text(
        "- {name: terbium, kind: element, aliases: [Tb]}\n"
        "- {name: terbium oxide, kind: oxide, aliases: [Tb]}\n", encoding="utf-8")
    with pytest.raises(InputError, match="'Tb' belongs to both"):
        load_lexicon_from(tmp_path)


def test_an_entry_without_a_name_is_refused(tmp_path: Path) -> None:
    (tmp_path / "products.yaml").write_text("- {aliases: [gadget]}\n", encoding="utf-8")
    with pytest.raises(InputError, match="every entry needs a name"):
        load_lexicon_from(tmp_path)


def test_an_unquoted_country_code_read_as_a_boolean_is_refused(tmp_path: Path) -> None:
    (tmp_path / "organizations.yaml").write_text(
        "- {name: Fjordmet, kind: company, country: NO}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"organizations.yaml: entry 'Fjordmet': country must "
                                         r"be text, got False; quote it \(YAML reads"):
        load_lexicon_from(tmp_path)
    (tmp_path / "organizations.yaml").unlink()
    (tmp_path / "countries.yaml").write_text("- {name: Norway, iso2: NO, iso3: NOR}\n",
                                             encoding="utf-8")
    with pytest.raises(InputError, match=r"countries.yaml: entry 'Norway': iso2 must be text"):
        load_lexicon_from(tmp_path)


def test_every_organisation_country_is_a_country_of_the_lexicon() -> None:
    lexicon = load_lexicon()
    codes = {code.upper() for code in lexicon.countries_by_iso2}
    countries = {e.country for e in lexicon.entries.values() if e.label is Label.ORGANIZATION
                 and e.country is not None}
    assert "NO" in countries
    assert {c.upper() for c in countries} <= codes
