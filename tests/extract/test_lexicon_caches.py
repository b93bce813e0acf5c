"""Caches built once per lexicon must not serve a later lexicon that reuses a freed one's id."""

from __future__ import annotations

from pathlib import Path

from rekg.extract import agreement_links, ministry_names
from rekg.extract.context import ArticleContext
from rekg.loaders.document import Document
from rekg.loaders.lexicon import Lexicon, load_lexicon_from


def _lexicon(directory: Path, ministry: str, agreement: str) -> Lexicon:
    directory.mkdir()
    (directory / "countries.yaml").write_text(
        "- {name: Freedonia, iso2: FD, aliases: []}\n- {name: Sylvania, iso2: SY, aliases: []}\n",
        encoding="utf-8")
    (directory / "organizations.yaml").write_text(
        f"- {{name: {ministry}, kind: ministry, country: FD, aliases: []}}\n", encoding="utf-8")
    (directory / "agreements.yaml").write_text(
        f"- {{name: {agreement}, kind: accord, parties: [FD, SY], aliases: []}}\n",
        encoding="utf-8")
    return load_lexicon_from(directory)


def test_a_reused_id_gets_the_new_lexicons_ministries(tmp_path: Path) -> None:
    first = _lexicon(tmp_path / "a", "Ministry of Tin", "Tin accord")
    second = _lexicon(tmp_path / "b", "Ministry of Salt", "Salt accord")
    assert [e.name for e, _ in ministry_names._ministries(first)] == ["Ministry of Tin"]
    # what a freed lexicon's id, taken again by a new one, leaves in the cache
    ministry_names._MINISTRIES[id(second)] = ministry_names._MINISTRIES[id(first)]
    assert [e.name for e, _ in ministry_names._ministries(second)] == ["Ministry of Salt"]


def test_a_reused_id_gets_the_new_lexicons_agreements(tmp_path: Path) -> None:
    first = _lexicon(tmp_path / "a", "Ministry of Tin", "Tin accord")
    second = _lexicon(tmp_path / "b", "Ministry of Salt", "Salt accord")
    cache = agreement_links._WITH_PARTIES
    cache[id(second)] = (first.entries, [e for e in first.entries.values()
                                         if e.name == "Tin accord"])
    found = agreement_links._party_agreements(ArticleContext(Document(text="Salt."), second))
    assert [e.name for e in found] == ["Salt accord"]
