"""Who imposes a measure when the scorer's guesses run beside the patterns."""

from __future__ import annotations

from rekg.extract import extract
from rekg.loaders.document import Document
from rekg.schema import GraphFragment, RelType


def _restricted(fragment: GraphFragment) -> set[tuple[str, str]]:
    names = {n.id: n.name for n in fragment.nodes.values()}
    rels = list(fragment.relationships.values())
    return {(names[i.source], names[r.target]) for i in rels if i.type is RelType.IMPOSES
            for r in rels if r.type is RelType.RESTRICTS and r.source == i.target}


def test_the_target_of_a_tariff_imposes_no_other_tariff_of_that_sentence() -> None:
    fragment = extract(Document(
        text="The trade office on Friday confirmed the Section 301 tariff increases on Chinese "
             "goods, keeping 25% duties on natural graphite and permanent magnets.",
        title="Test", published="2025-06-01"))
    restricted = _restricted(fragment)
    assert ("United States", "natural graphite") in restricted
    assert ("China", "natural graphite") not in restricted
