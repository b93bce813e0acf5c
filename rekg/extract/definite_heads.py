"""Part of the coreference stage: a bare head noun after a definite determiner ("these
magnets") is the last named kind of it ("neodymium-praseodymium magnets")."""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.focus import refer
from rekg.schema import Label

_BARE_DEFINITE = frozenset({"these", "those", "such", "the"})


def bare_heads(view: SentenceView, specific: dict[str, tuple[int, Mention]]) -> None:
    """"These magnets" after "neodymium-praseodymium magnets" are those magnets: a bare head
    noun after a definite determiner takes the node of the last named kind of it (within two
    sentences), which is then remembered for the next ones."""
    for i, m in enumerate(view.mentions):
        if m.label not in (Label.MATERIAL, Label.PRODUCT) or m.form == "anaphor":
            continue
        head, low = view.words[m.end - 1], view.words
        such = m.start > 1 and low[m.start - 1] in ("a", "an") and low[m.start - 2] == "such"
        bare = m.end - m.start == 1 and m.start > 0 and (low[m.start - 1] in _BARE_DEFINITE or such)
        earlier = specific.get(head)
        if bare and earlier is not None and view.index - earlier[0] <= 2 \
                and earlier[1].label is m.label and earlier[1].node_id != m.node_id:
            view.mentions[i] = refer(earlier[1], view, m.start - 1 - such, m.end)  # "such a"
            view.mentions[i].group = m.group
        elif m.end - m.start > 1 and m.surface.lower() != head:
            specific[head] = (view.index, m)
