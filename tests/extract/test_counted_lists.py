"""A measure on a counted class restricts the list of that many items given nearby."""

from __future__ import annotations

from rekg.extract import extract
from rekg.extract.pipeline import run
from rekg.loaders.document import Document

from .fragments import restricted_pairs


def _restricted(text: str) -> set[tuple[str, str]]:
    return restricted_pairs(extract(Document(text=text, title="Test", published="2025-06-01")))


def test_a_list_after_the_counted_class_is_what_the_measure_covers() -> None:
    restricted = _restricted(
        "Vietnam will require export licences for four minor metals from July. Which metals? "
        "Tungsten, bismuth, antimony and indium, in every form.")
    assert {("Vietnam", m) for m in ("tungsten", "bismuth", "antimony", "indium")} <= restricted


def test_a_list_given_before_the_counted_class_is_what_the_measure_covers() -> None:
    restricted = _restricted(
        "Gallium, germanium and graphite are mined in many places. In March, India banned "
        "exports of the three metals.")
    assert {("India", m) for m in ("gallium", "germanium", "graphite")} <= restricted


def test_a_list_of_another_length_or_a_negated_list_is_not_taken() -> None:
    ctx = run(Document(
        text="Vietnam will require export licences for four minor metals from July. Tungsten and "
             "bismuth are the best known. Cobalt, nickel, tin and zinc are not affected.",
        title="Test", published="2025-06-01"))
    assert not [f for f in ctx.facts if f.origin == "frame:counted-list"]
