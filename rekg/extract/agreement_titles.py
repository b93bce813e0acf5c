"""Part of the names stage: whether a capitalised name is an agreement's. Its last word is an
agreement noun ("the Critical Raw Materials Strategy", "the Lima Protocol"), or its agreement
noun opens it before "for" and the capitalised words of its topic ("the Strategy for Securing
Reliable Critical Minerals Supply", "the Partnership for Critical Minerals Security"), as
governments title their strategies, frameworks and partnerships."""

from __future__ import annotations

from collections.abc import Callable

from rekg.extract.context import SentenceView
from rekg.extract.patterns import WordSet, word_sets

# after the name, a word that carries its title on ("the Framework for Securing the Supply of
# Critical Minerals"): the capitalised run stopped short of the whole title
_TITLE_GOES_ON = frozenset({"of", "on", "through"})
_TITLE_LINKS = ("for", "on")
# verbs of title-case headlines about deals besides the agreement verbs: "Tarrow Secures
# Landmark Tin Deal"
_HEADLINE_VERBS = frozenset({"secures", "wins", "lands", "clinches", "gets", "hails",
                             "welcomes", "backs", "seeks", "eyes", "nears", "weighs", "mulls",
                             "touts"})


def title_end(view: SentenceView, start: int, end: int,
              run_end: Callable[[SentenceView, int], int]) -> int:
    """The end of a capitalised run that ends in an agreement noun, carried on over "on"
    or "for" and the capitalised words after it: "the Agreement on Trade and
    Investment", "the Strategic Partnership on Raw Materials" (not "the Industrial Strategy
    of June 2025")."""
    sets = word_sets()
    words, tokens = view.words, view.tokens
    if (words[end - 1] not in sets["agreement_nouns"]
            and words[end - 1] not in sets["agreement_name_heads"]) or _tail(view, start):
        return end
    while end + 1 < len(words) and words[end] in _TITLE_LINKS and tokens[end].text.islower() \
            and view.gaps[end] == "" and view.gaps[end + 1] == "" \
            and tokens[end + 1].text[0].isupper() and tokens[end + 1].text.isalpha() \
            and words[end + 1] not in sets["calendar_words"]:
        end = run_end(view, end + 1)
    return end


def is_agreement(view: SentenceView, start: int, end: int, sets: dict[str, WordSet]) -> bool:
    """Whether the capitalised name over ``start``..``end`` of ``view`` is an agreement's."""
    words, tokens = view.words[start:end], view.tokens[start:end]
    heads, nouns = sets["agreement_name_heads"], sets["agreement_nouns"]
    if any(sets["agree_verbs"].longest_at(words, k) or tokens[k].text.lower() in _HEADLINE_VERBS
           for k in range(1, len(words) - 1)):
        return False  # a headline in title case: "Arvella Metals Signs Offtake Agreement"
    if (words[-1] in nouns or words[-1] in heads) and tokens[-1].text[0].isupper():
        return True
    k = next((j for j, w in enumerate(words) if w in _TITLE_LINKS), 0)
    return k > 0 and not _tail(view, start) and (words[k - 1] in nouns or words[k - 1] in heads) \
        and tokens[k - 1].text[0].isupper() and tokens[k].text.islower() \
        and "the" not in words[:k] and not (end < len(view.words)
                                             and view.words[end] in _TITLE_GOES_ON)


def _tail(view: SentenceView, start: int) -> bool:
    """"(the Memorandum) of Understanding on ...": the run is the tail of a longer title."""
    return start > 0 and view.words[start - 1] in ("of", "on", "for")
