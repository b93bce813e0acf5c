"""Part of the modality stage: a measure that its own sentence takes up again, after a join, as
suspended or lifted restricts and targets nothing there: "China imposed licences on gallium, but
the measure was suspended in November", "..., though that step was later lifted", "..., a
measure it suspended in November", "..., but Beijing lifted the ban in June". The measure taken
up is the last one named before the join; a noun that says which measure it is ("the ban on
tungsten") names another, and "will be lifted" pauses nothing yet."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Cue, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_PAUSING = frozenset({"suspended", "suspended-object", "lifted"})
_JOINS = frozenset({"but", "though", "although", "yet", "and", "while", "before"})
_DETERMINERS = frozenset({"the", "that", "this", "these", "those"})
_APPOSED = frozenset({"a", "an"})  # ", a measure it suspended in November"
_RELATIVES = frozenset({"that", "which"})
_BE = frozenset({"was", "were", "is", "are", "been"})
_ADVERBS = frozenset({"also", "later", "since", "then", "subsequently", "formally", "quickly",
                      "promptly", "briefly", "temporarily", "partly", "largely", "itself",
                      "now", "soon"})
_QUALIFIERS = frozenset({"on", "of", "against", "for", "to", "covering", "that", "which"})
_STILL = frozenset({"remain", "remains", "still", "stays", "stay"})
_SUBJECT_WORDS = 3  # "it", "Beijing", "the commerce ministry" before an active pausing verb


def paused_later(ctx: ArticleContext, dropped: set[int]) -> None:
    by_sentence: dict[int, set[str]] = {}
    for view in ctx.sentences:
        cues = [c for c in view.cues if c.name in _PAUSING]
        if not cues or not _STILL.isdisjoint(view.words):
            continue  # "the licences remain, but the ban was lifted": two measures
        for cue in cues:
            antecedent = _taken_up(view, cue)
            if antecedent is not None:
                by_sentence.setdefault(view.index, set()).add(antecedent.node_id)
    if not by_sentence:
        return
    for fact in ctx.facts:
        if id(fact) in dropped or fact.rel not in (RelType.RESTRICTS, RelType.TARGETS) \
                or fact.source.node_id not in by_sentence.get(fact.sentence, ()):
            continue
        dropped.add(id(fact))
        ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                   "the sentence takes the measure up again as suspended or lifted", fact.origin)


def _taken_up(view: SentenceView, cue: Cue) -> Mention | None:
    """The measure named before a join that the clause holding ``cue`` pauses, if any."""
    join = _clause_start(view, cue)
    if join is None:
        return None
    measures = [m for m in view.of(Label.RESTRICTION) if m.end <= join and m.form != "anaphor"]
    return max(measures, key=lambda m: m.start) if measures else None


def _clause_start(view: SentenceView, cue: Cue) -> int | None:
    """Where the clause that pauses a measure by an anaphor opens, or None."""
    words = view.words
    k = cue.start - 1
    while k >= 0 and words[k] in _ADVERBS:
        k -= 1
    if k >= 1 and words[k] in _BE and cue.name != "suspended-object":
        # passive: "but the measure was (later) suspended", "but it was lifted"
        k -= 1
        if words[k] in ("has", "had", "have"):
            k -= 1
        subject = _anaphor_before(words, k)
        if subject is None:
            return None
        return _joined(view, subject)
    if not _past(words[cue.start]):
        return None
    after = cue.end
    while after < len(words) and words[after] in _ADVERBS:
        after += 1
    if after < len(words) and _anaphor_at(words, after):
        # active with the anaphor as object: "but Beijing suspended the measure in November"
        return next((start for start in range(k, max(-1, k - _SUBJECT_WORDS), -1)
                     if _joined(view, start + 1) is not None), None)
    # apposition: ", a measure (that) it (later) suspended"
    for start in range(k, max(-1, k - _SUBJECT_WORDS - 1), -1):
        if start >= 1 and words[start] in _RELATIVES:
            continue
        if start >= 1 and words[start - 1] in _APPOSED and view.gaps[start - 1] == "," \
                and _measure_noun(words[start]):
            return start - 1
    return None


def _anaphor_before(words: list[str], k: int) -> int | None:
    """Where the subject "it" or "the measure" ending at ``k`` starts."""
    if k >= 0 and words[k] == "it":
        return k
    if k >= 1 and words[k - 1] in _DETERMINERS and _measure_noun(words[k]):
        return k - 1
    return None


def _anaphor_at(words: list[str], k: int) -> bool:
    """"the measure", "that ban", "it", with nothing after it that says which measure."""
    if words[k] == "it":
        return True
    return k + 1 < len(words) and words[k] in _DETERMINERS and _measure_noun(words[k + 1]) \
        and not (k + 2 < len(words) and words[k + 2] in _QUALIFIERS)


def _measure_noun(word: str) -> bool:
    return (word,) in word_sets()["measure_anaphors"].phrases


def _joined(view: SentenceView, subject: int) -> int | None:
    """The join right before the clause whose subject starts at ``subject``: ", but", "though",
    ", and"; None when the clause is the sentence's first."""
    j = subject - 1
    return j if j >= 1 and view.words[j] in _JOINS else None


def _past(word: str) -> bool:
    return word.endswith("ed") or word in ("withdrew", "withdrawn", "undone", "struck")
