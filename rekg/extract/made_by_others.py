"""A verb of making written as a participle before the goods, as the object of a verb of use or
purchase, says who made them no more than the buyer: "Apple will use 100% recycled cobalt",
"Vulcan agreed to purchase refined rare earth material", "less reliance on newly mined ore".
A PRODUCES fact of a pattern (that read the participle as the subject's verb) or of the scorer
is refused when no other verb of making stands between the two ends and no seller is named
after the goods; "Lynas has produced separated dysprosium oxide", "China refined cobalt" and
"buy refined oxide from Chinese suppliers" keep theirs."""

from __future__ import annotations

from rekg.extract.context import Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label

_LEADS = frozenset({"%", "percent", "per", "cent", "newly", "only", "fully", "entirely", "more",
                    "less", "the", "a", "an", "some", "all", "its", "their", "his", "her", "our",
                    "freshly", "partly", "mostly", "cheaper", "cheap"})
_WITHIN = 3  # the participle stands at most this many words before the goods ("refined rare")
_SELLER_REACH = 6  # words after the goods to a "from" that names their maker
_TAKEN_UP = frozenset({"its", "their", "it", "they"})
_MAKERS = frozenset({Label.COUNTRY, Label.ORGANIZATION})


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in ("mined", "made", "grown", "cast")


def _used_as_object(view: SentenceView, k: int) -> bool:
    """The participle at ``k`` modifies the object of a verb of use or purchase."""
    words, sets = view.words, word_sets()
    j = k - 1
    while j >= 0 and (words[j] in _LEADS or words[j][:1].isdigit()) and not view.gaps[j + 1]:
        j -= 1
    if j < 0 or view.gaps[j + 1] not in ("", " "):
        return False
    return any(sets[name].longest_at(words, start) == j + 1 - start
               for name in ("need_verbs", "buy_verbs", "consume_verbs")
               for start in range(max(0, j - 1), j + 1))


def _seller_named(view: SentenceView, goods: Mention) -> bool:
    """"buy refined oxide from Chinese suppliers": the goods' maker is named after them."""
    words = view.words
    froms = [k for k in range(goods.end, min(len(words), goods.end + _SELLER_REACH))
             if words[k] == "from"]
    return any(m.label in _MAKERS and 0 < m.start - k <= 3 for k in froms for m in view.mentions)


def made_by_others(view: SentenceView, fact: Fact) -> bool:
    """Every verb of making between producer and goods (or, for the buyer taken up after the
    goods, "... recycled cobalt in its cells", before the goods) is a participle on goods used
    or bought, and no seller is named after the goods."""
    if not fact.origin.startswith(("produces.", "scorer")):
        return False
    source, target = fact.source, fact.target
    if source.end <= target.start:  # the goods' mention may hold the participle
        lo, hi = source.end, target.end - 1
    elif source.surface.lower() in _TAKEN_UP:
        lo, hi = max(0, target.start - _WITHIN), source.start
    else:
        return False  # "... buy recycled magnets from MP Materials": MP makes them
    making = word_sets()["make_verbs"]
    verbs = [k for k in range(lo, hi) if making.longest_at(view.words, k)]
    return bool(verbs) and all(
        _participle(view.words[k]) and target.start - k <= _WITHIN
        and _used_as_object(view, k) for k in verbs) and not _seller_named(view, target)
