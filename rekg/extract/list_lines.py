"""Part of stage 5: items a measure covers, listed on lines of their own after it.

"The controls cover:" / "- gallium arsenide ..."; numbered ("1. Lithium-ion cells") and
lettered lines ("(a) gallium oxide;"), also when the sentence before them only says that what
follows is covered ("The following are controlled:", "The items are listed below:"): then
they belong to the measure named just before.
"""

from __future__ import annotations

import re

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_BULLETS = ("-", "•", "*", "–", "—")
_NUMBERED = re.compile(r"\s*\d{1,2}[.)]\s")  # "1. Lithium-ion cells ..." in one sentence
_ITEMS = (Label.MATERIAL, Label.PRODUCT)


_QUALIFIERS = frozenset({"with"})


def _bullet_items(view: SentenceView, start: int = 0) -> set[int]:
    """Word positions of a bullet line that name its items: up to a word that starts a
    description ("which", "used", "is"); a "with" phrase that qualifies one item ("cells with
    an energy density of 300 Wh/kg, cathode materials ...") ends at the next comma, and the
    list goes on ("for" or "in" may open a list of their own: "technologies for mining,
    smelting and magnet making"). A bullet "Europium: the activator in ..." names only what
    stands before the colon. ``start``: where the line's items begin in a sentence that also
    holds the lead ("The following are controlled: (a) tin")."""
    stops, words = word_sets()["list_stops"], view.words
    colon = next((k for k in range(start + 1, len(words)) if view.gaps[k] == ":"), len(words))
    listed: set[int] = set()
    paused = False
    for k in range(start, colon):
        if paused and view.gaps[k] == ",":
            paused = False
        if words[k] in stops:
            if words[k] not in _QUALIFIERS:
                break
            paused = True
        if not paused:
            listed.add(k)
    return listed


# "(a) gallium oxide;", "b) tin", "(iv) ...", "(2) ...": a lettered or bracketed list line
_LETTERED = re.compile(r"\s*(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|\d{1,2})\))\s")
_MARK = re.compile(r"[a-z]|[ivx]{1,4}|\d{1,2}")


def _inline_list(view: SentenceView) -> int:
    """Where a lettered list starts inside a sentence that opens it after a colon ("The
    following are controlled: (a) tin"): the first word after the mark; -1 otherwise."""
    for k in range(1, len(view.words) - 1):
        if view.gaps[k].replace(" ", "") in (":(", ":") and view.gaps[k + 1].startswith(")") \
                and _MARK.fullmatch(view.words[k]) is not None:
            return k + 1
    return -1


def _lead(view: SentenceView, recent: Mention | None) -> tuple[Mention | None, int]:
    """The measure a list opened by this sentence belongs to, and where the list starts in
    the sentence (its length when the list follows it): the last measure named before the
    colon; else, when the sentence only says that what follows is covered ("The items are
    listed below:", "The following are controlled:"), the measure named just before it."""
    inline = _inline_list(view)
    if inline < 0 and not view.text.rstrip().endswith(":"):
        return None, -1
    end = inline if inline >= 0 else len(view.words)
    measures = [m for m in view.of(Label.RESTRICTION) if m.start < end]
    sets = word_sets()
    words = view.words
    subject = next((k for k, w in enumerate(words[:end]) if w not in ("the", "these", "those",
                                                                     "new", "main")), 0)
    cued = any(w in sets["coverage_participles"] or (
        w in sets["enumeration_verbs"] and w not in ("is", "are")) for w in words[:end]) or (
        # "The rates are as follows:", "The main changes are these:"
        words[subject] in sets["list_lead_nouns"] and subject + 1 < end
        and words[subject + 1] in ("is", "are") and not view.mentions)
    if recent is not None and cued and all(m.props.get("verb") for m in measures):
        return recent, end
    return (measures[-1] if measures else None), end


def run(ctx: ArticleContext) -> None:
    """Items a measure covers, listed after it: bullet lines after a sentence that names a
    measure and ends in a colon ("the controls cover:" / "- lithium iron phosphate ..."),
    lettered lines too ("(a) gallium oxide;"), also when the sentence before them only says
    what follows is covered ("The following are controlled:")."""
    used_here = used(ctx)
    lead: Mention | None = None
    recent: tuple[Mention, int] | None = None  # the last measure a fact names, and where
    numbered = False  # the sentence before was only a list number ("2.")
    line_of = -1  # the paragraph of the list line just read
    for view in ctx.sentences:
        bullet = view.text.lstrip().startswith(_BULLETS) or numbered \
            or _NUMBERED.match(view.text) is not None or _LETTERED.match(view.text) is not None
        numbered = len(view.words) == 1 and view.words[0].isdigit()
        if numbered:
            continue
        if lead is not None and bullet:
            _list_line(ctx, view, lead, _bullet_items(view), used_here)
            line_of = view.paragraph
            continue
        if lead is not None and line_of == view.paragraph and not view.of(Label.RESTRICTION) \
                and not view.text.rstrip().endswith(":"):
            line_of = -1  # a second sentence of the bullet line before: the list goes on
            continue
        line_of = -1
        near = recent[0] if recent is not None and view.index - recent[1] <= 4 else None
        lead, end = _lead(view, near)
        if lead is not None and end < len(view.words):
            _list_line(ctx, view, lead, _bullet_items(view, end), used_here)
        here = [m for m in view.of(Label.RESTRICTION) if id(m) in used_here]
        recent = (here[-1], view.index) if here else recent


def used(ctx: ArticleContext) -> set[int]:
    """The measure mentions a fact names so far."""
    return {id(m) for f in ctx.facts for m in (f.source, f.target)
            if m.label is Label.RESTRICTION}


def _list_line(ctx: ArticleContext, view: SentenceView, lead: Mention, listed: set[int],
               used: set[int]) -> None:
    """The items of one list line; a line that names a measure before its items, or one that
    a fact already names, lists nothing ("- Gallium: the ban stays"), while a measure word
    among the items is only an item's word ("including ingots, blocks and powders")."""
    if not listed:
        return
    line = min(listed)
    items = [m for m in view.of(*_ITEMS) if m.start in listed]
    first = min((m.start for m in items), default=len(view.words))
    if any(m is not lead and m.start >= line and (id(m) in used or m.start < first)
           for m in view.of(Label.RESTRICTION)):
        return
    for item in items:
        ctx.facts.append(Fact(RelType.RESTRICTS, lead, item, view.index,
                              "frame:listed-after-colon", 0.7, view.text))


__all__ = ["run", "used"]
