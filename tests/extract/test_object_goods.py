"""A goods-taking "it" ("exports of it", "solar cells contain it") is the material the sentence
before was about; generated: antecedent sentences x materials x fact sentences, with twins
where "it" has no material, several or a dummy reading to go back to."""

from __future__ import annotations

import itertools

import pytest

from .fragments import states

_MATERIALS = (("Gallium", "gallium"), ("Germanium", "germanium"), ("Tungsten", "tungsten"))
_ANTECEDENTS = ("{M} is hard to replace.", "Few buyers outside Asia have heard of {m}.",
                "Analysts expect {m} to stay scarce.")
# (sentence with "it", relation, source, target or "" for the material)
_FACTS = (("Beijing restricted exports of it in 2023.", "RESTRICTS", "*", ""),
          ("Beijing banned shipments of it to the United States.", "RESTRICTS", "*", ""),
          ("Solar panels contain it.", "DEPENDS_ON", "solar", ""),
          ("Drill bits use it.", "DEPENDS_ON", "*", ""),
          ("Jiangxi Copper sells it to Toyota.", "PRODUCES", "Jiangxi Copper", ""),
          ("Jiangxi Copper sells it to Toyota.", "SUPPLIES", "Jiangxi Copper", "Toyota"),
          ("Jiangxi Copper sells the bulk of it to Toyota.", "PRODUCES", "Jiangxi Copper", ""),
          ("Beijing restricted exports of most of it.", "RESTRICTS", "*", ""),
          ("Japan buys most of it from Jiangxi Copper.", "PRODUCES", "Jiangxi Copper", ""))


@pytest.mark.parametrize(("material", "antecedent", "fact"),
                         list(itertools.product(_MATERIALS, _ANTECEDENTS, _FACTS)))
def test_it_takes_the_material_before(material: tuple[str, str], antecedent: str,
                                      fact: tuple[str, str, str, str]) -> None:
    name, low = material
    sentence, rel, source, target = fact
    text = antecedent.format(M=name, m=low) + " " + sentence
    assert states(text, rel, source, target or low)


@pytest.mark.parametrize("text", [
    "Prices rose sharply this year. Beijing restricted exports of it in 2023.",
    "Analysts compared gallium with germanium. Beijing restricted exports of it in 2023.",
    "Gallium and germanium are scarce. Solar panels contain it.",
    "Micron makes memory chips. Beijing banned it from state projects.",
])
def test_it_without_one_material_names_none(text: str) -> None:
    assert not states(text, "RESTRICTS", "*", "gallium")
    assert not states(text, "RESTRICTS", "*", "germanium")
    assert not states(text, "DEPENDS_ON", "*", "gallium")
    assert not states(text, "DEPENDS_ON", "*", "germanium")


def test_subject_of_the_sentence_before_wins() -> None:
    text = "Gallium is a by-product of aluminium. Beijing restricted exports of it in 2023."
    assert states(text, "RESTRICTS", "*", "gallium")
    assert not states(text, "RESTRICTS", "*", "aluminium")


def test_dummy_it_is_not_the_material() -> None:
    text = "Gallium is scarce. It is clear that Beijing will restrict exports of germanium."
    assert not states(text, "RESTRICTS", "*", "gallium")
    assert states(text, "RESTRICTS", "*", "germanium")


def test_share_of_an_unnamed_it_names_no_goods() -> None:
    text = "Prices rose sharply this year. Japan buys most of it from China."
    assert not states(text, "PRODUCES", "China", "*")
