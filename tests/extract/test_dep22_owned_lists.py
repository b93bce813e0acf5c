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


# A whole told by its parts: "comprises", "is made up of", and lists whose items each take
# an article ("a battery and an electric motor").
PARTS = [
    ("Each forklift comprises a battery and an electric motor.", "forklift",
     ["battery", "motor"]),
    ("A heat pump is made up of a compressor and a copper coil.", "heat pump",
     ["compressor", "copper"]),
    ("A drone consists of a battery, a camera and a brushless motor.", "drone",
     ["battery", "camera", "brushless motor"]),
    ("A golf cart contains a battery and an electric motor.", "golf cart",
     ["battery", "motor"]),
    # the part named with the pronoun of the goods just before it
    ("Drones, and the brushless motors inside them, rely on neodymium magnets.", "drone",
     ["brushless motor"]),
    ("Velmora sells forklifts and golf carts, and the batteries in them come from Orsa.",
     "golf cart", ["battery"]),
]


@pytest.mark.parametrize(("text", "whole", "parts"), PARTS)
def test_whole_told_by_parts(text: str, whole: str, parts: list[str]) -> None:
    for part in parts:
        assert states(text, "DEPENDS_ON", whole, part), part


PART_TWINS = [
    # a share, not a part
    ("Heat pumps comprise a growing share of sales in Orsa.", "heat pump", "*"),
    # an apposition after a name is no list item
    ("Velmora ships hydrogen fluoride, an etching gas, and a cobalt salt.", "*", "*"),
    # goods sold side by side, no pronoun of the whole
    ("Velmora sells drones and the brushless motors of rival makers.", "drone",
     "brushless motor"),
    # "for them" names a use, not a place inside
    ("Kestrel Dynamics sells forklifts and the chargers for them.", "forklift", "charger"),
]


@pytest.mark.parametrize(("text", "whole", "part"), PART_TWINS)
def test_no_part_without_a_whole(text: str, whole: str, part: str) -> None:
    assert not states(text, "DEPENDS_ON", whole, part)


# "each"/"every" and the head of goods named just before refer to those goods.
HEADS = [
    ("Catalytic converters clean exhaust in Orsa. Each converter contains palladium.",
     "catalytic converter", "palladium"),
    ("Hard disk drives still sell well. Every drive shipped by Velmora contains a spindle motor.",
     "hard drive", "spindle motor"),
]


@pytest.mark.parametrize(("text", "whole", "part"), HEADS)
def test_each_head_refers_back(text: str, whole: str, part: str) -> None:
    assert states(text, "DEPENDS_ON", whole, part)


HEAD_TWINS = [
    # denied
    ("Catalytic converters clean exhaust in Orsa. Each converter contains no palladium.",
     "catalytic converter", "palladium"),
    # a plan, not a use
    ("Catalytic converters clean exhaust in Orsa. Each converter might one day contain "
     "palladium, engineers said.", "catalytic converter", "palladium"),
    # too far back: three sentences between
    ("Catalytic converters clean exhaust. Velmora is based in Orsa. It employs 40 people. "
     "Prices rose in May. Each converter contains palladium.", "catalytic converter",
     "palladium"),
]


@pytest.mark.parametrize(("text", "whole", "part"), HEAD_TWINS)
def test_each_head_twins(text: str, whole: str, part: str) -> None:
    assert not states(text, "DEPENDS_ON", whole, part)


# A list whose every item repeats the possessive, after a verb of need.
OWNED_LIST = [
    ("An old tractor uses magnets in its starter, its fuel pumps and its loudspeakers.",
     ["fuel pump", "speaker"]),
    ("Each forklift from Velmora uses cobalt in its lights, its batteries and its electric motors.",
     ["battery", "electric motor"]),
]


@pytest.mark.parametrize(("text", "parts"), OWNED_LIST)
def test_owned_list_items_are_parts(text: str, parts: list[str]) -> None:
    for part in parts:
        assert states(text, "DEPENDS_ON", "*", part) and not states(text, "DEPENDS_ON", part,
                                                                      "tractor"), part


OWNED_LIST_TWINS = [
    # no verb of need: markets and goods sold, not parts
    ("Velmora sells forklifts in its home market, its fuel pumps and its loudspeakers abroad.",
     "forklift", "fuel pump"),
    # two items only, the first not a part
    ("Cruise missiles use magnets, engineers said in their report, their radars aside.",
     "cruise missile", "radar"),
]


@pytest.mark.parametrize(("text", "whole", "part"), OWNED_LIST_TWINS)
def test_owned_list_twins(text: str, whole: str, part: str) -> None:
    assert not states(text, "DEPENDS_ON", whole, part)
