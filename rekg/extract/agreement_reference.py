"""Part of the agreements stage: which agreement a later "the deal" names.

"signed a minerals agreement ... The pact covers nickel": the one deal named last by another
word for a deal, when no other was named as recently. "signed an exclusive partnership with
Umicore ... (three sentences on) ... The agreement covers germanium": when the article has so
far made only one agreement, a deal its parties made or one described by its kind, a later
definite word for a deal (or the same noun) is that one, however far back it was made.
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Mention
from rekg.extract.patterns import word_sets
from rekg.schema import RelType

Resolved = tuple[str, str]


class References:
    """The generic agreements made so far in an article, by head noun and by node."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.recent: dict[str, tuple[int, Resolved]] = {}  # head noun -> one named with a kind
        self.made: dict[str, tuple[str, Resolved]] = {}  # node id -> (head noun, resolved)
        self.named: set[str] = set()  # node ids of agreements named (not generic)
        self.with_parties = {id(f.target) for f in ctx.facts if f.rel is RelType.PARTY_TO}

    def note(self, m: Mention, index: int, head: str, resolved: Resolved, definite: bool,
             described: bool) -> None:
        """Record an agreement mention once it is resolved (a named one is recorded in
        ``named`` by the caller, as every named mention is)."""
        if not m.props.get("generic") or definite:
            return
        if described:
            self.recent[head] = (index, resolved)
        if described or id(m) in self.with_parties:
            self.made.setdefault(resolved[0], (head, resolved))

    def synonym(self, head: str) -> tuple[int, Resolved]:
        """The one deal named last by another word for a deal, when no other was named as
        recently."""
        synonyms = word_sets()["deal_synonyms"]
        last = sorted((v for k, v in self.recent.items() if k in synonyms), key=lambda v: -v[0])
        if head in synonyms and last and (len(last) == 1 or last[1][0] < last[0][0]):
            return last[0]
        return (-9, ("", ""))

    def sole(self, head: str) -> Resolved | None:
        """The only agreement made so far, when none was named and ``head`` can name it."""
        if self.named or len(self.made) != 1:
            return None
        made_head, resolved = next(iter(self.made.values()))
        if head == made_head or head in word_sets()["deal_synonyms"]:
            return resolved
        return None


__all__ = ["References"]
