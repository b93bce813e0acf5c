"""Part of the mention stage: "Washington and Beijing agreed in Geneva on May 12", "what Xi
and Trump agreed in Busan": an agreement reached at the place where a known agreement was
made is that agreement, though the sentence names it by no noun, when one of its parties (or
a leader of one) is named before the verb, and no other known agreement was reached there."""

from __future__ import annotations

from rekg.extract.agreement_summit import agreements_at
from rekg.extract.context import ArticleContext, Mention, SentenceView
from rekg.loaders.lexicon import Entry
from rekg.schema import Label

_AGREED = frozenset({"agreed", "agree", "agrees"})
_AT = frozenset({"in", "at"})


def _party_named(view: SentenceView, entry: Entry, before: int) -> bool:
    parties = {party.lower() for party in entry.parties}
    return any((m.label is Label.COUNTRY and m.node_id.split(":")[-1] in parties)
               or (m.label is Label.PERSON and m.entry is not None
                   and (m.entry.represents or "").lower() in parties)
               for m in view.mentions if m.end <= before)


def agreed_places(view: SentenceView, ctx: ArticleContext) -> None:
    low = view.words
    if _AGREED.isdisjoint(low):
        return
    named = {m.node_id for m in view.mentions if m.label is Label.AGREEMENT}
    for i, word in enumerate(low[:-2]):
        if word not in _AGREED or low[i + 1] not in _AT:
            continue
        for place, entries in agreements_at(ctx).items():
            words, entry = place.split(), entries[0]
            if len(entries) == 1 and low[i + 2:i + 2 + len(words)] == words \
                    and entry.id not in named and _party_named(view, entry, i):
                view.mentions.append(Mention(Label.AGREEMENT, entry.id, entry.name, i, i + 1,
                                             entry.name, "lexicon", entry=entry))
                named.add(entry.id)
