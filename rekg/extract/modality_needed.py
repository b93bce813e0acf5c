"""A need stated through what cannot be done without the input: "motors cannot run without
magnets", "without gallium, radar systems would not work", "without gallium, (there would be)
no radar". The negation there asserts the dependence, so it does not refuse the DEPENDS_ON fact
it frames."""

from __future__ import annotations

from rekg.extract.context import Cue, Fact, SentenceView
from rekg.extract.patterns import word_sets

_REACH = 4  # words at most from "without" to the input ("without small amounts of dysprosium")
# Only the patterns that read the whole phrasing; a scorer fact near a negation stays refused.
_ORIGINS = frozenset({"depends_on.cannot-without", "depends_on.without-cannot",
                      "depends_on.cannot-make-without", "depends_on.without-no",
                      "depends_on.no-without", "depends_on.no-substitute-in",
                      "depends_on.none-without"})


def needed_without(view: SentenceView, cue: Cue, fact: Fact) -> bool:
    """The negation cue is the "cannot" or the "without" of "X cannot ... without Y" or
    "without Y, X ... cannot" with X the dependent and Y the input of the fact."""
    if cue.name != "negation" or fact.origin not in _ORIGINS:
        return False
    words, source, target = view.words, fact.source, fact.target
    if fact.origin == "depends_on.no-substitute-in":  # "Y has no substitute in X"
        return target.end <= cue.start < source.start
    bare = next((k for k in range(target.start - 1, max(target.start - 1 - _REACH, -1), -1)
                 if words[k] == "without"), None)
    if bare is None:
        return False
    # "(there is) no X without Y", "no X can be built without Y"
    if fact.origin in ("depends_on.no-without", "depends_on.none-without"):
        return cue.start == bare or (
            cue.start < source.start and words[cue.start] == "no"
            and all(words[k] in word_sets()["filler"] for k in range(cue.start + 1, source.start)))
    if fact.origin == "depends_on.without-no":  # "without Y, (there would be) no X"
        nos = [k for k in range(bare + 1, source.start) if words[k] == "no"]
        return bool(nos) and (cue.start == bare or cue.start in nos)
    cannot = word_sets()["cannot_words"]
    if bare < source.start:  # "without Y, X ... cannot"
        lo, hi = source.end, min(source.end + 4, len(words))
    elif fact.origin == "depends_on.cannot-make-without":  # "one cannot build X without Y"
        lo, hi = max(source.start - 3, 0), source.start
    else:  # "X ... cannot ... without Y"
        lo, hi = source.end, bare
    spans = [(k, k + n) for k in range(lo, hi) if (n := cannot.longest_at(words, k))]
    return bool(spans) and any(cue.start in (bare, s) or s <= cue.start < e for s, e in spans)
