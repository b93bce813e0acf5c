"""Part of the agreements stage: the parties written into an agreement's name. "the Japan-US
agreement", "a US-Australia minerals framework": the hyphen-joined country or organisation
mentions before the agreement noun are its parties; "the US-Japan critical minerals
agreement", when the whole name is one lexicon or name mention, has no such mentions, and the
hyphen-joined names at its start are the parties all the same."""

from __future__ import annotations

from collections.abc import Callable

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.loaders.lexicon import Entry
from rekg.loaders.text import norm_phrase
from rekg.schema import Label, RelType

_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)
_LONGEST = 3  # words of one party name: "United States", "European Union"


def _hyphen_parties(ctx: ArticleContext, modifier_start: Callable[[SentenceView, Mention], int],
                    view: SentenceView, m: Mention) -> None:
    ends = {m.start, modifier_start(view, m)}
    last = next((x for x in view.mentions if x.end in ends and x.label in _PARTIES
                 and x.form != "anaphor"), None)
    chain = [last] if last is not None else []
    while chain and chain[-1].start > 0 and view.gaps[chain[-1].start] == "-":
        before = next((x for x in view.mentions if x.end == chain[-1].start
                       and x.label in _PARTIES), None)
        if before is None:
            break
        chain.append(before)
    for party in chain if len(chain) >= 2 else []:
        ctx.facts.append(Fact(RelType.PARTY_TO, party, m, view.index,
                              "frame:agreement-hyphen-parties", 0.7, view.text))


def _party_at(ctx: ArticleContext, view: SentenceView, start: int,
              end: int) -> tuple[Entry, int] | None:
    """The country or organisation whose capitalised name fills the tokens from ``start``
    (the longest such name before ``end``), with the token after it."""
    for stop in range(min(end, start + _LONGEST), start, -1):
        if any(view.gaps[k] for k in range(start + 1, stop)):
            continue  # "US-Japan" is two names, not one
        texts = [t.text for t in view.tokens[start:stop]]
        surface = ctx.lexicon.surfaces.get(norm_phrase(" ".join(texts)))
        if surface is not None and surface.entry.label in _PARTIES \
                and all(t[:1].isupper() for t in texts):
            return surface.entry, stop
    return None


def _named_in(ctx: ArticleContext, view: SentenceView, m: Mention) -> list[Entry]:
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


def run(ctx: ArticleContext, modifier_start: Callable[[SentenceView, Mention], int]) -> None:
    have = {(f.source.node_id, f.target.node_id) for f in ctx.facts if f.rel is RelType.PARTY_TO}
    for view in ctx.sentences:
        for m in view.of(Label.AGREEMENT):
            if m.props.get("absorbed") or not m.node_id:
                continue
            _hyphen_parties(ctx, modifier_start, view, m)
            for party in _named_in(ctx, view, m) if m.form in ("name", "alias") else []:
                if (party.id, m.node_id) in have:
                    continue
                have.add((party.id, m.node_id))
                source = Mention(party.label, party.id, party.name, m.start, m.start, "",
                                 "lexicon", entry=party)
                ctx.facts.append(Fact(RelType.PARTY_TO, source, m, view.index,
                                      "frame:parties-in-agreement-name", 0.7, view.text))


__all__ = ["run"]
