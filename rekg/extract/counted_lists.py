"""Part of stage 5: a measure on a counted class ("licences for seven rare earths", "the five
heavy rare earths") restricts the items of the list of exactly that many items that the
article gives nearby, before or after ("Samarium, gadolinium, ... and yttrium")."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_ITEMS = (Label.MATERIAL, Label.PRODUCT)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_REACH = 6  # sentences between the counted class and its list
_NEGATIONS = frozenset({"not", "never", "no", "neither", "nor", "n't", "except", "excluding"})


def _count(view: SentenceView, item: Mention) -> int:
    """The number before the class noun, over words of the `count_modifiers` set
    ("seven medium and heavy rare earths"); 0 when there is none."""
    between = word_sets()["count_modifiers"]
    k = item.start - 1
    while k >= 0 and view.words[k] in between and not view.gaps[k + 1] and \
            item.start - k <= 4:
        k -= 1
    if k < 0 or view.gaps[k + 1] or view.covered(k, k + 1):
        return 0
    word = view.words[k]
    return _NUMBERS.get(word, int(word) if word.isdigit() and 1 < int(word) <= 20 else 0)


def _lists(ctx: ArticleContext) -> list[tuple[int, list[Mention]]]:
    """(sentence, members) of every coordinated list of items not in a negated sentence."""
    found = []
    for view in ctx.sentences:
        if _NEGATIONS & set(view.words):
            continue
        groups: dict[int, list[Mention]] = {}
        for m in view.mentions:
            if m.group >= 0 and m.form != "anaphor":
                groups.setdefault(m.group, []).append(m)
        for members in groups.values():
            members.sort(key=lambda m: m.start)
            if len(members) > 2 and members[0].end < len(view.words) \
                    and ":" in view.gaps[members[0].end]:
                members = members[1:]  # "heavy rare earths: samarium, ...": the class heads it
            if all(m.label in _ITEMS for m in members):
                found.append((view.index, members))
    return found


def run(ctx: ArticleContext) -> None:
    lists = _lists(ctx)
    for fact in list(ctx.facts):
        if fact.rel is not RelType.RESTRICTS or fact.target.in_list \
                or fact.origin.startswith("scorer"):
            continue
        view = ctx.sentences[fact.sentence]
        if not any(m is fact.target for m in view.mentions):
            continue
        n = _count(view, fact.target)
        if not n:
            continue
        near = [(abs(s - fact.sentence) + (0.5 if s < fact.sentence else 0), s, members)
                for s, members in lists if abs(s - fact.sentence) <= _REACH
                and len({m.node_id for m in members}) == n]
        if not near:
            continue
        _, sentence, members = min(near, key=lambda x: x[0])
        for m in members:
            ctx.facts.append(Fact(RelType.RESTRICTS, fact.source, m, sentence,
                                  "frame:counted-list", 0.65, ctx.sentences[sentence].text))


__all__ = ["run"]
