"""Gapped quantities: "each frigate needs about 900 kilograms of rare earths, a tank about
300 kilograms and a patrol boat about 650 kilograms" states the verb and the material once;
every later clause of the list is only a product and its amount. So is "puts the rare earth
content of a frigate at about 880 kilograms, a tank at about 0.3 tonnes".

A clause counts when it opens after a comma, a semicolon, "and" or "while" with a product that
is followed, with nothing but a word of about-ness (and "at"), by a number and a unit of mass.
Its product needs what the first clause's product was found to need by a quantity: a
DEPENDS_ON fact of the same sentence whose input, a material, is counted in a unit of mass
("900 kilograms of rare earths", or the unit standing for the material, "needs about 300
kilograms")."""

from __future__ import annotations

from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.schema import Label, RelType

_OPENERS = frozenset({"and", "while", "whereas"})
_ARTICLES = frozenset({"a", "an", "the", "each", "every", "one", "single"})
_ABOUT = frozenset({"about", "around", "roughly", "nearly", "almost", "some", "approximately",
                    "over", "under", "more", "than", "less", "at", "least", "up", "to", "just",
                    "only", "another", "perhaps"})
_NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                      "ten", "a", "several", "half", "dozen", "hundred", "thousand"})


def _number_then_unit(view: SentenceView, k: int) -> bool:
    """Words from ``k`` are about-ness words, a number, then a unit of mass."""
    words, units = view.words, word_sets()["mass_units"]
    while k < len(words) and words[k] in _ABOUT:
        k += 1
    seen = False
    while k < len(words) and (words[k].replace(".", "").isdigit() or words[k] in _NUMBERS):
        seen, k = True, k + 1
    return seen and k < len(words) and words[k] in units


def _counted(view: SentenceView, input_: Mention) -> bool:
    """The input is a counted amount: "420 kilograms of rare earths" or the unit itself."""
    words, units = view.words, word_sets()["mass_units"]
    if input_.form == "anaphor" and words[input_.end - 1] in units:
        return True
    return input_.start >= 2 and words[input_.start - 1] == "of" \
        and words[input_.start - 2] in units


def _opens_clause(view: SentenceView, m: Mention) -> bool:
    k = m.start
    while k > 0 and view.words[k - 1] in _ARTICLES:
        k -= 1
    if k == 0:
        return False
    return "," in view.gaps[k] or ";" in view.gaps[k] or view.words[k - 1] in _OPENERS


def _content_of(view: SentenceView) -> tuple[Mention, Mention] | None:
    """"the rare earth content of a frigate at about 880 kilograms": the material and product."""
    words = view.words
    for m in view.of(Label.MATERIAL):
        if words[m.end:m.end + 2] != ["content", "of"]:
            continue
        k = m.end + 2
        while k < len(words) and words[k] in _ARTICLES:
            k += 1
        whole = next((p for p in view.of(Label.PRODUCT) if p.start == k), None)
        if whole is not None and _number_then_unit(view, whole.end):
            return whole, m
    return None


def gapped_facts(ctx: ArticleContext, view: SentenceView) -> list[Fact]:
    own = {id(m) for m in view.mentions}  # a fact may join a mention of another sentence
    firsts = [(f.source, f.target) for f in ctx.facts
              if f.sentence == view.index and f.rel is RelType.DEPENDS_ON
              and id(f.source) in own and id(f.target) in own
              and f.source.label is Label.PRODUCT and f.target.label is Label.MATERIAL
              and f.source.end <= f.target.start
              and _counted(view, f.target)]
    content = _content_of(view)
    facts: list[Fact] = []
    if content is not None:
        firsts.append(content)
        facts.append(Fact(RelType.DEPENDS_ON, *content, view.index,
                          "depends_on.content-of-product", 0.75, view.text))
    if not firsts:
        return []
    whole, input_ = min(firsts, key=lambda pair: pair[0].start)
    after = max(whole.end, input_.end)
    for m in view.of(Label.PRODUCT):
        if m.start < after or m.node_id == whole.node_id \
                or not _opens_clause(view, m) or not _number_then_unit(view, m.end):
            continue
        facts.append(Fact(RelType.DEPENDS_ON, m, input_, view.index,
                          "depends_on.gapped-quantity", 0.75, view.text))
    return facts


def run(ctx: ArticleContext) -> None:
    for view in ctx.sentences:
        ctx.facts.extend(gapped_facts(ctx, view))
