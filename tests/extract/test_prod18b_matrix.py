"""A generated inventory of the ways news tells who produces or sells a material (invented
companies and real countries x materials x phrasings), with twins that must give nothing
(scorer on, as in evaluation):

* PRODUCES by share ("holds 70% of the world's X output", "some 60% of the world's X comes
  from Y", "Y contributes 10% of global X supply"), rank ("the world's top X producer", "the
  No. 2 X producer", "Y leads the world in X output", "producers of X include Y"), tonnage,
  possessive output, "Y-mined X", passives ("X is mined in Y"), appositions and relative
  clauses; twins: a share of reserves, resources or demand ("holds 70% of the world's X
  reserves"), a good used up ("consumes 40% of the world's X"), a buyer named after the good
  ("the top X importer", "buyers of X include Y"), a site of the good said shut ("Y's X mine
  remains shut"), plans, hopes, imports, reliance and denial;
* SUPPLIES by sale, shipment, purchase and customers ("Y ships X to Z", "Z buys X from Y",
  "Y's customers include Z", "Y is Z's No. 2 supplier", "Z is among Y's customers"); twins:
  sales planned, hoped for, stopped, denied, refused or only discussed, and Z among Y's rivals
  or suppliers.
"""

from __future__ import annotations

import pytest

from .fragments import states

PRODUCERS = ["Kestrel Metals", "Orsa Mining", "Kazakhstan", "Peru", "Vietnam"]
GOODS = ["tungsten", "cobalt", "gallium", "antimony", "graphite"]
BUYERS = ["Harlow Motors", "Japan", "Tarn Electric"]

MADE = [
    "{P} holds 70% of the world's {m} output.",
    "{P} controls most of the global supply of {m}.",
    "Some 60% of the world's {m} comes from {P}.",
    "{P} is the world's top {m} producer.",
    "{P} is the No. 2 {m} producer.",
    "{P} is the world's number two {m} producer.",
    "{P} is a leading producer of {m}.",
    "{P}-mined {m} is sold worldwide.",
    "{P}'s {m} output rose 5% last year.",
    "{P} turned out 3,000 tonnes of {m} last year.",
    "{P} is a major source of {m}.",
    "{P}, the largest {m} miner, cut prices.",
    "{m} is mined in {P}.",
    "{m} refined in {P} is sold to Japan.",
    "{P} accounts for about half of global {m} production.",
    "{P} produced 12,000 tonnes of {m} in 2024.",
    "{P} supplies about 80% of the world's {m}.",
    "{P} is the biggest {m} producer in the world.",
    "{P}, which mines {m}, cut prices.",
    "{P} dominates {m} production.",
    "{P} refines most of the world's {m}.",
    "{P} ranks second among {m} producers.",
    "The main {m} producers are {P} and Chile.",
    "{P} makes up 60% of world {m} supply.",
    "{P} is responsible for 80% of global {m} refining.",
    "Most {m} is produced in {P}.",
    "{P} holds 30% of {m} reserves and 60% of output.",
    "Producers of {m} include {P} and Chile.",
    "The main refiners of {m} are {P} and Chile.",
    "{P} leads the world in {m} output.",
    "{P} tops global {m} production.",
    "{P} contributes about 10% of global {m} supply.",
    "{P}'s {m} mine was shut for maintenance in May.",
    "{P}'s {m} refinery is running at full capacity.",
    "{P} is the dominant force in {m} mining.",
    "{P} is a heavyweight in {m} refining.",
    "{P}'s annual {m} output is about 5,000 tonnes.",
    "{P} has long been the main {m} supplier to the world.",
    "{P} cut {m} output by 5% last year.",
    "{P} trimmed its {m} production by a tenth.",
]
NOT_MADE = [
    "{P} plans to produce {m} from 2029.",
    "{P} hopes to become a {m} producer.",
    "{P} has large reserves of {m}.",
    "{P} imports most of its {m}.",
    "{P} relies on Chile for {m}.",
    "{P} consumes 40% of the world's {m}.",
    "{P} does not produce {m}.",
    "{P} buys most of the world's {m}.",
    "{P} holds 70% of the world's {m} reserves.",
    "{P} holds a third of known {m} resources.",
    "{P} accounts for a third of global {m} consumption.",
    "{P} accounts for half of global {m} demand.",
    "{P} denied that it mines {m}.",
    "{P} is the largest buyer of {m}.",
    "{P} is the top {m} importer.",
    "{P} is the world's biggest {m} consumer.",
    "{P} leads the world in {m} demand.",
    "{P} contributes about 10% of global {m} demand.",
    "Buyers of {m} include Harlow Motors and {P}.",
    "{m} buyers such as Harlow Motors and {P} waited.",
    "{P}'s {m} mine remains shut.",
    "{P}'s {m} refinery has been idle since 2023.",
    "{P}'s {m} processing plant remains closed.",
    "{P} is a big player in {m} imports.",
    "{P}'s annual {m} imports are about 5,000 tonnes.",
    "{P} cut {m} imports by 5% last year.",
]
SOLD = [
    "{P} ships {m} to {Z}.",
    "{Z} buys {m} from {P}.",
    "{P}'s customers include {Z}.",
    "{P} sells {m} to {Z}.",
    "{P} exports most of its {m} to {Z}.",
    "{Z} sources {m} from {P}.",
    "{P} is a key supplier of {m} to {Z}.",
    "{Z} gets most of its {m} from {P}.",
    "{P} counts {Z} among its customers.",
    "{Z} is {P}'s biggest customer.",
    "{P} delivers {m} to {Z} under a long-term contract.",
    "{Z} imports {m} from {P}.",
    "{P} supplies {Z} with {m}.",
    "{P} is the No. 2 supplier of {m} to {Z}.",
    "{Z} is among {P}'s customers.",
    "{Z} is one of {P}'s biggest {m} buyers.",
]
NOT_SOLD = [
    "{P} plans to ship {m} to {Z}.",
    "{Z} hopes to buy {m} from {P}.",
    "{P} stopped selling {m} to {Z}.",
    "{P} does not sell {m} to {Z}.",
    "{Z} refused to buy {m} from {P}.",
    "{P} and {Z} discussed {m} supply.",
    "{P} could start supplying {m} to {Z} next year.",
    "No {m} was shipped from {P} to {Z} in May.",
    "{Z} is among {P}'s rivals.",
    "{Z} is among {P}'s suppliers.",
]


