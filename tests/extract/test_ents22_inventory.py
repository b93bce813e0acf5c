"""Round 22 lexicon inventory: wafers and substrates as materials of their own, ceramics and
chemicals, scintillator crystals, special alloys, machine and audio parts, and organisations of
the magnet, battery, laser and nuclear chains. Each is found with its label and canonical name
in sentences of invented news, beside near phrasings that must name nothing of the kind."""

from __future__ import annotations

import pytest

from rekg.schema import RelType

from .fact_triples import labelled_names as _nodes
from .fact_triples import named_pairs as _facts

FOUND = [
    # wafers and substrates: a slice of a material is a material
    ("Norvask Metals polishes germanium wafers at its plant near Liège.",
     "Material", "germanium wafer"),
    ("A wafer of germanium carries the three layers of a space cell.",
     "Material", "germanium wafer"),
    ("Prices of silicon wafers fell for a third month.", "Material", "silicon wafer"),
    ("The lab grows its films on germanium substrates bought abroad.",
     "Material", "germanium substrate"),
    # ceramics, chemicals, sands
    ("Exhaust filters are extruded from cordierite in honeycomb shapes.",
     "Material", "cordierite"),
    ("Window frames made of PVC need a heat stabiliser.", "Material", "PVC"),
    ("The plant turns phosphate rock into phosphoric acid.", "Material", "phosphoric acid"),
    ("Kiln operators upgrade ilmenite into synthetic rutile for pigment makers.",
     "Material", "synthetic rutile"),
    ("Dredges on the coast lift heavy mineral sands rich in zircon.",
     "Material", "heavy mineral sands"),
    # scintillators and special alloys
    ("Detector rings of the scanner use LYSO crystals.", "Material", "LYSO"),
    ("Older scanners relied on bismuth germanate.", "Material", "bismuth germanate"),
    ("Some detectors use lutetium oxyorthosilicate instead.",
     "Material", "lutetium oxyorthosilicate"),
    ("Lead wires are tipped with platinum-iridium.", "Material", "platinum-iridium"),
    ("The rods hold a silver-indium-cadmium alloy.", "Material", "silver-indium-cadmium alloy"),
    ("Fuel cladding is made of zircaloy.", "Material", "zircaloy"),
    ("Researchers hope tetrataenite can stand in for rare earth magnets.",
     "Material", "tetrataenite"),
    # products
    ("Zircon gives ceramic tiles their white glaze.", "Product", "ceramic tile"),
    ("Sales of sanitaryware slowed in the quarter.", "Product", "sanitaryware"),
    ("Each photomask is checked for defects.", "Product", "photomask"),
    ("Phased-array antennas steer their beams without moving parts.",
     "Product", "phased-array antenna"),
    ("Carbide end mills wear slowly.", "Product", "end mill"),
    ("X-ray tubes use a tungsten target.", "Product", "X-ray tube"),
    ("The escalators in the new station run on efficient drives.", "Product", "escalator"),
    ("Linear motors move the stage of the machine.", "Product", "linear motor"),
    ("Sodium-ion batteries need no lithium.", "Product", "sodium-ion battery"),
    ("A robot vacuum cleaner has several small motors.", "Product", "robot vacuum cleaner"),
    ("The jet's integrated power package starts its engine.",
     "Product", "integrated power package"),
    ("Balanced armature receivers fill most hearing aids.",
     "Product", "balanced armature receiver"),
    ("A dynamic driver moves a diaphragm with a voice coil.", "Product", "dynamic driver"),
    ("Travelling-wave tubes amplify the radar's signal.", "Product", "travelling-wave tube"),
    ("A magnetron heats the food in a microwave oven.", "Product", "magnetron"),
    ("Solar inverters convert direct current for the grid.", "Product", "solar inverter"),
    ("Wind turbine blades are made of glass fibre and resin.", "Product", "wind turbine blade"),
    ("Designers favour medium-speed permanent magnet generators offshore.",
     "Product", "medium-speed permanent magnet generator"),
    # organisations
    ("Cameco mines uranium in Saskatchewan.", "Organization", "Cameco"),
    ("Turbines from Enercon use electrically excited generators.", "Organization", "Enercon"),
    ("Compressors made by GMCC go into air conditioners.", "Organization", "GMCC"),
    ("Midea builds heat pumps.", "Organization", "Midea"),
    ("IPG Photonics sells fibre lasers to carmakers.", "Organization", "IPG Photonics"),
    ("W. R. Grace supplies refinery catalysts.", "Organization", "W. R. Grace"),
    ("LG Display buys specialty gases for its panel lines.", "Organization", "LG Display"),
    ("Finep, the state innovation lender, backs the magnet lab.", "Organization", "Finep"),
    ("The Foreign Investment Review Board cleared the purchase.",
     "Organization", "Foreign Investment Review Board"),
    ("Wolfram Bergbau und Hütten runs a tungsten mine.",
     "Organization", "Wolfram Bergbau und Hutten"),
    # officials, with the spelling of a name that some wires use
    ("William LaPlante told reporters that magnet stocks were thin.",
     "Person", "William LaPlante"),
    ("Vladimir Potanin said the smelter would keep running.", "Person", "Vladimir Potanin"),
    ("Tom Alweendo opened the lithium conference.", "Person", "Tom Alweendo"),
    ("Koji Tomita spoke at the trade forum.", "Person", "Koji Tomita"),
    ("Volodymyr Zelenskiy met investors in the capital.", "Person", "Volodymyr Zelensky"),
]


