"""The example articles and their gold files are well formed and agree with each other."""

from __future__ import annotations

import json
import re
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from rekg.schema import ENDPOINTS, Label, RelType

ARTICLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
TEXTS = sorted(ARTICLES.glob("*.txt"))


def load_gold(text_path: Path) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads(text_path.with_suffix(".gold.json").read_text("utf-8"))
    return gold


def test_there_are_enough_example_articles() -> None:
    assert 5 <= len(TEXTS) <= 10
    assert sorted(p.name for p in ARTICLES.glob("*.gold.json")) == sorted(
        p.with_suffix(".gold.json").name for p in TEXTS
    )


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_article_has_headline_date_blank_line_and_body(path: Path) -> None:
    lines = path.read_text("utf-8").splitlines()

    assert lines[0].strip() and not re.match(r"^\d{4}-\d{2}-\d{2}$", lines[0])
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", lines[1])
    assert lines[2] == ""
    body_words = len(" ".join(lines[3:]).split())
    assert 250 <= body_words <= 450


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_gold_aliases_are_surface_forms_of_the_article(path: Path) -> None:
    text = path.read_text("utf-8")
    gold = load_gold(path)

    assert gold["id"] == path.stem
    for entity in gold["entities"]:
        Label(entity["label"])
        assert entity["aliases"], entity
        for alias in entity["aliases"]:
            assert alias in text, f"{alias!r} ({entity['name']}) is not in {path.name}"


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_gold_paths_respect_the_schema_and_name_gold_entities(path: Path) -> None:
    gold = load_gold(path)
    named = {(e["label"], e["name"]) for e in gold["entities"]}

    assert gold["facts"] and gold["absent"]
    for item in gold["facts"] + gold["absent"]:
        nodes, types = item["path"][0::2], item["path"][1::2]
        assert item["note"]
        for (source, target), rel_type in zip(pairwise(nodes), types, strict=True):
            allowed_from, allowed_to = ENDPOINTS[RelType(rel_type)]
            assert Label(source[0]) in allowed_from and Label(target[0]) in allowed_to, item
        for label, name in nodes:
            assert name is None or (label, name) in named, f"{label} {name} is not an entity"


def test_no_fact_is_also_absent() -> None:
    for path in TEXTS:
        gold = load_gold(path)
        facts = {json.dumps(f["path"]) for f in gold["facts"]}
        assert not facts & {json.dumps(a["path"]) for a in gold["absent"]}, path.name
