"""A spelled-out name with its abbreviation in brackets before the head noun:
"neodymium-praseodymium (NdPr) oxide", "neodymium-iron-boron (NdFeB) magnets", "terbium (Tb)
oxide". The bracket interrupts the words of a lexicon entry; without it the words name one
material or product, not the element or alloy before the bracket plus a bare head.
"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.loaders.lexicon import Lexicon
from rekg.schema import Label

_GOODS = (Label.MATERIAL, Label.PRODUCT)


def _abbreviation(view: SentenceView, k: int) -> bool:
    text = view.tokens[k].text
    return k + 1 < len(view.words) and "(" in view.gaps[k] and view.gaps[k + 1].strip() == ")" \
        and any(c.isupper() for c in text) and text.replace("-", "").isalnum()


def spelled_out(view: SentenceView, lexicon: Lexicon) -> None:
    low, gaps = view.words, view.gaps
    for k in range(1, len(low) - 1):
        if not _abbreviation(view, k):
            continue
        left = next((m for m in view.mentions if m.end == k and m.label in _GOODS), None)
        if left is None:
            continue
        for size in (2, 1):
            end = k + 1 + size
            if end > len(low) or any(gaps[j] not in ("", "-") for j in range(k + 2, end)):
                continue
            surface = lexicon.surfaces.get(tuple(low[left.start:k] + low[k + 1:end]))
            if surface is None or surface.entry.label not in _GOODS:
                continue
            entry = surface.entry
            for m in view.covered(left.start, end):
                view.mentions.remove(m)
            view.mentions.append(Mention(
                entry.label, entry.id, entry.name, left.start, end,
                view.span_text(left.start, end), "alias",
                kind=entry.properties.get("kind") or entry.properties.get("sector"), entry=entry))
            break
