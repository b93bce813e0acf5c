"""A verb of making written as a participle on the object of a verb of use or purchase says
nothing of the subject making the goods; a verb of making the subject's own keeps the output."""

from __future__ import annotations

import pytest

from rekg.schema import RelType

from .fact_triples import named_pairs


def _outputs(text: str) -> set[tuple[str, str]]:
    return named_pairs(text, RelType.PRODUCES)


@pytest.mark.parametrize(("text", "pair"), [
    ("Tesla said its cells will use only recycled cobalt from 2030 on.",
     ("Tesla", "cobalt")),
    ("Tesla has committed to purchase refined lithium from a plant in Nevada.",
     ("Tesla", "lithium")),
    ("Tesla has used recycled cobalt in its cells since 2021.", ("Tesla", "cobalt")),
])
def test_a_participle_on_goods_used_or_bought_is_no_output(
        text: str, pair: tuple[str, str]) -> None:
    assert pair not in _outputs(text)


@pytest.mark.parametrize(("text", "pair"), [
    ("Lynas has produced separated terbium oxide in Malaysia since May.",
     ("Lynas", "terbium oxide")),
    ("In 2024 China refined cobalt for export at record rates.", ("China", "cobalt")),
    ("Tesla mined and refined lithium at its own site in Nevada.", ("Tesla", "lithium")),
])
def test_a_verb_of_making_of_its_own_keeps_the_output(text: str, pair: tuple[str, str]) -> None:
    assert pair in _outputs(text)
