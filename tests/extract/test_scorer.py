"""The trained relation scorer: features, training data, reproducible training, shipped weights."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from rekg.errors import InputError
from rekg.extract.scorer import NONE, PairInput, RelationScorer, fitting_relations
from rekg.extract.scorer.corpus import (
    Step,
    build_examples,
    implied_steps,
    read_gold,
    read_gold_dirs,
)
from rekg.extract.scorer.features import (
    ALL_GROUPS,
    DEFAULT_GROUPS,
    FEATURE_VERSION,
    feature_parts,
    pair_features,
    same_list,
    span_set,
    stem,
)
from rekg.extract.scorer.model import WEIGHTS_FILE
from rekg.extract.scorer.pairs import pipeline_pairs
from rekg.extract.scorer.partial import parse_relations, retrain_relations
from rekg.extract.scorer.thresholds import best_threshold
from rekg.extract.scorer.train import (
    TrainConfig,
    build_weights,
    fold_of_articles,
    train_models,
    write_weights,
)
from rekg.loaders.document import Document
from rekg.loaders.text import norm_phrase
from rekg.schema import Label

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "articles"


def _pair(text: str, source: str, target: str) -> PairInput:
    """The candidate pair of ``text`` between the mentions named by those two phrases, as the
    pipeline's candidates stage gives it to the scorer (and to training)."""
    keys = (" ".join(norm_phrase(source)), " ".join(norm_phrase(target)))
    found = [pair for a, b, pair in pipeline_pairs(Document(text=text))
             if keys[0] in a.keys and keys[1] in b.keys]
    assert len(found) == 1, (text, found)
    return found[0]


# --- features ---------------------------------------------------------------------------------

def test_inflections_of_a_trigger_share_one_stem() -> None:
    assert stem("use") == stem("used") == stem("using") == "us"
    assert stem("depend") == stem("depended") == stem("depending")
    assert stem("rely") == stem("relied")
    assert stem("producer") != stem("produce")


def _simple(words: str, source: tuple[int, int], target: tuple[int, int],
            others: tuple[tuple[int, int, str], ...] = ()) -> list[str]:
    return pair_features(PairInput(
        words=tuple(words.split()), source=source, target=target, source_label="Product",
        target_label="Material", source_kind=None, target_kind="element", in_list_source=False,
        in_list_target=False, others=others))


def test_features_carry_order_distance_and_masked_words_between() -> None:
    forward = _simple("turbine use dysprosium", (0, 1), (2, 3))
    backward = _simple("dysprosium used in turbine", (3, 4), (0, 1))
    assert "ord:S" in forward and "ob:S:us" in forward and "dist:1" in forward
    assert "ord:T" in backward and "ob:T:us" in backward and "bseq:T:us_in" in backward
    listed = _simple("motor need magnet and dysprosium", (0, 1), (4, 5),
                     others=((2, 3, "Material"),))
    assert "ob:S:<Material>" in listed and "same_between:T" in listed
    assert "ob:S:magnet" not in listed


def test_negation_cues_are_features() -> None:
    negated = _simple("turbine do not use dysprosium", (0, 1), (4, 5))
    plain = _simple("turbine use dysprosium", (0, 1), (2, 3))
    assert "cue_b:neg" in negated and "cue_s:neg" in negated
    assert not any(f.startswith("cue_") for f in plain)


# --- training data ----------------------------------------------------------------------------

def _gold_article(folder: Path) -> Path:
    (folder / "a.txt").write_text(
        "China curbs gallium\n2023-07-03\n\n"
        "China imposed export controls on gallium, and Japan buys gallium from Vietnam.\n",
        encoding="utf-8")
    path = [["Country", "China"], "IMPOSES", ["Restriction", None], "RESTRICTS",
            ["Material", "gallium"]]
    (folder / "a.gold.json").write_text(json.dumps({
        "id": "a",
        "entities": [{"label": "Country", "name": "China", "aliases": ["China"]},
                     {"label": "Country", "name": "Japan", "aliases": ["Japan"]},
                     {"label": "Country", "name": "Vietnam", "aliases": ["Vietnam"]},
                     {"label": "Material", "name": "gallium", "aliases": ["gallium"]}],
        "facts": [{"path": path, "note": ""}], "absent": []}), encoding="utf-8")
    return folder


