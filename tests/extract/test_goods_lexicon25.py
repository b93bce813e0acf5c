"""Goods of the round-25 inventory (grid, aerospace, car, network and defence goods, process
gases, slurries, oxides and slags of the critical minerals), each found with its label and
canonical name, beside near phrasings that must name nothing or something else (invented
companies and places)."""

from __future__ import annotations

import pytest

from .fact_triples import mentioned_names as _nodes

FOUND = [
    # grid, aerospace, car and network goods with no open head
    ("Halvick Aero machines landing gear from titanium forgings.", "Product", "landing gear"),
    ("Each Orrin satellite carries two star trackers.", "Product", "star tracker"),
    ("Turbofan engines need rhenium in their hottest blades.", "Product", "turbofan engine"),
    ("Dellmar Grid sells switchgear and circuit breakers to utilities.",
     "Product", "switchgear"),
    ("Dellmar Grid sells switchgear and circuit breakers to utilities.",
     "Product", "circuit breaker"),
    ("The utility installed smart meters across Pellworth.", "Product", "smart meter"),
    ("Iridium tips make spark plugs last longer.", "Product", "spark plug"),
    ("Kestrane ships routers and network switches to cloud firms.",
     "Product", "network switch"),
    ("Magnetic bearings keep the flywheel spinning.", "Product", "ball bearing"),
    ("Refiners buy hydrotreating catalysts from Ostvale.", "Product", "hydroprocessing catalyst"),
    ("Diesel trucks use SCR catalysts made with vanadium.",
     "Product", "selective catalytic reduction catalyst"),
    ("Gallium arsenide goes into space-grade solar cells.", "Product", "satellite solar cell"),
    ("Gadolinium helps doctors read magnetic resonance imaging.", "Product", "MRI scanner"),
    ("Dash makers fit digital instrument clusters and head-up displays.",
     "Product", "instrument cluster"),
    ("Dash makers fit digital instrument clusters and head-up displays.",
     "Product", "head-up display"),
    ("Rooftop arrays in Velsk use microinverters.", "Product", "microinverter"),
    ("Phone cameras carry optical image stabilisers.", "Product", "optical image stabiliser"),
    ("Oncologists implant brachytherapy seeds.", "Product", "brachytherapy seed"),
    ("Nurses clip pulse oximeters to a finger.", "Product", "pulse oximeter"),
    ("Mini-mills melt scrap in electric arc furnaces.", "Product", "electric arc furnace"),
    ("LED makers in Orvik run MOCVD reactors.", "Product", "MOCVD reactor"),
    ("Test houses buy probe cards and bonding wire.", "Product", "probe card"),
    ("Test houses buy probe cards and bonding wire.", "Product", "bonding wire"),
    ("Cloud firms ordered optical switches for their clusters.", "Product", "optical switch"),
    ("Each humanoid has 28 joint actuators and two dexterous hands.",
     "Product", "robot joint actuator"),
    ("Each humanoid has 28 joint actuators and two dexterous hands.",
     "Product", "dexterous hand"),
    ("Brenholt grinds planetary roller screws for robot legs.", "Product", "roller screw"),
    ("Warehouses in Pellworth run fleets of AGVs.", "Product", "automated guided vehicle"),
    ("The utility in Velsk stores power in sodium-sulphur batteries.",
     "Product", "sodium-sulphur battery"),
    ("Students built three CubeSats with magnetorquers.", "Product", "CubeSat"),
    ("The forge in Brask makes gun barrels.", "Product", "gun barrel"),
    # a wafer of a compound keeps the compound named
    ("Velmora grows gallium nitride wafers.", "Material", "gallium nitride"),
    # named aircraft, rockets and weapons
    ("Airlines waited for more Dreamliners from the Charleston line.",
     "Product", "Boeing 787 Dreamliner"),
    ("The army ordered Hellfire missiles and Excalibur shells.", "Product", "Hellfire missile"),
    ("The army ordered Hellfire missiles and Excalibur shells.", "Product", "Excalibur shell"),
    ("The launch used a Falcon 9 rocket from the coast.", "Product", "Falcon 9 rocket"),
    ("The navy stocks naval mines and Harpoon missiles.", "Product", "naval mine"),
    ("The navy stocks naval mines and Harpoon missiles.", "Product", "Harpoon missile"),
    ("Tungsten nozzles line solid rocket motors.", "Product", "solid rocket motor"),
    ("Brenholt lays HVDC cables under the Kessel Sea.", "Product", "HVDC cable"),
    ("Phone makers buy SAW filters and MEMS microphones.", "Product", "RF filter"),
    ("Phone makers buy SAW filters and MEMS microphones.", "Product", "MEMS sensor"),
    # process gases and consumables of chip and display lines
    ("Fabs in Torvik consume silane, arsine and phosphine.", "Material", "silane"),
    ("Fabs in Torvik consume silane, arsine and phosphine.", "Material", "phosphine"),
    ("Chamber cleaning uses nitrogen trifluoride.", "Material", "nitrogen trifluoride"),
    ("Welders in Brask shield the arc with argon.", "Material", "argon"),
    ("Polishing wafers takes CMP slurries rich in ceria.", "Material", "CMP slurry"),
    ("Transformer cores use grain-oriented electrical steel.",
     "Material", "grain-oriented electrical steel"),
    # oxides, sulphides and slags of the critical minerals
    ("Fuel cells use scandia-stabilised zirconia as electrolyte.",
     "Material", "scandia-stabilised zirconia"),
    ("Capacitor makers need tantalum pentoxide films.", "Material", "tantalum pentoxide"),
    ("Dry lubricants contain molybdenum disulfide.", "Material", "molybdenum disulphide"),
    ("The Narvik works roasts vanadium slag from steel mills.", "Material", "vanadium slag"),
    ("Steelmakers buy ferroalloys from Kazakhstan.", "Material", "ferroalloy"),
    # refinery salts and oxides named by their compound word (open material heads)
    ("Kessling buys ammonium perrhenate from copper smelters.",
     "Material", "ammonium perrhenate"),
    ("Dorvan roasts the slag into ammonium metavanadate.", "Material", "ammonium metavanadate"),
    ("Cathode makers in Pellworth use manganese tetroxide.", "Material", "manganese tetroxide"),
    ("Fibre plants need germanium tetrafluoride.", "Material", "germanium tetrafluoride"),
    ("Flame retardants contain antimony pentoxide.", "Material", "antimony pentoxide"),
    # ores and salts of lithium and boron
    ("The Velka deposit holds jadarite, a lithium borate.", "Material", "jadarite"),
    ("Orrin Lithium mines hectorite in Nevada.", "Material", "hectorite"),
    # alloys, composites, rocks and doped crystals of end-use lists
    ("Sprinkler heads hold a plug of fusible alloy.", "Material", "low-melting alloy"),
    ("Bismuth replaces lead in free-cutting steels.", "Material", "free-machining steel"),
    ("Drone frames are moulded from carbon-fibre composites.",
     "Material", "carbon-fibre composite"),
    ("White LEDs coat a blue chip with cerium-doped YAG.", "Material", "cerium-doped YAG"),
    ("The Velsk plant burns lignite.", "Material", "lignite"),
    ("Gallant Minerals studies anorthosite as a source of alumina.", "Material", "anorthosite"),
]


