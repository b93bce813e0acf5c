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


def in_number(idx: SentenceIndex, k: int, edge: str) -> bool:
    """"2,400": a comma or point between two digits does not part the words."""
    return edge in (",", ".") and 0 < k < idx.n and idx.words[k][:1].isdigit() \
        and idx.words[k - 1][:1].isdigit()
