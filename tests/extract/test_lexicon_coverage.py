"""What the lexicon covers, category by category, and the data rules that keep it precise."""

from __future__ import annotations

from typing import get_args

import pytest
import yaml

from rekg.extract import extract
from rekg.loaders.document import Document
from rekg.loaders.lexicon import LEXICON_DIR, load_lexicon
from rekg.loaders.text import norm_phrase
from rekg.schema import Label
from rekg.schema.model import MaterialKind, RestrictionKind

SECTORS = {"automotive", "electronics", "energy", "defence", "aerospace", "industrial", "health",
           "technology"}
ORGANIZATION_KINDS = {"ministry", "agency", "company", "association", "bloc", "international",
                      "bank", "other"}


def _surface(text: str) -> tuple[str, str]:
    entry = load_lexicon().surfaces[norm_phrase(text)].entry
    return entry.label.value, entry.name


@pytest.mark.parametrize(("surface", "label", "canonical"), [
    # a compound or processed form is its own node, not its element
    ("lithium carbonate", "Material", "lithium carbonate"),
    ("gallium nitride", "Material", "gallium nitride"),
    ("germanium tetrachloride", "Material", "germanium tetrachloride"),
    ("APT", "Material", "ammonium paratungstate"),
    ("spherical graphite", "Material", "spherical graphite"),
    ("polysilicon", "Material", "polysilicon"),
    ("mixed rare earth carbonate", "Material", "mixed rare earth carbonate"),
    ("rare earth concentrate", "Material", "rare earth concentrate"),
    ("ferro-dysprosium", "Material", "ferro-dysprosium"),
    ("sintered NdFeB magnets", "Material", "sintered NdFeB magnet"),
    ("bonded neodymium magnets", "Material", "bonded NdFeB magnet"),
    ("neodymium-iron-boron", "Material", "NdFeB magnet"),
    ("critical raw materials", "Material", "critical raw materials"),
    # products by sector
    ("cars", "Product", "car"),
    ("plug-in hybrids", "Product", "plug-in hybrid"),
    ("servo motors", "Product", "servo motor"),
    ("EESM", "Product", "electrically excited synchronous motor"),
    ("NiMH batteries", "Product", "nickel-metal hydride battery"),
    ("EUV machines", "Product", "EUV lithography system"),
    ("AI chips", "Product", "AI chip"),
    ("F-35", "Product", "F-35 fighter jet"),
    ("Tomahawk missiles", "Product", "Tomahawk missile"),
    ("humanoid robots", "Product", "humanoid robot"),
    ("germanium lenses", "Product", "infrared lens"),
    # organisations, people, agreements
    ("SAMR", "Organization", "State Administration for Market Regulation"),
    ("KOMIR", "Organization", "KOMIR"),
    ("Export Finance Australia", "Organization", "Export Finance Australia"),
    ("CCCMC", "Organization",
     "China Chamber of Commerce of Metals, Minerals and Chemicals Importers and Exporters"),
    ("Anwar Ibrahim", "Person", "Anwar Ibrahim"),
    ("Quad Critical Minerals Initiative", "Agreement", "Quad Critical Minerals Initiative"),
    ("Kuala Lumpur joint arrangement", "Agreement", "Kuala Lumpur consensus"),
])
def test_categories_meet_their_canonical_nodes(surface: str, label: str, canonical: str) -> None:
    assert _surface(surface) == (label, canonical)


def test_every_material_kind_product_sector_and_organization_kind_is_known() -> None:
    kinds = set(get_args(MaterialKind))
    for entry in load_lexicon().entries.values():
        if entry.label is Label.MATERIAL:
            assert entry.properties.get("kind") in kinds, entry.name
        elif entry.label is Label.PRODUCT:
            assert entry.properties.get("sector") in SECTORS, entry.name
        elif entry.label is Label.ORGANIZATION:
            assert entry.properties.get("kind") in ORGANIZATION_KINDS, entry.name
        elif entry.label is Label.AGREEMENT:
            assert entry.properties.get("kind"), entry.name


