"""Reference classes of round 23 (an inventory of how English refers back to two parties or
to none): "they", "the pair", "the duo", "the two", a bare "both", "the companies",
"the countries" for the coordinated subject pair of the sentence before; "the former" and
"the latter" for one of the last two parties; "the US company" as a seat word; and the dummy
"it" of "it is expected that", "it seems that", "it takes years to". Invented companies, each
case with twins that must give nothing (a mixed pair, a pair in a fronted clause, a single
subject, officials, "the former chief", "the latter half", a noun after "both")."""

from __future__ import annotations

import pytest

from rekg.extract.dummy_it import dummy_subject
from rekg.extract.tokens import make_view

from .fact_triples import has_fact

_PAIRS = [("Veltrix Metals Ltd", "Orsa Mining Corp"),
          ("Kestrel Refining Inc", "Marlow Trading Corp")]
_GOODS = ["cobalt", "tin"]

# {C} and {D} both produce {m} through the reference.
BOTH = [
    "{C} and {D} met in Tokyo. They both produce {m} in Zambia.",
    "{C} and {D} met in Tokyo. The pair produce {m} in Zambia.",
    "{C} and {D} met in Tokyo. The duo produce {m} in Zambia.",
    "{C} and {D} met in Tokyo. The two produce {m} in Zambia.",
    "{C} and {D} met in Tokyo. Both produce {m} in Zambia.",
    "{C} and {D} met in Tokyo. The companies produce {m} in Zambia.",
    "{C} and {D} met in Tokyo. They signed a deal. They also produce {m} in Zambia.",
]
# neither {C} nor {D} produces {m}
NEITHER = [
    "{C} and Peru met in Lima. They produce {m} in Zambia.",
    "{C} opened a mine. Officials met in Lima. They produce {m} in Zambia.",
    "After {C} and {D} met, prices fell. They produce {m} in Zambia.",
    "{C} opened a mine in May. The companies produce {m} in Zambia.",
    "{C} and {D} met in Tokyo. The countries produce {m}.",
    "{C} opened a mine in May. They produce {m} in Zambia.",
    "{C} and {D} met in Tokyo. The former chief of a rival produces {m} in Zambia.",
    "{C} opened a mine in May. It was reported that Zambia produces {m}.",
    "{C} opened a mine in May. It seems that buyers of {m} are scarce.",
    "{C} opened a mine in May. It is expected that prices of {m} will rise.",
    "{C} and {D} met in Tokyo. Their {m} comes from the domestic market.",
]


@pytest.mark.parametrize(("c", "d"), _PAIRS)
def test_pair_not_paired_with_itself(c: str, d: str) -> None:
    """A pronoun in the pair's own sentence adds no second mention of either party."""
    for text in (f"{c} and {d} also said their exports are recovering.",
                 f"{c} and {d} said they would comply, and both buy tin abroad."):
        assert not has_fact(text, "SUPPLIES", c, d)
        assert not has_fact(text, "SUPPLIES", d, c)


def _cases(templates: list[str]) -> list[tuple[str, str, str, str]]:
    return [(t.format(C=c, D=d, m=m), c, d, m) for t in templates for c, d in _PAIRS
            for m in _GOODS]


@pytest.mark.parametrize(("text", "c", "d", "m"), _cases(BOTH))
def test_pair_reference(text: str, c: str, d: str, m: str) -> None:
    assert has_fact(text, "PRODUCES", c, m)
    assert has_fact(text, "PRODUCES", d, m)


@pytest.mark.parametrize(("text", "c", "d", "m"), _cases(NEITHER))
def test_no_pair_reference(text: str, c: str, d: str, m: str) -> None:
    assert not has_fact(text, "PRODUCES", c, m)
    assert not has_fact(text, "PRODUCES", d, m)


