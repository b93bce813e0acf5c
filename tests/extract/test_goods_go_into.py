"""An "it" that goes into something is goods, never a company or country: "Most bismuth oxide
is refined in Vietnam, where it goes into ceramic capacitors"."""

from __future__ import annotations

from rekg.extract.pipeline import mentions_for
from rekg.loaders.document import Document
from rekg.schema import Label, RelType

from .fact_triples import named_pairs

_TEXT = "Most bismuth oxide is refined in Vietnam, where it goes into ceramic capacitors."


def test_the_it_that_goes_into_goods_is_the_goods_in_focus() -> None:
    view = mentions_for(Document(text=_TEXT, title="T"))[0]
    it = view.words.index("it")
    assert any(m.start == it and m.label is Label.MATERIAL and m.name == "bismuth oxide"
               for m in view.mentions)
    assert ("capacitor", "bismuth oxide") in named_pairs(_TEXT, RelType.DEPENDS_ON)


def test_a_company_that_goes_into_administration_is_no_goods() -> None:
    text = "Kestrel Metals bought the smelter in 2019, and it went into administration in 2023."
    view = mentions_for(Document(text=text, title="T"))[0]
    it = view.words.index("it")
    assert not any(m.start == it and m.label is Label.MATERIAL for m in view.mentions)
