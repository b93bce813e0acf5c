"""Part of the modality stage: a clause that denies the output its own sentence has just
named takes the output back. "Ostvia holds clay deposits in its north, but it does not mine
them yet", "Veltra owns a monazite deposit but has never mined it", "Kestrel has lithium
deposits in Nevada, though it does not produce any lithium yet": deposits, a licence or a plant
named before the join are what an output was read from, and the negated verb of making after
it says no output exists. The denied goods are a pronoun ("them", "it", "any") standing for
what came before, or the same goods named again."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, SentenceView
from rekg.extract.modality_unmade import negated_verb
from rekg.schema import Label, RelType

_JOINS = frozenset({"but", "though", "although", "yet", "while"})
_SUBJECTS = frozenset({"it", "they", "the", "company", "country", "firm", "group", "miner",
                       "government", "state", "itself"})
_SUBJECT_WORDS = 3  # "it", "the company", "the state miner" before the negated verb
_PRONOUNS = frozenset({"them", "it", "any", "those", "these", "that", "this", "either"})
_GOODS = frozenset({Label.MATERIAL, Label.PRODUCT})
_NEGATIONS = frozenset({"not", "never", "doesn't", "hasn't", "didn't", "cannot"})


def _denials(view: SentenceView) -> list[tuple[int, set[str] | None]]:
    """(where the join stands, the goods' nodes it denies, or None for "what came before")."""
    words = view.words
    found: list[tuple[int, set[str] | None]] = []
    for j, word in enumerate(words):
        if word not in _JOINS or j == 0:
            continue
        for start in range(j + 1, min(len(words), j + 2 + _SUBJECT_WORDS)):
            if start > j + 1 and words[start - 1] not in _SUBJECTS and not any(
                    m.start <= start - 1 < m.end and m.label in (Label.COUNTRY,
                                                                 Label.ORGANIZATION)
                    for m in view.mentions):
                break  # the words before the verb must be its subject
            verb = negated_verb(view, start)
            if verb < 0:
                continue
            after = verb + 1
            while after < len(words) and not view.gaps[after] and words[after] in ("yet", "of"):
                after += 1
            goods = {m.node_id for m in view.mentions
                     if m.label in _GOODS and after <= m.start <= after + 2 and m.node_id}
            if goods:
                found.append((j, goods))
            elif after < len(words) and words[after] in _PRONOUNS:
                found.append((j, None))
            break
    return found


def output_taken_back(ctx: ArticleContext, dropped: set[int]) -> None:
    """Refuse each PRODUCES fact whose goods stand before a join that its sentence's negated
    verb of making takes back."""
    denied: dict[int, list[tuple[int, set[str] | None]]] = {}
    for view in ctx.sentences:
        if not _NEGATIONS.isdisjoint(view.words) and (found := _denials(view)):
            denied[view.index] = found
    if not denied:
        return
    for fact in ctx.facts:
        if fact.rel is not RelType.PRODUCES or id(fact) in dropped \
                or fact.sentence not in denied:
            continue
        if any(fact.target.end <= j and fact.source.start < j
               and (goods is None or fact.target.node_id in goods)
               for j, goods in denied[fact.sentence]):
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "a clause after it denies the output", fact.origin)
