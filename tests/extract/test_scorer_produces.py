"""Scorer PRODUCES pairs refused on the producer's role (``rekg/extract/scorer_produces.py``)
and a pronoun's pair that falls with its named antecedent's (``scorer_guards.guarded``). Each
guard is called on a pair built by hand, so the cases hold whatever the model scores; each has
twins that the guard must leave alone."""

from __future__ import annotations

import pytest

from rekg.extract.scorer_guards import guarded
from rekg.extract.scorer_produces import produces_refusal
from rekg.schema import RelType

from .fact_triples import scorer_pair

REFUSED = [
    # a possessive belongs to the subject its clause opens with
    ("Velmora Holdings keeps a depot in Rotterdam. Rotterdam produced its first cobalt in June.",
     "its", "cobalt"),
    # buyers, traders and users
    ("Tarvik Alloys is a large maker of zinc and a buyer of rutile.", "Tarvik Alloys", "rutile"),
    ("Halden Metals, the Danish trader of nickel, cut its orders.", "Halden Metals", "nickel"),
    ("Korean nickel buyers, led by Halden Metals and Arvo Group, cut orders.", "Arvo Group",
     "nickel"),
    ("Korean nickel buyers, led by Halden Metals and Arvo Group, cut orders.", "Halden Metals",
     "nickel"),
    ("The cobalt that Halden Metals buys goes to cathode plants.", "Halden Metals", "cobalt"),
    ("Most of the antimony goes to buyers in Peru.", "Peru", "antimony"),
    ("Much antimony is used in Peru for flame retardants.", "Peru", "antimony"),
    # output denied, lacked, or only a stake or a purchase
    ("Chile holds vast lithium reserves but refines none.", "Chile", "lithium"),
    ("Estonia lacks tungsten mines.", "Estonia", "tungsten"),
    ("Estonia, which stockpiled cobalt after a shortage, offered help.", "Estonia", "cobalt"),
    ("Halden Metals's stake in a nickel smelter was sold.", "Halden Metals", "nickel"),
    ("Halden Metals refined zinc in June and cobalt was added to its list of imports.",
     "Halden Metals", "cobalt"),
    # the good opens a clause of its own
    ("Halden Metals refined zinc in June and cobalt was put under licensing in July.",
     "Halden Metals", "cobalt"),
    # the trade of other companies, an output only supposed, a company's own site
    ("Halden Metals hired a firm focused on vanadium.", "Halden Metals", "vanadium"),
    ("Halden Metals sells drills to companies that mine cobalt.", "Halden Metals", "cobalt"),
    ("Vexa Motors sells scooters, helped by magnet makers such as Orlen Magnetics.",
     "Vexa Motors", "magnet"),
    ("A new loan will fund a separation line, which would give Halden Metals its own terbium.",
     "Halden Metals", "terbium"),
    ("Chile's Halden Metals will add a kiln at its zinc refinery.", "Chile", "zinc"),
    # a pronoun's measure, a speaker closing a report on prices
    ("Halden Metals tightened its controls on tungsten exports.", "its", "tungsten"),
    ("Nickel prices fell 8% in June, Halden Metals said.", "Halden Metals", "nickel"),
]

LEFT_ALONE = [
    ("Velmora Holdings keeps a depot in Rotterdam. In June, its first cobalt left the plant.",
     "its", "cobalt"),
    ("Tarvik Alloys is a large maker of zinc and a buyer of rutile.", "Tarvik Alloys", "zinc"),
    ("Tarvik Alloys, a large producer and buyer of rutile, grew.", "Tarvik Alloys", "rutile"),
    ("Korean nickel miners, led by Halden Metals, cut output.", "Halden Metals", "nickel"),
    ("The cobalt that Halden Metals mines goes to cathode plants.", "Halden Metals", "cobalt"),
    ("Most of the antimony is mined in Peru.", "Peru", "antimony"),
    ("Chile holds vast lithium reserves and refines some.", "Chile", "lithium"),
    ("Estonia has tungsten mines.", "Estonia", "tungsten"),
    ("Estonia, which mines and stockpiles cobalt, offered help.", "Estonia", "cobalt"),
    ("Halden Metals stockpiled cobalt at Varde from its own mines.", "Halden Metals", "cobalt"),
    ("Halden Metals stockpiles cobalt and will refine it later.", "Halden Metals", "cobalt"),
    ("Halden Metals runs a nickel smelter.", "Halden Metals", "nickel"),
    ("Halden Metals refined zinc in June and added cobalt to its list of exports.",
     "Halden Metals", "cobalt"),
    ("Halden Metals refined zinc in June and cobalt was refined in July.", "Halden Metals",
     "cobalt"),
    ("Vexa Motors is among the magnet makers of the region.", "Vexa Motors", "magnet"),
    ("Halden Metals, a firm focused on vanadium, grew.", "Halden Metals", "vanadium"),
    ("Halden Metals remains the largest maker of cobalt.", "Halden Metals", "cobalt"),
    ("Halden Metals ships ore to Korean refiners, which make cobalt sulphate from it.",
     "Korean", "cobalt sulphate"),
    ("A new loan funded a separation line that gives Halden Metals its own terbium.",
     "Halden Metals", "terbium"),
    ("In May Halden Metals began selling its own terbium.", "Halden Metals", "terbium"),
    ("Chile's Halden Metals, mining zinc in the north, grew.", "Chile", "zinc"),
    ("Halden Metals raised its tungsten output.", "Halden Metals", "tungsten"),
    ("Nickel output rose 8% in June, Halden Metals said.", "Halden Metals", "nickel"),
]


@pytest.mark.parametrize(("text", "producer", "good"), REFUSED, ids=lambda v: str(v)[:40])
def test_a_role_that_makes_nothing_is_refused(text: str, producer: str, good: str) -> None:
    _, view, fact = scorer_pair(text, RelType.PRODUCES, producer, good)
    assert produces_refusal(view, fact) is not None


@pytest.mark.parametrize(("text", "producer", "good"), LEFT_ALONE, ids=lambda v: str(v)[:40])
def test_a_producer_is_left_alone(text: str, producer: str, good: str) -> None:
    _, view, fact = scorer_pair(text, RelType.PRODUCES, producer, good)
    assert produces_refusal(view, fact) is None


def test_a_pronoun_pair_falls_with_its_named_antecedents() -> None:
    ctx, view, fact = scorer_pair("Vexa Motors needs indium for its screens.",
                                  RelType.PRODUCES, "its", "indium")
    refused: list = []
    assert not guarded(ctx, view, [fact], refused) and refused == [fact]


def test_a_pronoun_pair_stands_with_its_named_antecedents() -> None:
    ctx, view, fact = scorer_pair("Vexa Motors refines indium for its screens.",
                                  RelType.PRODUCES, "its", "indium")
    assert guarded(ctx, view, [fact]) == [fact]
