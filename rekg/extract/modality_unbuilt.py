"""Part of the modality stage: an output named as the subject of its clause, by the site or work
that would make it, is none when the clause's verb says that site is not (yet) working:
"Vantor's cobalt refinery is still being built", "Gallium recovery at its Ohio smelter is being
considered", "Ruvia's last tin smelter closed in 2015", "Kestrel's nickel plant, once the
largest in the region, stopped in 2019". The subject must run from the clause's start through
the goods to a noun of a site or of making; a relative clause after it (", which ...,") is
passed over. A site said to restart later in the sentence keeps its output."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import RelType

_HEADS = frozenset({"producer", "operation", "project", "recovery", "output", "production",
                    "unit", "works"})
_JOINS = frozenset({"and", "but", "while", "whereas", "although", "though"})
_AUX = frozenset({"is", "are", "was", "were", "has", "have", "had", "remain", "remains",
                  "still", "also", "only", "now", "yet", "been"})
_BEING = frozenset({"considered", "studied", "built", "developed", "constructed", "designed",
                    "planned", "evaluated", "assessed", "discussed", "weighed"})
_UNDER = frozenset({"construction", "consideration", "study", "development", "review"})
_ENDED = frozenset({"stopped", "closed", "ceased", "halted", "shut", "mothballed", "idled"})
# what may follow a verb of ending for it to end the site itself, not one of its trades
_ENDED_WHAT = frozenset({"in", "at", "after", "when", "since", "last", "year", "years", "decade",
                         "decades", "down", "production", "output", "operation", "operating",
                         "producing", "construction", "work", "mining", "refining"})
_RESTARTS = ("restart", "resum", "reopen", "revive", "revived")
_LEAD = 3  # words before the subject's first mention: "the", "its", "Germany's last"
_REACH = 8  # words of the subject after the goods: "recovery at its Ohio zinc smelter"


def _clause_start(view: SentenceView, at: int) -> int:
    start = 0
    for k in range(1, at + 1):
        if any(c in view.gaps[k] for c in ";:") or (
                view.words[k - 1] in _JOINS and "," in view.gaps[k - 1]):
            start = k
    return start


def _predicate(words: list[str], k: int) -> str | None:
    """The words from ``k`` say the subject is not (yet) working, or None."""
    j = k
    while j < len(words) and words[j] in _AUX:
        j += 1
    rest = words[j:j + 2]
    if not rest:
        return None
    if j > k and rest[0] == "being" and len(rest) > 1 and rest[1] in _BEING:
        return " ".join(words[k:j + 2])
    if j > k and rest[0] == "under" and len(rest) > 1 and rest[1] in _UNDER:
        return " ".join(words[k:j + 2])
    if j > k and rest[0] in ("not", "never") and len(rest) > 1 and rest[1] in (
            "started", "built", "producing", "begun"):
        return " ".join(words[k:j + 2])
    if rest[0] in _ENDED and (len(rest) == 1 or rest[1] in _ENDED_WHAT):
        return " ".join(words[k:j + 1])
    return None


def _unbuilt(view: SentenceView, fact: Fact, making: frozenset[str]) -> str | None:
    words = view.words
    first = min(fact.source.start, fact.target.start)
    last = max(fact.source.end, fact.target.end)
    between = words[min(fact.source.end, fact.target.end):max(fact.source.start,
                                                                fact.target.start)]
    if first - _clause_start(view, first) > _LEAD or any(w in making for w in between) \
            or any("," in view.gaps[k] for k in range(first + 1, last)):
        return None  # "Acme makes gallium at a plant ...": a verb between producer and goods
    k, head = fact.target.end, False
    while k < len(words) and k - fact.target.end <= _REACH:
        if view.gaps[k] and "," in view.gaps[k] and k >= last:
            if k < len(words) and words[k] in ("which", "once", "the", "a", "who"):
                close = next((j for j in range(k + 1, len(words)) if "," in view.gaps[j]), None)
                if close is None:
                    return None
                k = close  # ", which was meant to be its first mine," is passed over
                break
            return None
        if view.gaps[k] and any(c in view.gaps[k] for c in ";:—"):
            return None
        if words[k] in ("that", "which", "who", "where"):
            return None
        if k >= last and (words[k] in _AUX or words[k] in _ENDED):
            break
        if words[k] in _HEADS or words[k] in word_sets()["site_nouns"]:
            head = True
        k += 1
    else:
        return None
    if not head or k >= len(words) or any(w.startswith(_RESTARTS) for w in words[k:]):
        return None
    return _predicate(words, k)


def unbuilt_output(ctx: ArticleContext, dropped: set[int]) -> None:
    """Refuse each PRODUCES fact whose goods lead the subject of a clause said not (yet) to
    work."""
    making = word_sets()["make_verbs"]
    refused: list[Fact] = []
    for fact in ctx.facts:
        if fact.rel is not RelType.PRODUCES or id(fact) in dropped:
            continue
        if why := _unbuilt(ctx.sentences[fact.sentence], fact, making):
            refused.append(fact)
            _refuse(ctx, fact, dropped, f"the goods' site is not working: '{why}'")
    # the same producer and goods again, by one of the refused fact's own mentions ("MP's
    # ore ...; the company's heavy rare earth line is still being built" read from "MP")
    for fact in ctx.facts:
        if fact.rel is RelType.PRODUCES and id(fact) not in dropped and any(
                r.sentence == fact.sentence and r.source.node_id == fact.source.node_id
                and r.target.node_id == fact.target.node_id
                and (r.source.start == fact.source.start or r.target.start == fact.target.start)
                for r in refused):
            _refuse(ctx, fact, dropped, "the goods' site is not working, said of this output")


def _refuse(ctx: ArticleContext, fact: Fact, dropped: set[int], why: str) -> None:
    dropped.add(id(fact))
    ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence, why, fact.origin)
