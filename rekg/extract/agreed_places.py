"""Part of the mention stage: "China and the United States agreed in Geneva on May 12", "what
Xi and Trump agreed in Busan": an agreement reached at the place where a known agreement was
made is that agreement, though the sentence names it by no noun."""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.loaders.lexicon import Entry, Lexicon
from rekg.schema import Label

_AGREED = frozenset({"agreed", "agree", "agrees"})
_AT = frozenset({"in", "at"})


_BY_LEXICON: dict[int, tuple[Lexicon, dict[tuple[str, ...], Entry]]] = {}


def _places(lexicon: Lexicon) -> dict[tuple[str, ...], Entry]:
    """The known agreements by the words of the place each was reached at."""
    known = _BY_LEXICON.get(id(lexicon))
    if known is None or known[0] is not lexicon:
        known = _BY_LEXICON[id(lexicon)] = (lexicon, {
            tuple(entry.place.lower().split()): entry for entry in lexicon.entries.values()
            if entry.label is Label.AGREEMENT and entry.place})
    return known[1]


def agreed_places(view: SentenceView, lexicon: Lexicon) -> None:
    low = view.words
    if _AGREED.isdisjoint(low):
        return
    named = {m.node_id for m in view.mentions if m.label is Label.AGREEMENT}
    for i, word in enumerate(low[:-2]):
        if word not in _AGREED or low[i + 1] not in _AT:
            continue
        for words, entry in _places(lexicon).items():
            if tuple(low[i + 2:i + 2 + len(words)]) == words and entry.id not in named:
                view.mentions.append(Mention(Label.AGREEMENT, entry.id, entry.name, i, i + 1,
                                             entry.name, "lexicon", entry=entry))
                named.add(entry.id)
