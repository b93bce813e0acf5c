"""A measure an agreement suspends, named only by a word that refers back ("That rule")."""

from __future__ import annotations

from .fact_triples import has_fact

_EARLIER = "Peru placed lithium carbonate under export licensing in March. "


def test_that_rule_is_the_measure_named_before() -> None:
    text = _EARLIER + ("That rule was suspended for six months under the trade truce agreed "
                       "in Geneva.")
    assert has_fact(text, "ADDRESSES", "Geneva", "export licensing")


def test_no_measure_before_means_nothing_to_refer_to() -> None:
    text = ("Peru sells lithium carbonate to Chile. That rule was suspended for six months "
            "under the trade truce agreed in Geneva.")
    assert not has_fact(text, "ADDRESSES", "Geneva", "*")
