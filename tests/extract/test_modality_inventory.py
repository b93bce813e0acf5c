"""Round 25 inventory of how English tells a measure, an exclusion or a flow it does not
assert (refuted reports, prospects, unconfirmed claims, items a measure passes by, measures
ended), each beside an asserted twin that must keep its fact. Invented sentences."""

from __future__ import annotations

import pytest

from .fragments import states

ABSENT = [
    ("The ministry pushed back on claims that Zambia had capped cobalt exports to Vietnam.",
     "RESTRICTS", "*", "cobalt"),
    ("The ministry contradicted reports that Zambia had restricted cobalt exports to Vietnam.",
     "TARGETS", "*", "Vietnam"),
    ("Reports that Zambia had banned cobalt exports to Vietnam were wrong, the ministry said.",
     "RESTRICTS", "*", "cobalt"),
    ("The minister described reports of a Zambian cobalt export ban on Vietnam as completely "
     "false.", "RESTRICTS", "*", "cobalt"),
    ("Zambia raised the spectre of a ban on cobalt exports to Vietnam.", "RESTRICTS", "*",
     "cobalt"),
    ("Zambia held out the possibility of a ban on cobalt exports to Vietnam.", "RESTRICTS", "*",
     "cobalt"),
    ("Zambia signalled readiness to restrict cobalt exports to Vietnam.", "RESTRICTS", "*",
     "cobalt"),
    ("Zambia is capable of banning cobalt exports to Vietnam.", "TARGETS", "*", "Vietnam"),
    ("Zambia is exploring export curbs on cobalt shipped to Vietnam.", "RESTRICTS", "*",
     "cobalt"),
    ("Zambia backed down from a ban on cobalt exports to Vietnam.", "RESTRICTS", "*", "cobalt"),
    ("Zambia vetoed a ban on cobalt exports to Vietnam.", "RESTRICTS", "*", "cobalt"),
    ("Zambia has apparently halted cobalt exports to Vietnam.", "RESTRICTS", "*", "cobalt"),
    ("Zambia has purportedly banned cobalt exports to Vietnam.", "RESTRICTS", "*", "cobalt"),
    ("Zambia may have restricted cobalt exports to Vietnam.", "RESTRICTS", "*", "cobalt"),
    ("Zambia is widely thought to have restricted cobalt exports to Vietnam.", "RESTRICTS", "*",
     "cobalt"),
    ("Zambia hardly restricts cobalt exports to Vietnam.", "RESTRICTS", "*", "cobalt"),
    ("Zambia is far from banning cobalt exports to Vietnam.", "RESTRICTS", "*", "cobalt"),
    ("A Zambian ban on cobalt exports to Vietnam remains a possibility.", "RESTRICTS", "*",
     "cobalt"),
    ("Peru has said duties on Chinese steel wire are coming.", "RESTRICTS", "*", "steel wire"),
    ("Peru's steelmakers petitioned for duties on Chinese steel wire.", "RESTRICTS", "*",
     "steel wire"),
    ("Peru's promised duties on Chinese steel wire worry Beijing.", "RESTRICTS", "*",
     "steel wire"),
    ("Peru's defunct duties on Chinese steel wire hurt Beijing.", "RESTRICTS", "*",
     "steel wire"),
    ("There is little sign that Peru will ban zinc exports to China.", "RESTRICTS", "*", "zinc"),
    ("Peru has little reason to ban zinc exports to China.", "RESTRICTS", "*", "zinc"),
    ("Peru declined to confirm reports that it had banned zinc exports to China.", "RESTRICTS",
     "*", "zinc"),
    ("Peru was wrongly reported to have banned zinc exports to China.", "RESTRICTS", "*", "zinc"),
    ("There was no official confirmation that Peru had banned zinc exports to China.",
     "RESTRICTS", "*", "zinc"),
    ("Gallium escaped the export controls.", "RESTRICTS", "*", "gallium"),
    ("Lima imposed duties on steel wire but left zinc out of the measure.", "RESTRICTS", "*",
     "zinc"),
    ("Zambia terminated its curbs on cobalt exports to Vietnam.", "RESTRICTS", "*", "cobalt"),
    ("Zambia let its ban on cobalt exports to Vietnam expire.", "RESTRICTS", "*", "cobalt"),
    ("Lima imposed duties on steel wire but left zinc, lead and tin out of the measure.",
     "RESTRICTS", "*", "zinc"),
    ("Industry sources believe Norvale Mining supplies hafnium to Korvex Motors.", "SUPPLIES",
     "Norvale", "Korvex"),
    ("It is understood that Norvale Mining supplies hafnium to Korvex Motors.", "SUPPLIES",
     "Norvale", "Korvex"),
    ("Korvex Motors is a likely buyer of hafnium from Norvale Mining.", "SUPPLIES", "Norvale",
     "Korvex"),
    ("Norvale Mining is a prospective supplier of hafnium to Korvex Motors.", "SUPPLIES",
     "Norvale", "Korvex"),
    ("Norvale Mining is working towards producing gallium in Ohio.", "PRODUCES", "Norvale",
     "gallium"),
    ("Norvale Mining dreams of producing gallium in Ohio.", "PRODUCES", "Norvale", "gallium"),
    ("Norvale Mining gave up on producing gallium.", "PRODUCES", "Norvale", "gallium"),
    ("Norvale Mining has secured funding to produce gallium.", "PRODUCES", "Norvale",
     "gallium"),
    ("Norvale Mining to separate dysprosium in Ohio this year", "PRODUCES", "Norvale",
     "dysprosium"),
    ("Korvex Motors to buy hafnium from Norvale Mining", "SUPPLIES", "Norvale", "Korvex"),
    ("Peru to join the Minerals Security Partnership", "PARTY_TO", "Peru", "Minerals"),
]

