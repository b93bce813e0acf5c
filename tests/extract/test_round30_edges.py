"""Edges read from the thirtieth round's train and dev misses: a pronoun after a contrastive
opener, a sale kept beside a halt in the same sentence, the place of a site named for its
goods, one of a kind ("a typical converter"), chipmaking as chips, buyers named after a class
of converters, and memorandums titled in capitals."""

from __future__ import annotations

import pytest

from rekg.schema import RelType

from .fact_triples import has_fact, labelled_names, named_pairs


@pytest.mark.parametrize("opener", ["though", "although", "whereas"])
def test_it_after_a_contrastive_opener_is_the_subject(opener: str) -> None:
    text = ("Kestrel Minerals runs a mine in Utah. The company no longer ships ore to Japan, "
            f"{opener} it still sells oxide to Tarrow Magnetics.")
    assert ("Kestrel Minerals", "Tarrow Magnetics") in named_pairs(text, RelType.SUPPLIES)


def test_a_sale_beside_a_halt_to_the_buyers_country_stands() -> None:
    text = ("Kestrel Minerals runs a mine in Utah. The company no longer ships its ore to China, "
            "though it keeps selling small lots of ore to Haoyu Rare Earth, a Chinese refiner.")
    pairs = named_pairs(text, RelType.SUPPLIES)
    assert ("Kestrel Minerals", "Haoyu Rare Earth") in pairs
    assert ("Kestrel Minerals", "China") not in pairs


def test_a_halt_to_a_country_still_ends_sales_to_its_companies_told_elsewhere() -> None:
    text = ("Haoyu Rare Earth, a Chinese refiner, bought concentrate from Kestrel Minerals for "
            "years. In May Kestrel Minerals stopped shipping concentrate to China.")
    assert ("Kestrel Minerals", "Haoyu Rare Earth") not in named_pairs(text, RelType.SUPPLIES)


@pytest.mark.parametrize(("text", "country", "goods"), [
    ("Norvik Metals recovers scandium at its big nickel refinery in the Philippines.",
     "Philippines", "scandium"),
    ("Norvik Metals refines germanium at its zinc smelter in Canada.", "Canada", "germanium"),
    ("Norvik Metals separates rare earths at its large plant in the Netherlands.",
     "Netherlands", "rare earth elements"),
])
def test_the_country_of_a_site_named_for_its_goods_makes_them(
        text: str, country: str, goods: str) -> None:
    assert (country, goods) in named_pairs(text, RelType.PRODUCES)


@pytest.mark.parametrize(("text", "product", "material"), [
    ("Catalytic converters clean exhaust gas. A typical converter holds a few grams of "
     "palladium.", "catalytic converter", "palladium"),
    ("Hard disk drives still sell in large numbers. A single drive contains a few grams of "
     "platinum.", "hard drive", "platinum"),
])
def test_one_of_the_kind_named_before_is_that_kind(
        text: str, product: str, material: str) -> None:
    assert (product, material) in named_pairs(text, RelType.DEPENDS_ON)


def test_a_typical_thing_of_no_named_kind_is_nothing() -> None:
    text = "Prices rose in May. A typical buyer pays more for palladium now."
    assert not has_fact(text, "DEPENDS_ON", "*", "palladium")


@pytest.mark.parametrize("phrase", ["chipmaking", "chip-making", "chip making"])
def test_chipmaking_is_the_use_of_chips(phrase: str) -> None:
    text = f"Germanium is also used in {phrase}, according to the survey."
    assert ("semiconductor", "germanium") in named_pairs(text, RelType.DEPENDS_ON)


def test_chipmaking_equipment_stays_equipment() -> None:
    text = "Japan restricted exports of chipmaking equipment to China."
    covered = {target for _, target in named_pairs(text, RelType.RESTRICTS)}
    assert covered == {"semiconductor manufacturing equipment"}


@pytest.mark.parametrize("text", [
    "Tarrow Lithium ships spodumene concentrate mostly to converters in China, including "
    "Ganfeng Lithium.",
    "Tarrow Lithium sells its concentrate chiefly to processors such as Ganfeng Lithium.",
])
def test_buyers_named_after_a_class_of_converters(text: str) -> None:
    assert ("Tarrow Lithium", "Ganfeng Lithium") in named_pairs(text, RelType.SUPPLIES)


@pytest.mark.parametrize(("text", "title"), [
    ("In Oslo, Norway and Chile signed their first Memorandum of Understanding on Battery Metals "
     "Cooperation.", "memorandum of understanding on battery metals cooperation"),
    ("In Oslo, Norway and Chile signed their first Memorandum of Understanding (MOU), covering "
     "a joint centre.", "memorandum of understanding"),
])
def test_a_memorandum_titled_in_capitals_is_an_agreement(text: str, title: str) -> None:
    assert has_fact(text, "PARTY_TO", "norway", title)
    assert has_fact(text, "PARTY_TO", "chile", title)



@pytest.mark.parametrize(("text", "product", "goods"), [
    ("Cobalt hydroxide is shipped to a plant in Finland, where it is made into cobalt "
     "sulphate.", "cobalt sulphate", "cobalt hydroxide"),
    ("Spodumene concentrate is trucked to the coast, where it is then converted into lithium "
     "hydroxide.", "lithium hydroxide", "spodumene"),
])
def test_it_made_into_goods_is_the_goods_before(text: str, product: str, goods: str) -> None:
    assert (product, goods) in named_pairs(text, RelType.DEPENDS_ON)


def test_it_made_into_a_company_is_no_goods() -> None:
    text = "Tarrow Mining bought a small smelter in Peru, where it is building a new office."
    assert not named_pairs(text, RelType.DEPENDS_ON)


def test_a_sale_told_before_a_halt_to_the_buyers_country_ends() -> None:
    text = ("For a decade Kestrel Minerals sold the bulk of its ore to China's Haoyu Rare Earth, "
            "which refined it, but in April the miner halted all shipments to China as the "
            "trade dispute grew.")
    assert ("Kestrel Minerals", "Haoyu Rare Earth") not in named_pairs(text, RelType.SUPPLIES)


def test_the_global_gateway_is_an_agreement_of_the_union() -> None:
    text = "Brussels will pay for the new rail spur through its Global Gateway programme."
    assert ("Agreement", "Global Gateway") in labelled_names(text)
    assert ("European Union", "Global Gateway") in named_pairs(text, RelType.PARTY_TO)


def test_the_railway_company_is_not_the_corridor_agreement() -> None:
    text = "Lobito Atlantic Railway moved more copper to the coast in March."
    assert ("Agreement", "Lobito Corridor") not in labelled_names(text)
