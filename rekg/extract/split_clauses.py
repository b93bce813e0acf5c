"""Two clauses of one sentence: a scorer pair whose ends stand in clauses of their own says
nothing of one needing the other. A join word set off by a comma (", and", "and, ...", ", but")
or a semicolon between the ends opens a second clause when the later end is the subject of a
verb of its own ("heat pumps contain cobalt and, for that reason, nickel prices rose", "battery
prices rose, but modern scooters sold well"), or when a verb other than one of need stands
between the join and the later end ("cathodes use lithium, and nickel was combined with
cobalt"; "...; for heat resistance, Kestrel sells nickel"). A predicate that shares the
subject ("..., and are essential in traction motors") or takes it up with a pronoun ("..., and
they are essential to") or a noun of the first clause ("..., and those magnets are NdFeB"), an
ellipsis that repeats the verb ("...; so do hearing aids"), a second clause that states a need
("..., and the grades built for heat contain dysprosium"; in a passive only of an unnamed
subject: "the grades for heat are alloyed with") and a list that goes on after an aside
("contain cobalt and, in some grades, nickel") keep their pair."""

from __future__ import annotations

from rekg.extract.context import Fact, SentenceView
from rekg.extract.patterns import word_sets

_AFTER = 2  # words after the later end that may hold its clause's verb ("nickel prices rose")
_SHORTEST_PAST = 5  # "closed", not "red" or "bed"
# "are alloyed with dysprosium", "is driven by a motor": a passive that states what it takes
_PASSIVE_LINKS = frozenset({"with", "by", "on", "from", "around"})
_TAKEN_UP = frozenset({"they", "it", "these", "both", "each"})
_ELLIPSIS = frozenset({"so", "as", "nor", "neither"})
_AUXILIARIES = frozenset({"do", "does", "did", "is", "are", "was", "were", "can", "will", "have",
                          "has", "would", "could", "should", "must"})


def _join_at(view: SentenceView, k: int) -> bool:
    words, gaps = view.words, view.gaps
    if ";" in gaps[k]:
        return True
    return words[k] in word_sets()["clause_joins"] and (
        "," in gaps[k] or (k + 1 < len(words) and "," in gaps[k + 1]))


def _verb(word: str, past: bool) -> bool:
    return word in word_sets()["clause_verbs"] or (
        past and len(word) >= _SHORTEST_PAST and word.endswith("ed"))


def _states_need(view: SentenceView, lo: int, hi: int, passive: bool) -> bool:
    sets = word_sets()
    need, rely, words = sets["need_verbs"], sets["rely_verbs"], view.words
    return any(need.longest_at(words, j) or words[j] in rely or (
        passive and words[j].endswith("ed") and j + 1 < hi and words[j + 1] in _PASSIVE_LINKS)
        for j in range(lo, hi))


def _noun_taken_up(words: list[str], start: int, join: int, opener: int, end: int) -> bool:
    """The second clause takes up a noun of the first with "those" or "these" ("a motor uses
    magnets, and in such designs those magnets are NdFeB")."""
    first = {w.rstrip("s") for w in words[start:join]}
    return any(words[j] in ("those", "these") and words[j + 1].rstrip("s") in first
               for j in range(opener, end - 1))


def split_clauses(view: SentenceView, fact: Fact) -> bool:
    """The fact's two ends stand in two clauses of the sentence."""
    first, second = sorted((fact.source, fact.target), key=lambda m: m.start)
    if second.start < first.end or second.end > len(view.words):
        return False
    joins = [k for k in range(first.end, second.start) if _join_at(view, k)]
    if ";" in view.gaps[second.start]:  # "...; hearing aids sold well"
        joins.append(second.start)
    if not joins:
        return False
    words, gaps, k = view.words, view.gaps, joins[-1]
    opener = k if ";" in gaps[k] else k + 1  # the clause's first word
    if opener + 1 < second.start and words[opener] in _ELLIPSIS and (
            words[opener + 1] in _AUXILIARIES):
        return False  # the clause repeats the first one's verb: "...; so do electric vehicles"
    if opener < second.start and _verb(words[opener], past=False):
        return False  # the subject is shared: "..., and are essential in ..."
    if opener < second.start and words[opener] in _TAKEN_UP:
        return False  # the subject is taken up again: "..., and they are essential to ..."
    if _noun_taken_up(words, first.start, k, opener, second.start):
        return False  # "uses magnets on its rotor, and those magnets are usually NdFeB"
    named = {j for m in view.mentions for j in range(m.start, m.end)}
    j = second.end
    while j < min(len(words), second.end + _AFTER) and not any(c in gaps[j] for c in ",;:"):
        if j not in named and _verb(words[j], past=True):
            return True  # the later end is the subject of its own verb
        j += 1
    # a passive states a need of an unnamed subject ("the grades for heat are alloyed with X"),
    # not of a named one ("nickel was combined with cobalt")
    if _states_need(view, opener, second.start, passive=opener not in named):
        return False
    if ";" in gaps[k]:  # not the items of a list after a colon: "three: X, for A; Y, for B"
        return not any(":" in gaps[i] for i in range(first.end, k + 1))
    return any(words[i] in word_sets()["clause_verbs"] for i in range(opener, second.start)
               if i not in named)
