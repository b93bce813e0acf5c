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


def test_a_word_of_prospect_reaches_no_measure_of_another_clause() -> None:
    # "looming", "an option", "discussing" (modality.plan, window 6) dropped a measure taken in
    # another clause; they now reach only the measure they stand next to
    assert states("With a recession looming, Zambia banned exports of cobalt to Vietnam.",
                  "IMPOSES", "Zambia", "*")
    assert states("A strike is looming at the port, and Zambia has banned cobalt exports.",
                  "IMPOSES", "Zambia", "*")
    assert states("Talks are an option, officials said; Zambia restricts graphite exports.",
                  "RESTRICTS", "*", "graphite")
    assert states("Ministers were discussing the budget when Zambia banned cobalt exports.",
                  "RESTRICTS", "*", "cobalt")
    # the twins: the measure they speak of stays a plan
    assert not states("Zambia's looming ban on cobalt exports worried traders.",
                      "IMPOSES", "*", "*")
    assert not states("A ban on cobalt exports is an option, Zambian officials said.",
                      "RESTRICTS", "*", "cobalt")
    assert not states("Zambia is discussing a ban on cobalt exports.", "RESTRICTS", "*", "cobalt")


def test_a_doubt_denied_affirms_the_fact() -> None:
    # "doubt" (modality.claim-modal) dropped the fact "few doubt" affirms
    assert states("Few doubt that Tarrow Metals produces germanium.",
                  "PRODUCES", "Tarrow Metals", "germanium")
    assert states("There is little doubt that Orsa Mining produces cobalt.",
                  "PRODUCES", "Orsa Mining", "cobalt")
    assert not states("Analysts doubt that Tarrow Metals produces germanium.",
                      "PRODUCES", "Tarrow Metals", "germanium")


def test_a_ban_taken_again_after_its_pause_stands() -> None:
    # modality_alike dropped every ban aimed at the paused pair, also one taken anew after it
    text = ("China suspended its ban on gallium exports to the United States in November. "
            "Four months later, China banned gallium exports to the United States again.")
    assert states(text, "TARGETS", "*", "United States")
    # the twin: the ban told as history stays dropped
    assert not states("In December China banned gallium exports to the United States. In "
                      "November it suspended the ban on shipments to the United States.",
                      "TARGETS", "*", "United States")
