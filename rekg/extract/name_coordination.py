"""Where a run of capitalised words joined by "and" is two organisations and where it is one."""

from __future__ import annotations

from rekg.extract.context import SentenceView
from rekg.extract.patterns import WordSet, word_sets


def placed_and(view: SentenceView, start: int, end: int) -> bool:
    """"in Dravo and Orsa Mining": one word after "in" before an "and" is a place, not the
    first word of a name the "and" goes on ("Kola Mining and Processing Plant" goes on)."""
    return end == start + 1 and start > 0 and view.words[start - 1] == "in" \
        and view.words[end] == "and"


# Words of the trade that open the second half of one name ("Almalyk Mining and Metallurgical
# Combine", "Tarvik Mining and Chemical Company"), beside the gerunds ("and Smelting").
_TRADE_WORDS = frozenset({"metallurgical", "metallurgy", "chemical", "engineering", "industrial",
                          "trading"})


def coordinated_names(words: list[str], start: int, end: int,
                       suffixes: WordSet) -> list[tuple[int, int]]:
    """"Wise Road Capital and JAC Capital" is two organisations: both sides of the "and" end in
    an organisation suffix and have two words or more ("Ministry of Mines and Mining Development"
    is one), and the second opens with a name of its own, not with a word of the trade
    ("Kola Mining and Processing Plant", "Nordic Mining and Smelting Company", "Almalyk Mining
    and Metallurgical Company" are one)."""
    k = words.index("and") if "and" in words else -1
    if k >= 2 and len(words) - k - 1 >= 2 and words[k - 1] in suffixes \
            and words[-1] in suffixes and not {"of", "for"} & set(words[:k]) \
            and words[k + 1] not in word_sets()["kind_gerunds"].singles \
            and words[k + 1] not in _TRADE_WORDS:
        return [(start, start + k), (start + k + 1, end)]
    return [(start, end)]


def suffixed_head(words: list[str], suffixes: WordSet) -> int:
    """"Tarvik Industries and Bessa pushed ...", "an agreement with Kestor Motors for NdPr
    oxide": a run that is no name as a whole opens with one ending in an organisation suffix
    before its "and" or "for" (two words or more, no "of"/"for" portfolio); the length of that
    head, or 0."""
    for joint in ("and", "for"):
        k = words.index(joint) if joint in words else -1
        if k >= 2 and words[k - 1] in suffixes and not {"of", "for"} & set(words[:k]) \
                and words[-1] not in suffixes:
            return k
    return 0