@pytest.mark.parametrize(("text", "label", "name"), FOUND)
def test_inventory_names(text: str, label: str, name: str) -> None:
    assert (label, name) in _nodes(text)


NOT_FOUND = [
    # a bare wafer stays the product; a wafer named by its use is no germanium wafer
    ("Chip wafers piled up in the fab.", "Material", "silicon wafer"),
    ("The company makes wafers for chips.", "Material", "germanium wafer"),
    # sands without "heavy mineral", tiles of no ceramic, a tube of no X-ray
    ("Sand from the river is used in concrete.", "Material", "heavy mineral sands"),
    ("Roof tiles blew off in the storm.", "Product", "ceramic tile"),
    ("The lab ordered glass tubes.", "Product", "X-ray tube"),
    # a stair is no escalator, a grace period no company, a driver of change no audio part
    ("Shoppers took the stairs.", "Product", "escalator"),
    ("Borrowers get a grace period of two years.", "Organization", "W. R. Grace"),
    ("Prices are a driver of change in the industry.", "Product", "dynamic driver"),
    ("A gree of small firms lobbied the ministry.", "Organization", "Gree Electric"),
]


@pytest.mark.parametrize(("text", "label", "name"), NOT_FOUND)
def test_inventory_look_alikes(text: str, label: str, name: str) -> None:
    assert (label, name) not in _nodes(text)


def test_germanium_wafer_depends_on_germanium() -> None:
    text = "Solar cells on spacecraft are grown on germanium wafers made from refined germanium."
    facts = _facts(text, RelType.DEPENDS_ON)
    assert ("germanium wafer", "germanium") in facts


def test_maker_produces_synthetic_rutile() -> None:
    text = "Kestrel Resources produces synthetic rutile at its kiln in Western Australia."
    assert ("Kestrel Resources", "synthetic rutile") in _facts(text, RelType.PRODUCES)


def test_official_represents_country() -> None:
    text = "Namibia's mines minister, Tom Alweendo, defended the ban on raw lithium exports."
    assert ("Tom Alweendo", "Namibia") in _facts(text, RelType.REPRESENTS)


def test_inventory_company_produces() -> None:
    assert ("Cameco", "uranium") in _facts("Cameco raised its uranium output.",
                                           RelType.PRODUCES)
