"""Long bullet and numbered lines under a lead that ends in a colon are read with the lead
(``list_leads``): leads of selling and making x list markers x item tails x names, with twins
whose lead is no lead, is negated, denied or a plan, or whose list ends at a new paragraph."""

from __future__ import annotations

import itertools

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document

from .fragments import states

_SELLERS = ("Norvik Metals", "Keldara Resources")
_BUYERS = ("Hyundai Motor", "Siemens Gamesa")
_GOODS = ("NdPr oxide", "terbium oxide")
_LEADS = (
    ("SUPPLIES", "{s} has signed offtake agreements with:"),
    ("SUPPLIES", "{s} will sell its concentrate to:"),
    ("SUPPLIES", "{s}'s customers include:"),
    ("SUPPLIES", "{s} supplies NdPr oxide to:"),
    ("PRODUCES", "{s} produces:"),
    ("PRODUCES", "At its Darwin refinery, {s} makes:"),
)
_MARKERS = ("- {n}", "* {n}", "• {n}", "{k}. {n}", "({a}) {n}")
_TAILS = (", for 1,500 tonnes a year over five years starting in the third quarter of 2027",
          ": 800 tonnes a year from the first phase of the project, with an option for more",
          ", which will take about 40% of planned output once the plant reaches capacity")
_TAIL = _TAILS[0]


def _listed(lead: str, marker: str, names: tuple[str, ...], tail: str) -> str:
    lines = [marker.format(n=name, k=k + 1, a="abc"[k]) + tail for k, name in enumerate(names)]
    return "\n".join([lead, *lines]) + "\n"


_CASES = [(rel, lead.format(s=_SELLERS[k % 2]), marker, tail, _SELLERS[k % 2])
          for k, ((rel, lead), marker, tail)
          in enumerate(itertools.product(_LEADS, _MARKERS, _TAILS))]


@pytest.mark.parametrize(("rel", "lead", "marker", "tail", "seller"), _CASES)
def test_each_long_list_line_is_read_with_its_lead(rel: str, lead: str, marker: str, tail: str,
                                                   seller: str) -> None:
    items = _BUYERS if rel == "SUPPLIES" else _GOODS
    text = _listed(lead, marker, items, tail)
    for item in items:
        assert states(text, rel, seller, item.split()[0]), (text, item)


_TWINS = {
    "a heading that is no lead": "Norvik Metals is building a refinery near Darwin.\n\n"
                                 + _listed("Key facts:", "- {n}", _BUYERS, _TAIL),
    "a negated lead": _listed("Norvik Metals has not signed offtake agreements with:", "- {n}",
                              _BUYERS, _TAIL),
    "a denied lead": _listed("Norvik Metals denied it had signed offtake agreements with:",
                             "- {n}", _BUYERS, _TAIL),
    "a planned deal": _listed("Norvik Metals plans to sign offtake agreements with:", "- {n}",
                              _BUYERS, _TAIL),
    "deals in talks": _listed("Norvik Metals is in talks on offtake agreements with:", "- {n}",
                              _BUYERS, _TAIL),
    "a new paragraph": _listed("Norvik Metals has signed offtake agreements with:", "- {n}",
                               ("Toyota Tsusho",), _TAIL) + "\n"
                       + _listed("Other buyers:", "- {n}", _BUYERS, _TAIL),
    "an infinitive lead": _listed("Under the deal, Norvik Metals and Toyota Tsusho intend to:",
                                  "- {n}", ("supply Hyundai Motor and Siemens Gamesa",
                                            "build a plant"), _TAIL),
    "prose after the list": _listed("Norvik Metals has signed offtake agreements with:", "- {n}",
                                    ("Toyota Tsusho",), _TAIL)
                            + "Hyundai Motor and Siemens Gamesa build cars and turbines.\n",
}


@pytest.mark.parametrize("text", list(_TWINS.values()), ids=list(_TWINS))
def test_a_line_without_a_stated_lead_gives_no_sale(text: str) -> None:
    for buyer in _BUYERS:
        assert not states(text, "SUPPLIES", "Norvik", buyer.split()[0]), (text, buyer)


def test_the_line_keeps_its_bullet_and_a_lead_naming_a_measure_is_left_apart() -> None:
    text = ("Norvik Metals has signed offtake agreements with:\n- Hyundai Motor" + _TAIL
            + "\n\nThe new controls cover:\n- lithium iron phosphate cathode materials and "
            "precursors for ternary cathodes used in electric car batteries\n")
    texts = [view.text for view in run(Document(text=text, title="T")).sentences]
    assert texts[1].startswith("- Norvik Metals has signed offtake agreements with: Hyundai")
    assert texts[3].startswith("- lithium iron phosphate")


_OTHER_LEADS = (
    ("Norvik Metals's main customers are:", "SUPPLIES", "Norvik", "{b}"),
    ("Norvik Metals exports NdPr oxide to:", "SUPPLIES", "Norvik", "{b}"),
    ("Norvik Metals ships its concentrate to:", "SUPPLIES", "Norvik", "{b}"),
    ("Norvik Metals buys its feed from:", "SUPPLIES", "{b}", "Norvik"),
    ("The offtake agreement was signed by:", "PARTY_TO", "{b}", "offtake"),
)


@pytest.mark.parametrize(("lead", "rel", "source", "target"), _OTHER_LEADS)
@pytest.mark.parametrize("tail", ("", _TAIL))
def test_leads_of_buying_and_signing_read_short_and_long_lines(lead: str, rel: str, source: str,
                                                               target: str, tail: str) -> None:
    text = _listed(lead, "- {n}", _BUYERS, tail)
    for buyer in _BUYERS:
        name = buyer.split()[0]
        assert states(text, rel, source.format(b=name), target.format(b=name)), (text, buyer)
