"""Gapped uses: "cobalt goes into batteries, tungsten into cutting tools and antimony into flame
retardants" leaves the verb out of every clause after the first, and a bare comma, or a join word
after the product before, opens each. Such a clause starts at a material
followed by the preposition of the left-out verb and the product it goes into."""

from __future__ import annotations

from rekg.extract.context import SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label

_ROOM = 2  # filler words at most between the preposition and the product ("in the display")


def gapped_at(view: SentenceView, at: int) -> bool:
    """A gapped clause opens at token ``at``: ", tungsten into cutting tools"."""
    words, gaps = view.words, view.gaps
    if not ("," in gaps[at] or ";" in gaps[at] or _joined_after_object(view, at)):
        return False
    good = next((m for m in view.mentions if m.start == at and m.label is Label.MATERIAL), None)
    if good is None or good.end >= len(words) or words[good.end] not in word_sets()[
            "gapped_preps"]:
        return False
    filler = word_sets()["filler"]
    k = good.end + 1
    while k < min(len(words), good.end + 1 + _ROOM) and words[k] in filler:
        k += 1
    return any(m.start == k and m.label in (Label.PRODUCT, Label.MATERIAL) for m in view.mentions)


def _joined_after_object(view: SentenceView, at: int) -> bool:
    """"... into cutting tools and antimony into ...": a join word after the object of the
    clause before, a product. After a material it joins a list ("neodymium and dysprosium")."""
    words = view.words
    return at >= 2 and words[at - 1] in word_sets()["clause_joins"] and any(
        m.end == at - 1 and m.label is Label.PRODUCT for m in view.mentions)
