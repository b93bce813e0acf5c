"""A generated matrix for DEPENDS_ON (round 21): how English states that a product or
material needs a material or product. Verbs of need (needs, requires, relies on, uses,
consumes, contains, incorporates, calls for, draws on), passives of making (is built with or
around, is made of, from or using, is powered by), what cannot be done without the input,
the input's side (goes into, is used in or for, is needed for, is a key ingredient in, ends up
in), nouns and adjectives (X-based, X-powered, "the X in Y", "X for Y", "an input for"),
relatives ("X, which Y need"), uses listed after a colon, shares of demand ("Y account for 40%
of X demand"), the rank of a user ("Y are among the largest users of X", "the biggest users of
X are Y"), makers and demand ("producers of Y buy X", "demand for X comes mainly from Y"),
quantities ("each Y contains about two kilograms of X") and a list of amounts that states the
verb and the material once ("a destroyer needs about 2,400 kilograms of rare earths, a
submarine about 4,200 kilograms"). Every phrasing x several invented pairs must give the
dependency (scorer on, as in evaluation); twins with the same names must give none, either
way: ended or denied uses, substitutes, "X-free", plans, and sentences that name both goods
without a need."""

from __future__ import annotations

import pytest

from rekg.extract.explain import explain
from rekg.loaders.document import Document

from .fragments import dependency_pairs

# (plural, singular, a word of the dependent's canonical name)
PRODUCTS = [
    ("forklifts", "forklift", "forklift"), ("smartwatches", "smartwatch", "wearable"),
    ("heat pumps", "heat pump", "heat pump"), ("drones", "drone", "drone"),
    ("golf carts", "golf cart", "golf cart"),
]
# (surface, a word of the input's canonical name, plural)
INPUTS = [
    ("tantalum", "tantalum", False), ("cobalt", "cobalt", False), ("gallium", "gallium", False),
    ("lithium-ion batteries", "lithium-ion", True), ("neodymium magnets", "ndfeb", True),
    ("tungsten", "tungsten", False),
]
COMPANIES = ["Velmora", "Kestrel Dynamics", "Orsa Holdings"]

