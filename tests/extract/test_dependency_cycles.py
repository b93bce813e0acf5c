"""One direction per pair of dependencies in an article."""

from __future__ import annotations

from rekg.extract.context import Fact, Mention
from rekg.extract.dependency_cycles import _weaker
from rekg.schema import Label, RelType


def _m(label: Label, node: str) -> Mention:
    return Mention(label, node, node, 0, 1, node, "name")


def _dep(a: Mention, b: Mention, conf: float) -> Fact:
    return Fact(RelType.DEPENDS_ON, a, b, 0, "test", conf)


MOTOR, DRONE = _m(Label.PRODUCT, "product:motor"), _m(Label.PRODUCT, "product:drone")
MAGNET, SAMARIUM = _m(Label.MATERIAL, "material:magnet"), _m(Label.MATERIAL, "material:sm")


def test_between_a_product_and_a_material_the_product_needs() -> None:
    weaker = _weaker([_dep(MOTOR, MAGNET, 0.5), _dep(MAGNET, MOTOR, 0.9)])
    assert weaker == {("material:magnet", "product:motor")}


def test_between_two_products_the_better_supported_direction_stays() -> None:
    weaker = _weaker([_dep(DRONE, MOTOR, 0.85), _dep(MOTOR, DRONE, 0.5)])
    assert weaker == {("product:motor", "product:drone")}


def test_two_materials_are_left_alone() -> None:
    assert not _weaker([_dep(MAGNET, SAMARIUM, 0.5), _dep(SAMARIUM, MAGNET, 0.9)])


def test_a_pair_read_one_way_only_is_kept() -> None:
    assert not _weaker([_dep(MOTOR, MAGNET, 0.5), _dep(DRONE, MOTOR, 0.9)])
