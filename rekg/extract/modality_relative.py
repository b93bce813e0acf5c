"""Part of the modality stage: a cue inside a relative clause set off by commas speaks of that
clause only. In "Japan, which has no gallium mines, buys gallium from China" the "no" denies
Japan's mines, not the purchase; "Japan, which has no gallium mines" itself stays denied. And a
cue of the main clause does not reach a use told in a clause set beside its object: in "the
rules do not cover gallium, a metal used in radar" the "not" denies the cover, not the use."""

from __future__ import annotations

from rekg.extract.context import Cue, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_RELATIVE = frozenset({"which", "who", "whose"})
_BREAKS = (",", ";", ":", "—", "(", ")")
# Measures keep their own reach: "the controls, which would have added holmium, ..."; only a
# clause on a named actor is another's ("Zambia, which denies dumping copper, banned ...")
_RELATIONS = frozenset({RelType.PRODUCES, RelType.SUPPLIES})
_MEASURE_RELATIONS = frozenset({RelType.IMPOSES, RelType.RESTRICTS, RelType.TARGETS})
_ACTORS = (Label.COUNTRY, Label.ORGANIZATION, Label.PERSON)


def _list_comma(view: SentenceView, j: int) -> bool:
    """The comma before word ``j`` joins two items of one list ("holmium, erbium")."""
    ends = {m.group for m in view.mentions if m.end == j and m.group >= 0}
    return any(m.start == j and m.group in ends for m in view.mentions)


# Words that open a clause set beside a noun: ", which is used in", ", a metal used in",
# ", the elements that", ", found in", ", essential for".
_BESIDE = frozenset({"which", "a", "an", "the", "one", "both", "two", "found", "essential",
                     "vital", "key", "critical", "crucial"})


def _use_beside(view: SentenceView, cue: Cue, fact: Fact) -> bool:
    """The cue stands before both ends, and the later end lies in a clause set beside the
    earlier one (or its list): the clause tells the use, the cue speaks of the main verb."""
    first, second = sorted((fact.source, fact.target), key=lambda m: m.start)
    if cue.end > first.start or not all(any(m is n for n in view.mentions)
                                        for m in (first, second)):
        return False
    gaps = view.gaps
    # from the first end's own start: "..., the elements that torpedoes need" is beside
    end = next((k for k in range(first.start, second.start + 1)
                if "," in gaps[k] and not _list_comma(view, k)), -1)
    if end < 0 or any(c in gaps[k] for k in range(first.start, end + 1)
                      for c in _BREAKS if c != ","):
        return False
    word = view.words[end]
    return word in _BESIDE or (word.endswith("ed") and view.tokens[end].text.islower())


_THAT = frozenset({"that", "which"})


def _need_in_relative(view: SentenceView, cue: Cue, fact: Fact) -> bool:
    """The cue stands before both ends and the need is told in a relative clause on the
    earlier end, with "that" or without: in "Silmet does not separate the dysprosium that motor
    magnets need" the "not" denies the separation, not the magnets' need. A cue inside the
    clause still speaks of it."""
    first, second = sorted((fact.source, fact.target), key=lambda m: m.start)
    if cue.end > first.start or first.end == first.start:
        return False
    opening = max((m.end for m in view.mentions if first.group >= 0 and m.group == first.group),
                  default=first.end)
    if _zero_relative(view, opening, second):
        return True
    if opening >= second.start or view.words[opening] not in _THAT:
        return False
    return not any(c in view.gaps[k] for k in range(opening + 1, second.end)
                   for c in _BREAKS)


_OWNERS = frozenset({"its", "their", "our", "your", "the"})


def _zero_relative(view: SentenceView, opening: int, second: Mention) -> bool:
    """"none of the magnets its cars and drones rely on": a relative clause with no "that",
    whose subject (the other end, or its list) comes right after the object and whose verb of
    need right after the subject."""
    words, sets = view.words, word_sets()
    members = [m for m in view.mentions if second.group >= 0 and m.group == second.group]
    start = min((m.start for m in members), default=second.start)
    last = max((m.end for m in members), default=second.end)
    if start not in (opening, opening + 1) or (start > opening and words[opening] not in _OWNERS) \
            or any(view.gaps[k] for k in range(opening, start + 1)):
        return False
    return last < len(words) and not view.gaps[last] and (
        words[last] in sets["need_verbs"] or words[last] in sets["rely_verbs"])


def _source_relative(view: SentenceView, cue: Cue, fact: Fact) -> bool:
    """The fact is told in the source's own ", which ..." clause and the cue stands before the
    source: in "the plan backs projects, including Acme at Kell Port, which makes gallium" the
    projects are planned, Acme's making is not. The clause opens at most four words (a place:
    "at Kell Port") after the source and reaches the target without another comma."""
    source, target = fact.source, fact.target
    if cue.end > source.start or target.start <= source.end:
        return False
    gaps, low = view.gaps, view.words
    opening = next((k for k in range(source.end, min(source.end + 5, target.start))
                    if gaps[k]), -1)
    if opening < 0 or gaps[opening] != "," or low[opening] not in _RELATIVE:
        return False
    return not any(gaps[k] and not _list_comma(view, k)
                   for k in range(opening + 1, target.start + 1))


def in_other_relative(view: SentenceView, cue: Cue, fact: Fact) -> bool:
    """The cue stands in a ", which ... ," clause that names neither end of the fact, or a
    use is told beside the object of the cue's clause, or the fact in the source's own
    relative clause after the cue."""
    if fact.rel is RelType.DEPENDS_ON:
        return _use_beside(view, cue, fact) or _need_in_relative(view, cue, fact)
    measure = fact.rel in _MEASURE_RELATIONS
    if fact.rel not in _RELATIONS and not measure:
        return False
    if not measure and _source_relative(view, cue, fact):
        return True
    gaps = view.gaps
    opening = next((k for k in range(cue.start, -1, -1)
                    if any(c in gaps[k] for c in _BREAKS)), None)
    if opening is None or view.words[opening] not in _RELATIVE or "," not in gaps[opening]:
        return False
    if measure and not any(m.end == opening for m in view.of(*_ACTORS)):
        return False
    closing = next((j for j in range(cue.end, len(view.words))
                    if "," in gaps[j] and not _list_comma(view, j)),
                   len(view.words) if measure else None)
    if closing is None or any(c in gaps[j] for j in range(cue.end, closing)
                              for c in _BREAKS if c != ","):
        return False
    ends = {fact.source.node_id, fact.target.node_id}
    if any(opening <= m.start < closing and m.node_id in ends for m in view.mentions):
        return False  # "Japan, which has no gallium mines, mines gallium": the clause is the fact's
    return all(m.end <= opening or m.start >= closing
               for m in (fact.source, fact.target) if m.end > m.start)
