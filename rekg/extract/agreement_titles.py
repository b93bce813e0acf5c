"""Part of the names stage: whether a capitalised name is an agreement's. Its last word is an
agreement noun ("the Critical Raw Materials Strategy", "the Lima Protocol"), or its agreement
noun opens it before "for" and the capitalised words of its topic ("the Strategy for Securing
Reliable Critical Minerals Supply", "the Partnership for Critical Minerals Security"), as
governments title their strategies, frameworks and partnerships."""

from __future__ import annotations

from rekg.extract.context import SentenceView
from rekg.extract.patterns import WordSet

# after the name, a word that carries its title on ("the Framework for Securing the Supply of
# Critical Minerals"): the capitalised run stopped short of the whole title
_TITLE_GOES_ON = frozenset({"of", "on", "through"})


def is_agreement(view: SentenceView, start: int, end: int, sets: dict[str, WordSet]) -> bool:
    """Whether the capitalised name over ``start``..``end`` of ``view`` is an agreement's."""
    words, tokens = view.words[start:end], view.tokens[start:end]
    heads, nouns = sets["agreement_name_heads"], sets["agreement_nouns"]
    if (words[-1] in nouns or words[-1] in heads) and tokens[-1].text[0].isupper():
        return True
    k = words.index("for") if "for" in words else 0
    return k > 0 and (words[k - 1] in nouns or words[k - 1] in heads) \
        and tokens[k - 1].text[0].isupper() and tokens[k].text == "for" \
        and "the" not in words[:k] and not (end < len(view.words)
                                             and view.words[end] in _TITLE_GOES_ON)
