"""Families of covered materials, for deciding whether two restrictions share a scope.

Resolution (``rekg.graph.resolve``) keeps two reports of one imposer's measure apart when
what they cover has nothing in common. Reporters name the same regime at different levels
of detail ("heavy rare earths", "dysprosium and terbium", "rare-earth magnets"), so coverage
is compared by family: every rare-earth element, group, oxide, alloy and magnet of the
lexicon is in the family ``rare-earths``; anything else is a family of its own.
"""

from __future__ import annotations

from functools import cache

from rekg.loaders.lexicon import load_lexicon
from rekg.schema import Label

RARE_EARTHS = "rare-earths"
_RARE_EARTH_WORDS = ("rare earth", "rare-earth", "ndfeb", "neodymium", "smco", "samarium",
                     "dysprosium", "terbium", "ndpr", "lanthanide")


@cache
def _rare_earth_ids() -> frozenset[str]:
    lexicon = load_lexicon()
    found = set()
    for entry in lexicon.entries.values():
        if entry.label is not Label.MATERIAL:
            continue
        text = entry.name.lower()
        if entry.group in ("light", "heavy") or any(w in text for w in _RARE_EARTH_WORDS):
            found.add(entry.id)
    return frozenset(found)


def coverage_families(node_id: str) -> frozenset[str]:
    """The families a covered node belongs to: itself, and ``rare-earths`` when it is one."""
    if node_id in _rare_earth_ids():
        return frozenset({node_id, RARE_EARTHS})
    return frozenset({node_id})
