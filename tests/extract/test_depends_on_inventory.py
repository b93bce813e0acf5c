"""A generated DEPENDS_ON inventory: end products and parts (some the lexicon lacks) x inputs
x ways news states a use (active, passive, relative, appositive, lists on either side, a
pronoun or "the metal" in the next sentence, makers and demand). Each must give the dependent
-> input fact. Twins with the same names must give none: ended uses, substitutes, hedges and
two goods whose markets merely move side by side (scorer on, as in evaluation)."""

from __future__ import annotations

import pytest

from .fragments import dependency_pairs

# plural surface, a word of its canonical name
PRODUCTS = [
    ("electric vehicles", "electric vehicle"), ("wind turbines", "wind turbine"),
    ("servo drives", "servo drive"), ("hearing aids", "hearing aid"),
    ("traction motors", "traction motor"), ("voice-coil motors", "voice coil motor"),
    ("torpedoes", "torpedo"), ("MRI scanners", "mri"), ("industrial robots", "robot"),
    ("e-bikes", "bicycle"), ("power tools", "power tool"), ("pacemakers", "pacemaker"),
    ("elevators", "elevator"), ("cruise missiles", "cruise missile"),
    ("air conditioners", "air conditioner"), ("cordless vacuums", "vacuum"),
]
# surface, a word of its canonical name, plural
INPUTS = [
    ("dysprosium", "dysprosium", False), ("terbium", "terbium", False),
    ("samarium", "samarium", False), ("gallium", "gallium", False),
    ("antimony", "antimony", False), ("yttrium", "yttrium", False),
    ("rare earth magnets", "magnet", True), ("samarium-cobalt magnets", "samarium-cobalt", True),
    ("neodymium magnets", "ndfeb", True), ("gallium nitride", "gallium nitride", False),
]
ELEMENTS = [i for i in INPUTS if i[1] in ("dysprosium", "terbium", "samarium", "gallium",
                                           "antimony", "yttrium")]

USES = [
    "{M} {be} used in {p}.", "{P} contain {m}.", "{P} need {m}.", "{P} rely on {m}.",
    "{P} are built around {m}.", "{P} would not work without {m}.", "{M} {go} into {p}.",
    "{M}, found in {p}, {be} in short supply.", "{P} made with {m} are lighter.",
    "{M} {be} a key input for {p}.", "{M} {be} essential to {p}.",
    "Demand for {m} from {s} makers is rising.", "{M} {be} used in {p}, {p2} and {p3}.",
    "{P}, {p2} and {p3} all need {m}.", "{M} {be} needed to make {p}.",
    "{P}, which use {m}, are affected.", "{P} that rely on {m} are at risk.",
    "{M}, a key component of {p}, {be} scarce.", "Makers of {p} need {m}.",
    "{M} {be} vital to the production of {p}.", "{P} cannot be made without {m}.",
    "{P} are heavily dependent on {m}.", "{M} {be} at the heart of {p}.",
    "{M} {end} up in {p}.", "{P} are fitted with {m}.", "Without {m}, {p} would not work.",
    "{M}, which {be} used in {p}, {be} now scarce.", "{P} typically contain {m}.",
    "Much of the world's {m} goes into {p}.", "{M}, used in {p} and {p2}, {be} scarce.",
    "{M} {be} used extensively in {p}.", "{P} consume most of the world's {m}.",
    "The main use of {m} is in {p}.", "{S} manufacturers need {m}.",
    "{P} would be impossible without {m}.", "{P} would be useless without {m}.",
    "{M} {be} essential to {p}, the report said.", "{P} need several materials, including {m}.",
    "{P} need materials such as {m} and copper.", "For {p}, {m} {be} essential.",
    "{M} {make} {p} lighter and more efficient.",
]
NEXT_SENTENCE = [
    "{M} is one such metal. It goes into {p}.", "{M} is one such metal. It is used in {p}.",
    "Buyers worry about {m}. The metal is essential for {p}.",
    "{P} are everywhere. They rely on {m}.",
]
# uses stated with a verb that agrees with one element
ELEMENT_USES = ["{M} helps {p} run at high temperatures.", "{M} lets {p} work in the heat."]
TWINS = [
    "{P} no longer use {m}.", "The new {p} work without {m}.", "{P} could one day use {m}.",
    "The company plans to use {m} in its {p}.", "{P} do not need {m}.",
    "{M} prices rose as {s} sales slowed.", "{M} stocks fell while {s} orders climbed.",
    "The price of {m} doubled, and {s} exports dropped.", "Some {p} no longer contain {m}.",
]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _singular(plural: str) -> str:
    return {"torpedoes": "torpedo"}.get(plural, plural[:-1])


def _text(template: str, i: int, inputs: list[tuple[str, str, bool]], j: int) -> str:
    p = PRODUCTS[i][0]
    m, _, plural = inputs[j]
    return template.format(
        P=_cap(p), p=p, M=_cap(m), m=m, s=_singular(p), S=_cap(_singular(p)),
        p2=PRODUCTS[(i + 5) % len(PRODUCTS)][0], p3=PRODUCTS[(i + 11) % len(PRODUCTS)][0],
        be="are" if plural else "is", go="go" if plural else "goes",
        end="end" if plural else "ends", make="make" if plural else "makes")


