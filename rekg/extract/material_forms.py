"""The shape a material is made or sold in names a material of its own: "copper pipes",
"titanium dioxide pigment", "gallium bars" are forms of the material before
them, as the news and its annotators name them. The form word alone ("a fact sheet", "a bar
chart") names nothing; only a material mention right before it, with no
punctuation between, makes the form word a mention of that form (words of
``material_form_heads``), and the material before it stays a mention of its own, as a bare
"concentrate" does after its material.
"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.loaders.text import singular
from rekg.schema import Label, node_id


def material_forms(view: SentenceView) -> None:
    forms = word_sets()["material_form_heads"].singles
    low, tokens = view.words, view.tokens
    n = len(low)
    starts = {m.start for m in view.mentions}
    added: list[Mention] = []
    for m in view.mentions:
        end = m.end
        if m.label is not Label.MATERIAL or m.form == "anaphor" or end >= n or m.start == end \
                or low[end] not in forms or view.gaps[end] or end in starts \
                or not tokens[end].text.islower() or not tokens[end - 1].text[-1:].isalpha():
            continue
        if end + 1 < n and view.gaps[end + 1] in ("", "-") and low[end + 1] in forms | {
                "maker", "producer", "price", "export", "import", "market", "plant", "line"}:
            continue  # "copper plate makers": the form is a modifier itself
        surface = view.span_text(m.start, end + 1)
        last = tokens[end].text.lower()
        name = surface[:len(surface) - len(last)].lower() + singular(last)
        added.append(Mention(Label.MATERIAL, node_id(Label.MATERIAL, name), name, end, end + 1,
                             tokens[end].text, "open", kind="other", group=m.group))
    view.mentions.extend(added)
    view.mentions.sort(key=lambda m: (m.start, -m.end))


# Bare heads the lexicon names that an open name may still take over when words before them
# make one: "heap-leach ore", "ionic-clay ores" (a bare one is read in bare_concentrate.py).
OPEN_BARE = frozenset({"ore", "carbonate"})


def bound(bare: Mention, head: str) -> bool:
    """``bare``, the lexicon's mention over ``head``, keeps the words before it out of any
    open name: all but a one-word "ore" or "carbonate"."""
    return bare.end - bare.start > 1 or head not in OPEN_BARE
