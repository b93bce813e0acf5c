"""How journalists, analysts, companies and governments state that a product or material needs
another (active and passive, nominal, shares and ranks, lists, appositions, relative clauses,
"X-based", quotes, headlines, chains), each expected DEPENDS_ON; and hedged, negated, ended or
substituted uses that must give none (scorer on, as in evaluation)."""

from __future__ import annotations

import pytest

from .fragments import dependency_pairs


def _found(text: str, dependent: str, needed: str) -> bool:
    return any(dependent.lower() in a and needed.lower() in b for a, b in dependency_pairs(text))


PRESENT = [
    ("Most electric cars use permanent magnet motors.", "electric vehicle", "permanent magnet"),
    ("Offshore wind turbines need tonnes of neodymium.", "wind turbine", "neodymium"),
    ("Fighter jets require samarium-cobalt magnets.", "fighter jet", "samarium-cobalt"),
    ("Smartphones rely on tiny rare earth magnets.", "smartphone", "magnet"),
    ("The F-35 is built with about 400 kilograms of rare earths.", "f-35", "rare earth"),
    ("Each hybrid car contains roughly a kilogram of neodymium.", "hybrid", "neodymium"),
    ("Modern radar systems incorporate gallium nitride chips.", "radar", "gallium nitride"),
    ("Dysprosium is used in the magnets of electric vehicle motors.", "magnet", "dysprosium"),
    ("Gallium is found in LEDs and radar chips.", "led", "gallium"),
    ("Germanium is a key input for night-vision goggles.", "night-vision", "germanium"),
    ("Rare earth magnets are a critical component of wind turbines.", "wind turbine", "magnet"),
    ("NdFeB-based motors dominate the electric vehicle market.", "motor", "ndfeb"),
    ("Motors made with neodymium magnets are lighter.", "motor", "ndfeb"),
    ("Magnets for EV motors are in short supply.", "electric vehicle motor", "magnet"),
    ("Wind turbines, which depend on rare earth magnets, are affected.", "wind turbine",
     "magnet"),
    ("About 30% of global neodymium goes into wind turbines.", "wind turbine", "neodymium"),
    ("Terbium is used in phosphors, magnets and fuel cells.", "fuel cell", "terbium"),
    ("Antimony is used in flame retardants, batteries and ammunition.", "ammunition",
     "antimony"),
    ("Germanium, essential for fibre optics, is in short supply.", "optical fiber", "germanium"),
    ("Tungsten, vital for armour-piercing shells, comes mostly from China.", "armour-piercing",
     "tungsten"),
    ("Electric vehicles' dependence on rare earth magnets is growing.", "electric vehicle",
     "magnet"),
    ("The dependence of wind turbines on neodymium is well known.", "wind turbine", "neodymium"),
    ("EV makers' reliance on Chinese magnets deepens", "electric vehicle", "magnet"),
    ("Industrial robots are powered by servo motors that use neodymium magnets.", "servo motor",
     "ndfeb"),
    ("Cobalt is a key ingredient in lithium-ion batteries.", "lithium-ion battery", "cobalt"),
    ("Lithium-ion batteries require lithium, cobalt and nickel.", "lithium-ion battery",
     "nickel"),
    ("Graphite forms the anode of almost every lithium-ion battery.", "lithium-ion battery",
     "graphite"),
    ("The magnets inside electric vehicle motors contain dysprosium.", "magnet", "dysprosium"),
    ("Neodymium magnets are at the heart of electric motors.", "electric motor", "ndfeb"),
    ("Electric vehicles are the biggest consumer of rare earth magnets.", "electric vehicle",
     "magnet"),
    ("Praseodymium is needed to make high-strength magnets.", "magnet", "praseodymium"),
    ("Indium is an essential ingredient in touchscreens.", "touchscreen", "indium"),
    ("Yttrium is critical for jet engine coatings.", "coating", "yttrium"),
    ("Gallium is crucial to radar systems.", "radar", "gallium"),
    ("Antimony is critical to the production of ammunition.", "ammunition", "antimony"),
    ("Neodymium magnets, the kind found in most EV motors, are made in China.", "motor",
     "ndfeb"),
    ("Drones, whose motors contain rare earth magnets, are affected.", "motor", "magnet"),
    ("Rare earth magnets sit inside every hard disk drive.", "hard drive", "magnet"),
    ("Gallium nitride powers modern radar.", "radar", "gallium nitride"),
    ("Wind turbines are heavy users of rare earth magnets.", "wind turbine", "magnet"),
    ("Electric vehicles run on lithium-ion batteries.", "electric vehicle", "lithium-ion"),
    ("Every Tomahawk missile uses samarium-cobalt magnets.", "tomahawk", "samarium-cobalt"),
    ("Rare earth magnets turn the motors of electric vehicles.", "motor", "magnet"),
    ("The main application of gallium is in semiconductors.", "semiconductor", "gallium"),
    ("Most of the world's germanium ends up in fibre optics and infrared optics.",
     "infrared optics", "germanium"),
    ("Electric vehicle batteries are made with lithium and cobalt.", "battery", "cobalt"),
    ("Semiconductors are made using gallium and germanium.", "semiconductor", "germanium"),
    ("Rare earths are used in products ranging from smartphones to fighter jets.",
     "fighter jet", "rare earth"),
    ("Dysprosium, used in EV motors, is among the restricted elements.",
     "electric vehicle motor", "dysprosium"),
    ("The restricted items include samarium, which is used in missile guidance systems.",
     "guidance system", "samarium"),
    ("The F-35, Virginia-class submarines and Tomahawk missiles all depend on samarium-cobalt "
     "magnets.", "virginia-class", "samarium-cobalt"),
    ("Rare earth magnets can be found in wind turbines, electric vehicles and headphones.",
     "headphone", "magnet"),
    ("Electric vehicles, wind turbines and drones are among the products that use rare earth "
     "magnets.", "drone", "magnet"),
    ("EV motors need dysprosium, China's ban shows", "electric vehicle motor", "dysprosium"),
    ("\"Every missile we build needs samarium-cobalt magnets,\" the executive said.", "missile",
     "samarium-cobalt"),
    ("Electric vehicles need traction motors. Those motors in turn need rare earth magnets.",
     "traction motor", "magnet"),
    ("An electric car depends on its motor, which depends on magnets, which depend on "
     "dysprosium.", "magnet", "dysprosium"),
    ("Catalytic converters consume most of the world's palladium.", "catalytic converter",
     "palladium"),
    ("Roughly half of all gallium ends up in integrated circuits.", "semiconductor", "gallium"),
    ("Smartphones have rare earth magnets in their speakers and vibration motors.",
     "vibration motor", "magnet"),
    ("Tungsten is used to make armour-piercing ammunition.", "armour-piercing", "tungsten"),
    ("Most electric cars cannot run without rare earth magnets.", "electric vehicle", "magnet"),
    ("Heat-resistant magnets could not be made without dysprosium.", "magnet", "dysprosium"),
    ("Without gallium, most radar systems would not work.", "radar", "gallium"),
    ("Without rare earth magnets, electric motors stop working.", "electric motor", "magnet"),
    ("Antimony hardens lead in bullets and is used in flame retardants.", "flame retardant",
     "antimony"),
    ("The restricted elements include:\n- dysprosium, used in EV motors\n- terbium, used in "
     "magnets and phosphors", "phosphor", "terbium"),
    ("Modern fighter jets would be impossible without samarium-cobalt magnets.", "fighter jet",
     "samarium-cobalt"),
    ("Carmakers want to stop using dysprosium in their motors.", "motor", "dysprosium"),
    ("Holmium is used in medical lasers; erbium in fibre amplifiers; europium in phosphors.",
     "phosphor", "europium"),
    ("Cobalt goes into batteries, tungsten into cutting tools.", "cutting tool", "tungsten"),
    ("Cerium is used in catalytic converters and lanthanum in refinery catalysts.", "catalyst",
     "lanthanum"),
]