@pytest.mark.parametrize(("text", "label", "name"), FOUND)
def test_found(text: str, label: str, name: str) -> None:
    assert (label, name) in _nodes(text)


NOT_FOUND = [
    # a national laboratory is no gas
    ("Scientists at Argonne National Laboratory tested the cell.", "Material", "argon"),
    # solar cells for rooftops are no satellite cells
    ("Velmora makes solar cells for rooftops.", "Product", "satellite solar cell"),
    # the small sets read "solar cells for satellites" as cells a satellite needs
    ("Germanium goes into solar cells for satellites.", "Product", "satellite solar cell"),
    # a company or a film named after a weapon names no weapon
    ("Trident Orvale Holdings raised funds in Perth.", "Product", "Trident missile"),
    ("The Predator sequel opened in cinemas.", "Product", "MQ-1 Predator"),
    # a switch of policy is no network switch
    ("The switch to quotas surprised traders.", "Product", "network switch"),
    # bare "bearing" as a verb names no bearing
    ("The rules have a bearing on Orvane's output.", "Product", "ball bearing"),
    # a harpoon alone is a whaler's tool, and a mine alone is a pit
    ("The crew fired a harpoon from the deck.", "Product", "Harpoon missile"),
    ("The Orvane mine reopened in May.", "Product", "naval mine"),
    # stabilisation as a process names no part
    ("The market saw some stabilisation in June.", "Product", "optical image stabiliser"),
    # a helping hand or a hired hand is no robot part
    ("Velmora's chief lent a hand in the talks.", "Product", "dexterous hand"),
    # imaging alone is no scanner
    ("Thermal imaging relies on germanium lenses.", "Product", "MRI scanner"),
]


@pytest.mark.parametrize(("text", "label", "name"), NOT_FOUND)
def test_not_found(text: str, label: str, name: str) -> None:
    assert (label, name) not in _nodes(text)
