"""Goods named after their noun by what they make: "the equipment used to make them",
"machinery for refining nickel", "technology for roasting and leaching tin-tungsten ore".
The phrase is one product spanning the goods it makes, so a measure on it bars none of those
goods, and they need nothing of it (pattern_roles.py keeps an anaphor inside from it too);
technology_phrases.py takes the rare-earth chain's technology first."""

from __future__ import annotations

from rekg.extract.bare_concentrate import rare_earth
from rekg.extract.context import ArticleContext, Fact, Mention, SentenceView
from rekg.extract.patterns import word_sets
from rekg.loaders.lexicon import Lexicon
from rekg.loaders.text import singular
from rekg.schema import Label, RelType, node_id

_OPENERS = (("used", "to"), ("needed", "to"), ("used", "for"), ("used", "in"), ("for",),
            ("to",))
_JOINS = ("and", "or")
_PRONOUNS = frozenset({"them", "it"})
# the step a name gives the goods: "battery manufacturing equipment", "ore smelting technology"
_STEP_NOUNS = {"make": "manufacturing", "making": "manufacturing", "manufacture": "manufacturing",
               "produce": "production", "producing": "production", "synthesise": "synthesis",
               "synthesize": "synthesis", "synthesising": "synthesis", "synthesizing": "synthesis",
               "extract": "extraction", "extracting": "extraction", "separate": "separation",
               "separating": "separation", "smelt": "smelting", "refine": "refining",
               "process": "processing", "mine": "mining", "recycle": "recycling",
               "fabricate": "fabrication", "fabricating": "fabrication",
               "assemble": "assembly", "assembling": "assembly", "grow": "growing"}


def _steps_end(view: SentenceView, k: int, steps: frozenset[str]) -> int:
    """The end of "make", "smelting and separating" or "the smelting and separation of" at k,
    or k when no step stands there."""
    low, n = view.words, len(view.words)
    nominal = low[k:k + 1] == ["the"]
    j = k + nominal
    end = k
    while j < n and low[j] in steps and view.tokens[j].text.islower():
        j += 1
        end = j
        if j + 1 < n and low[j] in _JOINS and low[j + 1] in steps:
            j += 1
    if nominal:
        return end + 1 if end > k and end < n and low[end] == "of" else k
    return end


def _objects(view: SentenceView, k: int) -> tuple[int, list[Mention]]:
    """The goods made, from k: a pronoun, or goods mentions joined by "and" or commas."""
    low, n = view.words, len(view.words)
    if k < n and low[k] in _PRONOUNS:
        return k + 1, []
    starts = {m.start: m for m in view.mentions if m.label in (Label.MATERIAL, Label.PRODUCT)}
    found: list[Mention] = []
    while k in starts and len(found) < 4:
        m = starts[k]
        found.append(m)
        k = m.end
        if k < n and view.gaps[k] == "-" and k in starts:
            continue  # "tin-tungsten ore"
        nxt = k + 1 if k < n and low[k] in _JOINS else k
        if nxt == k and not (k < n and view.gaps[k] == "," and k in starts):
            break
        if nxt not in starts:
            break
        k = nxt
    return (found[-1].end if found else -1), found


def _goods_name(view: SentenceView, made: list[Mention]) -> str:
    """The first goods made, as one name: "tin-tungsten ore" when joined by a hyphen."""
    if not made:
        return ""
    end = made[0].end
    for m in made[1:]:
        if m.start != end or view.gaps[m.start] != "-":
            break
        end = m.end
    if end == made[0].end:
        return made[0].name
    *words, last = view.span_text(made[0].start, end).lower().split(" ")
    return " ".join([*words, singular(last)])


def made_with(view: SentenceView, lexicon: Lexicon) -> None:
    sets = word_sets()
    nouns = sets["made_with_nouns"].singles
    steps = sets["technology_steps"].singles | sets["made_with_steps"].singles
    low, tokens, n = view.words, view.tokens, len(view.words)
    # a trigger may hold the noun: "exports of technology for smelting ..."
    taken = {k for m in view.mentions if m.label is not Label.RESTRICTION
             for k in range(m.start, m.end)}
    for i, word in enumerate(low):
        if word not in nouns or i in taken or not tokens[i].text.islower() or i + 2 >= n:
            continue
        opener = next((o for o in _OPENERS if tuple(low[i + 1:i + 1 + len(o)]) == o), None)
        if opener is None or view.gaps[i + 1] != "":
            continue
        first = i + 1 + len(opener)
        after = _steps_end(view, first, steps)
        if after == first:
            continue
        end, made = _objects(view, after)
        if end < 0 or view.gaps[after] != "":
            continue  # "technology for mining, separation, magnets": no list of steps ends
        step = low[first + 1] if low[first] == "the" else low[first]
        name = " ".join(w for w in (_goods_name(view, made), _STEP_NOUNS.get(step, step), word)
                        if w)
        entry = lexicon.find(Label.PRODUCT, "rare earth extraction technology") \
            if word == "technology" and any(rare_earth(m) for m in made) else None
        view.mentions[:] = [m for m in view.mentions if not i <= m.start < end]
        view.mentions.append(Mention(Label.PRODUCT, entry.id if entry else node_id(
            Label.PRODUCT, name), entry.name if entry else name, i, end, view.span_text(i, end),
            "open", entry=entry, props={"made": end}))
        taken.update(range(i, end))


def refuse_dependencies(ctx: ArticleContext) -> None:
    """Technology or equipment named by the goods it makes needs none of them, and they need
    nothing of it: a dependency with such an end, by any rule, is refused."""
    made = {m.node_id for v in ctx.sentences for m in v.mentions if "made" in m.props}
    if not made:
        return
    kept: list[Fact] = []
    for f in ctx.facts:
        if f.rel is RelType.DEPENDS_ON and (f.source.node_id in made
                                            or f.target.node_id in made):
            ctx.refuse(f.rel.value, f.source, f.target, f.sentence,
                       "technology or equipment named by what it makes", f.origin)
        else:
            kept.append(f)
    ctx.facts = kept
