"""A title in apposition before a person's name: "Tarrow's chief executive, Ida Holm, said"."""

from __future__ import annotations

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType


def _represents(text: str) -> set[tuple[str, str]]:
    ctx = run(Document(text=text, title="T", published="2025-06-01"))
    return {(f.source.name, f.target.name) for f in ctx.facts if f.rel is RelType.REPRESENTS}


def test_a_possessive_title_before_a_name_in_commas_names_whom_the_person_represents() -> None:
    found = _represents("Baltic Magnetics Ltd's chief executive, Maria Ostrova, said orders "
                        "rose in May.")
    assert ("Maria Ostrova", "Baltic Magnetics Ltd") in found


def test_its_opening_a_sentence_is_the_organisation_named_before() -> None:
    found = _represents("Baltic Magnetics Ltd raised output in May. Its chief executive, Maria "
                        "Ostrova, said orders rose.")
    assert ("Maria Ostrova", "Baltic Magnetics Ltd") in found


def test_its_inside_a_clause_may_speak_of_something_else() -> None:
    found = _represents("Baltic Magnetics Ltd agreed to buy the mine from its founder, Maria "
                        "Ostrova, last year.")
    assert ("Maria Ostrova", "Baltic Magnetics Ltd") not in found
