"""A generated inventory of measures told across sentences (round 19): the measure in one
sentence and what it covers in the next ones ("The list covers two goods. They are ...",
"The scope includes ... Specifically, it also includes ..."), lettered list lines after a
sentence that only says what follows is covered ("The following are controlled:" / "(a) ..."),
a measure widened "in October to include", items added later ("In October it added ...",
"One more item was added in May: ..."), an imposer named by a ", which ..." clause or, as
"the government", by the dateline. Imposers x goods x phrasings; every template has twins
that must give nothing: a next sentence about prices, an exclusion, another country's measure,
a list of facts that is no measure, exemptions, another adder, a speech verb."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType

from .fragments import measure_chains

pytestmark = pytest.mark.usefixtures("patterns_only")

# (name in the text, imposer node name)
_IMPOSERS = [("Chile", "chile"), ("Malaysia", "malaysia"), ("Kazakhstan", "kazakhstan"),
             ("Brazil", "brazil")]
# another country, whose measure or adding is not the imposer's
_OTHERS = [("Peru", "peru"), ("Japan", "japan"), ("Turkey", "turkey"), ("India", "india")]
# (first goods, its node, second goods, its node)
_GOODS = [("tin", "tin", "tungsten", "tungsten"), ("bauxite", "bauxite", "lithium", "lithium"),
          ("solar panels", "solar panel", "drones", "drone"),
          ("cobalt", "cobalt", "graphite", "graphite")]
# (dateline, the country it seats "the government" in)
_DATELINES = [("KUALA LUMPUR, May 2 -", "malaysia"), ("HANOI, May 2 -", "vietnam"),
              ("JAKARTA, May 2 -", "indonesia")]


def _restricted(text: str) -> set[str]:
    """Every item any measure restricts, whoever imposes it."""
    fragment = run(Document(text=text, title="Test", published="2025-06-01")).fragment
    names = {n.id: n.name.lower() for n in fragment.nodes.values()}
    return {names[r.target] for r in fragment.relationships.values()
            if r.type is RelType.RESTRICTS}


def _filled(templates: list[str]) -> list[tuple[str, str, str, str, str]]:
    """Each template twice, with other imposers and goods: (text, imposer node, first goods
    node, second goods node, other country node)."""
    rows = []
    for n, template in enumerate(templates):
        for k in range(2):
            imposer, who = _IMPOSERS[(n + k) % 4]
            other, other_node = _OTHERS[(n + k) % 4]
            a, a_node, b, b_node = _GOODS[(n + 2 * k) % 4]
            text = template.format(I=imposer, O=other, A=a, B=b, Acap=a.capitalize())
            rows.append((text, who, a_node, b_node, other_node))
    return rows


def _cases(templates: list[str]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("text", "imposer", "first", "second", "other"),
                                   _filled(templates), ids=lambda v: str(v)[:56])


# --- the measure in one sentence, both goods it covers in the next ones -------------------
LATER = [
    # a sentence that only refers back to the measure hands it on to the list
    "{I} announced export controls on Thursday. The list covers two goods. They are {A} and "
    "{B}.",
    "{I} imposed an export ban on Tuesday. The scope includes {A}. Specifically, it also "
    "includes {B}.",
    "{I} imposed export licensing on Monday. The annex lists {A} and {B}.",
    # lettered list lines after a sentence that says what follows is covered
    "{I} will require export licences for two items from May 1. The items are listed below:\n"
    "(a) {A};\n(b) {B}.",
    "{I} announced new export controls on Monday. The following are controlled:\n(a) {A};\n"
    "(b) {B}.",
    "{I} announced new export controls on Monday. The following are controlled:\n(i) {A};\n"
    "(ii) {B}.",
    "{I} imposed an export ban in March. The ban covers the following goods:\n- {A}\n- {B}",
    # a bullet line of two sentences does not end the list
    "{I} imposed new tariffs in May. The rates are as follows:\n- {Acap}: 25% in 2025. Other "
    "grades follow in 2026.\n- {B}: 50% in 2025.",
    # a lead sentence that only says what follows is covered, a heading after the measure
    "{I} imposed new tariffs in May.\n\nTHE RATES\n\nThey apply to goods from all "
    "countries:\n- {Acap}: 25% in 2025.\n- {B}: 50% in 2025.",
    # a passive "would be covered" after a speech verb, with the items it includes
    "{I} will require export licences from May. Its trade ministry said two products would be "
    "covered, including {A} and {B}.",
    # the measure widened, told with a date before what it now covers
    "{I} imposed export controls in April. The controls were expanded in October to include "
    "{A} and {B}.",
    "{I} imposed an export ban in April. The ban was broadened last week to cover {A} and {B}.",
    # items added later by the imposer, or in a passive with the items after a colon
    "{I} imposed export controls on {A} in April. In October it added {B}.",
    "{I} imposed export controls on {A} in April. In October, {I} added two more goods: {B} "
    "and cement.",
    "{I} imposed export controls on {A} in April. One more item was added in October: {B}.",
    "{I} imposed export controls on {A} in April. More goods were added in October. They "
    "include {B}.",
]

# --- twins: a next sentence that names the goods but no coverage by the measure ---------
LATER_TWINS = [
    "{I} announced export controls on Thursday. Prices of {A} and {B} rose.",
    "{I} announced export controls on Thursday. The list does not include {A} or {B}.",
    "{I} imposed export controls. The following were exempted:\n(a) {A};\n(b) {B}.",
    "{I} imposed export controls on Monday. Among the products spared are {A} and {B}.",
    "{I} imposed export controls on Monday. Its trade ministry added that {A} and {B} were "
    "not affected.",
    "{I} imposed export controls in April. In October it added {A} and {B} to its strategic "
    "stockpile.",
    "{I} imposed export controls in April. Traders were surprised. They are buying {A} and {B}.",
    "{I} imposed export controls in April. The controls were expanded in October, to the "
    "dismay of {A} and {B} traders.",
    "{I} imposed an export ban in April. In October it did not add {A} or {B}.",
    "{I} will require export licences from May. Its trade ministry said many firms would be "
    "affected, including those that sell {A} and {B}.",
    "{I} imposed new tariffs in May. Analysts' views are as follows:\n- {Acap} prices will "
    "rise.\n- {B} prices will fall.",
    "{I} imposed new tariffs in May. The company's products are as follows:\n- {Acap}\n- {B}",
]

# --- twins: the goods are covered, but by another country's measure or adding -----------
OTHERS_MEASURE = [
    "{I} announced export controls on Thursday. {O}'s tariffs cover {A} and {B}.",
    "{I} will require export licences from May. {O} said its mines would be affected, "
    "including those that produce {A} and {B}.",
    "{I} imposed export controls in April. In October {O} added {A} and {B}.",
    "{I} imposed export controls in April. {O}, meanwhile, banned exports of {A} and {B}.",
]


@_cases(LATER)
def test_goods_named_after_the_measure_are_restricted(text: str, imposer: str, first: str,
                                                      second: str, other: str) -> None:
    chains = measure_chains(text)
    assert ("RESTRICTS", imposer, first) in chains
    assert ("RESTRICTS", imposer, second) in chains


@_cases(LATER_TWINS)
def test_a_twin_restricts_neither_goods(text: str, imposer: str, first: str, second: str,
                                        other: str) -> None:
    chains = measure_chains(text)
    assert ("RESTRICTS", imposer, first) not in chains
    assert ("RESTRICTS", imposer, second) not in chains


@_cases(OTHERS_MEASURE)
def test_another_countrys_measure_is_not_the_imposers(text: str, imposer: str, first: str,
                                                      second: str, other: str) -> None:
    chains = measure_chains(text)
    assert ("RESTRICTS", imposer, first) not in chains
    assert ("RESTRICTS", imposer, second) not in chains


# --- lettered lines after a colon that no measure opens restrict nothing ------------------
@pytest.mark.parametrize("text", [
    "Key facts about the mine:\n(a) It produces {A};\n(b) It employs 300 people.",
    "Key facts about the plant:\n(a) {A} output rose;\n(b) {B} output fell.",
    "The company listed its products:\n(a) {A};\n(b) {B}.",
])
@pytest.mark.parametrize("goods", _GOODS, ids=lambda g: g[0])
def test_a_list_no_measure_opens_restricts_nothing(text: str,
                                                   goods: tuple[str, str, str, str]) -> None:
    assert _restricted(text.format(A=goods[0], B=goods[2])) == set()


# --- an imposer named by a ", which ..." clause -----------------------------------------
WHICH = [
    "{O} buys most of its {A} from {I}, which has used export licensing this year to restrict "
    "shipments of {A} and {B}.",
    "Buyers in {O} now turn to {I}, which imposed an export ban on {A} and {B} last year.",
]
WHICH_TWINS = [
    # the clause has a subject of its own: the measure is not the antecedent's
    "Buyers turned to {I}, which {O} has barred from shipping {A} and {B} since May.",
    "{O} buys most of its {A} from {I}, which produces {B}, and has banned exports of {A}.",
]


@_cases(WHICH)
def test_a_measure_in_a_which_clause_is_the_antecedents(text: str, imposer: str, first: str,
                                                        second: str, other: str) -> None:
    chains = measure_chains(text)
    assert ("RESTRICTS", imposer, first) in chains
    assert ("RESTRICTS", imposer, second) in chains
    assert ("RESTRICTS", other, first) not in chains


@_cases(WHICH_TWINS)
def test_a_which_clause_with_its_own_subject_is_not_the_antecedents(
        text: str, imposer: str, first: str, second: str, other: str) -> None:
    chains = measure_chains(text)
    assert ("RESTRICTS", imposer, second) not in chains


# --- "the government" of a datelined article --------------------------------------------
@pytest.mark.parametrize(("dateline", "country"), _DATELINES, ids=lambda v: str(v)[:12])
@pytest.mark.parametrize("goods", _GOODS, ids=lambda g: g[0])
def test_the_government_of_a_dateline_imposes_its_measure(
        dateline: str, country: str, goods: tuple[str, str, str, str]) -> None:
    text = f"{dateline} The government will ban exports of {goods[0]} from June, officials said."
    assert ("RESTRICTS", country, goods[1]) in measure_chains(text)


@pytest.mark.parametrize(("dateline", "country"), _DATELINES, ids=lambda v: str(v)[:12])
@pytest.mark.parametrize("template", [
    # no government named: the dateline says where the story was written, not who acted
    "{D} Traders said the export ban on {A} had hurt buyers.",
    # another country's government
    "{D} Prices of {A} rose after the Chilean government banned exports of {A}.",
    "{D} Prices of {A} rose after Chile's government banned exports of {A}.",
])
@pytest.mark.parametrize("goods", _GOODS[:2], ids=lambda g: g[0])
def test_a_dateline_names_no_imposer_by_itself(dateline: str, country: str, template: str,
                                               goods: tuple[str, str, str, str]) -> None:
    text = template.format(D=dateline, A=goods[0])
    assert ("RESTRICTS", country, goods[1]) not in measure_chains(text)


@pytest.mark.parametrize("imposer", [name for name, _ in _IMPOSERS])
@pytest.mark.parametrize("clause", [
    "which is on the sanctions list", "which was added to the entity list last year",
    "which is subject to the export ban", "which faces the new tariffs",
    "which was sanctioned in March", "which was blacklisted last year",
])
def test_a_which_clause_that_places_its_antecedent_under_a_measure_names_no_imposer(
        imposer: str, clause: str) -> None:
    text = (f"{imposer} imposed new sanctions in May. Buyers now avoid Zorvex Metals, {clause}, "
            "and its drones.")
    fragment = run(Document(text=text, title="Test", published="2025-06-01")).fragment
    names = {n.id: n.name.lower() for n in fragment.nodes.values()}
    assert "zorvex metals" not in {names[r.source] for r in fragment.relationships.values()
                                   if r.type is RelType.IMPOSES}
