"""Parties written into an agreement's own name: "the US-Japan critical minerals agreement",
"the EU-Ukraine raw materials partnership". When the name is one lexicon or name mention, no
country mention stands before it for the hyphen-parties frame; the hyphen-joined names at its
start are the parties all the same."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.loaders.lexicon import Entry
from rekg.loaders.text import norm_phrase
from rekg.schema import Label, RelType

_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)
_LONGEST = 3  # words of one party name: "United States", "European Union"


def _party_at(ctx: ArticleContext, view: SentenceView, start: int, end: int) -> tuple[Entry,
                                                                                      int] | None:
    """The country or organisation whose name, capitalised, fills tokens ``start``.. (the
    longest such name within ``end``), with the token after it."""
    for stop in range(min(end, start + _LONGEST), start, -1):
        if any(view.gaps[k] for k in range(start + 1, stop)):
            continue  # "US-Japan" is two names, not one
        texts = [t.text for t in view.tokens[start:stop]]
        surface = ctx.lexicon.surfaces.get(norm_phrase(" ".join(texts)))
        if surface is None or surface.entry.label not in _PARTIES \
                or not all(t[:1].isupper() for t in texts):
            continue
        return surface.entry, stop
    return None


def _name_parties(ctx: ArticleContext, view: SentenceView, m: Mention) -> list[Entry]:
    parties: list[Entry] = []
    at = m.start
    while at < m.end:
        found = _party_at(ctx, view, at, m.end)
        if found is None:
            break
        parties.append(found[0])
        at = found[1]
        if at >= m.end or view.gaps[at] != "-":
            break
    return parties if len({p.id for p in parties}) >= 2 and at < m.end else []


def run(ctx: ArticleContext) -> None:
    have = {(f.source.node_id, f.target.node_id) for f in ctx.facts if f.rel is RelType.PARTY_TO}
    for view in ctx.sentences:
        for m in view.of(Label.AGREEMENT):
            if m.form not in ("name", "alias") or not m.node_id or m.props.get("absorbed"):
                continue
            for party in _name_parties(ctx, view, m):
                if (party.id, m.node_id) in have:
                    continue
                have.add((party.id, m.node_id))
                source = Mention(party.label, party.id, party.name, m.start, m.start, "",
                                 "lexicon", entry=party)
                ctx.facts.append(Fact(RelType.PARTY_TO, source, m, view.index,
                                      "frame:parties-in-agreement-name", 0.7, view.text))


__all__ = ["run"]
