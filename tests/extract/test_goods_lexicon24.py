"""Goods of the round-24 inventory (parts, lasers, named goods, forms of critical minerals) and
the open heads added with them, each found with its label and canonical name, beside near
phrasings that must name nothing or something else (invented companies and places)."""

from __future__ import annotations

import pytest

from .fact_triples import mentioned_names as _nodes

FOUND = [
    # parts and end uses
    ("Harwell Optics sells thermal barrier coatings to turbine makers.",
     "Product", "thermal barrier coating"),
    ("Quillon builds fibre lasers for metal cutting.", "Product", "fibre laser"),
    ("Urologists use holmium lasers to break up kidney stones.", "Product", "holmium laser"),
    ("The clinic bought two Nd:YAG lasers last spring.", "Product", "Nd:YAG laser"),
    ("Pellam makes aircraft parts at a plant near Ostrava.", "Product", "aircraft part"),
    ("Tariffs on battery components hit Veyra's margins.", "Product", "battery part"),
    ("Export licences now cover drone engines and flight controllers.",
     "Product", "drone engine"),
    ("Export licences now cover drone engines and flight controllers.",
     "Product", "flight controller"),
    ("Each missile carries four fin actuators driven by small magnet motors.",
     "Product", "fin actuator"),
    ("Goggles rely on image intensifier tubes coated with gallium arsenide.",
     "Product", "image intensifier tube"),
    ("Refiners run fluid catalytic cracking units on lanthanum catalysts.",
     "Product", "fluid catalytic cracking unit"),
    ("The levy also reaches pipe fittings made of brass.", "Product", "pipe fitting"),
    ("Radiologists inject imaging agents before the scan.", "Product", "medical imaging agent"),
    ("Beijing added synthetic diamond presses to its control list.",
     "Product", "synthetic diamond press"),
    # named goods
    ("Dorvan Motors halted the Bajaj Chetak line for a week.", "Product", "Bajaj Chetak"),
    ("Pluvicto uses a radioactive lutetium isotope.", "Product", "Pluvicto"),
    ("The army ordered more AMRAAM rounds from the plant.", "Product", "AMRAAM"),
    ("The army bought more GMLRS rockets this year.", "Product", "GMLRS rocket"),
    ("The utility ordered Megapacks for its solar farm.", "Product", "Tesla Megapack"),
    # open heads
    ("Kessling makes cooling fans for server racks.", "Product", "cooling fan"),
    ("Each woofer holds a ferrite ring.", "Product", "woofer"),
    ("Norvale ships tweeters to car audio makers.", "Product", "tweeter"),
    ("Dravik smelts nickel matte at its Solvik works.", "Material", "nickel matte"),
    # forms of critical minerals
    ("Copper wires, rods and tubes are taxed under the new levy.", "Material", "copper rod"),
    ("Pentrax buys copper scrap from demolition firms.", "Material", "copper scrap"),
    ("The reactor makes lutetium-177 for cancer clinics.", "Material", "lutetium-177"),
    ("Gallant Isotopes enriches ytterbium-176 as a target material.",
     "Material", "ytterbium-176"),
    ("The line grinds rare earth magnetic powders for bonded magnets.",
     "Material", "magnet powder"),
    ("Brenmoor adds dysprosium fluoride to the magnet surface.", "Material", "dysprosium fluoride"),
    ("Detectors for night sights use indium antimonide.", "Material", "indium antimonide"),
    ("Infrared cameras need chalcogenide glass lenses.", "Material", "chalcogenide glass"),
    ("Ostrel casts indium ingots for sputtering targets.",
     "Material", "indium metal"),
    ("Refiners consume ammonium sulphate and oxalic acid.", "Material", "ammonium sulphate"),
    ("Refiners consume ammonium sulphate and oxalic acid.", "Material", "oxalic acid"),
    ("Turbine blades are cast from CMSX-4 and similar alloys.", "Material", "CMSX-4"),
    ("Aerospace frames use aluminium alloys with a little scandium.",
     "Material", "aluminium alloy"),
    ("Tungsten heavy alloy fills the penetrator.", "Material", "tungsten alloy"),
    ("Optical makers need germanium crystals of high purity.", "Material", "germanium crystal"),
    ("RF filter makers sputter scandium aluminium nitride onto wafers.",
     "Material", "scandium aluminium nitride"),
    ("Thermoelectric coolers use bismuth telluride.", "Material", "bismuth telluride"),
    ("Ferrisol grows lithium niobate for optical modulators.", "Material", "lithium niobate"),
    ("The depot stores small-arms rounds and tank shells.", "Product", "small-arms ammunition"),
    ("The depot stores small-arms rounds and tank shells.", "Product", "tank round"),
]


@pytest.mark.parametrize(("text", "label", "name"), FOUND)
def test_found(text: str, label: str, name: str) -> None:
    assert (label, name) in _nodes(text)


NOT_FOUND = [
    # "fans" of a team, with no modifier that makes them a product
    ("Fans cheered as the Orvane plant reopened.", "Product", "fan"),
    # a matte finish is no smelter's matte
    ("The casing has a matte black finish.", "Material", "matte"),
    # "Gen2" alone and "Model" words stay no product
    ("The second generation, or Gen2, of the plan was announced.", "Product", "Otis Gen2"),
    # a "lift" in prices is no elevator
    ("Prices got a lift from the new quota.", "Product", "elevator"),
    # a round of talks is no tank round
    ("A new round of talks opened in Velmark.", "Product", "tank round"),
    # anodes listed after battery goods stay battery anodes, not copper's
    ("Valtrin makes graphite anodes and cathodes for cells.", "Material", "copper anode"),
    # critical software is left to the restriction lanes (no entry)
    ("Washington threatened controls on critical software.", "Product", "critical software"),
]


@pytest.mark.parametrize(("text", "label", "name"), NOT_FOUND)
def test_not_found(text: str, label: str, name: str) -> None:
    assert (label, name) not in _nodes(text)


LISTS = [
    # a metal's smelter and refiner forms share its name across a list
    ("Copper cathodes, anodes, mattes and scrap are exempt from the duty.",
     {"copper cathode", "copper anode", "copper matte", "copper scrap"}),
    ("The rule covers tin ores, concentrates and mattes.",
     {"tin ore", "tin concentrate", "tin matte"}),
]


@pytest.mark.parametrize(("text", "names"), LISTS)
def test_shared_forms(text: str, names: set[str]) -> None:
    found = {name for label, name in _nodes(text) if label == "Material"}
    assert names <= found


def test_shared_forms_twin_without_material() -> None:
    # no material names the list: the bare anodes stay the battery part
    found = _nodes("Cathodes, anodes and separators are made in Lormont.")
    assert ("Material", "copper anode") not in found
