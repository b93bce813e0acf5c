"""Facts of an invented sentence as (relation, source, target), lower-cased, for matrix tests."""

from __future__ import annotations

from functools import cache

from rekg.extract import extract
from rekg.extract.context import ArticleContext, Fact, SentenceView
from rekg.extract.explain import explain
from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.schema import RelType


@cache
def facts_of(text: str) -> frozenset[tuple[str, str, str]]:
    found = explain(Document(text=text, title="Test", published="2025-06-01")).facts
    return frozenset((f.relation, f.source.lower(), f.target.lower()) for f in found)


def has_fact(text: str, rel: str, source: str, target: str) -> bool:
    """Whether ``text`` gives ``rel`` between names containing ``source`` and ``target``
    (``"*"``: any)."""
    return any(r == rel and (source == "*" or source.lower() in s)
               and (target == "*" or target.lower() in t) for r, s, t in facts_of(text))


def measure_chains(text: str) -> set[tuple[str, str, str]]:
    """(RESTRICTS or TARGETS, imposer, covered or targeted) through each IMPOSES of ``text``."""
    fragment = extract(Document(text=text, title="Test", published="2025-06-01"))
    names = {n.id: n.name.lower() for n in fragment.nodes.values()}
    rels = list(fragment.relationships.values())
    return {(r.type.value, names[i.source], names[r.target]) for i in rels
            if i.type is RelType.IMPOSES for r in rels
            if r.source == i.target and r.type in (RelType.RESTRICTS, RelType.TARGETS)}


def named_pairs(text: str, rel: RelType) -> set[tuple[str, str]]:
    """(source name, target name) of every ``rel`` relationship ``text`` gives."""
    fragment = extract(Document(text=text, title="Test", published="2025-06-01"))
    names = {n.id: n.name for n in fragment.nodes.values()}
    return {(names[r.source], names[r.target]) for r in fragment.relationships.values()
            if r.type is rel}


def labelled_names(text: str) -> set[tuple[str, str]]:
    """(label, name) of every node ``text`` gives."""
    fragment = extract(Document(text=text, title="Test", published="2025-06-01"))
    return {(n.label.value, n.name) for n in fragment.nodes.values()}


def scorer_need(text: str, dependent: str,
                needed: str) -> tuple[ArticleContext, SentenceView, Fact]:
    """The context of one-sentence ``text`` and a scorer DEPENDS_ON fact built by hand between
    the mentions whose surfaces are ``dependent`` and ``needed`` (case-insensitive), for tests
    that hand it to the guards whatever the model would score it."""
    return scorer_pair(text, RelType.DEPENDS_ON, dependent, needed)


def scorer_pair(text: str, rel: RelType, source_surface: str,
                target_surface: str) -> tuple[ArticleContext, SentenceView, Fact]:
    """The context of ``text`` and a scorer ``rel`` fact built by hand between the mentions whose
    surfaces are given (case-insensitive), in the last sentence of ``text``."""
    ctx = run(Document(text=text, title="Test", published="2025-11-10"))
    view = ctx.sentences[-1]
    source, target = (next(m for m in view.mentions if m.surface.lower() == s.lower())
                      for s in (source_surface, target_surface))
    return ctx, view, Fact(rel, source, target, view.index, "scorer:0.90", 0.9, view.text)


def guard_reason(text: str, rel: RelType, source_surface: str, target_surface: str) -> str | None:
    """The reason the scorer guards give for refusing a ``rel`` fact built by hand between the
    two mentions of ``text``'s last sentence, whatever the model would score it; None if kept."""
    from rekg.extract.scorer_guards import guarded

    ctx, view, fact = scorer_pair(text, rel, source_surface, target_surface)
    before = len(ctx.refusals)
    kept = guarded(ctx, view, [fact])
    return None if kept else ctx.refusals[before].reason


def mentioned_names(text: str) -> set[tuple[str, str]]:
    """(label, name) of every mention of ``text`` that names a node, whether or not the node
    stays in the graph (a good only an open noun phrase names stays only when a fact uses it):
    for tests of how a mention is named."""
    ctx = run(Document(text=text, title="Test", published="2025-06-01"))
    nodes = {(n.label.value, n.name) for n in ctx.fragment.nodes.values()}
    return nodes | {(m.label.value, m.name) for view in ctx.sentences for m in view.mentions
                    if m.node_id and m.form not in ("place", "lexicon")
                    and not m.props.get("generic")}
