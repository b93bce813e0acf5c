"""Compound materials named inside a product's name.

"Indium tin oxide coatings", "lithium cobalt oxide cells", "gallium nitride transistors": the
product is made of the compound, and the text names the compound as well. The open product
mention takes the whole phrase; the compound becomes a Material mention of its own over its
words. Only lexicon materials of two words or more count: a single element before a head
("lithium batteries", "neodymium magnets") names the kind of product, not a material of its
own; a magnet in a machine's name ("permanent-magnet motors") says how it works, and the
magnet stages name it; a case-sensitive surface ("NdPr") is left to the lexicon stage.
"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.loaders.lexicon import Lexicon
from rekg.schema import Label


def nested_compounds(view: SentenceView, lexicon: Lexicon) -> None:
    low, gaps = view.words, view.gaps
    added: list[Mention] = []
    for m in view.mentions:
        if m.label is not Label.PRODUCT or m.end - m.start < 3:
            continue
        found = None
        for start in range(m.start, m.end - 2):
            if lexicon.max_words.get(low[start], 0) < 2:
                continue  # no lexicon name of two words or more starts here
            for end in range(m.end - 1, start + 1, -1):  # the longest compound first
                if any(gaps[k] not in ("", "-") for k in range(start + 1, end)):
                    continue
                surface = lexicon.surfaces.get(tuple(low[start:end]))
                if surface is not None and surface.entry.label is Label.MATERIAL \
                        and not surface.case_sensitive \
                        and surface.entry.properties.get("kind") != "magnet":
                    found = (start, end, surface.entry)
                    break
            if found:
                break
        if found is None:
            continue
        start, end, entry = found
        added.append(Mention(Label.MATERIAL, entry.id, entry.name, start, end,
                             view.span_text(start, end), "name",
                             kind=entry.properties.get("kind"), entry=entry,
                             props={"nested": True}))
    view.mentions.extend(added)
