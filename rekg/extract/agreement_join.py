"""Part of the agreements stage: a deal named again by one of its parties is the same deal,
and a deal known by its kind whose parties are those of a known agreement of that kind is it.

"The agency awarded USAC a contract worth $245 million ... the DLA contract will fund a new
smelter": the first is a generic "contract" with its parties, the second a "DLA contract" named
by one of them. When exactly one generic deal of that kind has the naming party among its
parties, the generic deal is the named one: its mentions and facts move to the named node,
which keeps its name (the kind's name becomes an alias), so an article has one node per deal.
"""

from __future__ import annotations

from collections import defaultdict

from rekg.extract.agreement_described import DEFINITE
from rekg.extract.agreement_links import party_ids
from rekg.extract.agreement_summit import kind_fits
from rekg.extract.agreement_surface import closer
from rekg.extract.context import AgreementFrame, ArticleContext, Mention
from rekg.extract.patterns import word_sets
from rekg.loaders.lexicon import Entry
from rekg.loaders.text import norm_phrase, singular
from rekg.schema import Label, RelType


def _head(name: str) -> str:
    words = name.removesuffix(" of understanding").split()
    return singular(words[-1]) if words else ""


_PLAIN = frozenset({"separate", "new", "similar", "strategic", "binding", "non", "preliminary",
                    "formal", "initial", "landmark", "long", "term", "bilateral", "of",
                    "understanding"})


_LAST: list[tuple[object, list[Entry]]] = []  # the last lexicon asked of, and its agreements


def _agreements_of(ctx: ArticleContext) -> list[Entry]:
    """The lexicon's agreements of two parties or more, in its order: listed once a lexicon."""
    if not _LAST or _LAST[0][0] is not ctx.lexicon:
        _LAST[:] = [(ctx.lexicon, [e for e in ctx.lexicon.entries.values()
                                   if e.label is Label.AGREEMENT and len(e.parties) >= 2])]
    return _LAST[0][1]


def _known(ctx: ArticleContext, kind: str, parties: set[str]) -> Entry | None:
    """The one lexicon agreement of exactly these parties that the kind's noun fits and whose
    name has the kind's telling words ("reciprocal trade agreement" is not the minerals
    memorandum of the same two countries)."""
    telling = set(norm_phrase(kind)) - _PLAIN - {_head(kind)}
    fits = [e for e in _agreements_of(ctx) if party_ids(ctx, e) == parties
            and kind_fits(_head(kind), str(e.properties.get("kind", "")))
            and (not telling or telling & set(norm_phrase(e.name)))]
    return fits[0] if len(fits) == 1 else None


def _nodes(ctx: ArticleContext) -> tuple[dict[str, str], dict[str, str], set[str]]:
    """(generic node id -> name, party-named node id -> name, the generic ones only ever
    named with "the") of the article's agreements: a generic one is only ever a lower-case
    kind noun, a party-named one a kind noun the text names by a capitalised word ("the DLA
    contract"), known to no lexicon."""
    generic: dict[str, str] = {}
    named: dict[str, str] = {}
    other: set[str] = set()
    indefinite: set[str] = set()
    for view in ctx.sentences:
        for m in view.of(Label.AGREEMENT):
            if not m.node_id:
                continue
            if m.form != "trigger" or m.entry is not None:
                other.add(m.node_id)
            elif m.name == m.name.lower():
                generic.setdefault(m.node_id, m.name)
                if m.node_id not in indefinite and closer(view, m) not in DEFINITE:
                    indefinite.add(m.node_id)
            else:
                named.setdefault(m.node_id, m.name)
    generic = {k: v for k, v in generic.items() if k not in other and k not in named}
    return generic, {k: v for k, v in named.items() if k not in other}, set(generic) - indefinite


def _refer_back(ctx: ArticleContext, generic: dict[str, str], definite: set[str],
                parties: dict[str, set[str]]) -> None:
    """"Solvay signed a supply agreement with Cyclic Materials ... The Solvay-Cyclic deal
    covers recycled oxide": a deal only ever named with "the", whose parties are all parties
    of the one deal made before of a kind its noun can name, is that deal."""
    synonyms = word_sets()["deal_synonyms"]
    for node in sorted(definite):
        kind = generic[node]
        made = [other for other, was in generic.items() if other not in definite
                and parties[node] and parties[node] <= parties[other]
                and (_head(was) == _head(kind) or _head(kind) in synonyms)]
        if len(made) == 1:
            _move(ctx, node, made[0], generic[made[0]])
            parties[made[0]] |= parties.pop(node)
            generic.pop(node)


def _move(ctx: ArticleContext, old: str, new: str, name: str, entry: Entry | None = None) -> None:
    mentions: list[Mention] = [m for v in ctx.sentences for m in v.mentions]
    mentions += [x for f in ctx.facts for x in (f.source, f.target)]
    for m in mentions:
        if m.node_id == old:
            m.node_id, m.name = new, name
            m.entry = entry or m.entry
            m.props.pop("generic", None)  # the named deal has its node
    frame = ctx.agreements.pop(old, None)
    kept = ctx.agreements.setdefault(new, AgreementFrame(new, name))
    if frame is not None:
        kept.parties |= frame.parties
        kept.aliases.extend(a for a in [frame.name, *frame.aliases] if a not in kept.aliases)


def run(ctx: ArticleContext) -> None:
    generic, named, definite = _nodes(ctx)
    if not generic:
        return
    parties: dict[str, set[str]] = defaultdict(set)
    for fact in ctx.facts:
        if fact.rel is RelType.PARTY_TO and fact.target.node_id in generic.keys() | named.keys():
            parties[fact.target.node_id].add(fact.source.node_id)
    for node, kind in list(generic.items()):
        entry = _known(ctx, kind, parties[node]) if len(parties[node]) >= 2 else None
        if entry is not None:  # "Trump and Anwar signed a separate minerals memorandum"
            _move(ctx, node, entry.id, entry.name, entry)
            generic.pop(node)
    _refer_back(ctx, generic, definite & set(generic), parties)
    joined: dict[str, list[str]] = defaultdict(list)  # generic node -> the named it may be
    for node, name in named.items():
        for other, kind in generic.items():
            if _head(kind) == _head(name) and parties[node] & parties[other]:
                joined[other].append(node)
    taken = [n for nodes in joined.values() for n in nodes]
    for other, nodes in joined.items():
        if len(nodes) == 1 and taken.count(nodes[0]) == 1:
            _move(ctx, other, nodes[0], named[nodes[0]])


__all__ = ["run"]
