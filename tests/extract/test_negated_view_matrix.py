"""Generated: a negation on one's view of a measure ("Japan has not endorsed US controls on
gallium") denies the view, not the measure; twins where the negation is on imposing it keep
the measure denied."""

import pytest

from .fragments import restricted_items

OBSERVERS = ["Japan", "Neither country", "No government", "Neither Japan nor Korea"]
VIEWS = ["has not endorsed", "did not back", "has not complied with", "has not welcomed"]
MEASURES = [("the US export controls on {i}", "gallium"),
            ("Beijing's export ban on {i}", "antimony")]


@pytest.mark.parametrize("observer", OBSERVERS)
@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("measure", MEASURES)
def test_a_denied_view_keeps_the_measure(observer: str, view: str,
                                         measure: tuple[str, str]) -> None:
    shape, item = measure
    if " nor " in observer:  # the negation is in "neither ... nor"
        view = view.replace(" not", "").replace("did back", "backed")
    text = f"{observer} {view} {shape.format(i=item)}."
    assert item in restricted_items(text), text


@pytest.mark.parametrize("observer", ["Japan", "Neither country"])
@pytest.mark.parametrize("verb", ["has not imposed", "did not impose", "has not announced"])
@pytest.mark.parametrize("item", ["gallium", "antimony"])
def test_a_denied_measure_stays_denied(observer: str, verb: str, item: str) -> None:
    assert item not in restricted_items(f"{observer} {verb} export controls on {item}.")
