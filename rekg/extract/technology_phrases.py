"""Technologies named after the noun: "technologies for rare earth mining, smelting and
separation", "technology used to extract and separate rare earths". The phrase names the
rare-earth chain's technology, one node, as "rare earth mining and smelting technology" does."""

from __future__ import annotations

from rekg.extract.context import Mention, SentenceView
from rekg.extract.made_with import made_with
from rekg.extract.patterns import word_sets
from rekg.loaders.lexicon import Lexicon
from rekg.schema import Label

_OPENERS = (("for",), ("of",), ("to",), ("used", "to"), ("needed", "to"))


def _rare_earth(low: list[str], k: int) -> int:
    """The end of "rare earth" (or "the rare earth") at k, or -1."""
    if low[k:k + 1] == ["the"]:
        k += 1
    return k + 2 if low[k:k + 2] == ["rare", "earth"] else -1


def _steps_end(view: SentenceView, k: int, steps: frozenset[str], parts: frozenset[str]) -> int:
    """The end of a list of steps from k ("mining, smelting and separation"), or k."""
    low, end, last = view.words, k, k
    while last < len(low):
        word = low[last]
        if word in steps and (last == k or view.gaps[last] in ("", "-", ",")):
            last += 1
            end = last
        elif word in parts and last + 1 < len(low) and low[last + 1] in steps:
            last += 1  # "metal production", "magnet-making"
        elif word in ("and", "or") and last > k and view.gaps[last] in ("", ","):
            last += 1
        else:
            break
    return end


def post_nominal(view: SentenceView, lexicon: Lexicon) -> None:
    """The rare-earth chain's technology first, then other goods named by what they make."""
    _chain(view, lexicon)
    made_with(view, lexicon)


def _chain(view: SentenceView, lexicon: Lexicon) -> None:
    sets = word_sets()
    steps, parts = sets["technology_steps"].singles, sets["technology_step_parts"].singles
    low = view.words
    entry = lexicon.find(Label.PRODUCT, "rare earth extraction technology")
    if entry is None:
        return
    taken = {k for m in view.mentions for k in range(m.start, m.end)}
    for i, word in enumerate(low):
        if word != "technology" or i in taken or not view.tokens[i].text.islower():
            continue
        opener = next((o for o in _OPENERS if tuple(low[i + 1:i + 1 + len(o)]) == o), None)
        if opener is None:
            continue
        k = i + 1 + len(opener)
        named = _rare_earth(low, k)
        first = named if named > 0 else k
        end = _steps_end(view, first, steps, parts)
        if end == first:
            continue
        after = _rare_earth(low, end)
        if named < 0 and after < 0:
            continue  # only the rare-earth chain's technology has a node of its own
        end = max(end, after)
        # the span is the noun alone: "rare earths" inside the phrase stay a mention of their own
        view.mentions.append(Mention(Label.PRODUCT, entry.id, entry.name, i, i + 1,
                                     view.span_text(i, end), "alias",
                                     kind=entry.properties.get("sector"), entry=entry))
