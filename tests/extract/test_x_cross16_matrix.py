"""Generated cross-sentence DEPENDS_ON cases of round 16 (lane x-cross16): a sentence whose
subject is a pronoun ("It hardens lead, which is why it is found in ...", "Its main use is in
...", "They melt easily, so they are found in ...") goes on about the material the sentence
before opened with, and a demonstrative before the head of a material named just before ("that
oxide", "that carbonate") is that material. Invented makers and places; each twin with the
same names must give nothing: a company the pronoun could mean, another topic between the two
sentences, two materials for one "it", a denied use."""

from __future__ import annotations

import pytest

from .fragments import dependency_pairs

# surface, a word of the canonical name
MATERIALS = [("bismuth", "bismuth"), ("antimony", "antimony"), ("tellurium", "tellurium"),
             ("germanium", "germanium"), ("indium", "indium")]
PRODUCTS = [("solar panels", "solar panel"), ("bullets", "bullet"),
            ("infrared detectors", "infrared detector"), ("fire sprinklers", "sprinkler"),
            ("thermal cameras", "camera")]

USES = [
    "{M} is a soft grey metal. It hardens lead, which is why it is found in {p}.",
    "{M} is a soft grey metal. It resists heat, so it is found in {p}.",
    "{M}. Recovered mainly from copper refining. Its largest use is in {p}.",
    "{M} is a soft grey metal. Its main use is in {p}.",
    "{M} is a soft grey metal. It melts easily, and it also goes into {p}.",
    "{M} is a soft grey metal. It melts easily, which is why it ends up in {p}.",
    "{M} and tin are soft metals. They melt easily, which is why they are found in {p}.",
    "{M} is a soft grey metal. In practice it is found in {p}.",
    "{M} and tin are soft metals. They alloy with copper, which is why they are found in {p}.",
    "{M} is a soft grey metal. It alloys with tin, so it is used in {p}.",
    "{M} is a soft grey metal. Its most important application is in {p}.",
]
TWINS = [
    "Velmora Metals refines {m} in Ostrava. It hardens lead, which is why it is found in {p}.",
    "{M} is a soft grey metal. Velmora Metals cut prices in Ostrava. It hardens lead, which is "
    "why it is found in {p}.",
    "{M} and tin are soft metals. It hardens lead, which is why it is found in {p}.",
    "{M} is a soft grey metal. It hardens lead, but it is not found in {p}.",
]

_CASES = list(zip(MATERIALS, PRODUCTS, strict=True))


def _text(template: str, material: str, product: str) -> str:
    return template.format(M=material[0].upper() + material[1:], m=material, p=product)


def _found(text: str, material: str, product: str) -> bool:
    return any(product in a and material in b for a, b in dependency_pairs(text))


@pytest.mark.parametrize("template", USES)
def test_a_pronoun_subject_goes_on_about_the_material_before(template: str) -> None:
    missed = [_text(template, m, p) for (m, mk), (p, pk) in _CASES
              if not _found(_text(template, m, p), mk, pk)]
    assert missed == []


@pytest.mark.parametrize("template", TWINS)
def test_an_ambiguous_or_denied_pronoun_gives_nothing(template: str) -> None:
    wrong = [_text(template, m, p) for (m, mk), (p, pk) in _CASES
             if _found(_text(template, m, p), mk, pk)]
    assert wrong == []


# A demonstrative before the head of a material named in the sentence before.
HEAD_MATERIALS = [("cerium oxide", "cerium oxide"), ("yttrium oxide", "yttrium oxide"),
                  ("scandium oxide", "scandium oxide")]
HEAD_PRODUCTS = [("polishing powders", "polishing"), ("lasers", "laser"), ("radars", "radar")]
HEAD_USES = ["Qorvane sells {m} from Ostrava. That oxide is used in {p}.",
             "Qorvane sells {m} from Ostrava. That oxide then goes into {p}."]
HEAD_TWINS = ["Qorvane sells {m} from Ostrava. That oxide plant also makes {p}.",
              "Qorvane sells {m} from Ostrava. That oxide is not used in {p}."]
_HEAD_CASES = list(zip(HEAD_MATERIALS, HEAD_PRODUCTS, strict=True))


@pytest.mark.parametrize("template", HEAD_USES)
def test_a_demonstrative_head_is_the_material_named_before(template: str) -> None:
    missed = [template.format(m=m, p=p) for (m, mk), (p, pk) in _HEAD_CASES
              if not _found(template.format(m=m, p=p), mk, pk)]
    assert missed == []


@pytest.mark.parametrize("template", HEAD_TWINS)
def test_a_head_that_modifies_a_noun_or_a_denied_use_gives_nothing(template: str) -> None:
    wrong = [template.format(m=m, p=p) for (m, mk), (p, pk) in _HEAD_CASES
             if _found(template.format(m=m, p=p), mk, pk)]
    assert wrong == []


# "They" after a sentence whose subject is one company: the plural goods it names (a company
# is "it"); two companies could be "they", and a denied use gives nothing.
PARTS = [("brushless motors", "brushless motor", "drones", "drone"),
         ("capacitors", "capacitor", "smartphones", "smartphone"),
         ("sensors", "sensor", "industrial robots", "robot"), ("diodes", "diode", "cars", "car")]
PART_USES = ["Velmora Systems makes {p} in Ostrava. They cost little, but they are needed by {q}.",
             "Velmora Systems makes {p} in Ostrava. They are cheap, and they go into {q}."]
PART_TWINS = ["Velmora Systems and Qorvane make {p} in Ostrava. They cost little, but they are "
              "needed by {q}.",
              "Velmora Systems makes {p} in Ostrava. They do not go into {q}."]


def _part_found(template: str, p: str, pk: str, q: str, qk: str) -> bool:
    return any(qk in a and pk in b for a, b in dependency_pairs(template.format(p=p, q=q)))


@pytest.mark.parametrize("template", PART_USES)
def test_they_after_one_company_is_the_goods_it_names(template: str) -> None:
    assert [p for p, pk, q, qk in PARTS if not _part_found(template, p, pk, q, qk)] == []


@pytest.mark.parametrize("template", PART_TWINS)
def test_they_after_two_companies_or_a_denied_use_gives_nothing(template: str) -> None:
    assert [p for p, pk, q, qk in PARTS if _part_found(template, p, pk, q, qk)] == []
