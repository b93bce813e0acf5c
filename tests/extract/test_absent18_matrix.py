"""A generated matrix of absent facts: goods that a measure does not restrict because it bars
only the technology for making them or leaves them free to ship ("but cobalt can still be
shipped"), measures walked back or still on the drawing board, and producers still years from
producing. Several imposers and goods x several phrasings must give nothing; twins with the
same names, where the fact still holds, must still give it (scorer on, as in evaluation)."""

from __future__ import annotations

import pytest

from .fragments import restricted_items, states

_IMPOSERS = ["Zambia", "Norway", "Chile"]
_ITEMS = [("cobalt", "nickel"), ("tungsten", "tin"), ("gallium", "germanium")]

# {P}: the imposer; {i}, {j}: two goods; {i} must not be restricted
ABSENT = [
    "{P} banned the export of technology for making {i} alloys.",
    "{P} banned the export of technology used to refine {i}.",
    "{P} also banned the export of technology for {j} and {i} magnets.",
    "{P} bars the export of know-how for making {i} and {j} powders.",
    "{P} bars the export of know-how for making two kinds of magnets: {j} magnets and {i} "
    "magnets.",
    "{P} has banned exports of refining technology since 2023, but {i} and {j} can still be "
    "shipped.",
    "{P} restricts exports of smelting equipment; {i} can still be exported.",
    "{P} walked back its ban on {i} exports in June.",
    "The ban on {i} exports that {P} announced in May has been walked back.",
    "A ban by {P} on {i} exports remains on the drawing board.",
]
# the same names where the measure stands: {i} must be restricted
HOLDS = [
    "{P} banned exports of {i} in May.",
    "{P} banned exports of {i} and of equipment for smelting in May.",
    "{P} built its trade on technology for magnets, and its {i} exports are banned.",
    "{P} banned exports of {i} in May, and the ban has not been walked back.",
    "{P} banned exports of {i} in May; the ban, which has not been lifted, covers {j} too.",
    "{P} banned the export of {i} and of the technology used to refine it.",
    "{P} banned exports of {i}, while {j} can still be shipped.",
    "{P} banned the export of technology for making magnets and restricted {i} exports.",
    "{P} placed some equipment for making steel, such as presses for {i} alloys, under licence.",
]

_COMPANIES = ["Veltrix Metals Ltd", "Orsa Mining Corp", "Kestrel Refining Inc"]
_GOODS = ["cobalt", "lithium", "tin"]
NOT_YET = [
    "{C} is still years from producing {m} at its northern site.",
    "{C} remains years from production of {m}, its chief executive said.",
    "{C} is several years from mining {m} in the north.",
]
MAKES = [
    "{C} produces {m} at its northern site.",
    "{C} resumed {m} production at its northern site in May.",
]


def _cases(templates: list[str]) -> list[tuple[str, str]]:
    return [(t.format(P=p, i=i, j=j), i) for t in templates for p in _IMPOSERS
            for i, j in _ITEMS]


def _restricts(text: str, item: str) -> bool:
    # the technology or equipment for making the item ("cobalt alloy manufacturing technology")
    # is a product of its own, not the item
    return any(item in name.lower() and not name.lower().endswith(_MAKERS)
               for name in restricted_items(text))


_MAKERS = ("technology", "equipment", "machinery")


@pytest.mark.parametrize(("text", "item"), _cases(ABSENT))
def test_absent_item_is_not_restricted(text: str, item: str) -> None:
    assert not _restricts(text, item), text


@pytest.mark.parametrize(("text", "item"), _cases(HOLDS))
def test_standing_measure_still_restricts(text: str, item: str) -> None:
    assert _restricts(text, item), text


@pytest.mark.parametrize(("text", "company", "goods"),
                         [(t.format(C=c, m=m), c, m) for t in NOT_YET for c in _COMPANIES
                          for m in _GOODS])
def test_years_from_producing_gives_nothing(text: str, company: str, goods: str) -> None:
    assert not states(text, "PRODUCES", company.split()[0], goods), text


@pytest.mark.parametrize(("text", "company", "goods"),
                         [(t.format(C=c, m=m), c, m) for t in MAKES for c in _COMPANIES
                          for m in _GOODS])
def test_producer_twin_still_produces(text: str, company: str, goods: str) -> None:
    assert states(text, "PRODUCES", company.split()[0], goods), text