def _cases(templates: list[str], sale: bool) -> list[tuple[str, str, str]]:
    """Each template with three producers, goods and buyers, turned so every one comes up."""
    out = []
    for n, template in enumerate(templates):
        for k in range(3):
            producer, goods = PRODUCERS[(n + k) % 5], GOODS[(n + 2 * k) % 5]
            buyer = BUYERS[(n + k) % 3]
            text = template.format(P=producer, m=goods, Z=buyer)
            text = text[0].upper() + text[1:]
            out.append((text, producer.split()[0], buyer.split()[0] if sale else goods))
    return out


@pytest.mark.parametrize(("text", "producer", "goods"), _cases(MADE, False),
                         ids=lambda v: str(v)[:60])
def test_output_told_by_share_rank_tonnage_or_passive_is_produced(
        text: str, producer: str, goods: str) -> None:
    assert states(text, "PRODUCES", producer, goods), text


@pytest.mark.parametrize(("text", "producer", "goods"), _cases(NOT_MADE, False),
                         ids=lambda v: str(v)[:60])
def test_reserves_demand_use_imports_plans_and_denials_give_no_output(
        text: str, producer: str, goods: str) -> None:
    assert not states(text, "PRODUCES", producer, goods), text


@pytest.mark.parametrize(("text", "seller", "buyer"), _cases(SOLD, True),
                         ids=lambda v: str(v)[:60])
def test_sales_shipments_purchases_and_customers_state_supply(
        text: str, seller: str, buyer: str) -> None:
    assert states(text, "SUPPLIES", seller, buyer), text


@pytest.mark.parametrize(("text", "seller", "buyer"), _cases(NOT_SOLD, True),
                         ids=lambda v: str(v)[:60])
def test_sales_planned_hoped_stopped_denied_or_discussed_state_none(
        text: str, seller: str, buyer: str) -> None:
    assert not states(text, "SUPPLIES", seller, buyer), text
