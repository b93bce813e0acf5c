"""The noun a relative clause or participle hangs on, over a generated inventory (fact
sentences x clause forms x heads x other products): the use or output attaches to the head.
Clauses of holding or use ("sensors found in jets") state that the other product needs the
head; clauses of acting from outside ("radars that track drones") state nothing of the other
product needing the head or its input. A producer makes the head, not the good named in the
head's clause ("oxide used in magnets"); twins where the good is a source ("magnets made from
NdPr oxide") or a list ("NdPr oxide and terbium oxide") keep their facts (scorer on, as in
evaluation)."""

from __future__ import annotations

import itertools

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType


def _facts(text: str) -> set[tuple[str, str, str]]:
    fragment = run(Document(text=text, title="Test", published="2025-06-01")).fragment
    names = {n.id: n.name.lower() for n in fragment.nodes.values()}
    return {(r.type.value, names[r.source], names[r.target])
            for r in fragment.relationships.values() if r.type is not RelType.MENTIONS}


HEADS = [("sensors", "sensor"), ("lasers", "laser"), ("radar systems", "radar"),
         ("chips", "semiconductor"), ("electric motors", "electric motor")]
OTHERS = [("fighter jets", "fighter jet"), ("drones", "drone"), ("satellites", "satellite"),
          ("submarines", "submarine")]
HOLDING = ["{h} found in {o}", "{h} that go into {o}", "{h} installed in {o}",
           "{h} used in {o}", "{h}, which go into {o},"]
ACTING = ["{h} that track {o}", "{h} which can spot {o}", "{h} designed to shoot down {o}",
          "{h} able to detect {o}", "{h} that help intercept {o}", "{h} that can jam {o}",
          "{h} used to track {o}", "{h}, which monitor {o},"]
OBJECT_USES = ["Germanium is used in {np} today.", "The army needs germanium for {np} now.",
               "Germanium goes into {np} these days."]
SUBJECT_USES = ["{NP} rely on germanium.", "{NP} use germanium."]


def _sentence(template: str, clause: str, head: str, other: str) -> str:
    phrase = clause.format(h=head, o=other)
    text = template.format(np=phrase, NP=phrase[0].upper() + phrase[1:])
    return text.replace(", today", " today").replace(", now", " now").replace(", these", " these")


@pytest.mark.parametrize("clause", HOLDING + ACTING)
def test_the_use_attaches_to_the_head(clause: str) -> None:
    missed = []
    for template, (head, hname), (other, _) in itertools.product(OBJECT_USES, HEADS, OTHERS):
        text = _sentence(template, clause, head, other)
        if ("DEPENDS_ON", hname, "germanium") not in _facts(text):
            missed.append(text)
    assert missed == []


@pytest.mark.parametrize("clause", [c for c in ACTING if "used to" not in c])
def test_a_head_acting_on_another_product_is_the_subject_that_relies(clause: str) -> None:
    missed = []
    for template, (head, hname), (other, oname) in itertools.product(SUBJECT_USES, HEADS,
                                                                      OTHERS):
        text = _sentence(template, clause, head, other)
        facts = _facts(text)
        if ("DEPENDS_ON", hname, "germanium") not in facts \
                or ("DEPENDS_ON", oname, "germanium") in facts:
            missed.append(text)
    assert missed == []


@pytest.mark.parametrize("clause", ACTING)
def test_what_a_clause_acts_on_needs_neither_the_head_nor_its_input(clause: str) -> None:
    wrong = []
    for template, (head, hname), (other, oname) in itertools.product(
            OBJECT_USES + SUBJECT_USES, HEADS, OTHERS):
        text = _sentence(template, clause, head, other)
        facts = _facts(text)
        if ("DEPENDS_ON", oname, "germanium") in facts or ("DEPENDS_ON", oname, hname) in facts:
            wrong.append(text)
    assert wrong == []


@pytest.mark.parametrize("clause", HOLDING)
def test_a_clause_of_holding_states_the_whole_needs_the_head(clause: str) -> None:
    missed = []
    for template, (head, hname), (other, oname) in itertools.product(OBJECT_USES, HEADS,
                                                                      OTHERS):
        text = _sentence(template, clause, head, other)
        if ("DEPENDS_ON", oname, hname) not in _facts(text):
            missed.append(text)
    assert missed == []


MADE = [("NdPr oxide", "ndpr oxide"), ("terbium oxide", "terbium oxide"),
        ("dysprosium oxide", "dysprosium oxide")]
SERVED = [("permanent magnets", "rare earth magnet"), ("NdFeB magnets", "ndfeb magnet"),
          ("samarium-cobalt magnets", "samarium-cobalt magnet"),
          ("gallium nitride", "gallium nitride")]
OUTPUT_CLAUSES = ["{h} used in {o}", "{h} that goes into {o}", "{h}, which is used to make {o},",
                  "{h} needed for {o}", "{h} destined for {o}", "{h} for {o}",
                  "{h} that ends up in {o}"]
MAKERS = [("Harrow Earths", "harrow earths"), ("Lynas", "lynas"), ("Iluka", "iluka resources")]
OUTPUTS = ["{org} produces {np} at its plant.", "{org} makes {np} in Malaysia.",
           "{org} refines {np} at the new site."]


@pytest.mark.parametrize("clause", OUTPUT_CLAUSES)
def test_a_producer_makes_the_head_not_the_good_its_clause_names(clause: str) -> None:
    wrong = []
    for template, (made, mname), (served, sname), (org, oname) in itertools.product(
            OUTPUTS, MADE, SERVED, MAKERS):
        phrase = clause.format(h=made, o=served)
        text = template.format(org=org, np=phrase).replace(", at", " at").replace(", in", " in")
        facts = _facts(text)
        if ("PRODUCES", oname, mname) not in facts or ("PRODUCES", oname, sname) in facts:
            wrong.append(text)
    assert wrong == []


@pytest.mark.parametrize(("text", "fact"), [
    ("Lynas produces NdPr oxide and terbium oxide at its plant.",
     ("PRODUCES", "lynas", "terbium oxide")),
    ("Gallium is used in sensors and drones.", ("DEPENDS_ON", "drone", "gallium")),
    ("Lynas makes magnets from NdPr oxide mined in Malaysia.",
     ("PRODUCES", "lynas", "rare earth magnet")),
    ("Germanium is used in the crystals that detect radiation in PET scanners.",
     ("DEPENDS_ON", "pet scanner", "germanium")),
    ("Gallium is used in chips that go into electric vehicles.",
     ("DEPENDS_ON", "electric vehicle", "semiconductor")),
])
def test_lists_sources_and_placed_objects_keep_their_facts(
        text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(text)


@pytest.mark.parametrize("stand_in", ["including those that track {o}",
                                      "such as the ones that can detect {o}",
                                      "among them those able to spot {o}"])
def test_a_pronoun_for_the_head_opens_an_acting_clause_too(stand_in: str) -> None:
    wrong = []
    for (head, hname), (other, oname) in itertools.product(HEADS, OTHERS):
        text = f"Germanium is used in {head}, {stand_in.format(o=other)}."
        facts = _facts(text)
        if ("DEPENDS_ON", hname, "germanium") not in facts \
                or ("DEPENDS_ON", oname, "germanium") in facts:
            wrong.append(text)
    assert wrong == []
