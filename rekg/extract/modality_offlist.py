"""Part of the modality stage: an item the article says is off the list of a measure.

English tells an item left out of a measure with the item as the subject of a predicate of
absence: "Yttrium and scandium are not on it", "bismuth has never appeared on any of its
lists", "why scandium and yttrium stayed off the list", "gallium was left off", "tin is not
covered". Such a sentence states that the measure restricts nothing of those items, so
a restriction of the same item that only the scorer or a listing after a measure guessed,
anywhere in the article, is refused; a restriction a pattern reads in so many words ("added
rhenium to the list in May") stands.
"""

from __future__ import annotations

from rekg.extract.context import ArticleContext, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_ITEMS = frozenset({Label.MATERIAL, Label.PRODUCT})
_JOINS = frozenset({"and", "or", "nor", "both", "neither", "either"})
# the readings that guess an item's measure rather than read it in so many words: the scorer,
# and an item a sentence after a measure names ("It concerned rhenium")
_GUESSES = ("scorer", "frame:listed-next")
_LEADS = frozenset({"why", "how", "that", "while", "but", "and", "so", "as", "because",
                    "though", "although", "whereas"})


def _subjects(view: SentenceView, at: int) -> list[str]:
    """The items named outright as the subject right before word ``at``: one, or a list of
    them joined by "and", "or" or commas, opening the sentence or a clause (after a comma or
    a word such as "why", "but", "while")."""
    ends = {m.end: m for m in view.mentions if m.label in _ITEMS and m.form != "anaphor"}
    found: list[str] = []
    k, m = at, ends.get(at)
    while m is not None:
        found.append(m.node_id)
        k = m.start
        if k > 0 and view.words[k - 1] in _JOINS and (k - 1) in ends:
            m = ends[k - 1]  # "lanthanum and cerium"
        elif "," in view.gaps[k] and k in ends:
            m = ends[k]  # "tin, cobalt and nickel"
        else:
            m = None
    if found and k > 0 and view.words[k - 1] in _JOINS:
        k -= 1  # "both lanthanum and cerium"
    opens = k == 0 or any(c in view.gaps[k] for c in ",;:—(") or view.words[k - 1] in _LEADS
    return found if opens else []


def off_list(ctx: ArticleContext, dropped: set[int]) -> None:
    """Refuse the scorer's RESTRICTS facts of an item some sentence of the article says is off
    the list: the item is the subject of a predicate of absence (``off_list_predicates``)."""
    words = word_sets()["off_list_predicates"]
    off: set[str] = set()
    for view in ctx.sentences:
        low = view.words
        for k in range(1, len(low)):
            if low[k] in words.firsts and words.longest_at(low, k):
                off.update(_subjects(view, k))
    if not off:
        return
    for fact in ctx.facts:
        if fact.rel is RelType.RESTRICTS and fact.target.node_id in off \
                and fact.origin.startswith(_GUESSES) and id(fact) not in dropped:
            dropped.add(id(fact))
            ctx.refuse(fact.rel.value, fact.source, fact.target, fact.sentence,
                       "the article says the item is off the list", fact.origin)