def test_gold_steps_label_the_pairs_of_a_sentence(tmp_path: Path) -> None:
    folder = _gold_article(tmp_path)
    article = read_gold(folder / "a.txt", folder / "a.gold.json")
    assert [s.relation for s in article.steps] == ["IMPOSES", "RESTRICTS"]
    examples = build_examples([article], pipeline_pairs).examples
    labelled = {(e.pair.words[e.pair.source[0]], e.pair.words[e.pair.target[0]], e.relation):
                e.positive for e in examples}
    assert labelled[("china", "export", "IMPOSES")] is True
    assert labelled[("japan", "export", "IMPOSES")] is False
    assert labelled[("export", "gallium", "RESTRICTS")] is True
    assert labelled[("japan", "gallium", "PRODUCES")] is False
    assert all(e.relation in fitting_relations(e.pair.source_label, e.pair.target_label)
               for e in examples)


def test_a_pair_that_an_absent_fact_denies_is_a_hard_negative(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(
        "Japan and gallium\n2023-07-03\n\nJapan produces no gallium of its own.\n",
        encoding="utf-8")
    (tmp_path / "b.gold.json").write_text(json.dumps({
        "id": "b", "entities": [], "facts": [],
        "absent": [{"path": [["Country", "Japan"], "PRODUCES", ["Material", "gallium"]],
                    "note": ""}]}), encoding="utf-8")
    examples = build_examples([read_gold(tmp_path / "b.txt", tmp_path / "b.gold.json")],
                              pipeline_pairs).examples
    denied = [e for e in examples if e.relation == "PRODUCES"]
    assert denied and all(e.denied and not e.positive for e in denied)


def test_chains_of_gold_facts_imply_steps_that_training_leaves_out() -> None:
    def end(label: str, name: str) -> tuple[str, frozenset[str]]:
        return (label, frozenset({name}))

    steps = [Step(end("Product", "ev"), "DEPENDS_ON", end("Product", "motor"), 0),
             Step(end("Product", "motor"), "DEPENDS_ON", end("Material", "magnet"), 0),
             Step(end("Material", "magnet"), "DEPENDS_ON", end("Material", "dysprosium"), 1),
             Step(("Restriction", None), "RESTRICTS", end("Material", "magnet"), 2)]
    implied = {(s.source[1], s.target[1]) for s in implied_steps(steps)}
    assert implied == {(frozenset({"ev"}), frozenset({"magnet"})),
                       (frozenset({"ev"}), frozenset({"dysprosium"})),
                       (frozenset({"motor"}), frozenset({"dysprosium"}))}


def test_two_items_of_one_list_are_never_scored() -> None:
    words = ("magnet", "need", "gallium", "germanium", "and", "rare", "earth")
    listed = PairInput(words, (2, 3), (5, 7), "Material", "Material", None, None, True, True,
                       others=((0, 1, "Material"), (3, 4, "Material")))
    assert same_list(listed)
    assert RelationScorer.load().score([listed]) == [{NONE: 1.0}]
    apart = PairInput(words, (0, 1), (2, 3), "Material", "Material", None, None, False, True,
                      others=((3, 4, "Material"), (5, 7, "Material")))
    assert not same_list(apart)
    assert "DEPENDS_ON" in RelationScorer.load().score([apart])[0]


# --- training ---------------------------------------------------------------------------------

def test_training_twice_gives_the_same_weights(tmp_path: Path) -> None:
    config = TrainConfig(min_positives=3)
    first, _ = build_weights([EXAMPLES], [], config)
    second, _ = build_weights([EXAMPLES], [], config)
    assert first["relations"], "no relation had enough positives to train"
    write_weights(first, tmp_path / "one.json")
    write_weights(second, tmp_path / "two.json")
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()
    assert RelationScorer.from_file(tmp_path / "one.json").relations() == sorted(
        first["relations"])


def test_dev_articles_are_reported_never_tuned_on(tmp_path: Path) -> None:
    folder = REPO / "tests" / "extract" / "data"
    config = TrainConfig(min_positives=3)
    with_dev, dev = build_weights([EXAMPLES], [folder], config)
    without_dev, _ = build_weights([EXAMPLES], [], config)
    assert dev.examples and with_dev["relations"]
    assert with_dev == without_dev
    assert all(0.2 <= m["threshold"] <= 0.9 for m in with_dev["relations"].values())
    assert len(read_gold_dirs([folder])) == len({e.article for e in dev.examples})


def test_retraining_some_relations_keeps_the_other_models_and_their_scores(
        tmp_path: Path) -> None:
    shipped = REPO / "rekg" / "extract" / "scorer" / WEIGHTS_FILE
    out = tmp_path / "weights.json"
    out.write_bytes(shipped.read_bytes())
    old = json.loads(shipped.read_text())
    config = TrainConfig(min_positives=3)
    data = retrain_relations(out, [EXAMPLES], parse_relations("located_in"), config,
                             train_models)
    assert data["relations"]["LOCATED_IN"] != old["relations"]["LOCATED_IN"]
    kept = {k: dict(v) for k, v in data["relations"].items() if k != "LOCATED_IN"}
    assert {k: v.pop("feature_groups") for k, v in kept.items()} == {
        k: old["relations"][k].get("feature_groups") or sorted(DEFAULT_GROUPS) for k in kept}
    assert kept == {k: {f: x for f, x in v.items() if f != "feature_groups"}
                    for k, v in old["relations"].items() if k != "LOCATED_IN"}
    assert data["relations"]["LOCATED_IN"]["feature_groups"] == sorted(config.groups)
    assert data["cross_relations"] == old["cross_relations"]
    assert data["retrained"]["LOCATED_IN"]["train_dirs"] == ["articles"]
    write_weights(data, out)
    mixed, before = RelationScorer.from_file(out), RelationScorer.from_file(shipped)
    assert mixed.groups >= config.groups  # the union, so the new model sees its groups
    # a pair only kept models score computes their groups alone
    assert mixed.groups_for("Restriction", "Material") == DEFAULT_GROUPS
    assert mixed.groups_for("Organization", "Country") == config.groups
    assert RelationScorer.load_cross().groups == RelationScorer.cross_from_dict(data).groups
    pairs = [_pair("Japan imports most of the dysprosium it uses from Vietnam.", "Japan",
                   "Vietnam"),
             _pair("Analysts at Tarrow Capital in Canada expect Korea to buy more tungsten.",
                   "Tarrow Capital", "Korea")]
    for new_scores, old_scores in zip(mixed.score(pairs), before.score(pairs), strict=True):
        kept = set(new_scores) - {"LOCATED_IN", NONE}
        assert "SUPPLIES" in kept
        for relation in kept:
            assert new_scores[relation] == pytest.approx(old_scores[relation])
    with pytest.raises(InputError, match="MENTIONS"):
        parse_relations("LOCATED_IN,MENTIONS")
    with pytest.raises(InputError, match="SELLS"):
        parse_relations("sells")


def test_folds_keep_every_article_whole_whatever_the_order() -> None:
    names = [f"article_{k:02d}" for k in range(23)]
    folds = fold_of_articles(names, 5)
    assert folds == fold_of_articles(reversed(names + names), 5)
    assert sorted(Counter(folds.values()).values()) == [4, 4, 5, 5, 5]


def test_the_threshold_is_chosen_where_recall_and_precision_meet_best() -> None:
    scores = [0.1, 0.15, 0.3, 0.35, 0.4, 0.6, 0.65, 0.7, 0.8, 0.85]
    labels = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]
    threshold, f = best_threshold(scores, labels)
    assert 0.4 < threshold <= 0.6 and f > 0.9
    # a recall-weighted choice never sits above a precision-neutral one
    assert best_threshold(scores[:6] + [0.2] * 4, labels, beta=2.0)[0] <= \
        best_threshold(scores[:6] + [0.2] * 4, labels, beta=1.0)[0]

    # a minimum precision moves the threshold up past the negatives that score high
    noisy = [0.1, 0.2, 0.3, 0.5, 0.55, 0.4, 0.45, 0.7, 0.8, 0.85]
    loose, _ = best_threshold(noisy, labels, beta=2.0)
    strict, _ = best_threshold(noisy, labels, beta=2.0, min_precision=0.9)
    assert loose < strict and strict > 0.55


