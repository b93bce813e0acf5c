"""A generated inventory of pairs a retrained scorer reads as stated though the text denies them,
and the guards that refuse them whatever the weights: the materials a comma lists after an
object relative's need verb ("the metals that turbines need, lithium, gallium and germanium"),
the subject of a verb of getting whose "its" goods are named ("Japan relied on China for most
of its rare earths"), goods that a measure's know-how serves ("bans the export of technology
used to make magnets") and lines that link to another story ("Related: ..."). Each guard is
tested on the pair it refuses, built directly so that it does not depend on the shipped weights,
and on twins that must keep their pair; the pipeline must not state the refused pairs."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import pytest

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.modality_sourced import _subject_gets
from rekg.extract.need_subjects import need_refusal
from rekg.extract.news_furniture import is_furniture
from rekg.extract.pipeline import run
from rekg.extract.scorer_guards import _know_how, _link_line, guarded
from rekg.loaders.document import Document
from rekg.schema import Label, RelType

from .fragments import states

USERS = [("wind turbines", "wind turbine"), ("electric vehicles", "electric vehicle"),
         ("smartphones", "smartphone")]
LISTED = [("lithium", "cobalt", "gallium"), ("germanium", "indium", "antimony")]
HEADS = ["metals", "minerals", "raw materials"]
BUYERS = [("Japan", "Japan"), ("Brennick Resources", "Brennick"), ("South Korea", "Korea")]
SELLERS = ["China", "Vietnam", "Brazil"]
GOODS = [("rare earths", "rare earth"), ("tungsten", "tungsten"), ("graphite", "graphite")]
GETTING = ["{B} relied on {S} for about 80% of its {G} last year.",
           "{B} depends on {S} for most of its {G}.",
           "{B} imports nearly all of its {G} from {S}.",
           "{B} buys most of its {G} from {S}."]
IMPOSERS = ["China", "Vietnam", "Indonesia"]
KNOW_HOW = ["{C} banned the export of technology used to make {G}.",
            "{C} also bars the export of know-how for making {G}.",
            "{C} banned exports of technology for separating {G}."]
MAGNETS = [("magnets", "magnet"), ("rare earths", "rare earth"), ("gallium", "gallium")]


def _grid(*lists: Sequence[object]) -> list[tuple[object, ...]]:
    return list(itertools.product(*lists))


def _ctx(text: str) -> ArticleContext:
    return run(Document(text=text, title="Test", published="2025-06-01"))


def _mention(view: SentenceView, word: str) -> Mention:
    return next(m for m in view.mentions
                if word.lower() in view.span_text(m.start, m.end).lower())


def _fact(view: SentenceView, rel: RelType, source: str, target: str,
          origin: str = "scorer:0.90") -> Fact:
    return Fact(rel, _mention(view, source), _mention(view, target), view.index, origin, 0.7,
                view.text)


def _scorer_facts(text: str, rel: str) -> list[tuple[str, str]]:
    from rekg.extract.explain import explain

    found = explain(Document(text=text, title="Test", published="2025-06-01")).facts
    return [(f.source, f.target) for f in found
            if f.relation == rel and f.origin.startswith("scorer")]


# --- what a comma lists after an object relative's need verb --------------------------------

@pytest.mark.parametrize(("user", "items", "head"), _grid(USERS, LISTED, HEADS))
def test_items_after_a_relative_need_are_no_inputs(user: tuple[str, str],
                                                   items: tuple[str, ...], head: str) -> None:
    a, b, c = items
    text = f"The {head} that {user[0]} need, {a}, {b} and {c}, are all on the list."
    view = _ctx(text).sentences[0]
    for item in items:
        fact = _fact(view, RelType.DEPENDS_ON, user[1], item)
        assert need_refusal(view, fact) is not None, (text, item)
        assert not states(text, "DEPENDS_ON", user[1], item), (text, item)


@pytest.mark.parametrize("items", LISTED)
def test_another_mention_of_the_needing_node_is_refused_too(items: tuple[str, ...]) -> None:
    a, b, c = items
    text = f"The list starts with the magnet rare earths that permanent magnets need, then {a}, " \
        f"{b} and {c}."
    view = _ctx(text).sentences[0]
    modifier = next(m for m in view.mentions if view.words[m.start] == "magnet")
    for item in items:
        fact = Fact(RelType.DEPENDS_ON, modifier, _mention(view, item), 0, "scorer:0.8", 0.7,
                    text)
        assert need_refusal(view, fact) is not None, (text, item)


@pytest.mark.parametrize(("user", "items"), _grid(USERS, LISTED))
def test_examples_after_a_relative_need_are_inputs(user: tuple[str, str],
                                                   items: tuple[str, ...]) -> None:
    a, b, _ = items
    for link in ("such as", "including"):
        text = f"The metals that {user[0]} need, {link} {a} and {b}, are scarce."
        view = _ctx(text).sentences[0]
        assert need_refusal(view, _fact(view, RelType.DEPENDS_ON, user[1], a)) is None, text


@pytest.mark.parametrize(("user", "items"), _grid(USERS, LISTED))
def test_a_plain_need_keeps_its_objects(user: tuple[str, str], items: tuple[str, ...]) -> None:
    a, b, c = items
    text = f"Makers of {user[0]} need {a}, {b} and {c}."
    view = _ctx(text).sentences[0]
    assert need_refusal(view, _fact(view, RelType.DEPENDS_ON, user[1], c)) is None, text


# --- the subject of a verb of getting is no producer of its "its" goods -----------------------

@pytest.mark.parametrize(("template", "buyer", "seller", "good"),
                         _grid(GETTING, BUYERS, SELLERS, GOODS))
def test_who_gets_its_goods_from_others_makes_none(template: str, buyer: tuple[str, str],
                                                   seller: str, good: tuple[str, str]) -> None:
    if buyer[0] == seller:
        return
    text = template.format(B=buyer[0], S=seller, G=good[0])
    view = _ctx(text).sentences[0]
    assert _subject_gets(view, _fact(view, RelType.PRODUCES, buyer[1], good[1])) is not None, \
        text
    assert not states(text, "PRODUCES", buyer[1], good[1]), text


@pytest.mark.parametrize(("buyer", "good"), _grid(BUYERS, GOODS))
def test_who_buys_one_good_and_makes_its_own_still_makes(buyer: tuple[str, str],
                                                         good: tuple[str, str]) -> None:
    for text in (f"{buyer[0]} buys ore from Myanmar and refines its own {good[0]}.",
                 f"{buyer[0]} has long relied on imports, but it now mines its own {good[0]}.",
                 f"{buyer[0]} produces most of its {good[0]} at home."):
        view = _ctx(text).sentences[0]
        fact = _fact(view, RelType.PRODUCES, buyer[1], good[1], "produces.test")
        assert _subject_gets(view, fact) is None, text


@pytest.mark.parametrize(("seller", "good"), _grid(SELLERS, GOODS))
def test_makers_named_by_their_country_keep_their_output(seller: str,
                                                         good: tuple[str, str]) -> None:
    text = f"Japanese refiners relied on {seller} for half of their {good[0]}."
    view = _ctx(text).sentences[0]
    assert _subject_gets(view, _fact(view, RelType.PRODUCES, "Japan", good[1])) is None, text


@pytest.mark.parametrize(("buyer", "good"), _grid(BUYERS, GOODS))
def test_a_pair_across_sentences_is_left_alone(buyer: tuple[str, str],
                                               good: tuple[str, str]) -> None:
    text = (f"{buyer[0]} relied on China for most of its {good[0]}. Stocks ran low in May and "
            "the government of that country now buys most of its ore abroad from others.")
    ctx = _ctx(text)
    first, second = ctx.sentences[0], ctx.sentences[1]
    fact = Fact(RelType.PRODUCES, _mention(first, buyer[1]), _mention(first, good[1]),
                second.index, "scorer-cross:0.9", 0.7, second.text)
    assert _subject_gets(second, fact) is None, text


@pytest.mark.parametrize(("seller", "good"), _grid(["China", "Vietnam"], GOODS))
def test_the_seller_named_after_the_verb_is_no_subject(seller: str,
                                                       good: tuple[str, str]) -> None:
    adjective = {"China": "Chinese", "Vietnam": "Vietnamese"}[seller]
    text = f"Europe has relied on {adjective} imports for the majority of its {good[0]}."
    view = _ctx(text).sentences[0]
    assert _subject_gets(view, _fact(view, RelType.PRODUCES, adjective, good[1])) is None, text


# --- a measure on know-how does not restrict the goods it serves ------------------------------

@pytest.mark.parametrize(("template", "country", "good"),
                         _grid(KNOW_HOW, IMPOSERS, MAGNETS))
def test_know_how_bans_restrict_no_goods(template: str, country: str,
                                         good: tuple[str, str]) -> None:
    text = template.format(C=country, G=good[0])
    ctx = _ctx(text)
    view = ctx.sentences[0]
    measure = next(m for m in view.mentions if m.label.value == "Restriction")
    made = [m for m in view.mentions if "made" in m.props]
    if made:  # "technology used to make magnets" is one product: the goods are no mention
        assert made[0].label is Label.PRODUCT and good[0] in made[0].surface, text
        assert all(m.start < made[0].start or m.start >= made[0].end for m in view.mentions
                   if m is not made[0] and m.label is not Label.RESTRICTION), text
        return
    fact = Fact(RelType.RESTRICTS, measure, _mention(view, good[1]), 0, "scorer:0.9", 0.7, text)
    assert _know_how(view, fact), text
    held = Fact(RelType.IMPOSES, _mention(view, country), measure, 0, "imposes.test", 0.8, text)
    assert guarded(ctx, view, [fact], stated=[held]) == [], text
    # a measure no other fact names keeps its pair: it would vanish with its anaphors
    assert guarded(ctx, view, [fact], stated=[]) == [fact], text


@pytest.mark.parametrize(("country", "good"), _grid(IMPOSERS, MAGNETS))
def test_bans_on_goods_beside_know_how_restrict_the_goods(country: str,
                                                          good: tuple[str, str]) -> None:
    for text in (f"{country} banned exports of {good[0]} and of the technology behind them.",
                 f"{country} put licences on technology for smelting, and on {good[0]}.",
                 f"{country} banned exports of {good[0]}."):
        view = _ctx(text).sentences[0]
        measure = next(m for m in view.mentions if m.label.value == "Restriction")
        fact = Fact(RelType.RESTRICTS, measure, _mention(view, good[1]), 0, "scorer:0.9", 0.7,
                    text)
        assert not _know_how(view, fact), text
        assert states(text, "RESTRICTS", "*", good[1]), text


# --- a line that links to another story -----------------------------------------------------

LINKS = ["Related", "Read more", "See also", "Also read", "Market data"]
HEADLINES = ["{P} output slips as {G} prices stay low",
             "{P} ships its first {G} from Texas",
             "{P} to double {G} capacity by 2027"]
PRODUCERS = ["Brennick Resources", "Vessen Magnetics", "Lynas"]


@pytest.mark.parametrize(("lead", "headline", "producer"),
                         _grid(LINKS, HEADLINES, PRODUCERS))
def test_link_lines_state_nothing_to_the_scorer(lead: str, headline: str, producer: str) -> None:
    text = f"{lead}: " + headline.format(P=producer, G="NdPr oxide")
    sentences = _ctx(text).sentences
    if sentences:
        assert _link_line(sentences[0]), text
    else:  # left out before the mentions as a news page's furniture
        assert is_furniture(text), text
    assert _scorer_facts(text, "PRODUCES") == [], text


@pytest.mark.parametrize(("buyer", "seller"), _grid(PRODUCERS, PRODUCERS))
def test_ticker_lines_name_no_trade(buyer: str, seller: str) -> None:
    if buyer == seller:
        return
    text = f"Market data: {buyer} (ASX: BRN); {seller} (NYSE: VSN)"
    assert _link_line(_ctx(text).sentences[0]), text
    assert _scorer_facts(text, "SUPPLIES") == [], text


@pytest.mark.parametrize(("headline", "producer"), _grid(HEADLINES, PRODUCERS))
def test_lines_that_merely_open_with_a_link_word_are_read(headline: str, producer: str) -> None:
    for text in ("Related companies said " + headline.format(P=producer, G="NdPr oxide") + ".",
                 headline.format(P=producer, G="NdPr oxide") + "."):
        assert not _link_line(_ctx(text).sentences[0]), text
