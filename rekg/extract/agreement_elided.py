"""Part of the agreements stage: a pair of parties whose agreement noun is shared with the next.

"the US-Australia and US-Japan frameworks", "the Norway-Chile and Norway-Peru pacts": the
first pair names an agreement whose head noun the second pair's plural carries. When the
lexicon knows one agreement of the first pair's parties (of the shared noun's kind when it has
several), the pair is a mention of it, so its parties and subjects come from the lexicon like
the second's. Runs before the agreement frames and the lexicon facts.
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Mention, SentenceView
from rekg.loaders.lexicon import Entry
from rekg.schema import Label, RelType

_PARTIES = (Label.COUNTRY, Label.ORGANIZATION)


def _entries_of(ctx: ArticleContext, parties: set[str]) -> list[Entry]:
    found = []
    for entry in ctx.lexicon.entries.values():
        if entry.label is not Label.AGREEMENT or len(entry.parties) != len(parties):
            continue
        ids = {p.id for ref in entry.parties if (p := ctx.lexicon.resolve_ref(ref)) is not None}
        if ids == parties:
            found.append(entry)
    return found


def _pair_before(view: SentenceView, shared: Mention) -> tuple[Mention, Mention] | None:
    """The "A-B" pair right before "and" and the agreement mention ``shared``."""
    k = shared.start
    if k < 4 or view.words[k - 1] != "and" or view.gaps[k - 1].strip():
        return None
    second = next((m for m in view.of(*_PARTIES) if m.end == k - 1), None)
    if second is None or view.gaps[second.start] != "-":
        return None
    first = next((m for m in view.of(*_PARTIES) if m.end == second.start), None)
    return (first, second) if first is not None else None


def run(ctx: ArticleContext) -> None:
    for view in ctx.sentences:
        for shared in view.of(Label.AGREEMENT):
            entry = shared.entry
            head = view.tokens[shared.end - 1].text
            if entry is None or not head.endswith("s") or head.lower() == view.words[
                    shared.end - 1]:
                continue  # a plural head: "frameworks", shared by both pairs
            pair = _pair_before(view, shared)
            if pair is None:
                continue
            first, second = pair
            fits = _entries_of(ctx, {first.node_id, second.node_id})
            kind = entry.properties.get("kind")
            if len(fits) > 1:
                fits = [e for e in fits if e.properties.get("kind") == kind]
            if len(fits) != 1 or fits[0].id == entry.id:
                continue
            found = fits[0]
            view.mentions.append(Mention(
                Label.AGREEMENT, found.id, found.name, first.start, second.end,
                view.span_text(first.start, second.end), "alias",
                kind=str(found.properties.get("kind", "")) or None, entry=found))
            view.mentions.sort(key=lambda x: (x.start, -x.end))
            # the first pair's parties are not the second's ("Australia" of "US-Australia and
            # US-Japan frameworks" is no party of the US-Japan one) unless its own name says so
            ctx.facts = [f for f in ctx.facts if not (
                f.rel is RelType.PARTY_TO and f.sentence == view.index
                and f.target.node_id == shared.node_id and f.origin.startswith("scorer")
                and first.start <= f.source.start < second.end)]


__all__ = ["run"]
