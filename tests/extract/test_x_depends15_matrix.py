"""Generated DEPENDS_ON cases of round 15 (lane x-depends15): products whose head word the
open vocabulary lacked (weapons, vehicles, energy plant, electronic and car parts, medical
goods, textiles and plastics), "them" as the counted object of a product's use ("a modern car
uses hundreds of them" after a sentence naming the goods), and assemblies that pair one part
with another ("each actuator pairs a motor with a gearbox"). Invented makers and phrasings;
each twin with the same names must give nothing."""

from __future__ import annotations

import pytest

from .fragments import dependency_pairs

# plural surface, a word of the canonical name (new open-vocabulary heads)
PRODUCTS = [
    ("glide bombs", "bomb"), ("interceptors", "interceptor"), ("hand grenades", "grenade"),
    ("rifles", "rifle"), ("tractors", "machinery"), ("forklifts", "forklift"),
    ("excavators", "excavator"), ("airliners", "airliner"), ("trams", "tram"),
    ("boilers", "boiler"), ("substations", "substation"), ("connectors", "connector"),
    ("transceivers", "transceiver"), ("microcontrollers", "microcontroller"),
    ("alternators", "alternator"), ("radiators", "radiator"), ("windscreens", "windscreen"),
    ("pistons", "piston"), ("gear reducers", "reducer"), ("turbine vanes", "vane"),
    ("cranes", "crane"), ("syringes", "syringe"),
    ("inhalers", "inhaler"), ("textiles", "textile"), ("plastics", "plastic"),
    ("drill bits", "tool"), ("cancer therapies", "therap"), ("cancer drugs", "drug"),
    ("radiopharmaceuticals", "radiopharmaceutical"), ("heatsinks", "heatsink"),
    ("platters", "platter"),
]
# surface, a word of its canonical name
INPUTS = [("tungsten", "tungsten"), ("neodymium magnets", "ndfeb"), ("gallium", "gallium"),
          ("antimony trioxide", "antimony trioxide"), ("cobalt", "cobalt")]

USES = [
    "{P} use {m}.", "{M} goes into {p}.", "Most {p} would not work without {m}.",
    "{P} made by Qorvane rely on {m}.", "Demand for {m} from {p} makers rose.",
    "Without {m}, {p} cannot be made.", "{M} is used in {p}.",
]
TWINS = [
    "{M} prices rose as {p} sales fell.", "{P} makers dropped {m} last year.",
    "{P} no longer use {m}.", "{P} are now made without {m}.", "{P} do not contain {m}.",
]

_CASES = [(i, j) for i in range(len(PRODUCTS)) for j in range(len(INPUTS))
          if (i + j) % len(INPUTS) == 0]


def _text(template: str, i: int, j: int) -> str:
    p, _ = PRODUCTS[i]
    m, _ = INPUTS[j]
    return template.format(P=p[0].upper() + p[1:], p=p, M=m[0].upper() + m[1:], m=m)


def _found(text: str, i: int, j: int) -> bool:
    return any(PRODUCTS[i][1] in a and INPUTS[j][1] in b for a, b in dependency_pairs(text))


@pytest.mark.parametrize("template", USES)
def test_a_product_of_a_new_head_gets_its_input(template: str) -> None:
    assert [_text(template, i, j) for i, j in _CASES if not _found(_text(template, i, j), i, j)] \
        == []


@pytest.mark.parametrize("template", TWINS)
def test_a_new_head_beside_an_input_without_a_use_gives_none(template: str) -> None:
    assert [_text(template, i, j) for i, j in _CASES if _found(_text(template, i, j), i, j)] == []


def test_a_metaphorical_head_names_no_product() -> None:
    for text in ("It rose a bit in May, and cobalt prices fell.",
                 "The firm has a pipeline of projects, and cobalt is one of them."):
        assert not any("cobalt" in b for _, b in dependency_pairs(text)), text


# "them" counted after a goods-taking verb: the goods of the sentence before.
MAKERS = ["Nexvor", "Brelk Components", "Quandre"]
GOODS = [  # plural list, the canonical words
    ("transistors, diodes and logic chips", ["transistor", "diode", "logic chip"]),
    ("small gearboxes", ["gearbox"]),
    ("brushless motors and encoders", ["brushless motor", "encoder"]),
]
WHOLES = [("car", "car"), ("Tovan robot", "robot"), ("delivery drone", "delivery drone")]
COUNTED = [
    "{Maker} makes {goods}. They are cheap, but a modern {whole} uses hundreds of them.",
    "{Maker} makes {goods}. Every {whole} contains dozens of them.",
    "{Maker} sells {goods}. A typical {whole} needs six of them.",
    "{Maker} ships {goods}. Each {whole} uses them.",
]
COUNTED_TWINS = [
    "{Maker} makes {goods}. Analysts praised dozens of them.",
    "{Maker} makes {goods}. Prices of them rose as {whole} sales fell.",
    "{Maker} makes {goods}. A {whole} maker bought dozens of them for resale.",
]


def _counted(template: str, k: int) -> tuple[str, list[str], str]:
    goods, names = GOODS[k]
    whole, word = WHOLES[k]
    return template.format(Maker=MAKERS[k], goods=goods, whole=whole), names, word


