"""Part of the coreference stage: in "Terbium, a heavy rare earth, is ..." the second mention
apposes the first, and a pattern that binds the second also binds the first."""

from __future__ import annotations

import itertools

from rekg.extract.context import SentenceView


def appositions(view: SentenceView) -> None:
    ordered = sorted(view.mentions, key=lambda m: m.start)
    for a, b in itertools.pairwise(ordered):
        if a.label is not b.label or a.node_id == b.node_id:
            continue
        between = view.words[a.end:b.start]
        if a.end < len(view.gaps) and view.gaps[a.end] == "," and between \
                and between[0] in ("a", "an", "the") \
                and len(between) <= 3 and (b.end >= len(view.words) or view.gaps[b.end] == ","):
            b.props["apposes"] = a
