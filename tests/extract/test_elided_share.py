"""Shares and ranks that leave their goods unsaid take the goods in focus."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import mentions_for
from rekg.loaders.document import Document

from .fragments import produced_pairs as _produces

pytestmark = pytest.mark.usefixtures("patterns_only")


def _elided(text: str) -> list[str]:
    return [m.surface for v in mentions_for(Document(text=text, title="T"))
            for m in v.mentions if m.props.get("elided")]


def test_a_rank_after_a_ranking_verb_is_among_producers_of_the_goods_in_focus() -> None:
    text = "Nickel is mined mostly in Indonesia. The Philippines ranks second in 2024."
    assert ("Philippines", "nickel") in _produces(text)


def test_a_share_after_a_production_verb_is_of_the_goods_in_focus() -> None:
    text = "Most antimony comes from China. Tajikistan and Russia supply much of the rest."
    assert {("Tajikistan", "antimony"), ("Russia", "antimony")} <= _produces(text)


def test_a_share_that_names_other_goods_or_a_buyer_takes_nothing() -> None:
    assert not _elided("Cobalt is scarce. Japan accounts for half of China's imports.")
    assert not _elided("Cobalt is scarce. China supplies Japan with a third.")
    assert not _elided("Cobalt is scarce. Japan ranks second in the survey.")


def test_a_share_in_a_sentence_naming_its_own_goods_takes_nothing() -> None:
    assert not _elided("Cobalt is scarce. Canada produces a third of the nickel.")


def test_a_denied_or_planned_share_is_not_production() -> None:
    assert _produces("Gallium is scarce. Japan does not produce the rest.") == set()
    assert _produces("Gallium is scarce. Japan plans to produce a third by 2030.") == set()
    assert _produces("Gallium is scarce. Japan imports the rest.") == set()


def test_with_no_goods_named_lately_the_article_topic_is_in_focus() -> None:
    text = ("Tungsten is hard. Tungsten is dense. Who mines it? Prices rose in May. "
            "Traders were nervous. Vietnam and Bolivia are the next biggest miners.")
    assert {("Vietnam", "tungsten"), ("Bolivia", "tungsten")} <= _produces(text)


def test_an_article_about_several_goods_has_no_topic() -> None:
    text = ("Tungsten is hard. Cobalt is blue. Tungsten is dense. Cobalt is rare. "
            "Prices rose in May. Traders were nervous. Vietnam is the next biggest miner.")
    assert not {p for p in _produces(text) if p[0] == "Vietnam"}


def test_a_share_that_comes_from_a_country_is_of_the_goods_in_focus() -> None:
    text = "Most antimony is mined in China. The rest is mined in Tajikistan and Russia."
    assert {("Tajikistan", "antimony"), ("Russia", "antimony")} <= _produces(text)
    assert ("Bolivia", "indium") in _produces(
        "Indium is scarce. Small volumes come from Bolivia.")
    assert _produces("Most antimony is mined in China. The rest comes from recycling.") == {
        ("China", "antimony")}


def test_a_share_of_the_world_total_is_of_the_goods_in_focus() -> None:
    text = "Cobalt is scarce. Congo mines roughly 70% of the world's supply."
    assert ("Democratic Republic of the Congo", "cobalt") in _produces(text)
    assert not _elided("Cobalt is scarce. Japan buys 70% of the world's supply.")


def test_bare_producers_with_examples_produce_the_goods_in_focus() -> None:
    text = "Nickel prices fell. Outside Indonesia, refiners such as Eramet cut output."
    assert ("Eramet", "nickel") in _produces(text)
    assert not _elided("Nickel prices fell. Battery producers such as CATL waited.")
    assert not _elided("Nickel prices fell. Manufacturers such as Tesla waited.")
    assert not _elided("Magnet exports fell. Producers such as Lynas asked for price floors.")


def test_goods_named_only_beyond_a_semicolon_leave_the_share_unsaid() -> None:
    text = "Japan has no cobalt mines of its own; Congo accounts for about 70% of world output."
    assert ("Democratic Republic of the Congo", "cobalt") in _produces(text)
    assert not _elided("Congo accounts for 70% of cobalt output; Japan buys the rest.")


def test_an_amount_written_with_a_thousands_separator_is_one_share() -> None:
    assert ("Vietnam", "tungsten") in _produces(
        "Tungsten is scarce. Vietnam mined 4,000 tonnes last year.")
    assert not _elided("Tungsten is scarce. Vietnam bought 4,000 tonnes last year.")
