"""Generated: countries and firms named as critics, opponents or backers of a deal or measure
are not its parties or targets; twins where membership or a hit is stated keep the fact."""

import pytest

from .fragments import states

DEALS = ["the Minerals Security Partnership", "the Critical Raw Materials Act"]
PARTIES = [("Norway", "Chile"), ("Peru", "Vietnam")]
STANCES = ["Critics of {d} include {a} and {b}.",
           "Opponents of {d} include {a} and {b}.",
           "Backers of {d}, such as {a} and {b}, say it will lift investment.",
           "{a} is among the fiercest critics of {d}, as is {b}."]
JOINED = ["Signatories of {d} include {a} and {b}.",
          "{a} and {b} signed {d} last year."]


def _deal(d: str) -> str:
    return d.removeprefix("the ")


@pytest.mark.parametrize("shape", STANCES)
@pytest.mark.parametrize("deal", DEALS)
@pytest.mark.parametrize("pair", PARTIES)
def test_a_stance_holder_is_no_party(shape: str, deal: str, pair: tuple[str, str]) -> None:
    text = shape.format(d=deal, a=pair[0], b=pair[1])
    assert not states(text, "PARTY_TO", pair[0], _deal(deal))
    assert not states(text, "PARTY_TO", pair[1], _deal(deal))


@pytest.mark.parametrize("shape", JOINED)
@pytest.mark.parametrize("deal", DEALS[:1])
@pytest.mark.parametrize("pair", PARTIES)
def test_a_signatory_stays_a_party(shape: str, deal: str, pair: tuple[str, str]) -> None:
    text = shape.format(d=deal, a=pair[0], b=pair[1])
    assert states(text, "PARTY_TO", pair[0], _deal(deal))


FIRMS = [("Norvik Systems", "Kestrel Dynamics"), ("Tavora Technologies", "Quillon Materials")]
MEASURES = ["the entity list", "the gallium export controls"]


@pytest.mark.parametrize("measure", MEASURES)
@pytest.mark.parametrize("pair", FIRMS)
def test_a_critic_of_a_measure_is_no_target(measure: str, pair: tuple[str, str]) -> None:
    for shape in ("Critics of {m} include {a} and {b}.", "Opponents of {m} include {a} and {b}."):
        text = shape.format(m=measure, a=pair[0], b=pair[1])
        assert not states(text, "TARGETS", "*", pair[0]), text


@pytest.mark.parametrize("pair", FIRMS)
def test_a_listed_firm_stays_a_target(pair: tuple[str, str]) -> None:
    assert states(f"The entity list now includes {pair[0]} and {pair[1]}.", "TARGETS", "*", pair[0])
