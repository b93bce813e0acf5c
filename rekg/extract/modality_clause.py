"""Clauses of a modality cue: a cue that speaks only in its own clause (``own_clause``)
leaves a fact in the clause before or after it standing."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Cue, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_AND = frozenset({"and", "but", "while", "whereas"})
_ADVERBS = frozenset({"eventually", "then", "later", "also", "soon", "thereafter"})


def other_clause(view: SentenceView, cue_start: int, cue_end: int, start: int,
                  end: int) -> bool:
    """The fact lies in another clause than the cue: "Lynas separates rare earths and is
    building capacity", "Sunrise is developing projects, and Sumitomo recovers scandium"."""
    if cue_start >= end:
        return any("," in view.gaps[k] or (view.words[k] in _AND and not _infinitive(view, k))
                   for k in range(end, cue_start + 1) if k < len(view.words))
    if cue_end <= start:
        return any(view.words[k] in _AND and "," in view.gaps[k] for k in range(cue_end, start))
    return False


def own_phrase(view: SentenceView, cue_start: int, cue_end: int, fact: Fact) -> bool:
    """A negating determiner inside the fact denies only its noun phrase: in "the US has no
    antimony mine and relies on imports from China" the reliance stands. The fact's first
    mention is before the cue, its second after an "and" that opens a verb of trade or need.
    A cue hyphened to the word before ("lead-free solders", "rare-earth-free magnets") speaks
    only of what it is hyphened to: a dependency with no mention ending at the cue
    stands, also the compound's own need ("cobalt-free batteries need nickel"). A maker in a
    clause after ";" or ", but" is not denied with the good before it (``_maker_apart``)."""
    if _own_object(view, cue_start, cue_end, fact) \
            or _maker_apart(view, cue_end, fact):
        return True
    sets = word_sets()
    first, second = sorted((fact.source, fact.target), key=lambda m: m.start)
    if fact.rel is RelType.DEPENDS_ON and cue_start > 0 and view.gaps[cue_start] == "-" \
            and cue_end - cue_start == 1:
        return all(m.end != cue_start for m in (first, second))
    if fact.rel is not RelType.SUPPLIES or cue_end - cue_start != 1 \
            or view.words[cue_start] not in sets["phrase_negators"] \
            or not first.end <= cue_start < cue_end <= second.start:
        return False
    for k in range(cue_end, second.start):
        if view.words[k] != "and":
            continue
        for j in range(k + 1, min(k + 4, second.start)):
            if view.words[j] in sets["conjoined_trade_verbs"]:
                return True
            if view.words[j] not in sets["filler"] and not view.words[j].endswith("ly"):
                break
    return False


def _maker_apart(view: SentenceView, cue_end: int, fact: Fact) -> bool:
    """"Neither lanthanum nor cerium is controlled; ... China produces most of them",
    "Neodymium is not covered by the rule, but China dominates its processing": the good
    stands in the cue's clause, its maker in a later one after ";" or ", but"."""
    good, maker = fact.target, fact.source
    if fact.rel is not RelType.PRODUCES or not good.start < maker.start:
        return False
    words, gaps = view.words, view.gaps
    return any(";" in gaps[k] or (words[k] == "but" and "," in gaps[k])
               for k in range(max(good.end, cue_end), maker.start + 1))


def _own_object(view: SentenceView, cue_start: int, cue_end: int, fact: Fact) -> bool:
    if fact.rel not in (RelType.TARGETS, RelType.RESTRICTS):
        return False
    return own_measure_after(view, cue_start, cue_end, max(fact.source.end, fact.target.end),
                             (fact.source, fact.target))


def own_measure_after(view: SentenceView, cue_start: int, cue_end: int, end: int,
                      ends: tuple[Mention, ...] = ()) -> bool:
    """A cue in a later predicate that names its own measure speaks of that measure: in
    "Washington halved its tariff on Chinese goods, dropped the threatened levy and ..." the
    tariff (named before ``end``) stands. Not an anaphor of it ("and dropped it")."""
    if cue_start < end or not any("," in view.gaps[k] or view.words[k] == "and"
                                  for k in range(end, min(cue_start + 1, len(view.words)))):
        return False
    return any(m.form != "anaphor" and all(m is not e for e in ends)
               and cue_end <= m.start <= cue_end + 6
               and not any(g.strip() for g in view.gaps[cue_end + 1:m.start + 1])
               for m in view.of(Label.RESTRICTION))