def _found(text: str, dependent: str, needed: str) -> bool:
    return any(dependent in a and needed in b for a, b in dependency_pairs(text))


def _cases(inputs: list[tuple[str, str, bool]], step: int) -> list[tuple[int, int]]:
    return [(i, j) for i in range(len(PRODUCTS)) for j in range(len(inputs)) if (i + j) % step == 0]


@pytest.mark.parametrize("template", USES)
def test_a_stated_use_gives_the_dependency(template: str) -> None:
    missed = [_text(template, i, INPUTS, j) for i, j in _cases(INPUTS, 3)
              if not _found(_text(template, i, INPUTS, j), PRODUCTS[i][1], INPUTS[j][1])]
    assert missed == []


@pytest.mark.parametrize("template", NEXT_SENTENCE)
def test_a_use_stated_in_the_next_sentence_gives_the_dependency(template: str) -> None:
    missed = [_text(template, i, ELEMENTS, j) for i, j in _cases(ELEMENTS, 2)
              if not _found(_text(template, i, ELEMENTS, j), PRODUCTS[i][1], ELEMENTS[j][1])]
    assert missed == []


@pytest.mark.parametrize("template", ELEMENT_USES)
def test_an_element_that_lets_a_product_work_is_its_input(template: str) -> None:
    missed = [_text(template, i, ELEMENTS, j) for i, j in _cases(ELEMENTS, 2)
              if not _found(_text(template, i, ELEMENTS, j), PRODUCTS[i][1], ELEMENTS[j][1])]
    assert missed == []


@pytest.mark.parametrize("template", TWINS)
def test_a_use_the_text_does_not_assert_gives_none(template: str) -> None:
    wrong = [_text(template, i, INPUTS, j) for i, j in _cases(INPUTS, 3)
             if _found(_text(template, i, INPUTS, j), PRODUCTS[i][1], INPUTS[j][1])]
    assert wrong == []


# A pronoun opening the next sentence is the goods that open the last clause before it, when a
# clause of its own opens with goods; else the goods that opened the sentence.
NEAREST_SUBJECT = [
    ("Neodymium is mined in Australia, and dysprosium comes mostly from Myanmar. It is "
     "essential for hot-running motors.", "motor", "dysprosium", "neodymium"),
    ("Cobalt prices fell last year; lithium is the bigger worry. It goes into every battery "
     "cell.", "battery", "lithium", "cobalt"),
    ("Samarium is a light rare earth, but terbium is a heavy one. It is used in hearing aids.",
     "hearing aid", "terbium", "samarium"),
    ("Graphite is cheap, while germanium is scarce. It is needed for night-vision goggles.",
     "night-vision", "germanium", "graphite"),
    ("Dysprosium and terbium are heavy rare earths, while neodymium and praseodymium are light "
     "ones. They are used in wind turbines.", "wind turbine", "praseodymium", "terbium"),
    ("Gallium is produced in China, and prices have doubled. It is used in radar chips.",
     "radar", "gallium", "china"),
]


@pytest.mark.parametrize(("text", "dependent", "needed", "other"), NEAREST_SUBJECT,
                         ids=lambda v: str(v)[:30])
def test_a_pronoun_takes_the_nearest_clause_subject(text: str, dependent: str, needed: str,
                                                    other: str) -> None:
    assert _found(text, dependent, needed)
    assert not _found(text, dependent, other)


# "Most of them" after a sentence listing products (and no materials) is those products, not
# materials named further back.
SHARED_SUBJECT = [
    ("Terbium is scarce. Prices rose in May. The parts hit include servo drives, hearing aids "
     "and e-bikes. Most of them rely on neodymium magnets.", "hearing aid", "ndfeb"),
    ("Dysprosium exports fell. Buyers of pacemakers, elevators and air conditioners worry. "
     "All of them need rare earth magnets.", "elevator", "magnet"),
]


@pytest.mark.parametrize(("text", "dependent", "needed"), SHARED_SUBJECT,
                         ids=lambda v: str(v)[:30])
def test_a_share_of_them_is_the_products_listed_before(text: str, dependent: str,
                                                       needed: str) -> None:
    assert _found(text, dependent, needed)
    assert not any("magnet" in b and a in ("terbium", "dysprosium")
                   for a, b in dependency_pairs(text))


# Where a material occurs names the ore it is won from: material -> host, never host -> material.
HOSTS = [
    ("Gallium occurs in trace amounts in bauxite.", "gallium", "bauxite"),
    ("Germanium is found mainly in zinc ores.", "germanium", "zinc ore"),
    ("Indium occurs in zinc ore and is recovered during refining.", "indium", "zinc ore"),
    ("Dysprosium and terbium are concentrated in ionic clays.", "terbium", "ionic clay"),
    ("Thorium, found in monazite sands, complicates processing.", "thorium", "monazite"),
    ("Scandium is not mined on its own. It occurs in small amounts in nickel laterite.",
     "scandium", "laterite"),
]
NO_HOST = [
    ("Neodymium is found in magnets.", "neodymium", "magnet"),
    ("Gallium prices in China rose, and bauxite output fell.", "gallium", "bauxite"),
    ("Cobalt is found in batteries, and zinc ore is shipped from Peru.", "cobalt", "zinc ore"),
]


