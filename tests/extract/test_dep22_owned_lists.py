"""Round 22: a possessive that opens a sentence owns every item of the list it opens ("Its
batteries, cameras and motors ..." after a sentence about a drone: the drone depends on each),
not only the first. Twins: parts of another owner, a list that does not open the sentence,
and goods the product does without."""

from __future__ import annotations

import pytest

from .fragments import states

OWNED = [
    ("A drone from Kestrel Dynamics weighs little. Its batteries, cameras and brushless motors "
     "come from Velmora.", "drone", ["battery", "camera", "brushless motor"]),
    ("The forklift sold well in Orsa. Its batteries and electric motors are made in Tarvik.",
     "forklift", ["battery", "motor"]),
    ("Smartwatches are small. Their sensors and batteries are supplied by Brenholt.",
     "wearable", ["sensor", "battery"]),
]


@pytest.mark.parametrize(("text", "owner", "parts"), OWNED)
def test_each_listed_part_is_owned(text: str, owner: str, parts: list[str]) -> None:
    for part in parts:
        assert states(text, "DEPENDS_ON", owner, part), part


TWINS = [
    # the list is of another company's goods, not the product's parts
    ("A drone from Kestrel Dynamics weighs little. Velmora sells batteries, cameras and "
     "brushless motors.", "drone", "camera"),
    # a part named without the possessive opener
    ("A drone from Kestrel Dynamics weighs little. Batteries and cameras are cheap in Orsa.",
     "drone", "camera"),
]


@pytest.mark.parametrize(("text", "owner", "part"), TWINS)
def test_unowned_list_gives_no_part(text: str, owner: str, part: str) -> None:
    assert not states(text, "DEPENDS_ON", owner, part)