def _infinitive(view: SentenceView, k: int) -> bool:
    """ "... and eventually to supply": the "and" joins another infinitive of the same verb."""
    j = k + 1
    while j < len(view.words) and (view.words[j].endswith("ly") or view.words[j] in _ADVERBS):
        j += 1
    return j < len(view.words) and view.words[j] == "to"



def across_semicolon(ctx: ArticleContext, dropped: set[int]) -> None:
    """A scorer's measure whose ends stand on either side of ";" joins two statements: "That ban
    remains in place; the memorandum concerns magnets" says nothing of a ban on magnets."""
    for fact in ctx.facts:
        if not fact.origin.startswith("scorer:") or id(fact) in dropped \
                or fact.rel not in (RelType.RESTRICTS, RelType.TARGETS):
            continue
        view = ctx.sentences[fact.sentence]
        lo = min(fact.source.end, fact.target.end)
        hi = max(fact.source.start, fact.target.start)
        semis = [k for k in range(lo, min(hi + 1, len(view.gaps))) if ";" in view.gaps[k]]
        group = fact.target.group
        if semis and group >= 0 and any(m.group == group and lo <= m.start < semis[0]
                                        for m in view.mentions):
            continue  # the target is one of the goods a colon lists, apart by semicolons
        if lo < hi <= len(view.words) and semis:
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "its ends stand in two statements joined by ';'", fact.origin)


def untouched(view: SentenceView, cue: Cue, fact: Fact) -> bool:
    """A negation whose verb leaves a measure as it is ("the deal does not touch the April
    licensing of dysprosium", "the statement does not address US duties on steel") denies the
    deal's reach, not the measure: facts named from the measure on stand. The measure must
    follow the verb at once, "the rules do not affect neodymium" stays denied."""
    if cue.name not in ("negation", "neither-nor"):
        return False
    sets, low = word_sets(), view.words
    countries = {i for m in view.of(Label.COUNTRY, Label.ORGANIZATION)
                 for i in range(m.start, m.end)}
    k = cue.end
    leads = sets["negation_verb_leads"]  # "neither country has endorsed", "nor Korea has"
    while k < min(len(low), cue.end + 6) and (low[k] in sets["filler"] or low[k] in leads
                                              or low[k] == "nor" or k in countries):
        k += 1
    verb = sets["untouched_verbs"].longest_at(low, k)
    if not verb:
        return False
    k += verb
    for _ in range(5):
        if k < len(low) and (low[k] in sets["filler"] or low[k] in sets["measure_modifiers"]
                             or k in countries or low[k].isdigit() or low[k] in ("'s", "’s")):
            k += 1
    measure = next((m for m in view.of(Label.RESTRICTION) if m.start == k), None)
    return measure is not None and measure in (fact.source, fact.target) and min(
        fact.source.start, fact.target.start) >= cue.end


_CLAUSE_OPENERS = frozenset({"and", "so"})
_OUTPUT_OR_TRADE = (RelType.PRODUCES, RelType.SUPPLIES)


def later_clause(view: SentenceView, cue_start: int, cue_end: int, fact: Fact) -> bool:
    """A negation in the first of two clauses joined by ", and" or ", so" leaves the output or
    sale the second clause states standing, its subject carried over: "X has no refinery of
    its own, so its ore has been shipped to Y", "X grinds scrap without dismantling it, and
    then separates neodymium". The second clause must have a verb before the later end. A
    fact wholly after the cue stands when the clause is there to part them ("A and B are not
    controlled, and China produces most of them")."""
    if fact.rel not in _OUTPUT_OR_TRADE:
        return False
    first, second = sorted((fact.source, fact.target), key=lambda m: m.start)
    if not (first.end <= cue_start or cue_end <= first.start) or cue_end > second.start:
        return False
    sets = word_sets()
    words = view.words
    for k in range(cue_end, second.start):
        if words[k] not in _CLAUSE_OPENERS or "," not in view.gaps[k]:
            continue
        return any(words[j] in sets["clause_verbs"] or words[j] in sets["make_verbs"]
                   or words[j] in sets["conjoined_trade_verbs"]
                   for j in range(k + 1, second.start))
    return False
