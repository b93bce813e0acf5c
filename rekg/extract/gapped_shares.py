"""Part of stage 5: shares told in gapped clauses. "Tarrovia supplies 90% of the bloc's
tungsten, Norvia 80% of its borate and Kestrelia 60% of its platinum" leaves the verb out after
the first clause: each later clause opens with a country or company and a share, and names its
own goods after "of", or none ("China mines 70% of the world's rare earths, Myanmar 10% and
Australia 6%": the same goods). Each such party produces its clause's goods; a guess of the
trained scorer that pairs a party with another clause's goods is dropped."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.schema import Label, RelType

ORIGIN = "produces.gapped-share"
_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)
_GOODS = (Label.MATERIAL, Label.PRODUCT)
_SHARE_UNITS = frozenset({"%", "percent"})
_ROUGHLY = frozenset({"about", "around", "roughly", "nearly", "almost", "some", "over",
                      "under", "just", "more", "less", "than"})
_OF_REACH = 4  # words from "of" to the clause's goods: "of the world's refined"


def _share_after(view: SentenceView, k: int) -> int:
    """The position after a share that starts at ``k`` ("98%", "about 71 percent"), or -1."""
    words = view.words
    while k < len(words) and words[k] in _ROUGHLY:
        k += 1
    if k + 1 < len(words) and any(c.isdigit() for c in words[k]) \
            and words[k + 1] in _SHARE_UNITS:
        return k + 2
    return -1


def _base(view: SentenceView, facts: list[Fact]) -> Fact | None:
    """The first clause's fact: a party, a share, then the goods."""
    for f in sorted(facts, key=lambda f: f.source.start):
        if f.rel is RelType.PRODUCES and f.source.label in _PARTIES \
                and f.source.form != "anaphor" and f.source.end < f.target.start \
                and any(_share_after(view, k) > 0 for k in range(f.source.end, f.target.start)):
            return f
    return None


def _clauses(view: SentenceView, after: int) -> list[tuple[Mention, Mention | None]]:
    """The gapped clauses after word ``after``: (party, own goods or None)."""
    words, gaps = view.words, view.gaps
    found: list[tuple[Mention, Mention | None]] = []
    for party in view.mentions:
        if party.label not in _PARTIES or party.start < after or party.form == "anaphor":
            continue
        k = party.start
        opens = "," in gaps[k] or (k > 0 and words[k - 1] == "and" and "," in gaps[k - 1]) \
            or (k > 0 and words[k - 1] == "and" and found)
        end = _share_after(view, party.end)
        if not opens or end < 0:
            continue
        goods = None
        if end < len(words) and words[end] == "of" and not gaps[end].strip():
            goods = next((m for m in view.mentions if m.label in _GOODS
                          and end < m.start <= end + _OF_REACH
                          and not any(gaps[j].strip() for j in range(end + 1, m.start + 1))),
                         None)
        found.append((party, goods))
    return found


def gapped_shares(ctx: ArticleContext, view: SentenceView, facts: list[Fact]) -> list[Fact]:
    """The facts, with each gapped clause's output added and the scorer's crossed guesses
    refused."""
    base = _base(view, facts)
    if base is None:
        return facts
    clauses = _clauses(view, base.target.end)
    if not clauses:
        return facts
    own = {party.node_id: (goods or base.target).node_id for party, goods in clauses}
    own[base.source.node_id] = base.target.node_id
    named = set(own.values())
    kept: list[Fact] = []
    for f in facts:
        if f.rel is RelType.PRODUCES and f.origin.startswith("scorer") \
                and f.source.node_id in own and f.target.node_id in named \
                and own[f.source.node_id] != f.target.node_id:
            ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                       "the goods belong to another party's clause of shares", f.origin)
        else:
            kept.append(f)
    have = {(f.source.node_id, f.target.node_id) for f in kept if f.rel is RelType.PRODUCES}
    for party, goods in clauses:
        target = goods or base.target
        if (party.node_id, target.node_id) not in have:
            have.add((party.node_id, target.node_id))
            kept.append(Fact(RelType.PRODUCES, party, target, view.index, ORIGIN, 0.75,
                             view.text))
    return kept
