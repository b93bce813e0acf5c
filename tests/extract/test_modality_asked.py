"""What an asking clause near the start of a sentence asks about is not told, wherever its
asker stands ("A trader asks whether ...") and across an aside inside the question."""

from __future__ import annotations

import pytest

from rekg.extract.modality_supposed import supposed
from rekg.schema import RelType

from .fact_triples import scorer_pair


@pytest.mark.parametrize("text", [
    "A trader asks whether Peru ships zinc to Japan, and nobody answers.",
    "When traders asked whether other sellers, including Peru, would ship zinc to Japan, "
    "the ministry gave no answer.",
    "Asked whether Peru ships zinc to Japan, the minister smiled.",
])
def test_a_supply_inside_the_question_is_supposed(text: str) -> None:
    _, view, fact = scorer_pair(text, RelType.SUPPLIES, "Peru", "Japan")
    assert supposed(view, fact)


@pytest.mark.parametrize("text", [
    "A trader asked whether prices would rise, and Peru ships zinc to Japan.",
    "Peru ships zinc to Japan, and one trader later asked whether prices would rise.",
    "A trader asked whether the deal covered the zinc Peru ships to Japan.",
])
def test_a_supply_outside_the_question_stands(text: str) -> None:
    _, view, fact = scorer_pair(text, RelType.SUPPLIES, "Peru", "Japan")
    assert not supposed(view, fact)