# {P}/{p}: the dependent (plural), {S}/{s}: singular, {M}/{m}: the input, {C}: a company
NEEDS = [
    # verbs of need, with the dependent as subject
    "{P} need {m}.", "{P} require {m}.", "{P} rely on {m}.", "{P} rely heavily on {m}.",
    "{P} depend on {m}.", "{P} are dependent on {m}.", "{P} are reliant on {m}.",
    "{P} use {m}.", "{P} consume {m}.", "{P} contain {m}.", "{P} incorporate {m}.",
    "{P} employ {m}.", "{P} typically use {m}.", "{P} also use {m}.",
    "{P}, for example, use {m}.", "{P} need {m} to work.", "{P} need {m} to operate.",
    "{P} call for {m}.", "{P} draw on {m}.", "{P} are packed with {m}.", "{P} are full of {m}.",
    # passives of making and fitting
    "{P} are built with {m}.", "{P} are built around {m}.", "{P} are made with {m}.",
    "{P} are made from {m}.", "{P} are made of {m}.", "{P} are made using {m}.",
    "{P} are powered by {m}.", "{P} run on {m}.", "{P} are equipped with {m}.",
    "{P} are fitted with {m}.",
    # what cannot be done without the input
    "{P} cannot run without {m}.", "{P} cannot work without {m}.",
    "{P} cannot function without {m}.", "{P} would not exist without {m}.",
    "{P} cannot be built without {m}.", "No {s} can be built without {m}.",
    "There are no {p} without {m}.", "Without {m}, there would be no {p}.",
    # the input's side
    "{M} {go} into {p}.", "{M} {be} used in {p}.", "{M} {be} used for {p}.",
    "{M} {be} used to make {p}.", "{M} {be} needed for {p}.", "{M} {be} needed in {p}.",
    "{M} {be} required for {p}.", "{M} {be} essential for {p}.", "{M} {be} critical to {p}.",
    "{M} {be} indispensable in {p}.", "{M} {be} a key ingredient in {p}.",
    "{M} {be} a key input for {p}.", "{M} {be} a raw material for {p}.",
    "{M} {be} found in {p}.", "{M} {be} consumed by {p}.", "{M} {be} consumed in {p}.",
    "{M} {be} built into {p}.", "{M} {be} an essential component of {p}.",
    "{M} {be} one of the main inputs for {p}.", "{M} {be} at the heart of {p}.",
    "{M} {be} the main ingredient of {p}.", "{M} {be} vital for the production of {p}.",
    "{M} {be} key to making {p}.", "{M} {be} the feedstock for {p}.",
    "{M} {be} a building block of {p}.", "{M} {be} a component of {p}.",
    "{M} {be} part of every {s}.", "{M} {be} among the materials used in {p}.",
    "About 40% of {m} goes into {p}.",
    # nouns, adjectives and prepositions
    "The {m} in {p} {be} hard to recycle.", "{M} for {p} {be} scarce.",
    "{C} buys {m} for {p}.", "{C} buys {m} for its {p}.", "{M}-based {p} are popular.",
    "{M}-powered {p} are popular.", "{P} with {m} inside are popular.",
    "{P} that contain {m} are popular.", "{P} using {m} are popular.",
    "{P} made with {m} are popular.", "{P} made from {m} are popular.",
    "{P} containing {m} are popular.", "{P}, which rely on {m}, are popular.",
    # appositions, relatives and fronted phrases
    "{M}, a key material for {p}, {be} scarce.", "{M}, an input for {p}, {be} scarce.",
    "{M}, used in {p}, {be} scarce.", "In {p}, {m} {be} essential.",
    "For {p}, {m} {be} essential.",
    # uses listed after a colon
    "{M} {has} three uses: {p}, cables and glass.", "{M} {has} one main use: {p}.",
    "Uses of {m}: {p}, cables and glass.",
    # shares of demand and the rank of a user
    "{P} account for 40% of demand for {m}.", "{P} are the largest use of {m}.",
    "{P} are the biggest consumers of {m}.", "{P} are among the largest users of {m}.",
    "The biggest users of {m} are {p}.", "{P} are a major market for {m}.",
    "The largest end use of {m} is {p}.",
    "{P} are a major source of demand for {m}.",
    # makers, demand and making
    "{S} makers need {m}.", "{S} makers are the largest buyers of {m}.",
    "Makers of {p} rely on {m}.", "Producers of {p} buy {m}.",
    "Demand for {m} from {s} makers is rising.", "Demand for {m} comes mainly from {p}.",
    "{M} demand is driven by {p}.", "Making {p} requires {m}.", "It takes {m} to make {p}.",
    "Building {p} takes a lot of {m}.", "{S} production uses {m}.",
    "{S} production consumes {m}.", "{S} manufacturing relies on {m}.",
    "{M} feeds {s} production.", "{C} uses {m} in its {p}.", "{C} uses {m} to make {p}.",
    "{C} needs {m} for its {p}.",
    # quantities
    "Each {s} contains about two kilograms of {m}.",
    "A typical {s} uses about two kilograms of {m}.",
    "There is {m} in every {s}.", "Every {s} contains {m}.", "Every {s} has {m} in it.",
    # a class of inputs named with a member
    "{P} need materials such as {m}.", "{P} need several metals, including {m}.",
    "{P} and other products need {m}.", "Products such as {p} need {m}.",
]
# templates that must give no dependency between the pair, either way
TWINS = [
    "{P} no longer need {m}.", "{P} do not use {m}.", "{P} could one day use {m}.",
    "{C} plans to use {m} in its {p}.", "{C} replaced {m} in its {p} with cheaper parts.",
    "{P} are now built without {m}.", "{M}-free {p} are popular.",
    "{P} without {m} are popular.", "{P} use nickel instead of {m}.",
    "{M} prices rose while {s} sales fell.", "{S} makers shipped {m} to Japan.",
    "The {s} plant sits next to a {m} warehouse.", "{C} stopped using {m} in its {p}.",
    "{P} account for 40% of sales, and {m} for the rest.",
    "{C} buys {m} for its warehouse, not for {p}.",
    "{P} cannot be sold without a licence, and {m} {be} scarce.",
    "In {p}, sales rose, while {m} stocks fell.", "{P} may need {m} in future.",
    "{C} denied that its {p} use {m}.",
    # twins of the round-21 phrasings: the same frame with no need in it
    "No {s} can be sold without a licence, and {m} {be} scarce.",
    "Building {p} takes time, and {m} {be} scarce.",
]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _cases() -> list[tuple[int, int]]:
    """Two inputs for every product, each input used at least once."""
    return [(i, j) for i in range(len(PRODUCTS))
            for j in (i % len(INPUTS), (i + 3) % len(INPUTS))]


