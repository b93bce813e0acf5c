"""Relative clauses set off by commas, which a pattern's gap steps over as one word:
"magnets, which keep their strength when hot, are used in missiles" says the magnets are used."""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.passive_measures import passive
from rekg.extract.patterns import _SOFT, STRONG_BREAKS, word_sets
from rekg.schema import Label

_RELATIVES = frozenset({"which", "who", "whose"})
_RELATIVE_SPAN = 16  # the longest clause stepped over, in words


def relative_start(words: list[str], gaps: list[str], last: int) -> int:
    """The first word of a ", which ...," clause that ends at ``last``, or -1."""
    for q in range(last, max(0, last - _RELATIVE_SPAN), -1):
        if gaps[q] in STRONG_BREAKS or (gaps[q] not in _SOFT and gaps[q] != ","):
            return -1
        if gaps[q] == ",":
            return q if words[q] in _RELATIVES else -1  # q > 0: the range stops short of 0
    return -1


def before_relative(words: list[str], gaps: list[str], p: int) -> int:
    """``p``, or the word before the ", which ...," clause that ends at ``p`` (and before the
    one that ends there in turn)."""
    while p >= 0 and p + 1 < len(words) and gaps[p + 1] == ",":
        opener = relative_start(words, gaps, p)
        if opener <= 0:
            break
        p = opener - 1
    return p


_PARTIES = frozenset({Label.COUNTRY, Label.ORGANIZATION})
_USE_VERBS = frozenset({"use", "used", "uses", "using", "wield", "wielded", "deploy", "deployed"})


def relative_antecedent(view: SentenceView, m: Mention) -> Mention | None:
    """The country or body that a ", which ..." clause holding a measure ``m`` is said of:
    "imports its magnets from China, which has used export licensing to restrict ..." (China's
    measure), when the clause imposes or uses it (or the measure is its verb). None when the
    clause has a subject of its own ("China, which the United States sanctioned, ..."), a
    break between the relative word and the measure, or only places its antecedent under the
    measure ("Kestrel, which is on the sanctions list")."""
    if passive(view, m):  # "Zorvex, which was sanctioned in May": what the measure hit
        return None
    start = m.start
    for q in range(start - 1, max(0, start - _RELATIVE_SPAN), -1):
        if any(view.gaps[k] in STRONG_BREAKS or view.gaps[k] == ","
               for k in range(q + 1, start + 1)):
            return None
        if view.words[q] in ("which", "who") and view.gaps[q] == ",":
            if any(x.label in _PARTIES and q < x.start < start for x in view.mentions):
                return None
            acting, be = word_sets()["impose_verbs"] | _USE_VERBS, word_sets()["be_verbs"]
            if not m.props.get("verb") and not any(  # active: "was added to" is no act
                    view.words[j] in acting and view.words[j - 1] not in be
                    for j in range(q + 1, start)):
                return None
            return next((x for x in view.mentions if x.end == q and x.label in _PARTIES
                         and x.form not in ("place", "anaphor")), None)
    return None
