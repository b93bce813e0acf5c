"""A country that qualifies an organisation's own site ("its own US factories", "their
Malaysian plant") says where the site is: a place, not a buyer or seller of the sentence
("makes its chips in its own US factories and counts China among its markets" names no US
sale to China). It still seats the organisation there: "at its Malaysian plant"."""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_OWNERS = frozenset({"its", "their", "our"})


def owned_site_places(view: SentenceView) -> None:
    words, gaps, sites = view.words, view.gaps, word_sets()["site_nouns"]
    for m in view.mentions:
        if m.label is not Label.COUNTRY or m.form == "anaphor" or m.end >= len(words) \
                or words[m.end] not in sites or gaps[m.end] or m.start == 0:
            continue
        k = m.start - 1
        if words[k] == "own" and k > 0:
            k -= 1
        if words[k] in _OWNERS:
            m.props["site"] = "place"  # a place to every relation but LOCATED_IN


def site_place(m: Mention) -> bool:
    return m.props.get("site") == "place"


def placed(m: Mention, rel: RelType | None = None) -> bool:
    """``m`` says only where, to every relation but LOCATED_IN and the one a capital acts in
    ("a permit from Jakarta" imposes, "aimed at Tokyo" is targeted)."""
    if rel is not None and m.props.get("acts") is rel:
        return False
    return m.form == "place" or site_place(m)
