"""A bare "concentrate" names the concentrate of the material before it or in focus: a rare
earth concentrate only when rare earths are what the sentence or the article is about."""

from __future__ import annotations

from rekg.extract.pipeline import mentions_for
from rekg.loaders.document import Document
from rekg.schema import Label


def _materials(text: str) -> list[set[str]]:
    views = mentions_for(Document(text=text, title="Test", published="2025-11-10"))
    return [{m.name for m in v.mentions if m.label is Label.MATERIAL} for v in views]


def test_the_concentrate_of_the_material_in_focus() -> None:
    found = _materials("Tungsten prices doubled in March. Vietnam mines tungsten, and its "
                       "smelters also buy concentrate from Laos.")
    assert "tungsten concentrate" in found[1]
    assert "rare earth concentrate" not in found[1]


def test_no_node_when_the_material_has_no_concentrate_entry() -> None:
    found = _materials("Gallium output rose again. Gallium refiners in Hunan bought "
                       "concentrates from two smelters in the north.")
    assert not any("concentrate" in name for name in found[1])


def test_a_named_material_owns_the_concentrate() -> None:
    found = _materials("The smelter in Hunan buys nickel concentrates from Yunnan.")[0]
    assert "nickel" in found
    assert "rare earth concentrate" not in found


def test_rare_earth_concentrate_stands_among_rare_earths() -> None:
    assert "rare earth concentrate" in _materials(
        "The mine ships concentrate to a plant that separates it into NdPr oxide.")[0]
    assert "rare earth concentrate" in _materials(
        "Rare earths are mined at the pit. The mill then ships concentrate by rail.")[1]
    assert "rare earth concentrate" in _materials("The mine ships concentrate by rail.")[0]
