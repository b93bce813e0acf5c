"""An agreement carries out the earlier one the lexicon says it implements, when both are
named."""

from __future__ import annotations

import pytest

from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType

pytestmark = pytest.mark.usefixtures("patterns_only")


def _implements(text: str) -> set[tuple[str, str]]:
    fragment = run(Document(text=text, title="Test")).fragment
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is RelType.IMPLEMENTS}


def test_both_named_in_one_article() -> None:
    found = _implements("Negotiators met again in June. The London framework was announced "
                        "on Wednesday. Officials said the Geneva consensus had been hard won.")
    assert found == {("London framework", "Geneva consensus")}


def test_the_later_alone_implements_nothing() -> None:
    assert _implements("The London framework was announced on Wednesday.") == set()


def test_the_earlier_does_not_implement_the_later() -> None:
    found = _implements("The Kuala Lumpur consensus came first. The Busan truce followed.")
    assert ("Kuala Lumpur consensus", "Busan truce") not in found
    assert ("Busan truce", "Kuala Lumpur consensus") in found