@pytest.mark.parametrize("template", COUNTED)
@pytest.mark.parametrize("k", range(len(GOODS)))
def test_counted_them_is_the_goods_before(template: str, k: int) -> None:
    text, names, whole = _counted(template, k)
    pairs = dependency_pairs(text)
    assert all(any(whole in a and name in b for a, b in pairs) for name in names), (text, pairs)


@pytest.mark.parametrize("template", COUNTED_TWINS)
@pytest.mark.parametrize("k", range(len(GOODS)))
def test_them_without_a_products_use_gives_none(template: str, k: int) -> None:
    text, names, whole = _counted(template, k)
    pairs = dependency_pairs(text)
    assert not any(whole in a and name in b for a, b in pairs for name in names), (text, pairs)


def test_them_after_goods_of_two_labels_is_not_the_products() -> None:
    pairs = dependency_pairs("Brelk sells small gearboxes and neodymium magnets. "
                             "Every Tovan robot contains dozens of them.")
    assert not any("gearbox" in b for _, b in pairs), pairs


def test_them_two_sentences_back_is_not_read() -> None:
    pairs = dependency_pairs("Brelk sells small gearboxes. The firm is based in Lyon. "
                             "Every Tovan robot contains dozens of them.")
    assert not any("gearbox" in b for _, b in pairs), pairs


# An assembly that pairs one part with another depends on both.
PAIRS = [
    ("Each actuator pairs a compact motor with a gearbox.", "actuator", ["motor", "gearbox"]),
    ("The Varlo turbines combine a small generator with a compact gearbox.", "turbine",
     ["generator", "gearbox"]),
    ("Every Quandre drone couples a brushless motor with a lithium polymer battery.", "drone",
     ["brushless motor", "battery"]),
]
PAIR_TWINS = [
    "Engineers pair motors with gearboxes.",
    "The actuator maker combined with a gearbox supplier last year.",
    "Actuator prices rose as gearbox sales fell.",
    "Actuators and gearboxes are both on the list.",
]


@pytest.mark.parametrize(("text", "whole", "parts"), PAIRS, ids=lambda v: str(v)[:25])
def test_an_assembly_pairing_parts_depends_on_both(text: str, whole: str,
                                                   parts: list[str]) -> None:
    pairs = dependency_pairs(text)
    assert all(any(whole in a and part in b for a, b in pairs) for part in parts), pairs


@pytest.mark.parametrize("text", PAIR_TWINS)
def test_pairing_without_an_assembly_subject_gives_none(text: str) -> None:
    pairs = dependency_pairs(text)
    assert not any("actuator" in a or "motor" in a for a, _ in pairs), pairs


# A part "for", "of", "in" or "on" a product named with an adjective the name leaves out
# ("modern", "typical", "compact"): the product still depends on the part.
PART_OF = [
    ("Batteries for modern {w} are scarce.", "battery"),
    ("Sensors on typical {w} use gallium chips.", "sensor"),
    ("The motors of compact {w} contain neodymium magnets.", "motor"),
    ("Cameras inside advanced {w} need germanium lenses.", "camera"),
]
PART_TWINS = [
    "Battery prices rose, but modern {w} sold well.",
    "Sensors were cheap last year, and typical {w} were dear.",
]
WHOLE_WORDS = [("scooters", "scooter"), ("delivery drones", "delivery drone"),
               ("excavators", "excavator")]


@pytest.mark.parametrize(("template", "part"), PART_OF)
@pytest.mark.parametrize(("plural", "word"), WHOLE_WORDS)
def test_a_part_of_an_adjectived_product(template: str, part: str, plural: str,
                                         word: str) -> None:
    pairs = dependency_pairs(template.format(w=plural))
    assert any(word in a and part in b for a, b in pairs), pairs


@pytest.mark.parametrize("template", PART_TWINS)
@pytest.mark.parametrize(("plural", "word"), WHOLE_WORDS)
def test_a_part_beside_an_adjectived_product_gives_none(template: str, plural: str,
                                                         word: str) -> None:
    pairs = dependency_pairs(template.format(w=plural))
    assert not any(word in a for a, _ in pairs), pairs


# A head too general to name a product alone ("phones", "trucks") names one as an item of a
# list of products; alone, or beside no product, it names none.
LISTED = [
    ("Neodymium magnets go into drones, phones and laptops.", "phone"),
    ("Cobalt goes into laptops and phones.", "phone"),
    ("Gallium is used in satellites, servers and smartphones.", "server"),
    ("Tungsten is used in drones, trucks and laptops.", "truck"),
    ("Gallium goes into radars, displays and satellites.", "display"),
]
LISTED_TWINS = [
    "The company makes phones, and cobalt prices rose.",
    "Trucks and trains were delayed, and cobalt prices rose.",
    "Cobalt prices rose, and trains were late.",
]


@pytest.mark.parametrize(("text", "item"), LISTED, ids=lambda v: str(v)[:30])
def test_a_general_head_in_a_list_of_products_is_one(text: str, item: str) -> None:
    assert any(a == item for a, _ in dependency_pairs(text)), dependency_pairs(text)


@pytest.mark.parametrize("text", LISTED_TWINS)
def test_a_general_head_outside_a_product_list_gives_none(text: str) -> None:
    assert dependency_pairs(text) == set()