@pytest.mark.parametrize(("text", "material", "host"), HOSTS, ids=lambda v: str(v)[:30])
def test_a_material_depends_on_the_ore_it_occurs_in(text: str, material: str,
                                                    host: str) -> None:
    assert _found(text, material, host)
    assert not _found(text, host, material)


@pytest.mark.parametrize(("text", "material", "other"), NO_HOST, ids=lambda v: str(v)[:30])
def test_no_ore_is_read_where_none_is_named_as_host(text: str, material: str,
                                                    other: str) -> None:
    assert not _found(text, material, other)


# A phrase set beside a list ("X and Y, the elements that ...") means every member of the list.
APPOSED_LISTS = [
    ("Samarium and cobalt, the metals that make up a samarium-cobalt magnet, are scarce.",
     "samarium-cobalt", ["samarium", "cobalt"]),
    ("Dysprosium and terbium, the elements that keep magnets strong in heat, were listed.",
     "magnet", ["dysprosium", "terbium"]),
    ("Nickel and manganese, the metals that make up most of a cathode, are traded in London.",
     "cathode", ["nickel", "manganese"]),
]


@pytest.mark.parametrize(("text", "dependent", "inputs"), APPOSED_LISTS,
                         ids=lambda v: str(v)[:30])
def test_a_phrase_beside_a_list_means_every_member(text: str, dependent: str,
                                                   inputs: list[str]) -> None:
    assert all(_found(text, dependent, needed) for needed in inputs)


# "The magnets in question are neodymium magnets. They ...": the pronoun means what the
# definite opener was said to be.
COPULA_NAMED = [
    ("The magnets at issue are samarium-cobalt magnets. They are used in guidance fins and "
     "torpedoes.", "torpedo", "samarium-cobalt"),
    ("The magnets in question are neodymium magnets, which resist heat. They also go into "
     "servo drives.", "servo drive", "ndfeb"),
]


@pytest.mark.parametrize(("text", "dependent", "needed"), COPULA_NAMED, ids=lambda v: str(v)[:30])
def test_a_pronoun_means_what_the_opener_was_said_to_be(text: str, dependent: str,
                                                        needed: str) -> None:
    assert _found(text, dependent, needed)


# Twins of the phrasings above that state no use or no source.
NO_USE = [
    ("China helps servo drive makers run their plants.", "servo drive", "china"),
    ("For servo drives, gallium prices are high.", "servo drive", "gallium"),
    ("Gallium is not found in bauxite from that mine.", "gallium", "bauxite"),
    ("Gallium is no longer recovered from alumina refining in Europe.", "gallium", "alumina"),
    ("Scandium could one day be recovered from red mud.", "scandium", "mud"),
    ("Magnets no longer help servo drives run.", "servo drive", "magnet"),
    ("Tariffs make servo drives more expensive, and gallium is scarce.", "servo drive",
     "gallium"),
    ("Hearing aid makers have offices in their home towns.", "hearing aid", "*"),
]


@pytest.mark.parametrize(("text", "dependent", "needed"), NO_USE, ids=lambda v: str(v)[:30])
def test_a_twin_that_states_no_use_gives_none(text: str, dependent: str, needed: str) -> None:
    assert not any(dependent in a and (needed == "*" or needed in b)
                   for a, b in dependency_pairs(text))


# A negation or modal of the main clause denies its own verb, not a use told beside its object;
# a use in the main clause stays denied.
BESIDE = [
    ("The list does not include yttrium, a metal used in thermal barrier coatings.",
     "coating", "yttrium", True),
    ("The rules do not cover samarium or gadolinium, the elements that torpedoes need.",
     "torpedo", "gadolinium", True),
    ("Brussels may restrict antimony, which goes into flame retardants.", "flame retardant",
     "antimony", True),
    ("The new servo drive does not use dysprosium, which is scarce.", "servo drive",
     "dysprosium", False),
    ("Hearing aids no longer contain samarium, which is costly.", "hearing aid", "samarium",
     False),
]


@pytest.mark.parametrize(("text", "dependent", "needed", "held"), BESIDE,
                         ids=lambda v: str(v)[:30])
def test_a_cue_of_the_main_clause_spares_a_use_told_beside(text: str, dependent: str,
                                                           needed: str, held: bool) -> None:
    assert _found(text, dependent, needed) is held


def test_every_host_of_a_list_is_where_the_material_occurs() -> None:
    pairs = dependency_pairs("Germanium is found in zinc ores and coal.")
    assert {("germanium", "zinc ore"), ("germanium", "coal")} <= pairs
    assert ("coal", "germanium") not in pairs
