"""A material named right before a product, with nothing between ("cadmium telluride solar
panels", "indium antimonide infrared detectors"): the product is made with the material, so it
depends on it. A coordinated list of materials before one product ("gallium arsenide and gallium
nitride chips"), or one material before a list of products ("indium phosphide lasers and
photodetectors"), is shared by the whole list."""

from __future__ import annotations

from rekg.extract.context import Fact, Mention, SentenceView, same_node
from rekg.schema import Label, RelType

_ORIGIN = "depends_on.material-modifies-product"
_OBJECT_ORIGIN = "depends_on.need-of-modified-product"
_FORMS = ("name", "alias", "open")
# Heads of things that are not made of the material named before them: "graphite dual-use
# items", "rare earth processing technology".
_NOT_MADE = frozenset({"technology", "item", "know-how", "equipment", "licence", "license"})
_LIST_WORDS = frozenset({"and", "or"})


def _run(view: SentenceView, members: list[Mention]) -> list[Mention]:
    """The members of a list from the first on, as long as only "and", "or" or a comma parts
    one from the next ("lasers and photodetectors", not "motors, and its trucks")."""
    members = sorted(members, key=lambda m: m.start)
    run = members[:1]
    for m in members[1:]:
        between = view.words[run[-1].end:m.start]
        if len(between) > 1 or any(w not in _LIST_WORDS for w in between):
            break
        run.append(m)
    return run


def _run_back(view: SentenceView, members: list[Mention]) -> list[Mention]:
    """The members of a list up to the last, read back from it the way ``_run`` reads on."""
    members = sorted(members, key=lambda m: -m.start)
    run = members[:1]
    for m in members[1:]:
        between = view.words[m.end:run[-1].start]
        if len(between) > 1 or any(w not in _LIST_WORDS for w in between):
            break
        run.append(m)
    return run


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
            if view.words[first.end - 1] in _NOT_MADE:
                continue
            inputs = [material]
            if material.group >= 0:
                inputs = _run_back(view, [m for m in goods if m.group == material.group
                                          and m.label is Label.MATERIAL
                                          and m.end <= material.end])
            wholes = [first]
            if first.group >= 0:
                wholes = _run(view, [m for m in goods if m.group == first.group
                                     and m.label is Label.PRODUCT and m.start >= first.start])
            facts.extend(Fact(RelType.DEPENDS_ON, product, m, view.index, _ORIGIN, 0.7,
                              view.text) for product in wholes for m in inputs
                         if not same_node(product, m))
    return facts


def modified_objects(facts: list[Fact], modified: list[Fact]) -> list[Fact]:
    """A need read up to the material that names a product reaches the product too: in
    "robot arms use rare earth servo motors" the arms use the motors, not only rare earths."""
    by_material: dict[int, list[Fact]] = {}
    for m in modified:
        by_material.setdefault(id(m.target), []).append(m)
    return [Fact(RelType.DEPENDS_ON, fact.source, m.source, fact.sentence, _OBJECT_ORIGIN,
                 fact.confidence, fact.evidence)
            for fact in facts if fact.rel is RelType.DEPENDS_ON
            and not fact.origin.startswith("scorer")
            for m in by_material.get(id(fact.target), ())
            if fact.source.end <= fact.target.start and not same_node(fact.source, m.source)]