def _denied_passing(scores: list[float], costs: list[float], threshold: float) -> int:
    return sum(1 for p, c in zip(scores, costs, strict=True) if p >= threshold and c > 1)


def test_a_limit_on_denied_pairs_keeps_the_threshold_above_them() -> None:
    # one negative the text denies (cost 3) scores among the positives
    scores = [0.1, 0.2, 0.3, 0.35, 0.56, 0.5, 0.6, 0.7, 0.8, 0.85]
    labels = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]
    costs = [1.0, 1.0, 1.0, 1.0, 3.0, 1.0, 1.0, 1.0, 1.0, 1.0]
    free, _ = best_threshold(scores, labels, beta=2.0, costs=costs)
    assert _denied_passing(scores, costs, free) == 1
    held, f = best_threshold(scores, labels, beta=2.0, costs=costs, max_denied=0)
    assert held > 0.56 and _denied_passing(scores, costs, held) == 0 and f > 0
    # no limit, or a limit the denied pairs stay within, changes nothing
    assert best_threshold(scores, labels, beta=2.0, costs=costs, max_denied=1)[0] == free
    assert best_threshold(scores, labels, beta=2.0, max_denied=0)[0] == \
        best_threshold(scores, labels, beta=2.0)[0]


def test_word_classes_of_words_yaml_are_features_only_in_their_group() -> None:
    pair = _pair("Wind turbines rely on neodymium magnets.", "Wind turbines", "neodymium magnets")
    default = pair_features(pair)
    rich = pair_features(pair, groups=ALL_GROUPS)
    assert not any(f.startswith(("cb:", "cf:", "slen:")) for f in default)
    assert "cb:S:rely_verbs" in rich and "cf:S:rely_verbs" in rich
    assert set(default) <= set(rich)


