"""Part of stage 5: items that join, or are added to, goods a measure already restricts.

* "Five more metals - bismuth, indium and cobalt - join the seven controlled since April":
  the list before "join" is restricted by the measure after it, however long the group
  between them ("the seven medium and heavy rare earths restricted since April");
* "The notice adds bismuth, indium and cobalt to the metals already controlled since May":
  the list between "adds" and "to" is restricted by the measure after "to".

The list must end right before the verb (or "to"): in "Tungsten prices joined the rally" and
"Cobalt traders joined the talks on controls" the goods only qualify another noun. The
measure must follow in the same clause, before any word that opens another one ("the rally
after the controls").
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.schema import Label, RelType

_JOIN = frozenset({"join", "joins", "joined", "joining"})
_ADD = frozenset({"add", "adds", "added", "adding"})
_ITEMS = (Label.MATERIAL, Label.PRODUCT)
# words a list of goods may hold besides the goods: "five more elements - X, Y and Z -"
_LIST_WORDS = frozenset({
    "and", "or", "more", "other", "further", "additional", "new", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "several", "element", "metal", "material",
    "mineral", "product", "item", "good", "commodity", "earth", "rare", "also", "now"})
# words that open another clause before the measure is reached
_CLAUSE_WORDS = frozenset({
    "but", "while", "whereas", "although", "though", "yet", "after", "before", "as", "because",
    "despite", "amid", "when", "if", "unless", "until", "once", "so", "which", "who", "whose",
    "where", "than", "exempt", "exempted", "spared", "excluded", "free", "outside"})
_PRONOUNS = frozenset({"it", "they", "this", "that", "which", "also", "had", "has", "have"})
_STOPS = (";", ":", ".", "?", "!")
_REACH = 14


def _list_before(view: SentenceView, end: int) -> list[Mention]:
    """The goods of the list that ends right before word ``end``."""
    items = {m.end: m for m in view.of(*_ITEMS)}
    found: list[Mention] = []
    k = end
    while k > 0:
        if any(c in view.gaps[k] for c in _STOPS):
            break
        item = items.get(k)
        if item is not None:
            found.append(item)
            k = item.start
            continue
        if view.words[k - 1] not in _LIST_WORDS:
            break
        k -= 1
    if not found or found[0].end != end:
        return []
    return found


def _list_after(view: SentenceView, start: int) -> tuple[list[Mention], int]:
    """The goods of the list from word ``start`` up to a "to"; and the index of that "to"."""
    items = {m.start: m for m in view.of(*_ITEMS)}
    found: list[Mention] = []
    k = start
    while k < len(view.words) and k - start <= _REACH:
        if k > start and any(c in view.gaps[k] for c in _STOPS):
            break
        item = items.get(k)
        if item is not None:
            found.append(item)
            k = item.end
            continue
        if view.words[k] == "to":
            return (found, k) if found and found[-1].end == k else ([], -1)
        if view.words[k] not in _LIST_WORDS and view.words[k] not in ("the", "some", "certain"):
            break
        k += 1
    return [], -1


def _measure_after(view: SentenceView, start: int) -> Mention | None:
    """The first measure after word ``start`` in the same clause, within reach."""
    measures = {m.start: m for m in view.of(Label.RESTRICTION)}
    for k in range(start, min(len(view.words), start + _REACH)):
        if k > start and any(c in view.gaps[k] for c in _STOPS):
            return None
        if k in measures:
            return measures[k]
        if view.words[k] in _CLAUSE_WORDS:
            return None
    return None


def _adder(view: SentenceView, verb: int, measure: Mention) -> Mention | None:
    """What adds the goods covers them: a measure named before "adds" ("The notice adds X to
    the metals already controlled"); an unnamed "it" may be a package since paused ("It added
    X to the seven already under licensing"), so it gives nothing; an imposer ("Beijing added
    X to the metals it controls") leaves the measure after "to"."""
    before = [m for m in view.of(Label.RESTRICTION) if m.end <= verb]
    if before:
        return before[-1]
    if verb > 0 and view.words[verb - 1] in _PRONOUNS:
        return None
    return measure


def run(ctx: ArticleContext) -> None:
    # goods a pattern already ties to a measure of the sentence keep that reading ("That
    # package had added holmium ... to China's controls": the package, since suspended)
    have = {id(f.target) for f in ctx.facts
            if f.rel is RelType.RESTRICTS and not f.origin.startswith("scorer")}
    for view in ctx.sentences:
        words = view.words
        if not any(w in _JOIN or w in _ADD for w in words):
            continue
        for v, word in enumerate(words):
            if word in _JOIN:
                items, after = _list_before(view, v), v + 1
            elif word in _ADD:
                items, to = _list_after(view, v + 1)
                after = to + 1
            else:
                continue
            measure = _measure_after(view, after) if items else None
            if measure is not None and word in _ADD:
                measure = _adder(view, v, measure)
            if measure is None:
                continue
            for item in items:
                if id(item) not in have:
                    have.add(id(item))
                    ctx.facts.append(Fact(RelType.RESTRICTS, measure, item, view.index,
                                          "frame:joined-items", 0.75, view.text))


__all__ = ["run"]
