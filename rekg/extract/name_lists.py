"""Unknown names listed with known organisations: "makers such as Philips and Osram",
"Corning, Prysmian and Fujikura", "funds Denham Capital, EMG and Vision Blue". In a list joined
by commas and a closing "and" or "or", whose named items are all organisations, a capitalised
name that the lexicon and the name rules missed is an organisation too.
"""

from __future__ import annotations

from functools import cache

from rekg.extract.context import Mention, SentenceView
from rekg.extract.name_words import NAME_WORD, NOT_NAMES
from rekg.extract.patterns import WordSet, word_sets
from rekg.schema import Label, node_id

_JOINS = frozenset({"and", "or"})
# Before a list: a place or a thing named after one follows ("in Hai Phong, and ...").
_NOT_BEFORE = frozenset({"the", "in", "at", "to", "near", "from", "into", "across", "'s", "’s"})
# After a list: words that leave its names whole (a lower-case noun would make them modifiers:
# "Ford, Suzuki and European suppliers", "the Kamoto and Mutanda operations"; a past tense
# does not).
_AFTER = frozenset({"said", "say", "says", "have", "has", "had", "are", "were", "will", "would",
                    "could", "can", "may", "might", "also", "that", "which", "who", "to", "in",
                    "on", "at", "for", "of", "with", "among", "as", "from", "by", "all", "both"})
_MAX_WORDS = 3
_Item = tuple[int, int, "Mention | None"]


@cache
def _stops(*sets: WordSet) -> frozenset[str]:
    return frozenset().union(*(ws.singles for ws in sets))


def _item_at(view: SentenceView, start: int) -> _Item | None:
    """The list item that begins at ``start``: a mention, or a run of unknown name words."""
    m = next((x for x in view.mentions if x.start == start), None)
    if m is not None and m.label is Label.COUNTRY and m.end + 1 < len(view.words) \
            and view.words[m.end] in ("'s", "’s"):
        owned = next((x for x in view.mentions if x.start == m.end + 1), None)
        m = owned if owned is not None and owned.label is Label.ORGANIZATION \
            and owned.form != "rule" else m
    if m is not None:
        return start, m.end, m
    tokens, low = view.tokens, view.words
    sets = word_sets()
    stops = _stops(sets["not_person_heads"], sets["legal_forms"], sets["agreement_nouns"],
                   sets["name_openers"])
    places = {k for p in view.places for k in range(p.start, p.end)}
    k = start
    while k < len(tokens) and k - start < _MAX_WORDS and NAME_WORD.match(tokens[k].text) \
            and low[k] not in NOT_NAMES and low[k] not in stops and k not in places \
            and (k == start or view.gaps[k] in ("", "-", "&")) and not view.covered(k, k + 1):
        k += 1
    if k == start or start == 0 or (k < len(tokens) and view.gaps[k] in ("", "-")
                      and NAME_WORD.match(tokens[k].text)):
        return None
    return start, k, None


def _list_from(view: SentenceView, first: int) -> tuple[list[_Item], bool]:
    """The items of a list that begins at token ``first``, and whether it closes with a join."""
    low, n = view.words, len(view.words)
    items: list[_Item] = []
    k = first
    while k < n:
        item = _item_at(view, k)
        if item is None:
            break
        items.append(item)
        k = item[1]
        if k + 1 < n and low[k] in _JOINS and view.gaps[k] in ("", ","):
            last = _item_at(view, k + 1)
            if last is not None:
                items.append(last)
            return items, last is not None
        if k + 1 < n and view.gaps[k] == "," and low[k] not in _JOINS:
            continue
        break
    return items, False


def _may_open(view: SentenceView, first: int) -> bool:
    """A list may begin at ``first``: not inside a longer name, not after a place word."""
    before = view.tokens[first - 1].text
    return view.gaps[first] in ("", ",") and view.words[first - 1] not in _NOT_BEFORE \
        and not (NAME_WORD.match(before) and view.gaps[first] == "")


def listed_organisations(view: SentenceView) -> None:
    if not any(m.label is Label.ORGANIZATION for m in view.mentions):
        return  # every list taken needs a known organisation
    tokens, done = view.tokens, -1
    for first in range(len(tokens)):
        if first <= done or (first and not _may_open(view, first)):
            continue
        items, closed = _list_from(view, first)
        if not closed or len(items) < 2:
            continue
        done = end = items[-1][1]
        if end < len(tokens) and view.gaps[end] == "" and view.words[end] not in _AFTER \
                and not tokens[end].text.endswith("ed") and not tokens[end].text[:1].isupper():
            continue
        known = [m for _, _, m in items if m is not None]
        if not known or any(m.label is not Label.ORGANIZATION for m in known):
            continue
        for start, end, m in items:
            if m is None:
                name = view.span_text(start, end)
                view.mentions.append(Mention(Label.ORGANIZATION, node_id(Label.ORGANIZATION,
                                                                         name), name, start,
                                             end, name, "rule"))
