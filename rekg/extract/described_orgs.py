"""Descriptions of the organisation or country in focus, for the coreference stage: "the
Stuttgart-based carmaker", "the state-owned miner", "the West African country".
"""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.described_seats import SEATS, seated_owner
from rekg.extract.focus import Salience
from rekg.extract.patterns import word_sets
from rekg.schema import Label

_REACH = 4  # tokens of description between "the" and the noun


def described_start(view: SentenceView, i: int) -> int:
    """Where "the Toronto-listed company" or "the Central Asian country" starts when token
    ``i`` is its noun, else -1. The words between are a compound of the ``descriptor_parts``
    set ("Perth-based", "state-owned") or, before "country" or "nation", capitalised words of a
    region ("West African"), and one plain word of trade may stand right before the noun ("the
    Brussels-based chemicals group"); no rank ("the second-largest producer") and no name after
    the noun ("the Colorado-based company Energy Fuels" names another)."""
    low, tokens = view.words, view.tokens
    if i + 1 < len(low) and not view.gaps[i + 1] and tokens[i + 1].text[:1].isupper():
        return -1
    parts = word_sets()["descriptor_parts"]
    land = low[i] in ("country", "nation")
    described = False
    for k in range(i - 1, max(-1, i - 1 - _REACH), -1):
        if low[k] == "the" and not view.gaps[k + 1]:
            return k if described and k < i - 1 else -1
        if view.gaps[k + 1] not in ("", "-") or not tokens[k].text.isalpha():
            return -1
        if any(m.start <= k < m.end and m.form not in SEATS for m in view.mentions):
            return -1
        compound = view.gaps[k + 1] == "-" and low[k + 1] in parts
        if compound or (land and tokens[k].text[:1].isupper()):
            described = True
        elif not (view.gaps[k + 1] == "-" or (k > 0 and view.gaps[k] == "-")) and not (
                k == i - 1 and not land and tokens[k].text.islower() and k > 0
                and not view.gaps[k] and low[k - 1] != "the"):
            return -1
    return -1


def described_owner(view: SentenceView, start: int, kind: str, orgs: Salience,
                    end: int = 0) -> Mention | None:
    """What the description at ``start`` stands for: the country or organisation of that kind
    named last before it in the sentence ("Under the deal with Malaysia, the Southeast Asian
    country ..."), else the one in focus (or, when the description names a seat the lexicon
    does not give the one in focus, the company of the last sentences seated there; ``end`` is
    where the description ends)."""
    label = Label.COUNTRY if kind == "country" else Label.ORGANIZATION
    for m in sorted(view.mentions, key=lambda m: -m.start):
        if m.end > start or m.label is not label or m.form in ("place", "demonym", "anaphor"):
            continue
        own = m.entry.properties.get("kind") if m.entry is not None else None
        if label is Label.COUNTRY or (own or "company") == kind:
            return m
    focus = orgs.focus(kind, view.index)
    return seated_owner(view, start, end, focus, orgs, kind) if kind != "country" else focus
