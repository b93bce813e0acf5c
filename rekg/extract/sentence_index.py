"""What the matcher (``matcher.py``) looks up in one sentence, indexed once per sentence."""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.patterns import STRONG_BREAKS, WordSet, word_sets
from rekg.extract.relatives import before_relative
from rekg.schema import Label

_ASIDE = 12  # the longest parenthetical aside a gap steps over, in words


class SentenceIndex:
    """What the matcher looks up in a sentence: mentions by start and end, fillers, groups."""

    __slots__ = ("asides", "by_end", "by_start", "filler", "first", "gaps", "groups", "inside",
                 "n", "ranks", "spans", "view", "words")

    def __init__(self, view: SentenceView, filler: WordSet) -> None:
        self.view = view
        self.words = view.words
        self.gaps = view.gaps
        self.n = len(view.words)
        self.by_start: dict[int, list[Mention]] = {}
        self.by_end: dict[int, list[Mention]] = {}
        self.groups: dict[int, list[Mention]] = {}
        self.inside: set[int] = set()
        fillers = filler.singles
        for m in view.mentions:
            self.by_start.setdefault(m.start, []).append(m)
            self.by_end.setdefault(m.end - 1, []).append(m)
            if m.group >= 0:
                self.groups.setdefault(m.group, []).append(m)
            if not (m.form == "anaphor" and m.end - m.start == 1
                    and view.words[m.start] in fillers):
                self.inside.update(range(m.start, m.end))  # "its" may still be skipped
        self.filler = fillers
        # -1 when an unsaid subject (a mention of no width, focus_subject.py) opens the sentence
        self.first = -1 if -1 in self.by_end else 0
        # per coordinated list, the first start and the last end of its members
        self.spans = {g: (min(x.start for x in ms), max(x.end for x in ms))
                      for g, ms in self.groups.items()}
        # a parenthetical aside, by the words just outside it (the one before it, forward, and
        # the one after it, backward): where a gap stepping over it from there lands
        self.asides: dict[tuple[int, bool], int] = {}
        if "(" in self.gaps:
            self._find_asides()
        # "ahead of catalysts", "followed by catalysts": a ranking link joins two rivals, so a
        # gap that reaches one stops there (its "of" or "by" is no pattern's; a lone "behind"
        # has too many other senses)
        links = word_sets()["ranking_links"]
        self.ranks = {j for a, b in links.spans(self.words) if b - a > 1 for j in range(a, b)}

    def _find_asides(self) -> None:
        gaps = self.gaps
        for o, g in enumerate(gaps):
            if g != "(" or o == 0:
                continue
            for c in range(o + 1, min(self.n, o + _ASIDE + 1)):
                if gaps[c] == ")":
                    self.asides[(o - 1, True)] = c
                    self.asides[(c, False)] = o - 1
                    break
                if gaps[c] in STRONG_BREAKS:
                    break

    def step_over(self, p: int, forward: bool) -> int:
        """The next position of a gap: a coordinated list or a ", which ...," counts as one."""
        for m in (self.by_start.get(p, ()) if forward else self.by_end.get(p, ())):
            if m.group >= 0:
                start, end = self.spans[m.group]
                return end if forward else start - 1
        return p + 1 if forward else before_relative(self.words, self.gaps, p - 1)

    def group_of(self, m: Mention, labels: frozenset[Label], forward: bool = True
                 ) -> tuple[list[Mention], int, int]:
        """The members of ``m``'s list a slot takes when it matches at ``m``, and the list's
        span: the members from ``m`` on when matching forward, those up to ``m`` when matching
        backward (in "Korea Zinc and Belgium's Campine" the possessive opens Campine alone);
        after a possessive, less other members with a possessive of their own ("China's CATL
        and Japan's Panasonic")."""
        if m.group < 0:
            return [m] if m.label in labels else [], m.start, m.end
        start, end = self.spans[m.group]
        words = self.words
        owned = forward and m.start > 0 and words[m.start - 1] == "'s"
        return [x for x in self.groups[m.group] if x.label in labels
                and (x.start >= m.start if forward else x.end <= m.end)
                and (x is m or not owned or words[x.start - 1] != "'s")], start, end
