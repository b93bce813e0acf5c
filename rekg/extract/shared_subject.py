"""A predicate joined to the one before shares its subject: in "the metal hardens lead in
bullets and is used in flame retardants" what is used in flame retardants is the metal, not
the bullets that end the first predicate. A use pattern that read the word before "and is used
in" as its input misread the sentence."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact
from rekg.extract.patterns import word_sets
from rekg.schema import RelType

_JOINS = frozenset({"and", "but"})


def _misread(ctx: ArticleContext, f: Fact) -> bool:
    good, dependent = f.target, f.source
    if f.rel is not RelType.DEPENDS_ON or not f.origin.startswith("depends_on.") \
            or good.end >= dependent.start or f.sentence >= len(ctx.sentences):
        return False
    words = ctx.sentences[f.sentence].words
    at = good.end
    if at + 1 >= len(words) or words[at] not in _JOINS:
        return False
    sets = word_sets()
    return bool(sets["be_verbs"].longest_at(words, at + 1) or sets["used_in"].longest_at(
        words, at + 1))


def run(ctx: ArticleContext) -> None:
    kept: list[Fact] = []
    for f in ctx.facts:
        if _misread(ctx, f):
            ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                       "the predicate after 'and' has the clause's subject", f.origin)
        else:
            kept.append(f)
    ctx.facts = kept
