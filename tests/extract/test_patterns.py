"""Relation patterns as data: every pattern's examples run, and malformed files are refused
with an error naming the file and the rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rekg.errors import PatternError
from rekg.extract.pattern_rules import load_patterns
from rekg.extract.patterns import PATTERN_DIR, word_sets
from rekg.extract.pipeline import run
from rekg.loaders.document import Document

PATTERNS = load_patterns()
MATCH_CASES = [(p.id, i) for p in PATTERNS for i in range(len(p.spec.examples.match))]
NO_MATCH_CASES = [(p.id, i) for p in PATTERNS for i in range(len(p.spec.examples.no_match))]
BY_ID = {p.id: p for p in PATTERNS}


def _facts_by(pattern_id: str, text: str) -> set[tuple[str, str]]:
    ctx = run(Document(text=text, title="Example", published="2025-06-01"))
    return {(f.source.name.lower(), f.target.name.lower()) for f in ctx.facts
            if f.origin.split("+")[0] == pattern_id}


@pytest.mark.usefixtures("patterns_only")
@pytest.mark.parametrize(("pattern_id", "index"), MATCH_CASES, ids=lambda v: str(v))
def test_pattern_finds_its_examples(pattern_id: str, index: int) -> None:
    example = BY_ID[pattern_id].spec.examples.match[index]
    wanted = {(a.lower(), b.lower()) for a, b in example.facts}
    assert wanted <= _facts_by(pattern_id, example.text)


@pytest.mark.usefixtures("patterns_only")
@pytest.mark.parametrize(("pattern_id", "index"), NO_MATCH_CASES, ids=lambda v: str(v))
def test_pattern_leaves_its_counter_examples(pattern_id: str, index: int) -> None:
    text = BY_ID[pattern_id].spec.examples.no_match[index]
    assert _facts_by(pattern_id, text) == set()


def test_every_pattern_has_a_counter_example_and_every_relation_file_is_used() -> None:
    assert all(p.spec.examples.no_match for p in PATTERNS)
    files = {p.file for p in PATTERNS}
    on_disk = {f.name for f in PATTERN_DIR.glob("*.yaml")} - {"words.yaml", "modality.yaml"}
    assert files == on_disk


def test_word_sets_inflect_verbs_and_keep_yaml_keywords_as_words() -> None:
    sets = word_sets()
    assert {("rely",), ("relied",), ("relying",)} <= sets["rely_verbs"].phrases
    assert ("no",) in sets["np_skip"].phrases  # "no" stays a word, not a YAML boolean


WORDS = "filler:\n  words: [the]\nverbs:\n  words: [use]\n"
GOOD_RULE = """  - id: depends_on.uses
    shape: "{a:Product} @verbs {b:Material}"
    source: a
    target: b
    examples:
      match:
        - text: "Motors use magnets."
          facts: [[motor, rare earth magnet]]
"""
BAD_FILES = [
    ("no relation", "patterns:\n" + GOOD_RULE, "depends_on.yaml: relation: Field required"),
    ("unknown relation", "relation: USES\npatterns:\n" + GOOD_RULE, "relation: Input should be"),
    ("unknown word set", "relation: DEPENDS_ON\npatterns:\n"
     + GOOD_RULE.replace("@verbs", "@nouns"),
     "rule depends_on.uses: unknown word set '@nouns'"),
    ("role not a slot", "relation: DEPENDS_ON\npatterns:\n"
     + GOOD_RULE.replace("target: b", "target: c"),
     "rule depends_on.uses: role 'c' is not a slot"),
    ("labels break endpoint rules", "relation: DEPENDS_ON\npatterns:\n"
     + GOOD_RULE.replace("{b:Material}", "{b:Country}"),
     "rule depends_on.uses: slot labels do not fit the endpoint rules of DEPENDS_ON"),
    ("unknown label", "relation: DEPENDS_ON\npatterns:\n"
     + GOOD_RULE.replace("{b:Material}", "{b:Metal}"),
     "rule depends_on.uses: slot '{b:Metal}' names an unknown label"),
    ("no examples", "relation: DEPENDS_ON\npatterns:\n"
     + GOOD_RULE.split("    examples:")[0], "rule depends_on.uses: patterns.0.examples"),
    ("bad id", "relation: DEPENDS_ON\npatterns:\n"
     + GOOD_RULE.replace("depends_on.uses", "Uses"), "rule Uses: patterns.0.id"),
    ("gap too wide", "relation: DEPENDS_ON\npatterns:\n"
     + GOOD_RULE.replace("    source: a", "    gap: 40\n    source: a"),
     "rule depends_on.uses: patterns.0.gap"),
    ("shape ends in a gap", "relation: DEPENDS_ON\npatterns:\n"
     + GOOD_RULE.replace('{b:Material}"', '{b:Material} ..."'),
     "rule depends_on.uses: the shape needs a slot or a word to anchor on"),
]


@pytest.mark.parametrize(("content", "message"), [(c, m) for _, c, m in BAD_FILES],
                         ids=[name for name, _, _ in BAD_FILES])
def test_malformed_pattern_files_name_the_file_and_the_rule(
        tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "words.yaml").write_text(WORDS)
    (tmp_path / "depends_on.yaml").write_text(content)
    with pytest.raises(PatternError, match=re.escape(message)):
        load_patterns(tmp_path)


def test_a_well_formed_file_loads(tmp_path: Path) -> None:
    (tmp_path / "words.yaml").write_text(WORDS)
    (tmp_path / "depends_on.yaml").write_text("relation: DEPENDS_ON\npatterns:\n" + GOOD_RULE)
    (pattern,) = load_patterns(tmp_path)
    assert (pattern.id, pattern.source, pattern.target) == ("depends_on.uses", "a", "b")


def test_a_malformed_word_set_names_the_set(tmp_path: Path) -> None:
    (tmp_path / "words.yaml").write_text("verbs:\n  words: []\n")
    with pytest.raises(PatternError, match=re.escape("words.yaml: word set 'verbs': words")):
        word_sets(tmp_path)