@pytest.mark.parametrize(("c", "d"), _PAIRS)
def test_former_and_latter(c: str, d: str) -> None:
    latter = f"{c} signed a deal with {d}. The latter produces tin in Zambia."
    assert has_fact(latter, "PRODUCES", d, "tin")
    assert not has_fact(latter, "PRODUCES", c, "tin")
    former = f"{c} and {d} met in Tokyo. The former buys tin from Brindle Holdings Inc."
    assert has_fact(former, "SUPPLIES", "Brindle", c)
    assert not has_fact(former, "SUPPLIES", "Brindle", d)
    half = f"{c} and {d} met in Tokyo. In the latter half of the year, Zambia produced tin."
    assert not has_fact(half, "PRODUCES", d, "tin")


def test_countries_as_they() -> None:
    for ref in ("They", "The countries"):
        text = f"Chile and Peru met in Lima. {ref} signed an agreement on lithium."
        assert has_fact(text, "PARTY_TO", "Chile", "agreement")
        assert has_fact(text, "PARTY_TO", "Peru", "agreement")


@pytest.mark.parametrize(("c", "d"), _PAIRS)
def test_seat_code_before_company_noun(c: str, d: str) -> None:
    text = f"{c} sells cars in Europe. The US company buys dysprosium from {d}."
    assert has_fact(text, "SUPPLIES", d, c)
    assert not has_fact(text, "SUPPLIES", d, "United States")


@pytest.mark.parametrize(("c", "d"), _PAIRS)
def test_it_that_is_the_company(c: str, d: str) -> None:
    assert has_fact(f"{c} opened a mine in May. It said that it produces tin in Zambia.",
                    "PRODUCES", c, "tin")
    assert has_fact(f"{c} was founded in 2010. It produces tin in Malaysia.", "PRODUCES", c,
                    "tin")


@pytest.mark.parametrize(("text", "dummy"), [
    ("it is expected that prices will rise", True),
    ("it was widely reported that the mine closed", True),
    ("it has been estimated that reserves are large", True),
    ("it remains to be seen whether the plant opens", True),
    ("it is unclear whether the mill runs", True),
    ("it seems that buyers left", True),
    ("it takes years to build a mine", True),
    ("it could take years to build a smelter", True),
    ("it is expected to start output in may", False),
    ("it takes ore from chile", False),
    ("it said that output rose", False),
    ("it remains the largest producer", False),
])
def test_dummy_subject(text: str, dummy: bool) -> None:
    assert dummy_subject(make_view(0, text), 0) is dummy


@pytest.mark.parametrize(("c", "d"), _PAIRS)
def test_the_company_is_a_business(c: str, d: str) -> None:
    """"The company" after a university named lately is the business in focus, or nobody."""
    text = (f"{c} opened a mine in Zambia. The University of Birmingham studied the ore. "
            "The company produces cobalt there.")
    assert has_fact(text, "PRODUCES", c, "cobalt")
    assert not has_fact(text, "PRODUCES", "University", "cobalt")
    alone = "The University of Birmingham studied the ore. The company produces cobalt there."
    assert not has_fact(alone, "PRODUCES", "University", "cobalt")


@pytest.mark.parametrize(("c", "d"), _PAIRS)
@pytest.mark.parametrize("phrase", ["The lithium miner", "The graphite refiner",
                                    "The cobalt producer"])
def test_company_named_by_its_goods(c: str, d: str, phrase: str) -> None:
    text = f"{c} listed in Sydney last year. {phrase} buys tin from {d}."
    assert has_fact(text, "SUPPLIES", d, c)


@pytest.mark.parametrize(("c", "d"), _PAIRS)
def test_company_named_by_its_goods_twins(c: str, d: str) -> None:
    for text in (f"{c} listed in Sydney last year. The lithium miners buy tin from {d}.",
                 f"{c} listed in Sydney last year. The lithium miner Brindle Holdings Inc "
                 f"buys tin from {d}.",
                 f"{c} listed in Sydney last year. Kestrel Holdings said the lithium miner "
                 f"buys tin from {d}.",
                 f"{c} listed in Sydney last year. The phone maker buys tin from {d}."):
        assert not has_fact(text, "SUPPLIES", d, c)