def _text(template: str, i: int, j: int) -> str:
    plural, one = PRODUCTS[i][:2]
    m, _, many = INPUTS[j]
    return _cap(template.format(
        P=_cap(plural), p=plural, S=_cap(one), s=one, M=_cap(m), m=m,
        C=COMPANIES[i % len(COMPANIES)], be="are" if many else "is", go="go" if many else "goes",
        has="have" if many else "has"))


def _found(text: str, i: int, j: int) -> bool:
    dep, inp = PRODUCTS[i][2], INPUTS[j][1]
    return any(dep in a and inp in b for a, b in dependency_pairs(text))


def _linked(text: str, i: int, j: int) -> bool:
    dep, inp = PRODUCTS[i][2], INPUTS[j][1]
    return any((dep in a and inp in b) or (inp in a and dep in b)
               for a, b in dependency_pairs(text))


@pytest.mark.parametrize("template", NEEDS)
def test_every_phrasing_of_a_need_gives_the_dependency(template: str) -> None:
    assert [_text(template, i, j) for i, j in _cases()
            if not _found(_text(template, i, j), i, j)] == []


@pytest.mark.parametrize("template", TWINS)
def test_a_twin_without_a_need_gives_no_dependency(template: str) -> None:
    assert [_text(template, i, j) for i, j in _cases()
            if _linked(_text(template, i, j), i, j)] == []


# A list of amounts that states the verb and the material once: every product of it needs
# that material, also when the material was counted in the sentence before.
GAPPED = [
    ("Each attack helicopter needs about 420 kilograms of rare earths, a destroyer about "
     "2,400 kilograms and a patrol boat about 4,200 kilograms.",
     ["helicopter", "destroyer", "patrol boat"], "rare earth"),
    ("Each attack helicopter contains about 420 kilograms of tungsten; a destroyer about "
     "2,400 kilograms.", ["helicopter", "destroyer"], "tungsten"),
    ("A patrol boat needs roughly 4,200 kilograms of cobalt, and a destroyer about 2,400 "
     "kilograms.", ["patrol boat", "destroyer"], "cobalt"),
    ("Analysts put the tantalum content of an attack helicopter at about 40 kilograms, a "
     "destroyer at about 2.1 tonnes and a patrol boat at about 3.9 tonnes.",
     ["helicopter", "destroyer", "patrol boat"], "tantalum"),
    ("Each attack helicopter contains about 420 kilograms of rare earths, in its motors and "
     "the yttrium of its lasers. A patrol boat needs about 4,200 kilograms, a destroyer "
     "about 2,400 kilograms.", ["patrol boat", "destroyer"], "rare earth"),
]
GAPPED_TWINS = [
    ("Each attack helicopter needs about 420 kilograms of cobalt, and Velmora sold 400 "
     "kilograms last year.", "velmora", "cobalt"),
    ("A patrol boat needs 4,200 kilograms of cobalt, while the destroyer programme was "
     "cancelled.", "destroyer", "cobalt"),
]


@pytest.mark.parametrize(("text", "products", "material"), GAPPED, ids=lambda v: str(v)[:30])
def test_every_product_of_a_list_of_amounts_needs_its_material(
        text: str, products: list[str], material: str) -> None:
    pairs = dependency_pairs(text)
    missed = [p for p in products if not any(p in a and material in b for a, b in pairs)]
    assert missed == []