def test_weights_say_which_feature_groups_they_need() -> None:
    base = {"feature_version": FEATURE_VERSION, "relations": {}}
    assert RelationScorer.from_dict(base).groups == DEFAULT_GROUPS
    assert RelationScorer.from_dict({**base, "feature_groups": ["class", "lex"]}).groups == \
        frozenset({"class", "lex"})
    with pytest.raises(InputError, match="unknown feature groups"):
        RelationScorer.from_dict({**base, "feature_groups": ["tea leaves"]})
    # cross models retrained alone (make train-cross) name their own groups
    both = {**base, "feature_groups": ["lex"], "cross_feature_groups": ["class", "lex"]}
    assert RelationScorer.cross_from_dict(both).groups == frozenset({"class", "lex"})
    assert RelationScorer.cross_from_dict({**base, "feature_groups": ["lex"]}).groups == \
        frozenset({"lex"})


# --- the shipped weights ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def scorer() -> RelationScorer:
    return RelationScorer.load()


def test_shipped_weights_are_package_data_of_the_current_features(scorer: RelationScorer) -> None:
    shipped = json.loads((REPO / "rekg" / "extract" / "scorer" / WEIGHTS_FILE).read_text())
    assert shipped["feature_version"] == FEATURE_VERSION
    assert {"DEPENDS_ON", "PRODUCES", "RESTRICTS", "IMPOSES"} <= set(scorer.relations())


