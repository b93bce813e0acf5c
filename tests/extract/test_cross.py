"""Cross-sentence candidates: what one sentence names, the next goes on about."""

from __future__ import annotations

import json
from pathlib import Path

from rekg.extract.context import Mention
from rekg.extract.cross import BOUNDARY, ORIGIN, all_cross_candidates, cross_candidates
from rekg.extract.explain import explain
from rekg.extract.pipeline import mentions_for
from rekg.extract.scorer import PairInput, RelationScorer
from rekg.extract.scorer.model import WEIGHTS_FILE
from rekg.extract.scorer.pairs import pipeline_cross_pairs
from rekg.extract.tokens import sentence_paragraphs
from rekg.loaders.document import Document

REPO = Path(__file__).resolve().parents[2]


def _pairs(text: str) -> list[tuple[Mention, Mention, PairInput]]:
    return list(all_cross_candidates(mentions_for(Document(text=text))))


def _named(pairs: list[tuple[Mention, Mention, PairInput]]) -> list[tuple[str, str]]:
    return [(a.name, b.name) for a, b, _ in pairs]


def test_a_product_named_before_is_paired_with_the_material_of_the_next_sentence() -> None:
    pairs = _pairs("Wind turbines are getting larger every year. "
                   "Each needs about 600 kilograms of neodymium.")
    assert ("wind turbine", "neodymium") in _named(pairs)
    pair = next(p for a, b, p in pairs if (a.name, b.name) == ("wind turbine", "neodymium"))
    # the focus, a boundary, then the whole current sentence
    assert pair.words[pair.source[0]:pair.source[1]] == ("wind", "turbine")
    assert pair.words[pair.source[1]] == BOUNDARY
    assert pair.words[pair.target[0]] == "neodymium"
    assert {"x:back:1", "x:led:True", "x:role:S", "x:open:each"} <= set(pair.extra)


def test_a_sentence_that_names_its_own_product_carries_none_over() -> None:
    pairs = _pairs("Wind turbines are getting larger every year. "
                   "Electric cars need about two kilograms of neodymium.")
    assert ("wind turbine", "neodymium") not in _named(pairs)


def test_items_of_a_list_are_all_in_focus() -> None:
    pairs = _pairs("Drones, wind turbines and hard disk drives are made in many countries. "
                   "Most need neodymium.")
    sources = {a.name for a, b, _ in pairs if b.name == "neodymium"}
    assert {"drone", "wind turbine"} <= sources


def test_the_focus_reaches_two_sentences_back_but_not_three() -> None:
    pairs = _pairs("Wind turbines are getting larger every year. Offshore farms grow too. "
                   "Each needs neodymium.")
    assert ("wind turbine", "neodymium") in _named(pairs)
    far = _pairs("Wind turbines are getting larger every year. Offshore farms grow too. "
                 "Few expected it. Each needs neodymium.")
    assert ("wind turbine", "neodymium") not in _named(far)


def test_a_modality_cue_in_either_sentence_blocks_the_pair() -> None:
    assert _pairs("Wind turbines are getting larger. Each needs neodymium.")
    assert not _pairs("The company plans to build wind turbines. Each needs neodymium.")
    assert not _pairs("Wind turbines are getting larger. Each does not need neodymium.")


def test_training_labels_the_same_pairs_the_pipeline_scores() -> None:
    text = "Wind turbines are getting larger every year. Each needs neodymium."
    ours = [pair for _, _, pair in _pairs(text)]
    assert [pair for _, _, pair in pipeline_cross_pairs(Document(text=text))] == ours
    sentences = mentions_for(Document(text=text))
    assert cross_candidates(sentences, 1)[1] == ours


def test_paragraphs_are_counted_by_blank_lines() -> None:
    assert [p for _, p in sentence_paragraphs("One. Two.\n\nThree.\n \nFour.")] == [0, 0, 1, 2]


def test_shipped_weights_hold_cross_models() -> None:
    shipped = json.loads((REPO / "rekg" / "extract" / "scorer" / WEIGHTS_FILE).read_text())
    assert {"DEPENDS_ON", "RESTRICTS"} <= set(shipped["cross_relations"])
    scorer = RelationScorer.load_cross()
    assert {"DEPENDS_ON", "RESTRICTS"} <= set(scorer.relations())


def test_a_material_the_next_sentence_needs_outranks_one_it_only_prices() -> None:
    scorer = RelationScorer.load_cross()

    def score(text: str) -> float:
        pair = next(p for a, b, p in _pairs(text) if (a.name, b.name) == (
            "wind turbine", "neodymium"))
        return scorer.score([pair])[0]["DEPENDS_ON"]

    first = "Wind turbines are getting larger every year. "
    assert score(first + "Each needs about 600 kilograms of neodymium.") > score(
        first + "Prices of neodymium fell in March.")


def test_explain_shows_a_restriction_whose_items_follow_it() -> None:
    found = explain(Document(text="Last week the commerce ministry announced export controls. "
                                  "Gallium, germanium and graphite are all affected."))
    cross = {(f.source, f.target) for f in found.facts if f.origin.startswith(ORIGIN + ":")}
    assert {"gallium", "germanium", "graphite"} <= {target for _, target in cross}
    assert all(f.relation == "RESTRICTS" for f in found.facts if f.origin.startswith(ORIGIN))