def test_an_amount_that_names_no_goods_is_of_the_goods_counted_before() -> None:
    pairs = dependency_pairs(GAPPED[-1][0])
    assert not any("patrol boat" in a and "yttrium" in b for a, b in pairs)
    assert not any("destroyer" in a and "yttrium" in b for a, b in pairs)


@pytest.mark.parametrize(("text", "other", "material"), GAPPED_TWINS, ids=lambda v: str(v)[:30])
def test_a_clause_with_its_own_verb_or_no_amount_is_no_gapped_need(
        text: str, other: str, material: str) -> None:
    facts = explain(Document(text=text, title="Test", published="2025-06-01")).facts
    assert not any(f.origin in ("depends_on.gapped-quantity", "depends_on.content-of-product")
                   and other in f.source.lower() and material in f.target.lower()
                   for f in facts)


# The object relative set off by commas: the input is what the products of the clause need.
ASIDES = [
    ("Tantalum, which most golf carts need, is scarce.", "golf cart", "tantalum"),
    ("Lithium-ion batteries, which forklifts use, are scarce.", "forklift", "lithium-ion"),
    ("Gallium, which heat pumps rely on, is scarce.", "heat pump", "gallium"),
]
ASIDE_TWINS = [
    ("Lithium-ion batteries, which forklift makers sell, are scarce.", "forklift",
     "lithium-ion"),
    ("Tantalum, which Velmora sells, is cheap, and golf carts are popular.", "golf cart",
     "tantalum"),
]


@pytest.mark.parametrize(("text", "dependent", "needed"), ASIDES, ids=lambda v: str(v)[:30])
def test_an_object_relative_aside_gives_the_need(text: str, dependent: str,
                                                 needed: str) -> None:
    assert any(dependent in a and needed in b for a, b in dependency_pairs(text))


@pytest.mark.parametrize(("text", "dependent", "needed"), ASIDE_TWINS,
                         ids=lambda v: str(v)[:30])
def test_an_aside_without_a_need_gives_none(text: str, dependent: str, needed: str) -> None:
    assert not any(dependent in a and needed in b for a, b in dependency_pairs(text))


# A by-product and the host it is won from, named after a gerund of the host's treatment or
# after a share of the material in apposition.
BY_PRODUCTS = [
    ("Velmora sells indium, a by-product of smelting zinc.", "indium", "zinc"),
    ("Selenium is recovered as a by-product of refining copper.", "selenium", "copper"),
    ("Orsa Holdings refines cobalt, most of it won as a by-product of copper mining.", "cobalt",
     "copper"),
    ("Kestrel Dynamics sells germanium, almost all of which comes as a by-product of zinc "
     "smelting.", "germanium", "zinc"),
]
BY_PRODUCT_TWINS = [
    ("Gallium prices rose, a by-product of refining capacity cuts, while bauxite was cheap.",
     "gallium", "bauxite"),
    ("Orsa Holdings refines gallium, most of it sold as a sideline to alumina buyers.",
     "gallium", "alumina"),
]


@pytest.mark.parametrize(("text", "material", "host"), BY_PRODUCTS, ids=lambda v: str(v)[:30])
def test_a_by_product_depends_on_its_host(text: str, material: str, host: str) -> None:
    pairs = dependency_pairs(text)
    assert any(material in a and host in b for a, b in pairs)
    assert not any(host in a and material in b for a, b in pairs)


@pytest.mark.parametrize(("text", "material", "host"), BY_PRODUCT_TWINS,
                         ids=lambda v: str(v)[:30])
def test_no_host_is_read_from_a_by_product_of_something_else(text: str, material: str,
                                                              host: str) -> None:
    facts = explain(Document(text=text, title="Test", published="2025-06-01")).facts
    assert not any(f.origin.startswith("depends_on.") and "by-product" in f.origin
                   and material in f.source.lower() and host in f.target.lower() for f in facts)