PRESENT = [
    ("Zambia banned cobalt exports to Vietnam in May.", "RESTRICTS", "*", "cobalt"),
    ("Zambia banned cobalt exports to Vietnam in May.", "TARGETS", "*", "Vietnam"),
    ("Zambia not only banned cobalt exports to Vietnam but also restricted copper exports.",
     "RESTRICTS", "*", "cobalt"),
    ("Zambia has not lifted its ban on cobalt exports to Vietnam.", "RESTRICTS", "*", "cobalt"),
    ("Zambia banned cobalt exports to Vietnam after Hanoi threatened to raise tariffs.",
     "RESTRICTS", "*", "cobalt"),
    ("Zambia banned cobalt exports to Vietnam; it has no plans to lift the ban.", "RESTRICTS",
     "*", "cobalt"),
    ("Zambia banned cobalt exports to Vietnam, rejecting criticism from Hanoi.", "RESTRICTS",
     "*", "cobalt"),
    ("The ministry confirmed that Peru had banned zinc exports to China.", "RESTRICTS", "*",
     "zinc"),
    ("Exporters may have to seek licences for zinc shipments to China under Peru's ban.",
     "RESTRICTS", "*", "zinc"),
    ("It is hardly surprising that Peru banned zinc exports to China.", "RESTRICTS", "*",
     "zinc"),
    ("Lima imposed duties on steel wire and zinc.", "RESTRICTS", "*", "zinc"),
    ("The ministry denied reports of unrest at the mine, but confirmed that Zambia had banned "
     "cobalt exports to Vietnam.", "RESTRICTS", "*", "cobalt"),
    ("The minister denied that prices would rise and said Zambia had banned cobalt exports to "
     "Vietnam.", "RESTRICTS", "*", "cobalt"),
    ("Despite denials, Zambia banned cobalt exports to Vietnam in May.", "RESTRICTS", "*",
     "cobalt"),
    ("Zambia, which denies dumping copper, banned cobalt exports to Vietnam.", "RESTRICTS", "*",
     "cobalt"),
    ("Zambia restricted cobalt exports to Vietnam, which had threatened tariffs.", "TARGETS",
     "*", "Vietnam"),
    ("Gallium is covered by the new Zambian export controls.", "RESTRICTS", "*", "gallium"),
    ("Norvale Mining produces gallium at its refinery in Ohio.", "PRODUCES", "Norvale",
     "gallium"),
    ("Korvex Motors buys hafnium from Norvale Mining.", "SUPPLIES", "Norvale", "Korvex"),
    ("Lima imposed duties on steel wire but left zinc untouched, and it taxed tin.",
     "RESTRICTS", "*", "steel wire"),
    ("Norvale Mining is the main supplier of hafnium to Korvex Motors.", "SUPPLIES", "Norvale",
     "Korvex"),
    ("Peru joined the Minerals Security Partnership in 2024.", "PARTY_TO", "Peru", "Minerals"),
    ("Norvale Mining separates dysprosium in Ohio.", "PRODUCES", "Norvale", "dysprosium"),
]


@pytest.mark.parametrize(("text", "rel", "source", "target"), ABSENT, ids=lambda v: str(v)[:40])
def test_an_unasserted_fact_is_not_extracted(text: str, rel: str, source: str,
                                             target: str) -> None:
    assert not states(text, rel, source, target)


@pytest.mark.parametrize(("text", "rel", "source", "target"), PRESENT, ids=lambda v: str(v)[:40])
def test_the_asserted_twin_keeps_its_fact(text: str, rel: str, source: str, target: str) -> None:
    assert states(text, rel, source, target)
