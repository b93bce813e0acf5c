"""A cross-sentence need needs its own object: when the sentence of the dependent names what
its need verb takes ("The Porto plant builds e-bikes, and its workers need steady shifts"), an
input carried over from the sentence before is not what is needed; a pronoun in the object
("E-bikes need them too") still points back to it."""

from __future__ import annotations

from rekg.extract.context import SentenceView
from rekg.extract.patterns import word_sets

_OBJECT = 5  # words after the verb in which a pronoun may point back: "need more of them"
_POINTING = frozenset({"them", "it", "these", "those", "this", "that", "they", "such", "both",
                       "either", "each", "one", "ones", "same", "much"})
_RELY_LINKS = frozenset({"on", "upon"})


def names_own_need(view: SentenceView) -> bool:
    """A verb of need in the sentence takes an object named in it, and none takes a pronoun
    or an amount that points back ("needs ten times as much", "motors that rely on them")."""
    sets = word_sets()
    words, gaps = view.words, view.gaps
    needs, relies = sets["need_verbs"], sets["rely_verbs"]
    named = False
    for k in range(len(words)):
        n = needs.longest_at(words, k)
        if not n and (r := relies.longest_at(words, k)) and k + r < len(words) \
                and words[k + r] in _RELY_LINKS:
            n = r + 1
        if not n:
            continue
        start = k + n
        if start >= len(words) or any(c in gaps[start] for c in ",;:.") \
                or words[start] in sets["need_object_breaks"]:
            continue
        if any(word in _POINTING for word in words[start:start + _OBJECT]):
            return False
        named = True
    return named
