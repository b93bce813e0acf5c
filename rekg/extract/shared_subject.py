"""A predicate joined to the one before shares its subject: in "the metal hardens lead in
bullets and is used in flame retardants" what is used in flame retardants is the metal, not
the bullets that end the first predicate. A use pattern that read the word before "and is used
in" as its input misread the sentence."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact
from rekg.extract.patterns import word_sets
from rekg.extract.supply_subject import result_clause
from rekg.schema import Label, RelType

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


def run(ctx: ArticleContext) -> None:
    kept: list[Fact] = []
    for f in ctx.facts:
        if _misread(ctx, f):
            ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                       "the predicate after 'and' has the clause's subject", f.origin)
        elif _result_misread(ctx, f):
            ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                       "a clause of result ranks the sentence's subject", f.origin)
        else:
            kept.append(f)
    ctx.facts = kept
