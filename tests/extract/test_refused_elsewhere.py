"""A fact the article denies outright is not guessed back by the scorer from another sentence
(refused_elsewhere). Facts and refusals are set by hand: the stage reads only them."""

from __future__ import annotations

from rekg.extract import refused_elsewhere
from rekg.extract.context import ArticleContext, Fact, Mention
from rekg.extract.pipeline import MENTION_STAGES
from rekg.loaders.document import Document
from rekg.loaders.lexicon import load_lexicon
from rekg.schema import RelType

DENIED = "Torvane Mining does not sell tin to Peru."
NEUTRAL = "Torvane Mining is weighing its tin exports and Peru is a large market."


def _context(text: str) -> ArticleContext:
    ctx = ArticleContext(Document(text=text, title="Test"), load_lexicon())
    for stage in MENTION_STAGES:
        stage(ctx)
    return ctx


def _mention(ctx: ArticleContext, sentence: int, surface: str) -> Mention:
    return next(m for m in ctx.sentences[sentence].mentions if m.surface == surface)


def _guess(ctx: ArticleContext, sentence: int, source: str, target: str,
           origin: str = "scorer:0.80", rel: RelType = RelType.SUPPLIES) -> Fact:
    fact = Fact(rel, _mention(ctx, sentence, source), _mention(ctx, sentence, target),
                sentence, origin, 0.8)
    ctx.facts.append(fact)
    return fact


def _kept(text: str, refused: tuple[int, str, str, str, str], guess: tuple[int, str, str],
          origin: str = "scorer:0.80", rel: RelType = RelType.SUPPLIES) -> bool:
    ctx = _context(text)
    sentence, source, target, reason, refused_origin = refused
    ctx.refuse(rel.value, source, target, sentence, reason, refused_origin)
    fact = _guess(ctx, *guess, origin=origin, rel=rel)
    refused_elsewhere.run(ctx)
    return fact in ctx.facts


NOT = "negation: 'not'"


def test_a_scorer_guess_of_a_fact_denied_in_another_sentence_is_dropped() -> None:
    assert not _kept(f"{DENIED} {NEUTRAL}", (0, "Torvane Mining", "Peru", NOT, "scorer:0.7"),
                     (1, "Torvane Mining", "Peru"))


def test_the_same_fact_stated_twice_without_a_denial_stays() -> None:
    text = "Torvane Mining sells tin to Peru. " + NEUTRAL
    assert _kept(text, (0, "tin", "Peru", NOT, "scorer:0.7"), (1, "Torvane Mining", "Peru"))
    ctx = _context(text)
    fact = _guess(ctx, 1, "Torvane Mining", "Peru")
    refused_elsewhere.run(ctx)
    assert fact in ctx.facts


def test_a_denial_of_another_pair_drops_nothing() -> None:
    text = "Torvane Mining does not sell tin to Chile. Torvane Mining ships tin to Peru."
    assert _kept(text, (0, "Torvane Mining", "Chile", NOT, "scorer:0.7"),
                 (1, "Torvane Mining", "Peru"))


def test_a_precise_pattern_in_the_other_sentence_stands() -> None:
    assert _kept(f"{DENIED} {NEUTRAL}", (0, "Torvane Mining", "Peru", NOT, "scorer:0.7"),
                 (1, "Torvane Mining", "Peru"), origin="supplies.seller-to-buyer")


def test_a_denial_in_the_same_sentence_is_left_to_modality() -> None:
    assert _kept(DENIED, (0, "Torvane Mining", "Peru", NOT, "scorer:0.7"),
                 (0, "Torvane Mining", "Peru"))


def test_a_subject_told_again_by_a_pronoun_denies() -> None:
    text = ("Orlek Metals sells zinc to Norway; it does not sell zinc to Peru. "
            "Orlek Metals watches zinc prices in Peru closely.")
    assert not _kept(text, (0, "Orlek Metals", "Peru", NOT, "scorer:0.7"),
                     (1, "Orlek Metals", "Peru"))


def test_a_negation_that_is_not_a_present_does_not_of_the_subject_drops_nothing() -> None:
    for denial in ("Torvane Mining no longer sells tin to Peru.",  # true at another time
                   "Torvane Mining stopped selling tin to Peru in May.",
                   "A new levy in Peru does not worry Torvane Mining.",  # another subject
                   "The deal with Torvane Mining does not change supply to Peru."):
        assert _kept(f"{denial} {NEUTRAL}", (0, "Torvane Mining", "Peru", NOT, "scorer:0.7"),
                     (1, "Torvane Mining", "Peru")), denial


def test_a_pattern_that_reads_an_absence_denies() -> None:
    text = "No tin was shipped from Torvane Mining to Peru in May. " + NEUTRAL
    refused = (0, "Torvane Mining", "Peru", "none-sent: 'No'", "supplies.sent-from-to")
    assert not _kept(text, refused, (1, "Torvane Mining", "Peru"))
    guessed = (0, "Torvane Mining", "Peru", "none-sent: 'No'", "scorer:0.6")
    assert _kept(text, guessed, (1, "Torvane Mining", "Peru"))


def test_an_output_a_pattern_reads_as_none_is_not_guessed_back() -> None:
    refused = (0, "Halvik Steel", "tin", "produced-nothing: 'produced nothing'",
               "produces.producer-verb-material")
    text = "Halvik Steel has produced no tin since May. Halvik Steel buys tin from smelters."
    assert not _kept(text, refused, (1, "Halvik Steel", "tin"), rel=RelType.PRODUCES)
    assert _kept(text, (0, "Halvik Steel", "tin", "prospective: 'plans'", "scorer:0.7"),
                 (1, "Halvik Steel", "tin"), rel=RelType.PRODUCES)


def test_a_negated_output_is_left_to_the_modality_stage() -> None:
    # modality_unmade already refuses the scorer's guesses of "X does not make Y"
    text = "Halvik Steel does not make tin plate. Halvik Steel buys tin from smelters."
    refused = (0, "Halvik Steel", "tin", NOT, "produces.producer-verb-material")
    assert _kept(text, refused, (1, "Halvik Steel", "tin"), rel=RelType.PRODUCES)
