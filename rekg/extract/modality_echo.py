"""Part of the modality stage: a fact told again in the same sentence through a pronoun is
refused with the fact a cue between its two mentions refused there. In "India suspended rare
earth exports to Japan under its deal with Toyota Tsusho" the scorer may pair "its" (India)
with Japan, out of the reach of "suspended" that refused India -> Japan. A scorer's guess at a
pronoun and a mention of a fact a governing verb refused in the same sentence is that fact
guessed again ("X has looked at recovering Y at its smelter": "its" and Y), as is a guess at
an item left out of a measure, through another word for the measure.

Two more echoes: an item in the same list as one a pause or lifting refused ("the licensing
for A, B and C would be lifted") is paused with it, though the cue stands beyond its reach; and
a scorer's guess that X makes Y is denied when the sentence names Y again as what a negated
verb of making has X as subject ("X has a Y deposit ..., and it does not produce Y today")."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Cue, Fact, Mention, SentenceView
from rekg.extract.modality_clause import later_clause
from rekg.extract.patterns import word_sets
from rekg.schema import RelType

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
    _paused_list(ctx, cued, dropped)
    _denied_again(ctx, dropped)
    keys: dict[tuple[int, str, str, str], list[tuple[Fact, Cue]]] = {}
    for fact, cue in cued:
        if fact.source.node_id and fact.target.node_id and _between(fact, cue):
            keys.setdefault(_key(fact), []).append((fact, cue))
    if not keys:
        return
    for fact in ctx.facts:
        if id(fact) in dropped or "anaphor" not in (fact.source.form, fact.target.form) \
                or _owner_of_other(fact):
            continue
        view = ctx.sentences[fact.sentence]
        if any((r.source.start == fact.source.start or r.target.start == fact.target.start)
               and not later_clause(view, cue.start, cue.end, fact)
               for r, cue in keys.get(_key(fact), ())):
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


def output_echoes(ctx: ArticleContext, dropped: set[int]) -> None:
    """Refuse a scorer's output told again through a pronoun ("X produced Y at its plant until
    its closure": "its" and Y) when this stage refused, for whatever reason, the same output
    between the same nodes in the same sentence, sharing a mention: the pronoun stands out of
    the reach of the cue or the governing verb that refused the named pair."""
    keys: dict[tuple[int, str, str, str], list[Fact]] = {}
    for f in ctx.facts:
        if id(f) in dropped and f.rel is RelType.PRODUCES and f.source.form != "anaphor":
            keys.setdefault(_key(f), []).append(f)
    if not keys:
        return
    for fact in ctx.facts:
        if id(fact) in dropped or fact.rel is not RelType.PRODUCES \
                or not fact.origin.startswith("scorer") or fact.source.form != "anaphor" \
                or _owner_of_other(fact):
            continue
        if any(r.target.start == fact.target.start for r in keys.get(_key(fact), ())):
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "the same output is refused in its sentence", fact.origin)


_PAUSES = frozenset({"suspended", "suspended-object", "lifted", "on-ice"})
_MEASURED = (RelType.RESTRICTS, RelType.TARGETS)


def _paused_list(ctx: ArticleContext, cued: list[tuple[Fact, Cue]], dropped: set[int]) -> None:
    """Refuse what the same mention of a measure restricts or targets in the same list as an
    item a pause or lifting refused: the cue speaks of the measure, and so of the whole list."""
    lists = {(f.sentence, f.rel, f.source.start, f.target.group) for f, cue in cued
             if cue.name in _PAUSES and f.rel in _MEASURED and f.target.group >= 0}
    if not lists:
        return
    for fact in ctx.facts:
        if id(fact) not in dropped and (fact.sentence, fact.rel, fact.source.start,
                                        fact.target.group) in lists:
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "in the list of items a pause or lifting refused", fact.origin)


# between a negation and the verb of making it denies, and between that verb and the goods
_BEFORE_VERB = frozenset({"yet", "currently", "itself", "now", "commercially", "actually",
                          "also", "even", "still", "today"})
_BEFORE_GOODS = frozenset({"any", "the", "a", "an", "its", "their", "own", "commercial",
                           "separated", "finished", "single", "much", "many", "significant"})
_SALE = frozenset({"sell", "sells", "sold", "selling"})


def _denied_again(ctx: ArticleContext, dropped: set[int]) -> None:
    """Refuse a scorer's guess that X makes Y when the sentence names Y again as what a
    negated verb of making has X, or its pronoun, as subject: "X has a Y deposit ..., and
    it does not produce Y today", "X is fitting out a Y plant and does not yet sell Y"."""
    from rekg.extract.modality import cue_rules

    rule = next(r for r in cue_rules() if r.name == "negation")
    for fact in ctx.facts:
        if id(fact) in dropped or fact.rel is not RelType.PRODUCES \
                or not fact.origin.startswith("scorer") or not fact.target.node_id:
            continue
        view = ctx.sentences[fact.sentence]
        for cue in view.cues:
            if cue.name != "negation" or rule.excepted(view.words, cue, fact.rel) \
                    or _made_after(view, cue, fact) is None \
                    or not _subject_of(view, cue, fact.source):
                continue
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       f"the same goods are denied in its sentence: "
                       f"'{view.span_text(cue.start, cue.end)}'", fact.origin)
            break


def _making(view: SentenceView, k: int) -> bool:
    make = word_sets()["make_verbs"].phrases
    word, token = view.words[k], view.tokens[k].text.lower()
    return (word,) in make or (token,) in make or token in _SALE


def _made_after(view: SentenceView, cue: Cue, fact: Fact) -> Mention | None:
    """Another mention of the fact's target as the object of the negated verb of making:
    "does not (yet) produce (any) Y", or "makes no Y"."""
    n = len(view.words)
    k = cue.end
    if view.words[cue.start] == "no" and cue.start > 0 and _making(view, cue.start - 1):
        verb = cue.start - 1  # "makes no gallium"
    else:
        while k < n and view.words[k] in _BEFORE_VERB:
            k += 1
        if k >= n or not _making(view, k):
            return None
        verb = k
    k = max(verb + 1, cue.end)
    while k < n and view.words[k] in _BEFORE_GOODS:
        k += 1
    if any(view.gaps[j].strip() for j in range(cue.start + 1, k + 1) if j < n):
        return None
    return next((m for m in view.mentions if m.start == k and m.start != fact.target.start
                 and m.node_id == fact.target.node_id), None)


def _subject_of(view: SentenceView, cue: Cue, source: Mention) -> bool:
    """The nearest mention of the source's label before the cue is the source's node."""
    before = [m for m in view.mentions if m.end <= cue.start and m.label is source.label]
    return bool(before) and max(before, key=lambda m: m.end).node_id == source.node_id
