"""Goods that lead a noun of use name what someone uses: no output is read from them, unless a
noun of making stands with the noun of use."""

from __future__ import annotations

from rekg.extract.modality_users import used_goods
from rekg.schema import RelType

from .fact_triples import named_pairs, scorer_pair


def _outputs(text: str) -> set[tuple[str, str]]:
    return named_pairs(text, RelType.PRODUCES)


def _refused_as_used(text: str, producer: str, goods: str) -> bool:
    """Whether ``used_goods`` refuses a PRODUCES fact built by hand between the two mentions,
    whatever the model would score the pair."""
    ctx, _, fact = scorer_pair(text, RelType.PRODUCES, producer, goods)
    ctx.facts = [fact]
    dropped: set[int] = set()
    used_goods(ctx, dropped)
    return id(fact) in dropped


def test_goods_of_a_user_are_no_output() -> None:
    tail = ": Ruvia Metals, in Osaka, makes gallium arsenide wafers, and it {} its metal abroad."
    used = _outputs("Japan still has a gallium user of note" + tail.format("buys"))
    assert ("Japan", "gallium") not in used
    assert ("Ruvia Metals", "gallium arsenide") in used
    assert _refused_as_used("Japan still has a gallium user of note.", "Japan", "gallium")
    assert not _refused_as_used("Japan still has a gallium maker of note.", "Japan", "gallium")


def test_a_user_that_is_also_a_maker_keeps_its_output() -> None:
    assert not _refused_as_used("Ruvia Metals is the largest gallium user and producer in Ohio.",
                                "Ruvia Metals", "gallium")


def test_goods_that_lead_content_are_no_output() -> None:
    text = "Ruvia Metals has developed processes that reduce the cobalt {} of its {}."
    assert ("Ruvia Metals", "cobalt") not in _outputs(text.format("content", "cathodes"))
    assert ("Ruvia Metals", "cobalt") in _outputs(text.format("output", "mines"))
