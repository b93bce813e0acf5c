"""Part of the agreements stage: an agreement known only by its kind is named by its parties.

"Tarrow signed a long-term supply agreement with Kestrel Resources": the node is called
"long-term supply agreement", a name that any other article's deal shares. News names such a
deal by its parties and its kind ("the Tarrow-Kestrel supply agreement"), so it gets the alias
"Tarrow-Kestrel long-term supply agreement": the companies party to it, in the order the
article first names them, each by the shortest name the article gives it ("MP" for MP
Materials when the text says "MP"). The name stays the kind's: patterns and queries know
generic agreements by it, and resolution across articles leaves such names apart.
Only companies and bodies name a deal here: a country's shortest name can be a demonym or a
capital ("Chinese", "Beijing"), and a deal between countries is named by the text already
("the US-Japan trade deal").
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext
from rekg.extract.patterns import word_sets
from rekg.loaders.text import norm_phrase
from rekg.schema import Label, RelType

_MOST_PARTIES = 3
_NO_NAME_FORMS = frozenset({"anaphor", "lexicon", "place", "trigger"})


def _generic(ctx: ArticleContext) -> dict[str, str]:
    """Node id -> name of the agreements every mention of which is a kind noun."""
    kinds: dict[str, str] = {}
    other: set[str] = set()
    for view in ctx.sentences:
        for m in view.of(Label.AGREEMENT):
            if not m.node_id:
                continue
            if m.form == "trigger" and m.entry is None and m.name == m.name.lower():
                kinds.setdefault(m.node_id, m.name)
            else:
                other.add(m.node_id)
    return {k: v for k, v in kinds.items() if k not in other}


def _without_tail(name: str) -> str:
    """"Cyclic Materials" -> "Cyclic", "Arafura Rare Earths Ltd" -> "Arafura": the words that
    end a company's name and that news leaves out when it names the company's deals."""
    sets = word_sets()
    tails, legal = sets["company_name_tails"].phrases, sets["legal_forms"].phrases
    words = name.split()
    while len(words) > 1:
        size = next((n for n in (2, 1) if len(words) > n
                     and (norm_phrase(" ".join(words[-n:])) in tails
                          or norm_phrase(" ".join(words[-n:])) in legal)), 0)
        if not size or not words[-size - 1][:1].isupper():
            break  # "Ministry of Mines" keeps its last word
        words = words[:-size]
    return " ".join(words)


def _short_names(ctx: ArticleContext) -> tuple[dict[str, str], dict[str, int]]:
    """Each organisation's shortest name (as written, or without its tail words) and where the
    article first names it."""
    short: dict[str, str] = {}
    first: dict[str, int] = {}
    at = 0
    for view in ctx.sentences:
        for m in view.of(Label.ORGANIZATION):
            at += 1
            text = m.surface.strip()
            if not m.node_id or m.form in _NO_NAME_FORMS or not text[:1].isupper() \
                    or "'" in text or "’" in text:
                continue
            first.setdefault(m.node_id, at)
            text = _without_tail(text)
            if m.node_id not in short or len(text) < len(short[m.node_id]):
                short[m.node_id] = text
    return short, first


def run(ctx: ArticleContext) -> None:
    generic = _generic(ctx)
    if not generic:
        return
    parties: dict[str, list[str]] = {}
    for fact in ctx.facts:
        if fact.rel is RelType.PARTY_TO and fact.target.node_id in generic:
            if fact.source.label is not Label.ORGANIZATION:
                parties[fact.target.node_id] = []  # a country is party: left as it is
                generic.pop(fact.target.node_id)
                continue
            found = parties.setdefault(fact.target.node_id, [])
            if fact.source.node_id not in found:
                found.append(fact.source.node_id)
    short, first = _short_names(ctx)
    for old, members in parties.items():
        named = sorted((p for p in members if p in short), key=lambda p: first[p])
        if not named or len(named) != len(members) or len(named) > _MOST_PARTIES:
            continue
        name = "-".join(short[p] for p in named) + " " + generic[old]
        frame = ctx.agreements.get(old)
        if frame is not None and name not in frame.aliases:
            frame.aliases.append(name)


__all__ = ["run"]
