"""What one extraction found and refused, and why: the data behind ``rekg extract --explain``."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from rekg.extract.context import ArticleContext
from rekg.extract.pipeline import run
from rekg.loaders.document import Document
from rekg.loaders.lexicon import Lexicon
from rekg.schema import RelType


@dataclass(frozen=True, slots=True)
class FoundFact:
    relation: str
    source: str
    target: str
    origin: str  # pattern id, "scorer:0.83" or "frame:<rule>"
    confidence: float
    evidence: str


@dataclass(frozen=True, slots=True)
class RefusedCandidate:
    relation: str
    source: str
    target: str
    reason: str
    origin: str
    evidence: str


@dataclass
class Explanation:
    article: str
    facts: list[FoundFact] = field(default_factory=list)
    refused: list[RefusedCandidate] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"article": self.article,
                "facts": [_fields(f) for f in self.facts],
                "refused": [_fields(r) for r in self.refused]}

    def as_text(self) -> str:
        lines = [f"article: {self.article}", f"facts ({len(self.facts)}):"]
        for f in self.facts:
            lines.append(f"  {f.source} -[{f.relation}]-> {f.target}   "
                         f"by {f.origin} ({f.confidence:.2f})")
            lines.append(f"      \"{f.evidence}\"")
        lines.append(f"refused ({len(self.refused)}):")
        for r in self.refused:
            by = f" by {r.origin}" if r.origin else ""
            lines.append(f"  {r.source} -[{r.relation}]-> {r.target}{by}: {r.reason}")
            lines.append(f"      \"{r.evidence}\"")
        return "\n".join(lines)


def _fields(item: FoundFact | RefusedCandidate) -> dict[str, Any]:
    return {f.name: getattr(item, f.name) for f in fields(item)}


def _name(ctx: ArticleContext, node_id: str, fallback: str) -> str:
    node = ctx.fragment.nodes.get(node_id)
    return node.name if node is not None else fallback


def explain_context(ctx: ArticleContext) -> Explanation:
    found = Explanation(ctx.doc.title or ctx.doc.path or ctx.doc.id)
    kept = {(r.type.value, r.source, r.target) for r in ctx.fragment.relationships.values()
            if r.type is not RelType.MENTIONS}
    seen: set[tuple[str, str, str]] = set()
    for fact in ctx.facts:
        key = (fact.rel.value, fact.source.node_id, fact.target.node_id)
        if key not in kept or key in seen:
            continue
        seen.add(key)
        found.facts.append(FoundFact(
            fact.rel.value, _name(ctx, fact.source.node_id, fact.source.name),
            _name(ctx, fact.target.node_id, fact.target.name), fact.origin, fact.confidence,
            fact.evidence))
    for refusal in ctx.refusals:
        evidence = ctx.sentences[refusal.sentence].text if refusal.sentence < len(
            ctx.sentences) else ""
        found.refused.append(RefusedCandidate(refusal.rel, refusal.source, refusal.target,
                                              refusal.reason, refusal.origin, evidence))
    return found


def explain(doc: Document, lexicon: Lexicon | None = None) -> Explanation:
    """Extract ``doc`` and say, for every fact, what produced it, and for every refused
    candidate, why it was refused."""
    return explain_context(run(doc, lexicon))