def test_entries_carry_only_known_fields() -> None:
    """An unquoted comma in a flow mapping ("{name: Ministry of Economy, Trade and Industry}")
    silently cuts the name and adds a stray key; quoting the value is the fix."""
    known = {"name", "kind", "symbol", "group", "aliases", "sector", "country", "role",
             "represents", "parties", "addresses", "implements", "place", "status", "date",
             "iso2", "iso3", "demonyms", "capitals"}
    for path in sorted(LEXICON_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, list):
            continue
        for raw in data:
            assert set(raw) <= known, (path.name, raw["name"], set(raw) - known)


def test_people_have_a_role() -> None:
    for entry in load_lexicon().entries.values():
        if entry.label is Label.PERSON:
            assert entry.properties.get("role"), entry.name


def test_short_aliases_are_case_sensitive() -> None:
    """An alias of three letters or fewer must be written with a capital ("APT", "GaN", "Dy"),
    so that it never matches an ordinary lower-case word ("apt", "gan"), unless the ordinary
    word is meant: a bare "ore" is rare earth ore until bare_concentrate.py reads whose ore
    it is."""
    ordinary = {"ore"}
    for path in sorted(LEXICON_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, list):
            continue
        for raw in data:
            for alias in raw.get("aliases") or ():
                text = str(alias)
                if len(text.replace(".", "")) <= 3 and text not in ordinary:
                    assert any(ch.isupper() for ch in text), (path.name, raw["name"], text)


@pytest.mark.parametrize("word", [
    "lead", "ship", "shell", "lens", "engine", "steering", "catalyst", "memory", "component",
    "parts", "processor", "starter", "vehicle", "electronics", "glass",
])
def test_everyday_words_name_no_entity(word: str) -> None:
    """Verbs and idioms ("to lead", "ship goods", "a catalyst for", "through the lens of") and
    heads too general to be one product stay out of the lexicon; compounds carry the meaning."""
    assert norm_phrase(word) not in load_lexicon().surfaces


@pytest.mark.parametrize(("phrase", "kind"), [
    ("foreign direct product rule", "export_licensing"),
    ("presumption of denial", "export_licensing"),
    ("end-use review", "export_licensing"),
    ("moratorium", "export_prohibition"),
    ("production caps", "export_quota"),
    ("Section 301 duties", "import_tariff"),
    ("know-how ban", "technology_export_ban"),
    ("secondary sanctions", "sanction"),
    ("Military End-User List", "entity_listing"),
    ("Unverified List", "entity_listing"),
    ("port fees", "other"),
    ("investment screening", "other"),
])
def test_restriction_phrases_name_their_kind(phrase: str, kind: str) -> None:
    assert load_lexicon().restriction_phrases[norm_phrase(phrase)] == kind


def test_restriction_kinds_are_schema_kinds_and_price_floors_are_no_restriction() -> None:
    lexicon = load_lexicon()
    # "reference" nouns ("the rules") take the kind of the measure they refer to (frames)
    assert set(lexicon.restriction_phrases.values()) - {"reference"} \
        <= set(get_args(RestrictionKind))
    # a guaranteed minimum price (the Pentagon's NdPr floor) supports a producer; China's
    # minimum export price is the restriction, under its own name
    assert norm_phrase("price floor") not in lexicon.restriction_phrases
    assert norm_phrase("minimum export price") in lexicon.restriction_phrases


def test_forms_named_in_a_control_notice_become_separate_material_nodes() -> None:
    doc = Document(text="The controlled items include gallium nitride, gallium arsenide, germanium "
                        "dioxide and germanium tetrachloride.", title="Notice",
                   published="2023-07-03", path="notice.txt")
    names = {node.name for node in extract(doc).nodes.values() if node.label is Label.MATERIAL}
    assert {"gallium nitride", "gallium arsenide", "germanium dioxide",
            "germanium tetrachloride"} <= names
