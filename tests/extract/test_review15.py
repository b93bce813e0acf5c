"""Review of round 15's extraction change: each test failed before the fix it comes with."""

from .fragments import states


def test_a_measure_named_with_an_ing_word_is_no_governed_verb() -> None:
    # "opposed licensing requirements": "licensing" names the measure, it is no verb that
    # "opposed" governs (modality_governor read it as "looking into banning")
    text = "The Varlo Union opposed licensing requirements that China imposed on gallium."
    assert states(text, "IMPOSES", "China", "*")
    assert states(text, "RESTRICTS", "*", "gallium")
    assert states("Japan criticised the licensing rules China imposed on germanium exports.",
                  "RESTRICTS", "*", "germanium")
    # the twins: the measure as the governed verb stays undone
    assert not states("Peru is looking into banning zinc exports to Chile.", "IMPOSES", "*", "*")
    assert not states("Peru held off on imposing export duties on zinc.", "IMPOSES", "*", "*")


def test_a_plant_capacity_in_use_governs_no_verb() -> None:
    # "expanded capacity to produce", "works at capacity to supply": the plant's capacity is
    # used, not an ability that may be
    assert states("Tarrow Metals expanded capacity to produce germanium at its Varlo plant.",
                  "PRODUCES", "Tarrow Metals", "germanium")
    assert states("Tarrow Metals expanded its capacity to produce germanium at Varlo.",
                  "PRODUCES", "Tarrow Metals", "germanium")
    assert states("Tarrow Metals is working at capacity to supply gallium to Vessen Electronics.",
                  "SUPPLIES", "Tarrow Metals", "Vessen Electronics")
    assert states("Orsa Mining has the annual capacity to produce 900 tonnes of cobalt.",
                  "PRODUCES", "Orsa Mining", "cobalt")
    # the twins: an ability or a plan stays undone
    assert not states("Tarrow Metals has the capacity to produce 900 tonnes of gallium a year.",
                      "PRODUCES", "Tarrow Metals", "gallium")
    assert not states("Tarrow Metals is on track to produce 40 tonnes of germanium in 2027.",
                      "PRODUCES", "Tarrow Metals", "germanium")


def test_goods_that_join_a_list_are_no_parts() -> None:
    # "joined" in depends_on.pairs-parts read "drones joined the laptops" as a drone's part
    assert not states("The drones joined the laptops on the list of restricted goods.",
                      "DEPENDS_ON", "drone", "laptop")
    assert not states("Smart meters joined routers among the goods Varlo banned.",
                      "DEPENDS_ON", "smart meter", "router")
    assert states("Each actuator pairs a compact motor with a gearbox.",
                  "DEPENDS_ON", "actuator", "gearbox")
