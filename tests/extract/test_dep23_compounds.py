"""DEPENDS_ON read from hyphened compounds (round 23): "X-containing Y", "X-doped Y",
"X-bearing Y" make the head depend on the first half, never the first half on the head; an
"X-free" compound denies only X, so the compound's other needs stand ("magnet-free pumps
need copper"); and "powered with" reads like "powered by". Invented names and sentences."""

from __future__ import annotations

import pytest

from .fact_triples import facts_of, has_fact


def _deps(text: str) -> set[tuple[str, str]]:
    return {(s, t) for r, s, t in facts_of(text) if r == "DEPENDS_ON"}


@pytest.mark.parametrize(("text", "head", "inp"), [
    ("Dysprosium-containing magnets cost more at Varnholt.", "magnet", "dysprosium"),
    ("Velmora ships terbium-containing magnets to Osk.", "magnet", "terbium"),
    ("Kestrel Dynamics tested terbium-enriched magnets.", "magnet", "terbium"),
    ("The Osk plant makes europium-doped phosphors.", "phosphor", "europium"),
])
def test_compound_head_needs_first_half(text: str, head: str, inp: str) -> None:
    assert has_fact(text, "DEPENDS_ON", head, inp)
    assert not has_fact(text, "DEPENDS_ON", inp, head)


@pytest.mark.parametrize("text", [
    "Dysprosium and magnets were both on the Orsa agenda.",
    "Velmora sold its magnet unit and its dysprosium stock.",
])
def test_no_compound_no_need(text: str) -> None:
    assert not _deps(text)


@pytest.mark.parametrize(("text", "head", "inp"), [
    ("Rare-earth-free motors from Kestrel Dynamics need copper.", "motor", "copper"),
    ("Lead-free solders contain bismuth.", "solder", "bismuth"),
    ("Cobalt-free batteries at Velmora use nickel.", "batter", "nickel"),
])
def test_free_compound_keeps_other_needs(text: str, head: str, inp: str) -> None:
    assert has_fact(text, "DEPENDS_ON", head, inp)


@pytest.mark.parametrize(("text", "head", "inp"), [
    ("Cobalt-free batteries are cheaper at Velmora.", "batter", "cobalt"),
    ("Orsa Holdings sells magnet-free pumps.", "pump", "magnet"),
    ("Cobalt-free batteries use nickel.", "batter", "cobalt"),
    ("The company's new heat pumps are magnet-free.", "heat pump", "magnet"),
])
def test_free_compound_denies_its_first_half(text: str, head: str, inp: str) -> None:
    assert not has_fact(text, "DEPENDS_ON", head, inp)


def test_powered_with() -> None:
    assert has_fact("The Tarvo scooters are powered with lithium-ion batteries.", "DEPENDS_ON",
                    "scooter", "lithium-ion")
    assert not _deps("The scooters were powered down with the batteries still charged.") & {
        ("electric scooter", "lithium-ion battery")}


@pytest.mark.parametrize(("text", "whole", "part"), [
    ("Terbium is used in the electric vehicle motors Velmora builds.", "electric vehicle",
     "electric vehicle motor"),
    ("Orsa Holdings assembles EV motors near Osk.", "electric vehicle", "electric vehicle motor"),
])
def test_whole_named_in_a_part(text: str, whole: str, part: str) -> None:
    assert (whole, part) in _deps(text)


@pytest.mark.parametrize("text", [
    "Orsa Holdings installs electric vehicle chargers near Osk.",
    "Orsa Holdings sells electric vehicles and motors.",
])
def test_no_whole_without_a_part_head(text: str) -> None:
    assert not any(s == "electric vehicle" for s, _ in _deps(text))


def test_no_whole_from_a_part_noun_or_a_bare_element() -> None:
    assert not any(s == "voice coil" for s, _ in _deps("Velmora makes voice coil motors."))
    assert ("potassium", "manganese") not in _deps(
        "Manganese-doped potassium fluorosilicate glows red in Orsa displays.")
