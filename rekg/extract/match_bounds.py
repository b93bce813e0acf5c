"""Part of the matcher: where a match may not go, the punctuation crossed onto a token, the
opening of another clause (", but ...", ", and gallium prices fell"), and the comma or point
inside a number ("2,400")."""

from __future__ import annotations

from rekg.extract.sentence_index import SentenceIndex


def boundary(idx: SentenceIndex, p: int, forward: bool) -> str:
    """The punctuation crossed when a match moves onto token ``p``."""
    edge = p if forward else p + 1
    return idx.gaps[edge] if 0 < edge < idx.n else ""


_CLAUSE_WORDS = frozenset({"and", "but", "while", "whereas", "although", "though", "so", "yet",
                           "where", "when", "because", "since", "or"})
_CONTINUING = frozenset({"of", "to", "for", "in", "on", "from", "with", "by", "at"})


def _opens_clause(idx: SentenceIndex, k: int) -> bool:
    """Token ``k`` opens another clause: ", but ...", ", and gallium prices fell"; not ", and
    of the magnets" (a list going on)."""
    if not 0 < k < idx.n or idx.gaps[k] != "," or idx.words[k] not in _CLAUSE_WORDS:
        return False
    return not (idx.words[k] in ("and", "or") and k + 1 < idx.n
                and idx.words[k + 1] in _CONTINUING)


def new_clause(idx: SentenceIndex, p: int, forward: bool) -> bool:
    """Does a gap stepping onto token ``p`` cross into another clause?"""
    return _opens_clause(idx, p) or _opens_clause(idx, p + 1)


_SUBJECT_JOINS = frozenset({"and", "but", "while", "whereas", "yet"})
_NOT_SUBJECTS = frozenset({"are", "is", "was", "were", "be", "been", "have", "has", "had", "also",
                           "still", "now", "often", "do", "does", "did", "will", "would", "can",
                           "could", "may", "might", "must", "should", "then", "so", "thus",
                           "therefore", "all", "both"})


_MEANS = frozenset({"by", "through", "via"})


def new_subject(idx: SentenceIndex, p: int, first: int) -> bool:
    """A gap walking left from a verb (at ``first`` + 1) reaches a join at ``p`` across a
    subject of that verb's own: "hub motors are cheap and buyers rely on magnets" (the buyers
    rely, not the motors). Not across a list ("scooters and hybrids rely", the word before the
    join ending a mention) nor an adverb ("and widely rely"). Nor, from a gerund, across
    "by" to the noun before it: that noun is the object of the clause's own verb."""
    words = idx.words
    if p == first and words[p] in _MEANS and first + 1 < idx.n \
            and words[first + 1].endswith("ing") and p - 1 in idx.by_end:
        return True  # "pump makers avoid terbium by using copper windings": the makers use them
    if words[p] not in _SUBJECT_JOINS or not 1 <= first - p <= 2 or p - 1 in idx.by_end:
        return False
    return all(k not in idx.inside and words[k].isalpha() and not words[k].endswith("ly")
               and words[k] not in idx.filler and words[k] not in _NOT_SUBJECTS
               for k in range(p + 1, first + 1))


def in_number(idx: SentenceIndex, k: int, edge: str) -> bool:
    """"2,400": a comma or point between two digits does not part the words."""
    return edge in (",", ".") and 0 < k < idx.n and idx.words[k][:1].isdigit() \
        and idx.words[k - 1][:1].isdigit()
