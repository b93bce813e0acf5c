"""Bulleted and numbered lines, as trackers, fact sheets and briefings set out lists: "- Chile",
"• F-35 fighter: about 920 pounds", "1. Integration of value chains ..." (a number the
sentence splitter leaves as a line of its own marks the line after it)."""

from __future__ import annotations

import re

from rekg.extract.context import Mention, SentenceView

BULLET = re.compile(r"^\s*(?:[-•*–—·▪]|\(?\d{1,2}[.)])\s")
_MARKER = re.compile(r"^\s*\(?\d{1,2}[.)]\s*$")


def unsaid(m: Mention) -> Mention:
    """``m`` as an end of a fact on a bullet that does not name it: the heading above does."""
    return Mention(m.label, m.node_id, m.name, 0, 0, "", "anaphor", kind=m.kind, entry=m.entry,
                   props={"unsaid": True})


def points(views: list[SentenceView], start: int) -> list[SentenceView]:
    """The bullets or numbered points from ``start`` on, up to the first line that is none."""
    found: list[SentenceView] = []
    k = start
    while k < len(views):
        if _MARKER.match(views[k].text) and k + 1 < len(views):
            found.append(views[k + 1])
            k += 2
        elif BULLET.match(views[k].text):
            found.append(views[k])
            k += 1
        else:
            break
    return found