@pytest.mark.parametrize(("relation", "positive", "negative"), [
    ("DEPENDS_ON",
     ("Electric vehicles depend on neodymium magnets for their traction motors.",
      "Electric vehicles", "neodymium magnets"),
     ("Sales of electric vehicles rose in Norway last year, while dysprosium prices in "
      "Shanghai were flat.", "electric vehicles", "dysprosium")),
    ("PRODUCES",
     ("China produces about 70 percent of the world's rare earths.", "China", "rare earths"),
     ("Japan imports most of the dysprosium it uses from Vietnam.", "Japan", "dysprosium")),
    ("RESTRICTS",
     ("Beijing imposed export controls on gallium and germanium in July.",
      "export controls", "gallium"),
     ("Gallium prices rose after the tariff on Canadian steel was announced.",
      "tariff", "Gallium")),
])
def test_shipped_weights_rank_a_clear_positive_above_a_clear_negative(
        scorer: RelationScorer, relation: str, positive: tuple[str, str, str],
        negative: tuple[str, str, str]) -> None:
    good, bad = scorer.score([_pair(*positive), _pair(*negative)])
    assert good[relation] > bad[relation], (good, bad)
    assert relation in scorer.accepted(good), (good, scorer.threshold(relation))


def test_scoring_by_parts_equals_scoring_the_whole_feature_list(scorer: RelationScorer) -> None:
    text = ("China, which mines most of the world's rare earths, restricted exports of gallium, "
            "germanium and graphite, used in chips, batteries and night-vision goggles.")
    pairs = [pair for _, _, pair in pipeline_pairs(Document(text=text))]
    assert len(pairs) > 10
    for pair in pairs:
        fixed, rest = feature_parts(pair)
        for relation in fitting_relations(pair.source_label, pair.target_label):
            model = scorer.models.get(relation)
            if model is not None:
                whole = model.probability(pair_features(pair))
                assert model.probability_of_parts(fixed, rest) == pytest.approx(whole)


def test_others_may_be_every_mention_of_the_sentence_shared_by_its_pairs(
        scorer: RelationScorer) -> None:
    text = "Japan buys dysprosium from Vietnam for the magnets in its hybrid cars."
    pairs = [pair for _, _, pair in pipeline_pairs(Document(text=text))]
    everything = tuple(sorted({s for pair in pairs for s in span_set(pair)}))
    shared = [dataclasses.replace(pair, others=everything) for pair in pairs]
    assert len(pairs) > 3
    assert scorer.score(shared) == scorer.score(pairs)
    assert [pair_features(p) for p in shared] == [pair_features(p) for p in pairs]


def test_relations_whose_endpoints_do_not_fit_are_never_scored(scorer: RelationScorer) -> None:
    labels = [label.value for label in Label if label is not Label.ARTICLE]
    pairs = [PairInput(words=("a", "use", "b"), source=(0, 1), target=(2, 3), source_label=s,
                       target_label=t, source_kind=None, target_kind=None, in_list_source=False,
                       in_list_target=False) for s in labels for t in labels]
    for pair, scores in zip(pairs, scorer.score(pairs), strict=True):
        fitting = set(fitting_relations(pair.source_label, pair.target_label))
        assert set(scores) - {NONE} <= fitting, (pair.source_label, pair.target_label, scores)
        assert 0.0 <= scores[NONE] <= 1.0
    person_material = scorer.score([pairs[labels.index("Person") * len(labels)
                                          + labels.index("Material")]])[0]
    assert person_material == {NONE: 1.0}
    assert fitting_relations("Country", "Material") == ("PRODUCES",)


def test_scoring_needs_neither_numpy_nor_scikit_learn() -> None:
    code = ("import sys\n"
            "from rekg.extract.scorer import PairInput, RelationScorer\n"
            "pair = PairInput(('china', 'mine', 'gallium'), (0, 1), (2, 3), 'Country', 'Material',"
            " None, 'element', False, False)\n"
            "assert 'PRODUCES' in RelationScorer.load().score([pair])[0]\n"
            "print(sorted(m for m in ('numpy', 'scipy', 'sklearn') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def test_weights_of_other_features_or_unreadable_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="make train"):
        RelationScorer.from_dict({"feature_version": FEATURE_VERSION + 1, "relations": {}})
    with pytest.raises(InputError, match="cannot read scorer weights"):
        RelationScorer.from_file(tmp_path / "missing.json")