# A pair given with the twin that must not hold: (text, dependent, input).
ABSENT = [
    ("Tesla's new motor no longer uses rare earth magnets.", "motor", "magnet"),
    ("The company unveiled a rare-earth-free motor for electric vehicles.", "motor",
     "rare earth"),
    ("Ferrite magnets could replace neodymium magnets in some motors.", "motor", "magnet"),
    ("Engineers think delivery drones could one day use solid-state batteries.", "drone",
     "battery"),
    ("Some analysts speculate that drones could one day use graphene batteries.", "drone",
     "battery"),
    ("The new turbine design does not require neodymium.", "turbine", "neodymium"),
    ("BMW's latest electric motor contains no rare earths.", "motor", "rare earth"),
    ("Engineers hope to eliminate cobalt from lithium-ion batteries.", "battery", "cobalt"),
    ("Researchers are testing whether iron nitride can replace neodymium in magnets.",
     "magnet", "neodymium"),
    ("The motor works without any rare earth magnets.", "motor", "magnet"),
    ("Cobalt-free batteries are becoming common in electric vehicles.", "battery", "cobalt"),
    ("The company's motors are magnet-free.", "motor", "magnet"),
    ("The new laptops are cobalt-free.", "laptop", "cobalt"),
    ("Tesla said it had eliminated rare earths from its next-generation motor.", "motor",
     "rare earth"),
    ("Some makers have phased out cobalt from their batteries.", "battery", "cobalt"),
    ("Tesla has stopped using cobalt in some of its batteries.", "battery", "cobalt"),
    ("Electric vehicles once used lead-acid batteries.", "electric vehicle", "lead-acid"),
    ("Electric vehicles do not need dysprosium if they use induction motors.",
     "electric vehicle", "dysprosium"),
    ("Neither the pump nor the fan uses rare earth magnets.", "pump", "magnet"),
    ("Induction motors need no rare earth magnets.", "motor", "magnet"),
    ("Sodium-ion batteries contain no lithium.", "battery", "lithium"),
    ("Ferrite magnets are used instead of neodymium magnets in washing machines.",
     "washing machine", "ndfeb"),
    ("LFP batteries use iron phosphate rather than cobalt.", "battery", "cobalt"),
    ("Researchers are exploring whether sodium could replace lithium in grid batteries.",
     "battery", "lithium"),
    ("The startup claims its motors will not need rare earths.", "motor", "rare earth"),
    ("Is gallium used in solar panels?", "solar", "gallium"),
    ("Electric vehicles could eventually rely on sodium batteries.", "electric vehicle",
     "sodium"),
    ("Most heat pumps don't use rare earth magnets.", "heat pump", "magnet"),
    ("Nickel is not used in LFP batteries.", "battery", "nickel"),
    ("Apple no longer puts rare earth magnets in its chargers.", "charger", "magnet"),
    ("Smartphones sold well, but the plant could not reopen without magnets.", "smartphone",
     "magnet"),
    ("Cobalt goes into batteries, tungsten into cutting tools.", "battery", "tungsten"),
    ("Cobalt goes into batteries, tungsten into cutting tools.", "cutting tool", "cobalt"),
    ("Holmium is used in medical lasers; erbium in fibre amplifiers; europium in phosphors.",
     "amplifier", "europium"),
    ("Cerium is used in catalytic converters and lanthanum in refinery catalysts.",
     "catalytic converter", "lanthanum"),
    ("Gallium goes into radar chips, and germanium into satellite solar panels.", "solar",
     "gallium"),
    ("Electric vehicles need traction motors. Those motors in turn need rare earth magnets.",
     "traction motor", "electric vehicle"),
    ("Antimony hardens lead in bullets and is used in flame retardants.", "flame retardant",
     "bullet"),
    ("Gallium is found in chips and is used in LEDs.", "led", "semiconductor"),
    ("The restricted elements include:\n- dysprosium, used in EV motors\n- terbium, used in "
     "magnets and phosphors", "phosphor", "dysprosium"),
    ("The restricted elements include:\n- dysprosium, used in EV motors\n- terbium, used in "
     "magnets and phosphors", "motor", "terbium"),
]


@pytest.mark.parametrize(("text", "dependent", "needed"), PRESENT, ids=lambda v: str(v)[:40])
def test_a_stated_need_is_extracted(text: str, dependent: str, needed: str) -> None:
    assert _found(text, dependent, needed)


@pytest.mark.parametrize(("text", "dependent", "needed"), ABSENT, ids=lambda v: str(v)[:40])
def test_a_need_the_text_does_not_assert_is_not_extracted(text: str, dependent: str,
                                                          needed: str) -> None:
    assert not _found(text, dependent, needed)
