"""A material named right before a product, with nothing between ("cadmium telluride solar
panels", "indium antimonide infrared detectors"): the product is made with the material, so it
depends on it. A coordinated list of materials before one product ("gallium arsenide and gallium
nitride chips"), or one material before a list of products ("indium phosphide lasers and
photodetectors"), is shared by the whole list."""

from __future__ import annotations

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.schema import Label, RelType

_ORIGIN = "depends_on.material-modifies-product"
_FORMS = ("name", "alias", "open")


def _same(a: Mention, b: Mention) -> bool:
    return a.node_id == b.node_id


def material_modifier_facts(view: SentenceView) -> list[Fact]:
    goods = [m for m in view.mentions if m.form in _FORMS and m.end > m.start
             and m.label in (Label.MATERIAL, Label.PRODUCT)]
    products: dict[int, list[Mention]] = {}
    for m in goods:
        if m.label is Label.PRODUCT:
            products.setdefault(m.start, []).append(m)
    facts: list[Fact] = []
    for material in goods:
        if material.label is not Label.MATERIAL or material.end >= len(view.words) \
                or view.gaps[material.end] != "":
            continue
        for first in products.get(material.end, ()):
            inputs = [material]
            if material.group >= 0:
                inputs = [m for m in goods if m.group == material.group
                          and m.label is Label.MATERIAL and m.end <= material.end]
            wholes = [first]
            if first.group >= 0:
                wholes = [m for m in goods if m.group == first.group
                          and m.label is Label.PRODUCT and m.start >= first.start]
            facts.extend(Fact(RelType.DEPENDS_ON, product, m, view.index, _ORIGIN, 0.7,
                              view.text) for product in wholes for m in inputs
                         if not _same(product, m))
    return facts
