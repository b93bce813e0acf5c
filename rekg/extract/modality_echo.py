"""Part of the modality stage: a fact told again in the same sentence through a pronoun is
refused with the fact a cue between its two mentions refused there. In "India suspended rare
earth exports to Japan under its deal with Toyota Tsusho" the scorer may pair "its" (India)
with Japan, out of the reach of "suspended" that refused India -> Japan. A scorer's guess at a
pronoun and a mention of a fact a governing verb refused in the same sentence is that fact
guessed again ("X has looked at recovering Y at its smelter": "its" and Y), as is a guess at
an item left out of a measure, through another word for the measure."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Cue, Fact

_POSSESSIVES = frozenset({"its", "their", "his", "her"})


def _key(fact: Fact) -> tuple[int, str, str, str]:
    return fact.sentence, fact.rel.value, fact.source.node_id, fact.target.node_id


def _between(fact: Fact, cue: Cue) -> bool:
    """The cue stands between the two mentions: it speaks of what links them, not of one of
    them ("no rare earth metal is made in X, and outside China firms make the metals")."""
    first, second = sorted((fact.source, fact.target), key=lambda m: m.start)
    return first.end <= cue.start and cue.end <= second.start


def _owner_of_other(fact: Fact) -> bool:
    """"its zinc smelter": a possessive right before the other mention says what it owns, a
    fact of its own."""
    pronoun, other = (fact.source, fact.target) if fact.source.form == "anaphor" \
        else (fact.target, fact.source)
    return pronoun.surface.lower() in _POSSESSIVES and other.start == pronoun.end


def echoed(ctx: ArticleContext, cued: list[tuple[Fact, Cue]], dropped: set[int]) -> None:
    """Refuse a fact with a pronoun at one end that shares its other mention, its nodes, its
    relation and its sentence with a fact a cue between its mentions refused."""
    keys: dict[tuple[int, str, str, str], list[Fact]] = {}
    for fact, cue in cued:
        if fact.source.node_id and fact.target.node_id and _between(fact, cue):
            keys.setdefault(_key(fact), []).append(fact)
    if not keys:
        return
    for fact in ctx.facts:
        if id(fact) in dropped or "anaphor" not in (fact.source.form, fact.target.form) \
                or _owner_of_other(fact):
            continue
        if any(r.source.start == fact.source.start or r.target.start == fact.target.start
               for r in keys.get(_key(fact), ())):
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "the same fact is denied in its sentence", fact.origin)


def guessed_again(ctx: ArticleContext, ruled: list[Fact], items: list[Fact],
                  dropped: set[int]) -> None:
    """Refuse a scorer's fact that tells again, in the same sentence, a fact refused there:
    through a pronoun at one end, sharing the other mention, for a fact a governing verb
    refused (no cue stands between its mentions, so ``echoed`` does not see it); or through
    another word for the same measure, sharing the item, for an item a cue left out
    ("cerium remains outside China's licensing ... under control")."""
    keys: dict[tuple[int, str, str, str], list[Fact]] = {}
    for f in ruled:
        if f.source.node_id and f.target.node_id:
            keys.setdefault(_key(f), []).append(f)
    left_out = {(*_key(f), f.target.start) for f in items
                if f.source.node_id and f.target.node_id}
    if not keys and not left_out:
        return
    for fact in ctx.facts:
        if id(fact) in dropped or not fact.origin.startswith("scorer"):
            continue
        again = (*_key(fact), fact.target.start) in left_out or (
            "anaphor" in (fact.source.form, fact.target.form) and not _owner_of_other(fact)
            and any(r.source.start == fact.source.start or r.target.start == fact.target.start
                    for r in keys.get(_key(fact), ())))
        if again:
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "the same fact is refused in its sentence", fact.origin)
