"""A predicate joined to the one before shares its subject: in "the metal hardens lead in
bullets and is used in flame retardants" what is used in flame retardants is the metal, not
the bullets that end the first predicate. A use pattern that read the word before "and is used
in" as its input misread the sentence. Likewise a noun in an apposition ("cathodes, the most common
type in Western cars, are made of lithium") is not the subject: the head before it is."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention
from rekg.extract.into_inputs import ORIGIN as INTO_ORIGIN
from rekg.extract.patterns import word_sets
from rekg.extract.supply_subject import result_clause
from rekg.schema import Label, RelType

_JOINS = frozenset({"and", "but"})


def _misread(ctx: ArticleContext, f: Fact) -> bool:
    good, dependent = f.target, f.source
    if f.rel is not RelType.DEPENDS_ON or not f.origin.startswith("depends_on.") \
            or f.origin == INTO_ORIGIN or good.end >= dependent.start \
            or f.sentence >= len(ctx.sentences):
        return False  # a pronoun's antecedent may end a predicate: "... and is shipped ..."
    words = ctx.sentences[f.sentence].words
    at = good.end
    if at + 1 >= len(words) or words[at] not in _JOINS:
        return False
    sets = word_sets()
    return bool(sets["be_verbs"].longest_at(words, at + 1) or sets["used_in"].longest_at(
        words, at + 1))


def _result_misread(ctx: ArticleContext, f: Fact) -> bool:
    """An output read across ", making it" from a name that is not the sentence's subject."""
    if f.rel is not RelType.PRODUCES or not f.origin.startswith("produces.") \
            or f.origin == "produces.resulting-source" or f.sentence >= len(ctx.sentences):
        return False
    view = ctx.sentences[f.sentence]
    at = result_clause(view.words, view.gaps)
    return f.source.end <= at < f.target.start and any(
        m.start < f.source.start and m.label in (Label.ORGANIZATION, Label.COUNTRY)
        and m.form not in ("place", "demonym") and m.node_id != f.source.node_id
        for m in view.mentions)


_APPOSED = frozenset({"the", "a", "an", "one"})
_NOT_CLOSING = frozenset({"and", "or", "but", "which", "who", "that", "where", "while"})


def _apposed_head(ctx: ArticleContext, f: Fact) -> Mention | None:
    """The head of the apposition the dependent stands in: "Radar systems, a staple of modern
    warships, depend on gallium" gives "radar systems" for "warships"."""
    source, target = f.source, f.target
    if f.rel is not RelType.DEPENDS_ON or not f.origin.startswith("depends_on.") \
            or source.end > target.start or f.sentence >= len(ctx.sentences):
        return None
    view = ctx.sentences[f.sentence]
    words, gaps = view.words, view.gaps
    o = source.start
    while o > 0 and "," not in gaps[o] and source.start - o < 8:
        o -= 1
    if o <= 0 or "," not in gaps[o] or words[o] not in _APPOSED:
        return None
    close = next((j for j in range(source.end, target.start + 1) if "," in gaps[j]), -1)
    if close < 0 or words[close] in _NOT_CLOSING:
        return None
    return next((m for m in view.mentions if m.end == o and m.node_id not in (
        source.node_id, target.node_id) and m.label in (Label.PRODUCT, Label.MATERIAL)), None)


def run(ctx: ArticleContext) -> None:
    kept: list[Fact] = []
    for f in ctx.facts:
        head = _apposed_head(ctx, f)
        if head is not None:
            ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                       "the dependent stands in an apposition to the subject", f.origin)
            if not any(k.rel is f.rel and k.source.node_id == head.node_id
                       and k.target.node_id == f.target.node_id for k in ctx.facts):
                kept.append(Fact(f.rel, head, f.target, f.sentence, f.origin, f.confidence,
                                 f.evidence))
        elif _misread(ctx, f):
            ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                       "the predicate after 'and' has the clause's subject", f.origin)
        elif _result_misread(ctx, f):
            ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                       "a clause of result ranks the sentence's subject", f.origin)
        else:
            kept.append(f)
    ctx.facts = kept
