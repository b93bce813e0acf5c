"""An output named by the subject of its clause, a site or work said not (yet) to be working, is
refused; the same site said to grow or to sell, or one that reopened, keeps its output."""

from __future__ import annotations

import pytest

from rekg.schema import RelType

from .fact_triples import named_pairs


def _outputs(text: str) -> set[tuple[str, str]]:
    return named_pairs(text, RelType.PRODUCES)


@pytest.mark.parametrize(("text", "twin", "pair"), [
    ("Vantor Metals' cobalt refinery in Finland is still being built.",
     "Vantor Metals' cobalt refinery in Finland is still being expanded.",
     ("Vantor Metals", "cobalt")),
    ("Vantor Metals' cobalt refinery in Finland is still being built.",
     "Vantor Metals' cobalt refinery in Finland is still being expanded.",
     ("Finland", "cobalt")),
    ("Kestrel Mining's nickel plant, which was once the largest in the region, stopped in 2019.",
     "Kestrel Mining's nickel plant, which was once the largest in the region, grew in 2019.",
     ("Kestrel Mining", "nickel")),
])
def test_an_output_whose_site_is_not_working_is_refused(
        text: str, twin: str, pair: tuple[str, str]) -> None:
    assert pair not in _outputs(text)
    assert pair in _outputs(twin)


@pytest.mark.parametrize(("text", "pair"), [
    # the site stopped a trade, not its work
    ("Kestrel Mining's nickel plant stopped exports to Japan.", ("Kestrel Mining", "nickel")),
    # the site being built is another clause's: the first clause's output stands
    ("Kestrel Mining makes nickel in Ohio, and its second nickel plant is being built.",
     ("Kestrel Mining", "nickel")),
    # a site that reopened works again
    ("Kestrel Mining's nickel plant, which was once the largest in the region, stopped in 2019 "
     "but restarted in 2024.", ("Kestrel Mining", "nickel")),
])
def test_an_output_of_a_working_site_stays(text: str, pair: tuple[str, str]) -> None:
    assert pair in _outputs(text)
